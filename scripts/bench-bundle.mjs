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
  const type = PCR.shippedCatalog().resolve('obesite-complexe-adulte', '2026-05-31').value;
  const forfait = PCR.settle(
    type,
    PCR.parseProject(JSON.parse(projectText)).value,
    PCR.parsePatientPath(JSON.parse(pathText)).value,
    { asOf: '2026-12-15' },
  ).totals.forfait;
  if (forfait !== '536.00') throw new Error(`cold start: ${forfait}`);
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
  for (let k = 0; k < Math.min(N, 10_000); k += 1000) chunk(lines.slice(k, k + 1000)); // warm-up, untimed
  let seconds = 0;
  for (let k = 0; k < N; k += 1000) seconds += chunk(lines.slice(k, k + 1000));
  // A spreadsheet recalculating: one PCR_QUOTE_PARTS cell per patient (ranges as a sheet hands them over).
  const ranges = {
    project: [
      ['structure', 'MSP des Tilleuls (fictive)'],
      ['category', 'msp'],
      ['siret', '90000000100017'],
      ['sentToArs', '2026-03-10'],
      [
        'key',
        '[{"kind":"coordination","rate":"0.10"},{"kind":"perPrestation","rates":{"BILAN_INITIAL":"60.00"}},{"kind":"weights","by":"member","basis":"sessions"}]',
      ],
    ],
    team: [
      ['id', 'profession', 'rpps', 'adeli', 'cpam'],
      ['dr-martin', 'medecin', '10001234565', '', ''],
      ['diet-leroy', 'dieteticien', '', '759912345', ''],
      ['psy-bernard', 'psychologue', '', '759954321', ''],
      ['apa-petit', 'enseignant-apa', '', '', 'APA-0042'],
    ],
    patient: [
      ['ref', 'PAT-0001'],
      ['birthDate', '1972-04-18'],
      ['inclusion', '2026-05-31'],
      ['profile', 'B'],
      ['territory', '69'],
      ['complementary', 'responsable'],
    ],
    prestations: [
      ['id', 'code', 'date', 'member', 'minutes', 'status'],
      ...[
        '2026-06-04',
        '2026-06-15',
        '2026-06-22',
        '2026-07-06',
        '2026-07-13',
        '2026-08-24',
        '2026-09-21',
        '2026-10-05',
      ].map((d, k) => [
        `p${k}`,
        k === 0 ? 'BILAN_INITIAL' : k % 2 ? 'SEANCE_DIET' : 'SEANCE_PSY',
        d,
        k === 0 ? 'dr-martin' : k % 2 ? 'diet-leroy' : 'psy-bernard',
        50,
        'done',
      ]),
    ],
  };
  const cell = () =>
    PCR.sheet.PCR_QUOTE_PARTS(
      'obesite-complexe-adulte',
      ranges.project,
      ranges.team,
      ranges.patient,
      ranges.prestations,
      '2026-12-15',
    );
  for (let k = 0; k < 500; k++) cell(); // warm-up
  const t = performance.now();
  for (let k = 0; k < 500; k++) if (typeof cell() === 'string') throw new Error('sheet cell');
  console.log(JSON.stringify({ paths: N, seconds, cellMs: (performance.now() - t) / 500 }));
}
