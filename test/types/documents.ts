// Compiled by test/document-types.test.ts with this folder's tsconfig.json: `strict` and `exactOptionalPropertyTypes`,
// the options of a strict vendor. The root tsconfig.json leaves this folder out (it compiles without the latter).
import type { Distribution, KeyRule, WeightsRule } from '../../src/documents/distribution-key';
import {
  type IncompletePolicy,
  type ParcoursType,
  ParcoursTypeSchema,
  type Participation,
  type RequirementDef,
  type SequenceDef,
} from '../../src/documents/parcours-type';
import { parseParcoursType, parsePatientPath, parseProject } from '../../src/documents/parse';
import {
  type Coverage,
  type PatientPath,
  PatientPathSchema,
  type PrestationRecord,
} from '../../src/documents/patient-path';
import { type ParcoursProject, ProjectSchema, type TeamMember } from '../../src/documents/project';

/** The options are those of a strict vendor: an optional key does not take `undefined` unless its type says so. */
type Exact = { readonly a?: string };
export const exactOptionalPropertyTypesIsOn: { readonly a?: string | undefined } extends Exact ? false : true = true;

declare const json: unknown;

/** What a parse function gives is assignable to the exported type of its document, as is (TS2375 before). */
export function parsedDocuments(): [ParcoursType, ParcoursProject, PatientPath] | undefined {
  const type = parseParcoursType(json);
  const project = parseProject(json);
  const path = parsePatientPath(json);
  if (!type.ok || !project.ok || !path.ok) return undefined;
  const t: ParcoursType = type.value;
  const p: ParcoursProject = project.value;
  const x: PatientPath = path.value;
  return [t, p, x];
}

/** What the exported schemas parse is the exported type too. */
export const fromSchemas: [ParcoursType, ParcoursProject, PatientPath] = [
  ParcoursTypeSchema.parse(json),
  ProjectSchema.parse(json),
  PatientPathSchema.parse(json),
];

/** The named parts are the types of their place in the document. */
export function parts(t: ParcoursType, p: ParcoursProject, x: PatientPath) {
  const sequence: SequenceDef | undefined = t.sequences[0];
  const requirement: RequirementDef | undefined = sequence?.requirements[0];
  const incomplete: IncompletePolicy | undefined = sequence?.incomplete;
  const participation: Participation = t.participation;
  const member: TeamMember | undefined = p.team[0];
  const distribution: Distribution = p.distribution;
  const rule: KeyRule | undefined = distribution.default?.[0];
  const weights: WeightsRule | undefined = rule?.kind === 'weights' ? rule : undefined;
  const prestation: PrestationRecord | undefined = x.prestations[0];
  const coverage: Coverage = x.coverage;
  return { requirement, incomplete, participation, member, weights, prestation, coverage };
}

/** A vendor may write a document by hand: the optional keys are left out, or given `undefined` where zod allows it. */
export const written: PatientPath = {
  parcoursType: 'obesite-complexe-adulte',
  patient: { ref: 'PAT-0001', birthDate: '1980-05-01' },
  coverage: { complementary: 'responsable' },
  inclusion: { date: '2026-04-01', by: undefined },
  prestations: [{ id: 'p1', code: 'BILAN', date: '2026-04-02', member: 'dr-a', status: 'done' }],
};

/** The documents are read-only all the way down. */
export function readOnly(x: PatientPath, p: ParcoursProject): void {
  // @ts-expect-error a parsed path's prestations cannot be pushed to
  x.prestations.push(x.prestations[0]);
  // @ts-expect-error nor a member's profession changed
  if (p.team[0]) p.team[0].profession = 'medecin';
}
