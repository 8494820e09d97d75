// `node --cpu-prof --cpu-prof-dir=DIR scripts/bench-profile.mjs STAGE`: one stage of the bench (parse, validate,
// settle or e2e) run alone on the seeded file active, so that a CPU profile shows that stage's hot spots. Prints the
// heaviest functions by self time when given a profile: `node scripts/bench-profile.mjs --top FILE.cpuprofile`.
import { readFileSync } from 'node:fs';
import { parsePatientPath, parseProject, settle, shippedCatalog, validatePath } from '../dist/index.js';
import { obesityPaths } from './file-active-generator.mjs';

if (process.argv[2] === '--top') {
  const prof = JSON.parse(readFileSync(process.argv[3], 'utf8'));
  const self = new Map();
  const dt = prof.timeDeltas;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  for (let i = 0; i < prof.samples.length; i++)
    hits.set(prof.samples[i], (hits.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  let total = 0;
  const keyOf = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  };
  for (const [id, us] of hits) {
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  // Inclusive time: a node's samples and its descendants', counted once per function on a stack.
  const inclusive = new Map();
  const walk = (node, onStack) => {
    let sum = hits.get(node.id) ?? 0;
    const key = keyOf(node);
    const first = !onStack.has(key);
    if (first) onStack.add(key);
    for (const c of node.children ?? []) sum += walk(byId.get(c), onStack);
    if (first) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(prof.nodes[0], new Set());
  const top = Number(process.argv[4] ?? 30);
  console.log('self time:');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log('inclusive time:');
  for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  process.exit(0);
}

const stage = process.argv[2] ?? 'validate';
const N = Number(process.env.BENCH_PATHS ?? 20_000);
const AS_OF = '2027-12-31';
const project = parseProject(
  JSON.parse(readFileSync(new URL('../examples/obesite/project.json', import.meta.url), 'utf8')),
).value;
const type = shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01').value;
const values = Array.from(obesityPaths(N, 20261122, 20));
const parsed = values
  .map((v) => parsePatientPath(v))
  .filter((r) => r.ok)
  .map((r) => r.value);
const reports = stage === 'settle' ? parsed.map((p) => validatePath(type, project, p, { asOf: AS_OF })) : [];
const t = performance.now();
for (let round = 0; round < 3; round++) {
  if (stage === 'parse') for (const v of values) parsePatientPath(v);
  else if (stage === 'validate') for (const p of parsed) validatePath(type, project, p, { asOf: AS_OF });
  else if (stage === 'settle')
    for (let i = 0; i < parsed.length; i++) settle(type, project, parsed[i], { asOf: AS_OF, report: reports[i] });
  else
    for (const v of values) {
      const r = parsePatientPath(v);
      if (r.ok)
        settle(type, project, r.value, { asOf: AS_OF, report: validatePath(type, project, r.value, { asOf: AS_OF }) });
    }
}
console.log(`${stage}: ${Math.round((3 * N) / ((performance.now() - t) / 1000))}/s`);
