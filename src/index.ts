/**
 * pcr-forfait — rules engine for French parcours coordonnés renforcés (PCR): parse the three documents, validate a
 * patient's path, settle the forfait to the cent. The root holds the core; the rest is under subpaths:
 * `pcr-forfait/operations` (worklist, file active, projet dates, calendar), `pcr-forfait/exports` (declaration, CSV,
 * FHIR, plain-text renderings), `pcr-forfait/identifiers` (NIR, RPPS, ADELI, FINESS, SIREN, SIRET checks) and
 * `pcr-forfait/testing` (conformance cases, JSON Schemas, the issue-code table).
 */
import './entries/zod-check';
import './documents/compiled-parsers';

export { parseParcoursType, parseProject, parsePatientPath, type ParseOptions } from './documents/parse';
export {
  ParcoursTypeSchema,
  type ParcoursType,
  type SequenceDef,
  type RequirementDef,
  type PrestationDef,
  type IncompletePolicy,
  type Participation,
  type Modulation,
} from './documents/parcours-type';
export { ProjectSchema, type Avenant, type ParcoursProject, type TeamMember } from './documents/project';
export { PatientPathSchema, type PatientPath, type PrestationRecord } from './documents/patient-path';
export type { Distribution, DistributionKey, KeyRule } from './documents/distribution-key';
export {
  PROFESSIONS,
  STRUCTURE_CATEGORIES,
  EXEMPTIONS,
  COMPLEMENTARY_KINDS,
  type Profession,
  type StructureCategory,
  type Exemption,
  type ComplementaryKind,
} from './domain/vocabulary';

export { validatePath, type EvaluationOptions } from './validation/validate-path';
export type {
  PathReport,
  SequenceReport,
  SequenceStatus,
  RequirementReport,
  PrestationReport,
  TypeVersion,
} from './validation/report-types';

export { settle, type SettleOptions } from './settlement/settle';
export type {
  Settlement,
  SequenceSettlement,
  ExcludedSequence,
  Share,
  SharePart,
  TotalLine,
  Beneficiary,
  Payee,
  TraceStep,
  ForfaitBreakdown,
  PayerSplit,
} from './settlement/settlement-types';
export { allocate } from './money/allocate';
export type { Amount } from './money/decimal';
export type { IsoDate } from './dates/iso-date';

export type { Issue, IssueCode, IssueParams, IssueDocument, Severity, Lang, Result } from './issues/issue';
export { issueMessage, traceStepText } from './messages/render';

export { createCatalog, type Catalog, type CatalogEntry, type RuleFile, type RejectedFile } from './catalog/catalog';
export { shippedCatalog } from './catalog/shipped-rules';
