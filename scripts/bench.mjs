// `npm run bench`: throughput of parse, validate and settle on a seeded file active, next to a hand-written
// integer-cents baseline of the same type (scripts/bench-baseline.mjs), in one run. Timings only: no assertion
// beyond checking that the baseline and the engine agree to the cent.
// Options (environment): BENCH_PATHS (default 100000), BENCH_PRESTATIONS (average per path, default 20).
import { readFileSync } from 'node:fs';
import { parsePatientPath, parseProject, settleReport, shippedCatalog, validatePath } from '../dist/index.js';
import { baselineSettle } from './bench-baseline.mjs';
import { obesityFileActive } from './file-active-generator.mjs';

const N = Number(process.env.BENCH_PATHS ?? 100_000);
const PER = Number(process.env.BENCH_PRESTATIONS ?? 20);
const AS_OF = '2027-12-31';
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  sample();
  return [r, Number(process.hrtime.bigint() - t) / 1e9];
};
const rate = (n, s) => `${Math.round(n / s).toLocaleString('en-US')}/s`;

const project = parseProject(JSON.parse(readFileSync(new URL('../examples/obesite/project.json', import.meta.url), 'utf8')));
if (!project.ok) throw new Error('example project does not parse');
const type = shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01');
if (!type.ok) throw new Error('type not found');

const [raw, genS] = time(() => obesityFileActive(N, 20261122, PER));
const prestations = raw.reduce((n, p) => n + p.prestations.length, 0);
console.log(`file active: ${N.toLocaleString('en-US')} paths, ${(prestations / N).toFixed(1)} prestations per path on average (generated in ${genS.toFixed(1)} s)`);

const [parsed, parseS] = time(() => raw.map((p) => parsePatientPath(p)));
const ok = parsed.filter((r) => r.ok).map((r) => r.value);
const [reports, validateS] = time(() => ok.map((p) => validatePath(type.value, project.value, p, { asOf: AS_OF })));
const [settlements, settleS] = time(() => ok.map((p, i) => settleReport(type.value, project.value, p, reports[i], 'fr')));
const [, e2eS] = time(() => {
  for (const p of raw) {
    const r = parsePatientPath(p);
    if (!r.ok) continue;
    const report = validatePath(type.value, project.value, r.value, { asOf: AS_OF });
    settleReport(type.value, project.value, r.value, report, 'fr');
  }
});
const [baseline, baseS] = time(() => ok.map((p) => baselineSettle(p, AS_OF)));

// The baseline must give the same cents, or the ratio means nothing.
let mismatches = 0;
ok.forEach((p, i) => {
  const s = settlements[i];
  const b = baseline[i];
  const engine = reports[i].blocked ? null : s.sequences.map((q) => [q.forfait.amount, q.payers.amo, q.payers.amc, q.payers.patient, ...q.shares.map((x) => `${x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id}=${x.amount}`).sort()].join(' '));
  const base = b === null ? null : b.map((q) => [q.amount, q.amo, q.amc, q.patient].map((c) => (c / 100).toFixed(2)).concat([...q.shares].map(([k, v]) => `${k}=${(v / 100).toFixed(2)}`).sort()).join(' '));
  if (JSON.stringify(engine) !== JSON.stringify(base)) mismatches++;
});

const big = obesityFileActive(1, 7, 500)[0];
big.prestations = Array.from({ length: 1000 }, (_, k) => ({ ...big.prestations[k % big.prestations.length], id: `big${k}` }));
const bigParsed = parsePatientPath(big);
if (!bigParsed.ok) throw new Error('big path');
const RUNS = 50;
const [, bigS] = time(() => {
  for (let k = 0; k < RUNS; k++) {
    const r = parsePatientPath(big);
    const report = validatePath(type.value, project.value, r.value, { asOf: AS_OF });
    settleReport(type.value, project.value, r.value, report, 'fr');
  }
});

console.log(`parse            ${rate(N, parseS).padStart(10)}   (${parseS.toFixed(2)} s)`);
console.log(`validate         ${rate(ok.length, validateS).padStart(10)}   (${validateS.toFixed(2)} s)`);
console.log(`settle           ${rate(ok.length, settleS).padStart(10)}   (${settleS.toFixed(2)} s, from the reports)`);
console.log(`validate+settle  ${rate(ok.length, validateS + settleS).padStart(10)}`);
console.log(`end to end       ${rate(N, e2eS).padStart(10)}   (parse + validate + settle, ${e2eS.toFixed(2)} s)`);
console.log(`baseline         ${rate(ok.length, baseS).padStart(10)}   (hand-written integer cents, validate + settle; ${mismatches} results differ from the engine)`);
console.log(`ratio            engine validate+settle / baseline = ${(baseS / (validateS + settleS)).toFixed(3)}`);
console.log(`1,000 prestations: ${((bigS / RUNS) * 1000).toFixed(2)} ms per path (parse + validate + settle, mean of ${RUNS})`);
console.log(`peak RSS         ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
