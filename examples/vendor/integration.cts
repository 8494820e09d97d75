// The same integration under CommonJS (`require`), compiled with the same strict options: parse the three
// documents, validate, settle, print the amounts. `npm run test:journeys` runs it from the packed package.
import { readFileSync } from 'node:fs';
import {
  parseParcoursType,
  parsePatientPath,
  parseProject,
  settle,
  validatePath,
  type Issue,
  type PatientPath,
} from 'pcr-forfait';
import { formatSettlement } from 'pcr-forfait/exports';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
function fail(what: string, issues: readonly Issue[]): never {
  throw new Error(`${what}: ${issues.map((i) => `${i.code} ${i.path.join('.')}`).join(', ')}`);
}

const type = parseParcoursType(readJson('rules/obesite-complexe-adulte/2026-03.json'));
if (!type.ok) fail('type', type.issues);
const project = parseProject(readJson('examples/obesite/project.json'));
if (!project.ok) fail('projet', project.issues);
const parsed = parsePatientPath(readJson('examples/obesite/path.json'));
if (!parsed.ok) fail('parcours', parsed.issues);
const path: PatientPath = parsed.value;

const asOf = '2027-06-15';
const report = validatePath(type.value, project.value, path, { asOf });
const settlement = settle(type.value, project.value, path, { asOf, report });
const first = settlement.sequences[0];
console.log(`CommonJS: ${settlement.sequences.length} séquence(s) facturée(s), ${first?.sequence ?? '—'}`);
console.log(formatSettlement(settlement, 'fr'));
