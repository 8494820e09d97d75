// `npm run equivalence`: the engine of an earlier commit, built in a temporary folder, against this build, on
// generated paths of every shipped type and on a fuzz corpus of mutated documents: parse results, reports and
// settlements are compared as JSON. Every difference must fall in a deliberate change listed below (with its count),
// or it is reported as unexplained and the script exits 1.
// Wording is not behaviour: messages are left out and each trace step is compared by its kind and amount (the
// trace became data, rendered on demand); issues keep their code, severity, document, path and parameters.
// Options (environment): EQUIV_BASE (commit, default the last commit before the stack rebuild), EQUIV_PATHS
// (generated paths, default 100000), EQUIV_FUZZ (mutated documents, default 20000), EQUIV_RAW=1 (compare the JSON
// as it is, messages and trace texts included).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as next from '../dist/index.js';
import { IDENTIFIER_REASONS, identifierReasonText } from '../dist/identifiers.js';
import { seeded } from './file-active-generator.mjs';
import { mutate, mutation } from './mutation.mjs';

const BASE = process.env.EQUIV_BASE ?? '7b04c536ca78d26eaed29b60cf82f499e4866d38';
const PATHS = Number(process.env.EQUIV_PATHS ?? 100_000);
const FUZZ = Number(process.env.EQUIV_FUZZ ?? 20_000);
const RAW = process.env.EQUIV_RAW === '1';
const root = new URL('..', import.meta.url).pathname;

/**
 * A result without its wording: an issue without `message`, an excluded séquence without `message` (its reason code
 * stays), a trace step as its kind and amount only.
 */
function withoutWording(value) {
  if (Array.isArray(value)) return value.map(withoutWording);
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.step === 'string' && ('text' in value || 'params' in value))
    return value.amount === undefined ? { step: value.step } : { step: value.step, amount: value.amount };
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'message' && typeof v === 'string') continue;
    out[k] = withoutWording(v);
  }
  return out;
}

/** The earlier engine: `git archive` of the commit, the repository's node_modules, its own tsup build. */
function buildBase() {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${BASE}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'pcr-equivalence-'));
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(join(root, 'node_modules/.bin/tsup'), ['--silent'], { cwd: dir });
  return { dir, commit };
}

const { dir, commit } = buildBase();
const before = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
const rules = join(root, 'rules');

/** The shipped types with a conformance projet: the raw type files, the projet and its team. */
const TYPES = readdirSync(rules)
  .filter((t) => existsSync(join(rules, t, 'cases/project.json')))
  .map((t) => ({
    id: t,
    project: JSON.parse(readFileSync(join(rules, t, 'cases/project.json'), 'utf8')),
    versions: readdirSync(join(rules, t))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(rules, t, f), 'utf8'))),
  }));

const DAY = 86_400_000;
const plusDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A birth date that makes the patient eligible at inclusion most of the time (1 in 20 is out of the age bounds). */
function birthFor(rnd, version, inclusion) {
  const min = version.eligibility.minAge ?? 0;
  const max = version.eligibility.maxAge ?? 90;
  const years = rnd() < 0.05 ? Math.floor(rnd() * 100) : min + rnd() * (max - min + 1);
  return plusDays(inclusion, -Math.floor(years * 365.25) - 1);
}

/** A random path of a type for its projet: any version, profile, territory, coverage, exit and renewal, and prestations of its codes (some wrong). */
function generatedPath(rnd, t, i) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const version = pick(t.versions);
  const from = version.validFrom;
  const inclusion = plusDays(from, Math.floor(rnd() * 900) - 30);
  const codes = version.prestations.map((p) => p.code);
  const members = t.project.team.map((m) => m.id);
  const span = Math.max(...version.sequences.map((s) => s.months)) * 31 + 200;
  const prestations = Array.from({ length: Math.floor(rnd() * 40) }, (_, k) => {
    const p = {
      id: rnd() < 0.03 ? 'p0' : `p${k}`,
      code: rnd() < 0.03 ? 'INCONNU' : pick(codes),
      date: plusDays(inclusion, Math.floor(rnd() * span) - 10),
      member: rnd() < 0.03 ? 'fantome' : pick(members),
      status: rnd() < 0.88 ? 'done' : pick(['cancelled', 'missed']),
    };
    if (rnd() < 0.8) p.minutes = pick([10, 20, 30, 45, 50, 60, 90]);
    if (rnd() < 0.1) p.sequence = pick(version.sequences).id;
    return p;
  });
  const path = {
    parcoursType: t.id,
    patient: {
      ref: `EQ-${String(i).padStart(6, '0')}`,
      birthDate: birthFor(rnd, version, inclusion),
      territory: pick(['69', '75', '974', '972', '2A', '976']),
    },
    coverage: {
      complementary: pick(['responsable', 'c2s', 'ame', 'none']),
      exemptions: rnd() < 0.2 ? [pick(['ald', 'maternite', 'invalidite'])] : [],
    },
    inclusion: { date: inclusion },
    prestations,
  };
  const profiles = version.eligibility.profiles ?? [];
  if (profiles.length > 0 && rnd() < 0.97) path.profile = pick(profiles).id;
  if (rnd() < 0.3)
    path.exit = {
      date: plusDays(inclusion, Math.floor(rnd() * span)),
      reason: pick(['withdrawal', 'moved', 'completed', 'death', 'other']),
    };
  if (rnd() < 0.1) path.renewals = [{ date: plusDays(inclusion, Math.floor(rnd() * span)) }];
  return path;
}

/** The French text each identifier reason code was written as, before reasons became codes. */
const REASON_OF_TEXT = new Map(IDENTIFIER_REASONS.map((code) => [identifierReasonText(code, 'fr'), code]));

/** An earlier issue's parameters in today's form: what was a sentence fragment is now data. */
function paramsAsData(issue) {
  const p = { ...issue.params };
  if (issue.code === 'PRESTATION_AFTER_DEADLINE' && typeof p.scope === 'string' && p.scope.startsWith('séquence ')) {
    p.sequence = p.scope.slice('séquence '.length);
    p.scope = 'sequence';
  }
  if (issue.code === 'TYPE_NOT_IN_FORCE' && p.to === '…') delete p.to;
  if (issue.code === 'IDENTIFIER_INVALID' && REASON_OF_TEXT.has(p.reason)) p.reason = REASON_OF_TEXT.get(p.reason);
  return { ...issue, params: p };
}
/** Any value with its objects' keys sorted (parameters are compared whatever their order). */
const sortedKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortedKeys)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k])]),
        )
      : v;
/** A result with every issue's parameters in today's form. */
const issuesAsData = (r) =>
  JSON.parse(JSON.stringify(r), (_k, v) =>
    v !== null && typeof v === 'object' && typeof v.code === 'string' && 'params' in v && 'severity' in v
      ? paramsAsData(v)
      : v,
  );

// ── Deliberate changes: each a test on the two results of one comparison (both as JSON values). ──────────────
const codesOf = (r) => (r?.issues ?? []).map((i) => `${i.code}@${i.path.join('.')}`);
const DELIBERATE = [
  {
    id: 'absent-is-required',
    says: 'an absent discriminator (policy, kind) or array element (a hole, undefined) is SCHEMA_REQUIRED whatever its kind, not SCHEMA_INVALID_VALUE',
    test: (a, b) => {
      const issues = (r) => ['type', 'project', 'path'].flatMap((k) => codesOf(r[k]));
      const was = issues(a);
      const now = issues(b);
      return (
        was.length === now.length &&
        was.some((c, i) => c !== now[i]) &&
        was.every((c, i) => c === now[i] || c.replace(/^SCHEMA_INVALID_VALUE@/, 'SCHEMA_REQUIRED@') === now[i])
      );
    },
  },
  {
    id: 'long-array-once',
    says: 'an array longer than its maximum (50 key rules, and now 8 coefficients) is one SCHEMA_TOO_BIG; its elements are not read',
    test: (a, b) => {
      const issues = (r) => ['type', 'project', 'path'].flatMap((k) => codesOf(r[k]));
      const long = issues(b)
        .filter((c) => c.startsWith('SCHEMA_TOO_BIG@'))
        .map((c) => c.slice('SCHEMA_TOO_BIG@'.length));
      const rest = (list) =>
        list.filter((c) => !long.some((at) => c === `SCHEMA_TOO_BIG@${at}` || c.includes(`@${at}.`)));
      return (
        long.length > 0 &&
        JSON.stringify(issues(a)) !== JSON.stringify(issues(b)) &&
        JSON.stringify(rest(issues(a))) === JSON.stringify(rest(issues(b)))
      );
    },
  },
  {
    id: 'params-as-data',
    says: 'issue parameters that were sentence fragments are data: PRESTATION_AFTER_DEADLINE { scope: "sequence", sequence } instead of "séquence S1", IDENTIFIER_INVALID reason codes (LUHN…) instead of French text, TYPE_NOT_IN_FORCE without `to` when open-ended instead of "…"',
    test: (a, b) => JSON.stringify(sortedKeys(issuesAsData(a))) === JSON.stringify(sortedKeys(b)),
  },
  {
    id: 'unreadable-value-path',
    says: 'a value that cannot be read (a throwing getter, a Proxy) is INPUT_NOT_PLAIN at its own path, not at the root',
    test: (a, b) => codesOf(a).includes('INPUT_NOT_PLAIN@') && codesOf(b).some((c) => c.startsWith('INPUT_NOT_PLAIN@')),
  },
];

/** Where two JSON values first differ: the path and both values there. */
function firstDifference(a, b, at = []) {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return { at: at.join('.'), before: a, after: b };
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], [...at, k]);
    if (d) return d;
  }
  return { at: at.join('.'), before: 'key order', after: 'key order' };
}

const tally = {
  compared: 0,
  identical: 0,
  unexplained: 0,
  byChange: Object.fromEntries(DELIBERATE.map((d) => [d.id, 0])),
};
const examples = [];
function compare(what, a, b) {
  tally.compared++;
  const ja = JSON.stringify(RAW ? a : withoutWording(JSON.parse(JSON.stringify(a))));
  const jb = JSON.stringify(RAW ? b : withoutWording(JSON.parse(JSON.stringify(b))));
  if (ja === jb) {
    tally.identical++;
    return true;
  }
  const pa = JSON.parse(ja);
  const pb = JSON.parse(jb);
  // A result may hold several deliberate changes: parameters as data, and one other.
  const change = DELIBERATE.find((d) => d.test(pa, pb) || d.test(issuesAsData(pa), pb));
  if (change) tally.byChange[change.id]++;
  else {
    tally.unexplained++;
    if (examples.length < 8)
      examples.push({
        what,
        ...firstDifference(pa, pb),
        issuesBefore: ['type', 'project', 'path'].flatMap((k) => codesOf(pa[k])),
        issuesAfter: ['type', 'project', 'path'].flatMap((k) => codesOf(pb[k])),
      });
  }
  return false;
}

const AS_OF = ['2026-06-30', '2027-12-31'];
/** Parses, validates and settles with one engine (its own parsed documents, its own catalog). */
function run(engine, typeJson, projectJson, pathJson) {
  const path = engine.parsePatientPath(pathJson);
  const project = engine.parseProject(projectJson);
  const type =
    typeJson === undefined
      ? path.ok
        ? engine.shippedCatalog().resolve(path.value.parcoursType, path.value.inclusion.date)
        : null
      : engine.parseParcoursType(typeJson);
  const out = { path, project, type: typeJson === undefined ? (type && !type.ok ? type : null) : type };
  if (engine === next) {
    stats.parsed += path.ok && project.ok && type?.ok ? 1 : 0;
  }
  if (path.ok && project.ok && type?.ok)
    out.results = AS_OF.map((asOf) => [
      engine.validatePath(type.value, project.value, path.value, { asOf }),
      engine.settle(type.value, project.value, path.value, { asOf, lang: asOf === AS_OF[0] ? 'fr' : 'en' }),
    ]);
  if (engine === next && out.results) {
    stats.blocked += out.results[1][0].blocked ? 1 : 0;
    stats.billed += out.results[1][1].sequences.length;
  }
  return out;
}

const stats = { parsed: 0, billed: 0, blocked: 0 };
const started = Date.now();
const rnd = seeded(20261201);
for (let i = 0; i < PATHS; i++) {
  const t = TYPES[i % TYPES.length];
  const path = generatedPath(rnd, t, i);
  compare(`path ${i} (${t.id})`, run(before, undefined, t.project, path), run(next, undefined, t.project, path));
}
const pathsDone = tally.compared;
const pathStats = { ...stats };

// The fuzz corpus: a type, a projet and a path, each mutated up to three times, parsed, validated and settled.
const obesity = TYPES.find((t) => t.id === 'obesite-complexe-adulte');
const basePath = JSON.parse(readFileSync(join(root, 'examples/obesite/path.json'), 'utf8'));
const corpus = fc.sample(
  fc.tuple(
    fc.array(mutation, { maxLength: 3 }),
    fc.array(mutation, { maxLength: 3 }),
    fc.array(mutation, { maxLength: 3 }),
  ),
  { numRuns: FUZZ, seed: 20261201 },
);
let fuzzThrown = 0;
for (const [mt, mp, mpath] of corpus) {
  const docs = [
    mt.reduce(mutate, obesity.versions[0]),
    mp.reduce(mutate, obesity.project),
    mpath.reduce(mutate, basePath),
  ];
  let a;
  let b;
  try {
    a = run(before, ...docs);
    b = run(next, ...docs);
  } catch {
    fuzzThrown++;
    continue;
  }
  compare('fuzz', a, b);
}
rmSync(dir, { recursive: true, force: true });

console.log(`base             ${commit.slice(0, 12)} (built in a temporary folder) against this build`);
console.log(
  `generated paths  ${PATHS.toLocaleString('en-US')} over ${TYPES.length} types (${AS_OF.length} evaluation dates each, French and English): ${pathsDone.toLocaleString('en-US')} compared`,
);
console.log(
  `                 of which ${pathStats.parsed.toLocaleString('en-US')} parsed, ${pathStats.blocked.toLocaleString('en-US')} blocked, ${pathStats.billed.toLocaleString('en-US')} séquences billed on ${AS_OF[1]}`,
);
console.log(
  `fuzz corpus      ${FUZZ.toLocaleString('en-US')} mutated (type, projet, path) triples: ${(tally.compared - pathsDone).toLocaleString('en-US')} compared${fuzzThrown ? `, ${fuzzThrown} thrown` : ''}`,
);
console.log(
  `identical        ${tally.identical.toLocaleString('en-US')} of ${tally.compared.toLocaleString('en-US')} (parse results, reports and settlements as JSON${RAW ? '' : ', without messages; trace steps by kind and amount'})`,
);
for (const d of DELIBERATE)
  console.log(`deliberate       ${String(tally.byChange[d.id]).padStart(6)}  ${d.id}: ${d.says}`);
console.log(`unexplained      ${tally.unexplained}`);
for (const e of examples) console.log(JSON.stringify(e).slice(0, 900));
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (tally.unexplained > 0 || fuzzThrown > 0) process.exitCode = 1;
