// A vendor's integration, in TypeScript (ESM), compiled with `strict`, `exactOptionalPropertyTypes` and
// `noUncheckedIndexedAccess`: read the three documents the software stores, validate the path, settle it, show the
// coordinator what is due, and produce what the structure declares for billing. `npm run example:vendor` runs it on
// the built package; `npm run test:journeys` runs it from the packed package in a fresh folder.
import { readFileSync } from 'node:fs';
import {
  parseParcoursType,
  parsePatientPath,
  parseProject,
  PatientPathSchema,
  settle,
  validatePath,
  type Issue,
  type ParcoursProject,
  type ParcoursType,
  type PatientPath,
} from 'pcr-forfait';
import { declarationCsv, declarationEntries, formatSettlement } from 'pcr-forfait/exports';
import { worklist } from 'pcr-forfait/operations';

// Run from the folder that holds rules/ and examples/ (the repository's root, or the journey's folder).
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
function fail(what: string, issues: readonly Issue[]): never {
  throw new Error(`${what}: ${issues.map((i) => `${i.code} ${i.path.join('.')}`).join(', ')}`);
}

const parsedType = parseParcoursType(readJson('rules/obesite-complexe-adulte/2026-03.json'));
if (!parsedType.ok) fail('type', parsedType.issues);
const parsedProject = parseProject(readJson('examples/obesite/project.json'));
if (!parsedProject.ok) fail('projet', parsedProject.issues);
const parsedPath = parsePatientPath(readJson('examples/obesite/path.json'));
if (!parsedPath.ok) fail('parcours', parsedPath.issues);
const type: ParcoursType = parsedType.value;
const project: ParcoursProject = parsedProject.value;
const path: PatientPath = parsedPath.value;

// The same document read by the exported schema, as a vendor's own form or API check does (Standard Schema): its
// value is the exported document type.
const checked = PatientPathSchema['~standard'].validate(readJson('examples/obesite/path.json'));
if (checked instanceof Promise || checked.issues !== undefined) throw new Error('the schema refuses the path');
const fromSchema: PatientPath = checked.value;

const asOf = '2027-06-15';
const report = validatePath(type, project, path, { asOf });
console.log(`Type ${type.id} version ${type.version} (${type.status}), parcours ${fromSchema.patient.ref}`);
for (const s of report.sequences) console.log(`  ${s.id} : ${s.status}`);
for (const w of worklist(type, project, path, { asOf })) {
  console.log(`  à faire avant le ${w.dueBy} : ${w.missing} × ${w.codes.join(' ou ')} (${w.performers.join(', ')})`);
}
const settlement = settle(type, project, path, { asOf, report });
for (const q of settlement.sequences) {
  console.log(
    `  ${q.sequence} : ${q.forfait.amount} € = AMO ${q.payers.amo} + AMC ${q.payers.amc} + patient ${q.payers.patient}`,
  );
}
console.log(formatSettlement(settlement, 'fr'));
// The example type is not an official arrêté: its declaration is a trial, asked for as such.
const declared = declarationEntries(settlement, { project, from: '2026-01-01', to: '2026-12-31', allowDraft: true });
for (const issue of declared.issues) console.log(`  ${issue.code}: ${issue.message}`);
if (declared.ok) process.stdout.write(declarationCsv(declared.value).replace('\uFEFF', ''));
