// `node --cpu-prof --cpu-prof-dir=DIR scripts/bench-profile.mjs STAGE`: one stage of the bench (parse, validate,
// settle or e2e) run alone on the seeded file active, so that a CPU profile shows that stage's hot spots. Prints the
// heaviest functions by self time when given a profile: `node scripts/bench-profile.mjs --top FILE.cpuprofile`.
// `node scripts/bench-profile.mjs --alloc STAGE` samples what one pass of the stage allocates (objects the garbage
// collector has already taken included) and lists the bytes per path by allocating function; the stage `baseline`
// (the hand-written integer-cents implementation, validate + settle) is there to compare with.
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { parsePatientPath, parseProject, settle, shippedCatalog, validatePath } from '../dist/index.js';
import { baselineSettle } from './bench-baseline.mjs';
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

const alloc = process.argv[2] === '--alloc';
const stage = process.argv[alloc ? 3 : 2] ?? 'validate';
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
const pass = () => {
  if (stage === 'parse') for (const v of values) parsePatientPath(v);
  else if (stage === 'validate') for (const p of parsed) validatePath(type, project, p, { asOf: AS_OF });
  else if (stage === 'settle')
    for (let i = 0; i < parsed.length; i++) settle(type, project, parsed[i], { asOf: AS_OF, report: reports[i] });
  else if (stage === 'baseline') for (const v of values) baselineSettle(v, AS_OF);
  else
    for (const v of values) {
      const r = parsePatientPath(v);
      if (r.ok)
        settle(type, project, r.value, { asOf: AS_OF, report: validatePath(type, project, r.value, { asOf: AS_OF }) });
    }
};
if (alloc) {
  pass(); // warm: the sample is of a pass whose code is compiled and whose caches are filled
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  pass();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const bytes = new Map();
  let total = 0;
  const walk = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const c of n.children) walk(c);
  };
  walk(profile.head);
  console.log(`${stage}: ${(total / N / 1024).toFixed(1)} KB allocated per path (sampled every 512 bytes)`);
  for (const [k, b] of [...bytes].sort((a, c) => c[1] - a[1]).slice(0, 25))
    console.log(`${((b / total) * 100).toFixed(1).padStart(5)}%  ${(b / N).toFixed(0).padStart(6)} B/path  ${k}`);
  process.exit(0);
}
const t = performance.now();
for (let round = 0; round < 3; round++) pass();
console.log(`${stage}: ${Math.round((3 * N) / ((performance.now() - t) / 1000))}/s`);
