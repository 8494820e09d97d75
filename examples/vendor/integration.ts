// A vendor's integration, in TypeScript (ESM): parse what the software stores, show the coordinator what is due,
// and produce what the structure declares for billing. Run with `npm run example:vendor`.
import { readFileSync } from 'node:fs';
import {
  parsePatientPath,
  parseProject,
  settle,
  shippedCatalog,
  type Issue,
  type ParcoursProject,
  type PatientPath,
} from 'pcr-forfait';
import { declarationCsv, declarationEntries } from 'pcr-forfait/exports';
import { worklist } from 'pcr-forfait/operations';

// Run from the repository root: the example documents are in examples/obesite/.
const readJson = (file: string): unknown => JSON.parse(readFileSync(`examples/obesite/${file}`, 'utf8'));

function orFail<T>(r: { ok: true; value: T } | { ok: false; issues: readonly Issue[] }, what: string): T {
  if (r.ok) return r.value;
  throw new Error(`${what}: ${r.issues.map((i) => `${i.code} ${i.path.join('.')}`).join(', ')}`);
}

const project: ParcoursProject = orFail(parseProject(readJson('project.json')), 'projet');
const path: PatientPath = orFail(parsePatientPath(readJson('path.json')), 'parcours');
const type = orFail(shippedCatalog().resolve(path.parcoursType, path.inclusion.date), 'type');
const asOf = '2027-06-15';

console.log(`Type ${type.id} version ${type.version} (${type.status}), parcours ${path.patient.ref}`);
for (const w of worklist(type, project, path, { asOf })) {
  console.log(
    `  à faire avant le ${w.dueBy} : ${w.missing} × ${w.codes.join(' ou ')} (${w.performers.join(', ')})${w.overdue ? ' — EN RETARD' : ''}`,
  );
}
const settlement = settle(type, project, path, { asOf });
for (const q of settlement.sequences) {
  console.log(
    `  ${q.sequence} : ${q.forfait.amount} € = AMO ${q.payers.amo} + AMC ${q.payers.amc} + patient ${q.payers.patient}`,
  );
}
// The example type is not an official arrêté: its declaration is a trial, asked for as such.
const declared = declarationEntries(settlement, { project, from: '2026-01-01', to: '2026-12-31', allowDraft: true });
for (const issue of declared.issues) console.log(`  ${issue.code}: ${issue.message}`);
if (declared.ok) process.stdout.write(declarationCsv(declared.value).replace('\uFEFF', ''));
