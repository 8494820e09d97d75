// Run by scripts/bench.mjs as `node --disallow-code-generation-from-strings scripts/bench-bundle.mjs MODE`: the
// spreadsheet bundle in a fresh process where code generation from strings is refused, as in a spreadsheet or a
// page with a strict Content-Security-Policy (zod's interpreter, jitless). Prints one JSON line.
// MODE `cold`: the time to load the bundle and settle the shipped example, once, in this fresh isolate.
// MODE `run`: end to end throughput on the seeded file active (BENCH_PATHS, BENCH_PRESTATIONS), and 500
// PCR_QUOTE_PARTS cells recalculated.
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { obesityPaths } from './file-active-generator.mjs';

const mode = process.argv[2];
const read = (p) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');
const bundle = `${read('dist/pcr.global.js')}\nglobalThis.PCR = PCR;`;
const projectText = read('examples/obesite/project.json');
const pathText = read('examples/obesite/path.json');
const AS_OF = '2027-12-31';

if (mode === 'cold') {
  const t = performance.now();
  runInThisContext(bundle);
  const { PCR } = globalThis;
  const type = PCR.shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01').value;
  const forfait = PCR.settle(
    type,
    PCR.parseProject(JSON.parse(projectText)).value,
    PCR.parsePatientPath(JSON.parse(pathText)).value,
    { asOf: '2027-06-15' },
  ).totals.forfait;
  if (forfait !== '1061.40') throw new Error(`cold start: ${forfait}`);
  console.log(JSON.stringify({ ms: performance.now() - t }));
} else {
  runInThisContext(bundle);
  const { PCR } = globalThis;
  const N = Number(process.env.BENCH_PATHS ?? 100_000);
  const lines = Array.from(obesityPaths(N, 20261122, Number(process.env.BENCH_PRESTATIONS ?? 20)), (p) =>
    JSON.stringify(p),
  );
  const type = PCR.shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01').value;
  const project = PCR.parseProject(JSON.parse(projectText)).value;
  const chunk = (slice) => {
    const values = slice.map((l) => JSON.parse(l));
    const t = performance.now();
    for (const v of values) {
      const r = PCR.parsePatientPath(v);
      if (r.ok) PCR.settle(type, project, r.value, { asOf: AS_OF });
    }
    return (performance.now() - t) / 1000;
  };
  for (let k = 0; k < Math.min(N, process.env.BENCH_SMOKE === '1' ? 1_000 : 10_000); k += 1000)
    chunk(lines.slice(k, k + 1000)); // warm-up, untimed
  let seconds = 0;
  for (let k = 0; k < N; k += 1000) seconds += chunk(lines.slice(k, k + 1000));
  // A spreadsheet recalculating: one PCR_QUOTE_PARTS cell per patient (ranges as a sheet hands them over). A correct
  // call returns the shares grid: every share and payer amount of the engine's settlement of the same path is in it.
  // Timed on the shipped example when it returns its grid; else (a finding blanks the grid, a defect the sheet
  // functions must not have) on the same path with its too-short prestation lengthened, and the line says so.
  const projectJson = JSON.parse(projectText);
  const shipped = JSON.parse(pathText);
  const ranges = (pathJson) => ({
    project: [
      ['structure', projectJson.structure.name],
      ['category', projectJson.structure.category],
      ['siret', projectJson.structure.siret],
      ['sentToArs', projectJson.sentToArs],
      ['key', JSON.stringify(projectJson.distribution.default)],
    ],
    team: [
      ['id', 'profession', 'rpps', 'adeli', 'cpam'],
      ...projectJson.team.map((m) => [m.id, m.profession, m.rpps ?? '', m.adeli ?? '', m.cpamNumber ?? '']),
    ],
    patient: [
      ['ref', pathJson.patient.ref],
      ['birthDate', pathJson.patient.birthDate],
      ['inclusion', pathJson.inclusion.date],
      ['profile', pathJson.profile],
      ['territory', pathJson.patient.territory],
      ['complementary', pathJson.coverage.complementary],
      ['attestations', pathJson.attestations.map((a) => `${a.sequence} ${a.date}`).join('; ')],
    ],
    prestations: [
      ['id', 'code', 'date', 'member', 'minutes', 'status'],
      ...pathJson.prestations.map((x) => [x.id, x.code, x.date, x.member, x.minutes, x.status]),
    ],
  });
  const cellOf = (pathJson) => {
    const r = ranges(pathJson);
    return () =>
      PCR.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', r.project, r.team, r.patient, r.prestations, '2027-06-15');
  };
  /** The grid holds every amount of the engine's settlement, each on a row naming its beneficiary or payer. */
  const holdsShares = (grid, pathJson) => {
    if (!Array.isArray(grid)) return false;
    const s = PCR.settle(type, project, PCR.parsePatientPath(pathJson).value, { asOf: '2027-06-15' });
    const expected = s.sequences.flatMap((q) => [
      ...q.shares.map((x) => [x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id, Number(x.amount)]),
      ['AMO', Number(q.payers.amo)],
      ['AMC', Number(q.payers.amc)],
      ['patient', Number(q.payers.patient)],
    ]);
    return (
      expected.length > 3 &&
      expected.every(([who, amount]) => grid.some((row) => row.includes(who) && row.includes(amount)))
    );
  };
  const shippedGrid = cellOf(shipped)();
  let cell = cellOf(shipped);
  let cellPath = 'the shipped example';
  if (!holdsShares(shippedGrid, shipped)) {
    const clean = structuredClone(shipped);
    for (const x of clean.prestations) if (x.id === 'p06') x.minutes = 45;
    cell = cellOf(clean);
    cellPath = `the shipped example gives ${JSON.stringify(String(shippedGrid).slice(0, 60))}: timed on it with p06 lengthened to 45 min`;
    if (!holdsShares(cell(), clean)) throw new Error(`sheet cell: ${JSON.stringify(cell()).slice(0, 300)}`);
  }
  for (let k = 0; k < 500; k++) cell(); // warm-up
  const t = performance.now();
  for (let k = 0; k < 500; k++) if (!Array.isArray(cell())) throw new Error('sheet cell: not a grid');
  console.log(JSON.stringify({ paths: N, seconds, cellMs: (performance.now() - t) / 500, cellPath }));
}
