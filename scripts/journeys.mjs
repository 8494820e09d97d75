#!/usr/bin/env node
// What each user does, from the packed package, in fresh folders outside the repository (`npm run test:journeys`):
// a vendor's ESM and CommonJS integrations compiled with strict options, a payer's vitest suite on the shipped
// conformance cases, the sheet functions in a bare vm context, `npx pcr` over a file active, the page in Chromium,
// the package's own promises (one engine under CommonJS, documented names, zod as a peer). One line per step (ok /
// FAIL and why), then `N passed, N failed`; exit 1 on any failure. `--no-build` packs the dist/ already built (only
// right after `npm run build`: `npm test` writes its own dist/cli.js, which the pack step refuses); `--keep` keeps
// the folders (their path is printed).
import { spawn } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, Script } from 'node:vm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const started = Date.now();
const WORK = mkdtempSync(join(tmpdir(), 'pcr-journeys-'));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dev = (name) => `${name}@${PKG.devDependencies[name]}`;
const AS_OF = '2027-06-15';

// The children's environment: without the variables `npm run` sets for this repository (npm_config_*, npm_package_*).
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));

/** Runs a command; resolves with its exit status and outputs (never rejects). */
function run(cmd, argv, { cwd = WORK, input = '', env = {}, timeout = 600_000 } = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { cwd, env: { ...ENV, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', (e) => {
      stderr += String(e);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status: status ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Fails with the last lines of a command's output. */
function failed(what, r) {
  const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-6).join(' ⏎ ');
  return new Error(`${what} exited ${r.status}: ${tail.slice(0, 600)}`);
}
function check(condition, why) {
  if (!condition) throw new Error(why);
}
/** Text with its no-break spaces (French typography) read as spaces, and runs of spaces as one. */
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ');
const npmInstall = (dir, specs, extra = []) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...extra, ...specs], { cwd: dir });

function folder(name, manifest) {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `${name}-journey`, private: true, ...manifest }, null, 2)}\n`,
  );
  return dir;
}
const copy = (from, to) => {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
};

const results = [];
async function step(name, body) {
  const t0 = Date.now();
  try {
    const note = await body();
    results.push(true);
    console.log(`ok   ${name}${note ? ` — ${note}` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(false);
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)} (${seconds} s)`);
  }
}

// ── The package: built, packed, unpacked ─────────────────────────────────────────────────────────────────────────
let tarball = '';
let unpacked = '';
await step('pack: npm pack', async () => {
  if (!args.has('--no-build')) {
    const b = await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    if (b.status !== 0) throw failed('npm run build', b);
  }
  const r = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], { cwd: ROOT });
  if (r.status !== 0) throw failed('npm pack', r);
  const [info] = JSON.parse(r.stdout);
  const packed = join(WORK, info.filename);
  const x = await run('tar', ['xzf', packed, '-C', WORK]);
  if (x.status !== 0) throw failed('tar', x);
  unpacked = join(WORK, 'package');
  // The tarball must hold tsup's build: `npm test`'s global setup writes a single-file dist/cli.js (the whole engine,
  // about 440 KB) and its own dist/pcr.global.js over it, which no user ever installs.
  const launcher = statSync(join(unpacked, 'dist/cli.js')).size;
  if (launcher > 16 * 1024)
    throw new Error(
      `dist/cli.js is ${(launcher / 1024).toFixed(0)} KB, not tsup's launcher (under 16 KB): the test setup's build was packed; run without --no-build`,
    );
  tarball = packed;
  return `${info.filename}, ${(info.size / 1024).toFixed(0)} KB, ${info.entryCount} files, dist/cli.js the launcher (${(launcher / 1024).toFixed(1)} KB)`;
});
if (tarball === '') {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The users' folders, installed at once from the tarball and the registry.
const vendor = folder('vendor', { type: 'module' });
for (const f of ['integration.ts', 'integration.cts']) copy(join(ROOT, 'examples/vendor', f), join(vendor, f));
writeFileSync(
  join(vendor, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      types: ['node'],
      outDir: 'out',
      skipLibCheck: false,
      noEmitOnError: false,
    },
    include: ['integration.ts', 'integration.cts'],
  }),
);
const payer = folder('payer', { type: 'module' });
copy(join(ROOT, 'examples/payer/conformance.test.ts'), join(payer, 'test/conformance.test.ts'));
const batch = folder('batch', {});
const zod3 = folder('zod3', {});
const zod3Forced = folder('zod3-forced', {});
const zod4Old = folder('zod4-old', {});
for (const dir of [vendor, batch]) {
  copy(join(ROOT, 'examples/obesite/project.json'), join(dir, 'examples/obesite/project.json'));
  copy(join(ROOT, 'examples/obesite/path.json'), join(dir, 'examples/obesite/path.json'));
}
copy(join(ROOT, 'examples/obesite/file-active.ndjson'), join(batch, 'examples/obesite/file-active.ndjson'));
copy(
  join(unpacked, 'rules/obesite-complexe-adulte/2026-03.json'),
  join(vendor, 'rules/obesite-complexe-adulte/2026-03.json'),
);

const installs = {};
await step('install: the tarball in six fresh folders (npm, from the registry)', async () => {
  const [v, p, b, z, zf, zo] = await Promise.all([
    npmInstall(vendor, [tarball, dev('typescript'), dev('@types/node')]),
    npmInstall(payer, [tarball, dev('vitest')]),
    npmInstall(batch, [tarball]),
    npmInstall(zod3, [tarball, 'zod@3']),
    npmInstall(zod3Forced, [tarball, 'zod@3'], ['--legacy-peer-deps']),
    npmInstall(zod4Old, [tarball, 'zod@4.0.0'], ['--legacy-peer-deps']),
  ]);
  Object.assign(installs, { vendor: v, payer: p, batch: b, zod3: z, zod3Forced: zf, zod4Old: zo });
  const bad = Object.entries({ vendor: v, payer: p, batch: b }).filter(([, r]) => r.status !== 0);
  if (bad.length > 0) throw failed(`npm install (${bad.map(([n]) => n).join(', ')})`, bad[0][1]);
  const zod = JSON.parse(readFileSync(join(batch, 'node_modules/zod/package.json'), 'utf8')).version;
  return `zod ${zod} installed as the peer dependency`;
});
const installed = (name) => {
  check(installs[name]?.status === 0, `${name}: npm install failed`);
};

// ── The package's own promises ───────────────────────────────────────────────────────────────────────────────────
await step('package: one copy of the engine under CommonJS, every documented name exported', async () => {
  const dist = join(unpacked, 'dist');
  const cjs = readdirSync(dist).filter((f) => f.endsWith('.cjs'));
  for (const fn of ['settle', 'validatePath', 'parsePatientPath', 'createCatalog', 'worklist', 'declarationEntries']) {
    const holders = cjs.filter((f) => readFileSync(join(dist, f), 'utf8').includes(`function ${fn}(`));
    check(
      holders.length === 1,
      `function ${fn} is defined in ${holders.length} CommonJS files (${holders.join(', ')})`,
    );
  }
  const entries = ['index', 'operations', 'exports', 'identifiers', 'testing'];
  const exported = new Set();
  for (const e of entries) {
    const dts = readFileSync(join(dist, `${e}.d.ts`), 'utf8');
    for (const m of dts.matchAll(/export \{([^}]*)\}/g))
      for (const part of m[1].split(','))
        exported.add(
          part
            .trim()
            .replace(/^type /, '')
            .split(/\s+as\s+/)
            .pop(),
        );
    for (const m of dts.matchAll(/export (?:declare )?(?:function|const|type|interface|class) (\w+)/g))
      exported.add(m[1]);
  }
  const missing = new Set();
  let links = 0;
  for (const f of readdirSync(dist).filter((n) => n.endsWith('.d.ts')))
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/\{@link\s+([\w.]+)[^}]*\}/g)) {
      links += 1;
      if (!exported.has(m[1].split('.')[0])) missing.add(`${m[1]} (${f})`);
    }
  check(missing.size === 0, `documented but not exported: ${[...missing].join(', ')}`);
  // The same function whichever CommonJS entry is required first: runs in the installed package.
  installed('batch');
  const r = await run(
    'node',
    [
      '-e',
      `const t = require('pcr-forfait/testing'); const root = require('pcr-forfait'); require('pcr-forfait/operations');
       const c = t.shippedConformanceCases(); const fails = c.flatMap((x) => t.runConformanceCase(root.shippedCatalog(), x.case, x.project).failures);
       const files = Object.keys(require.cache).filter((f) => /pcr-forfait.dist.*\\.cjs$/.test(f) && require('fs').readFileSync(f, 'utf8').includes('function settle('));
       console.log(JSON.stringify({ cases: c.length, fails: fails.length, engines: files.length }));`,
    ],
    { cwd: batch },
  );
  if (r.status !== 0) throw failed('require', r);
  const got = JSON.parse(r.stdout);
  check(got.engines === 1 && got.cases === 60 && got.fails === 0, `required under CommonJS: ${r.stdout.trim()}`);
  return `${cjs.length} CommonJS files, ${links} {@link}s resolved, 60 cases pass under require`;
});

await step('package: zod is a peer dependency, and zod 3 is refused in one sentence', async () => {
  check(PKG.peerDependencies?.zod === '^4.6.7' && PKG.dependencies?.zod === undefined, 'zod is not a peer dependency');
  const refused = installs.zod3;
  check(
    refused.status !== 0 && /ERESOLVE/.test(refused.stderr) && /peer zod@"\^4\.6\.7"/.test(refused.stderr),
    `npm install with zod@3 was not refused: ${refused.status}`,
  );
  if (installs.zod3Forced.status !== 0) throw failed('npm install --legacy-peer-deps', installs.zod3Forced);
  const version = JSON.parse(readFileSync(join(zod3Forced, 'node_modules/zod/package.json'), 'utf8')).version;
  const cjs = await run('node', ['-e', "require('pcr-forfait')"], { cwd: zod3Forced });
  const sentence = `pcr-forfait needs zod ^4.6.7 (zod ${version} is installed): install it with "npm install zod@^4.6.7".`;
  check(
    cjs.status !== 0 && cjs.stderr.includes(sentence),
    `require with zod ${version}: ${cjs.stderr.split('\n').slice(0, 6).join(' ⏎ ')}`,
  );
  // Under ESM, Node links every import before any code runs: a zod without `zod/mini` is Node's own error naming it.
  const esm = await run('node', ['--input-type=module', '-e', "await import('pcr-forfait')"], { cwd: zod3Forced });
  check(
    esm.status !== 0 && /'\.\/mini' is not defined by "exports" in .*zod/.test(esm.stderr),
    `import with zod ${version}: ${esm.stderr.slice(0, 300)}`,
  );
  // A zod 4 older than the range has `zod/mini`: under ESM the package's own probe (src/entries/zod-check.ts) must
  // run first and say the sentence (it was left out of the ESM build while package.json's sideEffects omitted it).
  if (installs.zod4Old.status !== 0) throw failed('npm install zod@4.0.0 --legacy-peer-deps', installs.zod4Old);
  const old = JSON.parse(readFileSync(join(zod4Old, 'node_modules/zod/package.json'), 'utf8')).version;
  const oldSentence = `pcr-forfait needs zod ^4.6.7 (zod ${old} is installed): install it with "npm install zod@^4.6.7".`;
  const esmOld = await run('node', ['--input-type=module', '-e', "await import('pcr-forfait')"], { cwd: zod4Old });
  check(
    esmOld.status !== 0 && esmOld.stderr.includes(oldSentence),
    `import with zod ${old}: ${esmOld.stderr.split('\n').slice(0, 6).join(' ⏎ ')}`,
  );
  const cjsOld = await run('node', ['-e', "require('pcr-forfait')"], { cwd: zod4Old });
  check(
    cjsOld.status !== 0 && cjsOld.stderr.includes(oldSentence),
    `require with zod ${old}: ${cjsOld.stderr.slice(0, 300)}`,
  );
  return `npm refuses zod 3 (ERESOLVE); forced, require says the range and the command; import names zod/mini; zod ${old} forced: import and require say the range`;
});

// ── 1. A vendor: ESM and CommonJS integrations under strict TypeScript ──────────────────────────────────────────
let compiled = false;
await step(
  'vendor: tsc --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess (ESM and CommonJS)',
  async () => {
    installed('vendor');
    const r = await run('npx', ['tsc', '-p', '.'], { cwd: vendor });
    compiled = existsSync(join(vendor, 'out/integration.js')) && existsSync(join(vendor, 'out/integration.cjs'));
    if (r.status !== 0) {
      const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
      throw new Error(`${errors.length} type error(s): ${errors.slice(0, 3).join(' ⏎ ').slice(0, 700)}`);
    }
  },
);
for (const [kind, file] of [
  ['ESM', 'out/integration.js'],
  ['CommonJS', 'out/integration.cjs'],
]) {
  await step(`vendor: the ${kind} integration settles the shipped example`, async () => {
    check(compiled, 'not compiled');
    const r = await run('node', [file], { cwd: vendor });
    if (r.status !== 0) throw failed(`node ${file}`, r);
    const out = plain(r.stdout);
    for (const want of ['forfait 1 061,40 €', 'AMO 742,98 €', 'AMC 318,42 €', 'patient 0,00 €'])
      check(out.includes(want), `no "${want}" in its output`);
    return '1 061,40 € = AMO 742,98 € + AMC 318,42 €';
  });
}

// ── 2. A payer: the vitest suite on the shipped conformance cases ───────────────────────────────────────────────
await step('payer: vitest runs the shipped conformance cases from the package', async () => {
  installed('payer');
  const r = await run('npx', ['vitest', 'run', '--reporter=json', '--outputFile=result.json'], { cwd: payer });
  check(existsSync(join(payer, 'result.json')), `vitest wrote no result: ${r.stderr.slice(-400)}`);
  const res = JSON.parse(readFileSync(join(payer, 'result.json'), 'utf8'));
  check(
    r.status === 0 && res.numPassedTests === 61 && res.numFailedTests === 0,
    `${res.numPassedTests} passed, ${res.numFailedTests} failed (61 expected: 60 cases and their count)`,
  );
  return '60 cases and their count, 61 passed';
});

// ── 3. A coordinator in a spreadsheet: the bundle's sheet functions in a bare vm context ────────────────────────
/** `pcr settle --json` on the shipped example, from the package: the amounts the sheet must find. */
async function settledByCli() {
  const r = await run(
    'npx',
    [
      'pcr',
      'settle',
      '--project',
      'examples/obesite/project.json',
      '--path',
      'examples/obesite/path.json',
      '--as-of',
      AS_OF,
      '--json',
      '--fail-on',
      'never',
    ],
    { cwd: batch },
  );
  if (r.status !== 0) throw failed('pcr settle --json', r);
  return JSON.parse(r.stdout);
}
await step('spreadsheet: PCR_QUOTE_PARTS in a bare vm context gives the amounts of pcr settle', async () => {
  installed('batch');
  const settlement = await settledByCli();
  const s1 = settlement.sequences.find((q) => q.sequence === 'S1');
  check(s1?.forfait.amount === '1061.40', `pcr settle bills ${s1?.forfait.amount} for S1`);
  const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
  new Script(readFileSync(join(unpacked, 'dist/pcr.global.js'), 'utf8'), { filename: 'pcr.global.js' }).runInContext(
    context,
  );
  check(Object.keys(context).join() === 'PCR', `globals defined: ${Object.keys(context).join(', ')}`);
  const project = JSON.parse(readFileSync(join(ROOT, 'examples/obesite/project.json'), 'utf8'));
  const path = JSON.parse(readFileSync(join(ROOT, 'examples/obesite/path.json'), 'utf8'));
  const ranges = sheetRanges(project, path);
  const grid = context.PCR.sheet.PCR_QUOTE_PARTS(
    project.parcoursType,
    ranges.project,
    ranges.team,
    ranges.patient,
    ranges.prestations,
    AS_OF,
  );
  check(Array.isArray(grid), `PCR_QUOTE_PARTS returns ${JSON.stringify(grid).slice(0, 300)}`);
  const rows = grid.map((row) => row.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))));
  const has = (label, amount) =>
    rows.some((row) => row.includes('S1') && row.includes(label) && row.includes(String(Number(amount))));
  const wanted = [
    ...s1.shares.map((x) => [x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id, x.amount]),
    ['AMO', s1.payers.amo],
    ['AMC', s1.payers.amc],
  ];
  const absent = wanted.filter(([label, amount]) => !has(label, amount));
  check(absent.length === 0, `rows missing: ${absent.map((w) => w.join(' ')).join(', ')}`);
  return `${wanted.length} amounts of pcr settle (AMO 742.98, AMC 318.42) found`;
});

/** The shipped example as the ranges a sheet holds (docs/spreadsheet.md): key | value, or a header row. */
function sheetRanges(project, path) {
  const team = [['id', 'name', 'profession', 'rpps', 'adeli', 'cpam', 'employer', 'employer_siret', 'employer_finess']];
  for (const m of project.team)
    team.push([
      m.id,
      m.name ?? '',
      m.profession,
      m.rpps ?? '',
      m.adeli ?? '',
      m.cpamNumber ?? '',
      m.employer?.name ?? '',
      m.employer?.siret ?? '',
      m.employer?.finess ?? '',
    ]);
  const prestations = [['id', 'code', 'date', 'member', 'minutes', 'status', 'sequence']];
  for (const p of path.prestations)
    prestations.push([p.id, p.code, p.date, p.member, p.minutes ?? '', p.status, p.sequence ?? '']);
  return {
    project: [
      ['structure', project.structure.name],
      ['category', project.structure.category],
      ['siret', project.structure.siret],
      ['sentToArs', project.sentToArs],
      ['key', JSON.stringify(project.distribution.default)],
    ],
    team,
    patient: [
      ['ref', path.patient.ref],
      ['birthDate', path.patient.birthDate],
      ['territory', path.patient.territory],
      ['inclusion', path.inclusion.date],
      ['profile', path.profile],
      ['complementary', path.coverage.complementary],
      ['attestations', path.attestations.map((a) => `${a.sequence} ${a.date}`).join('; ')],
    ],
    prestations,
  };
}

// ── 4. Batch over a file active: npx pcr from the package ───────────────────────────────────────────────────────
const FA = 'examples/obesite/file-active.ndjson';
const EX = ['--project', 'examples/obesite/project.json'];
const PERIOD = ['--from', '2026-01-01', '--to', '2027-06-30'];
const pcr = (argv) => run('npx', ['pcr', ...argv], { cwd: batch, input: readFileSync(join(batch, FA), 'utf8') });
const lines = (text) => text.split(/\r?\n/).filter((l) => l.trim() !== '');

await step('batch: pcr validate and settle over the file active (31 paths)', async () => {
  installed('batch');
  // Exit 1: 28 of the 31 paths have error findings (the shipped path's too-short prestation among them).
  const v = await pcr(['validate', ...EX, '--as-of', AS_OF, '--ndjson']);
  check(v.status === 1, `validate exited ${v.status} (1 expected: findings)`);
  const reports = lines(v.stdout).map((l) => JSON.parse(l));
  check(reports.length === 31, `validate wrote ${reports.length} lines`);
  const first = reports[0].result;
  check(
    first.patientRef === 'PAT-0001' && first.sequences.map((q) => q.status).join() === 'completed,in-progress',
    `PAT-0001: ${JSON.stringify(first.sequences?.map((q) => q.status))}`,
  );
  const s = await pcr(['settle', ...EX, '--as-of', AS_OF, '--ndjson']);
  check(s.status === 1, `settle exited ${s.status}`);
  const settled = lines(s.stdout).map((l) => JSON.parse(l));
  check(settled.length === 31, `settle wrote ${settled.length} lines`);
  const q = settled[0].result.sequences[0];
  check(
    [q.forfait.amount, q.payers.amo, q.payers.amc, q.payers.patient].join() === '1061.40,742.98,318.42,0.00',
    `PAT-0001 S1: ${q.forfait.amount} AMO ${q.payers.amo} AMC ${q.payers.amc}`,
  );
  return '31 reports, 31 settlements, PAT-0001 S1 1061.40 = 742.98 + 318.42 + 0.00';
});

await step('batch: pcr declare --csv and --fhir over the period', async () => {
  // Exit 1: one path is blocked (excluded, listed on standard error); the type is a draft (--allow-draft).
  const c = await pcr(['declare', ...EX, ...PERIOD, '--csv', '--allow-draft']);
  check(c.status === 1, `declare --csv exited ${c.status}`);
  const [header, ...rows] = lines(c.stdout.replace(/^\uFEFF/, '')).map((l) => l.split(';'));
  const col = (name) => header.indexOf(name);
  check(rows.length === 6, `${rows.length} CSV rows (6 expected: PAT-0001 S1, one per payee)`);
  const cents = (t) => Math.round(Number(t.replace(',', '.')) * 100);
  const shares = rows.reduce((sum, r) => sum + cents(r[col('montant')]), 0);
  check(
    rows.every(
      (r) =>
        r[col('patient')] === 'PAT-0001' &&
        r[col('forfait')] === '1061,40' &&
        r[col('part_amo')] === '742,98' &&
        r[col('part_amc')] === '318,42',
    ),
    'a row is not PAT-0001 S1 1061,40 / 742,98 / 318,42',
  );
  check(shares === 106140, `the payees' amounts sum to ${shares / 100}`);
  const f = await pcr(['declare', ...EX, ...PERIOD, '--fhir', '--allow-draft']);
  check(f.status === 1, `declare --fhir exited ${f.status}`);
  const bundle = JSON.parse(f.stdout);
  const invoices = (bundle.entry ?? []).map((e) => e.resource);
  check(bundle.resourceType === 'Bundle' && invoices.length === 1, `${invoices.length} invoices`);
  const parts = Object.fromEntries(
    invoices[0].lineItem[0].priceComponent.map((p) => [p.code?.coding?.[0]?.code ?? p.type, p.amount.value]),
  );
  check(
    invoices[0].totalGross.value === 1061.4 && parts.amo === 742.98 && parts.amc === 318.42,
    `invoice: ${JSON.stringify(parts)}`,
  );
  return '6 CSV rows summing to 1 061,40; 1 FHIR Invoice 1061.4 = 742.98 + 318.42';
});

await step('batch: pcr worklist and report --html', async () => {
  const w = await pcr(['worklist', ...EX, '--as-of', AS_OF, '--csv']);
  check(w.status === 1, `worklist exited ${w.status}`);
  const items = lines(w.stdout.replace(/^\uFEFF/, ''));
  const j = await pcr(['worklist', ...EX, '--as-of', AS_OF, '--ndjson']);
  check(
    items.length - 1 === lines(j.stdout).length && items.length > 1,
    `${items.length - 1} CSV items, ${lines(j.stdout).length} NDJSON items`,
  );
  // PAT-0001: S2's final review, due in the last two months of S2 (2028-04-02 to 2028-06-01), worth S2's forfait (profile D: 1,769.00 × 40 % = 707.60).
  check(
    items.includes('2028-04-02;2028-06-01;non;PAT-0001;S2;prestations;BILAN_FINAL;1;dr-martin;non;707,60'),
    'no PAT-0001 final-review item',
  );
  const h = await pcr(['report', ...EX, ...PERIOD, '--html']);
  check(h.status === 1, `report --html exited ${h.status}`);
  const text = plain(h.stdout.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' '));
  check(h.stdout.startsWith('<!doctype html>'), 'not an HTML page');
  for (const want of ['31', '1 061,40 €', '742,98 €', '318,42 €', '14,3 %', '13,3 %'])
    check(text.includes(want), `no "${want}" in the report`);
  const r = await pcr(['report', ...EX, ...PERIOD, '--json']);
  const paths = JSON.parse(r.stdout).paths;
  check(paths.total === 31 && paths.evaluated === 30 && paths.excluded === 1, `report: ${JSON.stringify(paths)}`);
  return `${items.length - 1} items due; report: 31 read, 30 evaluated, 1 excluded, completion 1/7, drop-out 4/30`;
});

// ── 5. A coordinator in the page: Chromium on the shipped example ───────────────────────────────────────────────
await step(
  'page: the coordinator page in Chromium shows the shipped example (1 061,40 €) and the file active',
  async () => {
    const site = join(WORK, 'site');
    cpSync(join(ROOT, 'examples/browser'), join(site, 'examples/browser'), { recursive: true });
    cpSync(join(ROOT, 'examples/obesite'), join(site, 'examples/obesite'), { recursive: true });
    copy(join(unpacked, 'dist/pcr.global.js'), join(site, 'dist/pcr.global.js'));
    const { chromium } = createRequire(join(ROOT, 'package.json'))('playwright-core');
    const server = createServer((req, res) => {
      const file = normalize(join(site, decodeURIComponent((req.url ?? '/').split('?')[0])));
      if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
      res.writeHead(200, { 'content-type': `${type[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
      createReadStream(file).pipe(res);
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/examples/browser/index.html`);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown to a person (hidden text left out)
      await page.waitForFunction(() => /1[\s\u00a0\u202f]061,40/.test(document.body.innerText), null, {
        timeout: 20_000,
      });
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown to a person (hidden text left out)
      const text = plain(await page.evaluate(() => document.body.innerText));
      check(errors.length === 0, `page errors: ${errors.join('; ')}`);
      for (const want of ['1 061,40 €', '742,98 €', '318,42 €']) check(text.includes(want), `no "${want}" on the page`);
      // The file active: the shipped NDJSON (31 paths), one row per patient.
      const file = await browser.newPage();
      file.on('pageerror', (e) => errors.push(e.message));
      await file.goto(`http://127.0.0.1:${server.address().port}/examples/browser/index.html?view=file`);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown to a person (hidden text left out)
      await file.waitForFunction(() => /31 patients affichés sur 31/.test(document.body.innerText), null, {
        timeout: 20_000,
      });
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown to a person (hidden text left out)
      const summary = plain(await file.evaluate(() => document.body.innerText));
      const rows = await file.evaluate(() => document.querySelectorAll('#patients tbody tr').length);
      check(errors.length === 0, `page errors: ${errors.join('; ')}`);
      check(summary.includes('31 patients affichés sur 31 · 14 en retard'), 'file active: no "31 … · 14 en retard"');
      check(rows === 31, `file active: ${rows} rows instead of 31`);
      return 'forfait, AMO and AMC shown; the file active: 31 rows, 14 overdue; no page error';
    } finally {
      await browser.close();
      server.close();
    }
  },
);

const passed = results.filter(Boolean).length;
const failedCount = results.length - passed;
console.log(
  `${((Date.now() - started) / 1000).toFixed(0)} s; folders in ${WORK}${args.has('--keep') ? '' : ' (removed)'}`,
);
console.log(`${passed} passed, ${failedCount} failed`);
if (!args.has('--keep')) rmSync(WORK, { recursive: true, force: true });
process.exit(failedCount === 0 ? 0 : 1);
