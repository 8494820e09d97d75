/**
 * pcr-forfait — rules engine for French parcours coordonnés renforcés (PCR).
 * Parse the three documents, validate a patient's path, settle the forfait to the cent.
 */
import { compile } from 'zod/mini';
import { useCompiler } from './documents/parse';

// In Node and wherever code generation is allowed, the documents are read by zod's compiled parsers.
useCompiler(compile);

export type { Issue, IssueDocument, IssueParam, Lang, Result, Severity } from './issues/issue';
export { ISSUE_CATALOG, type IssueCode, type IssueDefinition } from './issues/catalog';
export { issueMessage } from './issues/make-issue';

export type { ParcoursType, SequenceDef, RequirementDef, PrestationDef, IncompletePolicy, Participation, Modulation } from './documents/parcours-type';
export type { ParcoursProject, TeamMember } from './documents/project';
export type { PatientPath, PrestationRecord } from './documents/patient-path';
export type { Distribution, DistributionKey, KeyRule } from './documents/distribution-key';
export { parseParcoursType, parseProject, parsePatientPath, type ParseOptions } from './documents/parse';
export { ParcoursTypeSchema } from './documents/parcours-type';
export { ProjectSchema } from './documents/project';
export { PatientPathSchema } from './documents/patient-path';

export { validatePath, type EvaluationOptions } from './validation/validate-path';
export { projectAcceptedOn } from './validation/frame-checks';
export type { PathReport, SequenceReport, SequenceStatus, RequirementReport, PrestationReport } from './validation/report-types';

export { allocate } from './money/allocate';
export type { Amount } from './money/decimal';
export { addMonths, addDays, ageOn, isIsoDate, type IsoDate } from './dates/calendar';

export { PROFESSIONS, STRUCTURE_CATEGORIES, EXEMPTIONS, COMPLEMENTARY_KINDS } from './domain/vocabulary';
export type { Profession, StructureCategory, Exemption, ComplementaryKind } from './domain/vocabulary';
export { checkNir } from './identifiers/nir';
export { checkRpps, checkAdeli, checkFiness } from './identifiers/professional-ids';
export { checkSiren, checkSiret } from './identifiers/company-ids';
export { formatReport } from './report/format-report';

export { settle } from './settlement/settle';
export type {
  Settlement,
  SequenceSettlement,
  ExcludedSequence,
  Share,
  SharePart,
  Beneficiary,
  Payee,
  TraceStep,
  ForfaitBreakdown,
  PayerSplit,
  TotalLine,
} from './settlement/settlement-types';
export { formatSettlement } from './report/format-settlement';
export { issueCodeTable } from './issues/issue-table';
export { jsonSchemaOf, SCHEMA_DOCUMENTS, type SchemaDocument } from './documents/json-schema';
export { createCatalog, type Catalog, type CatalogEntry, type RejectedFile, type RuleFile } from './catalog/catalog';
export { shippedCatalog, SHIPPED_RULE_FILES } from './catalog/shipped-rules';
export { runConformanceCase, type ConformanceCase, type CaseExpectation, type CaseResult } from './conformance/run-case';
export { settleReport } from './settlement/settle';
export { projectDates, AVENANT_DAYS, FORMAL_NOTICE_MONTHS, type ProjectDates } from './operations/project-dates';
export { worklist, sortWorkItems, type WorkItem } from './operations/worklist';
export { declarationEntries, type DeclarationEntry, type DeclarationLine } from './operations/declaration';
export { declarationCsv, DECLARATION_COLUMNS } from './operations/declaration-csv';
export { fhirInvoice, nationalIdentifier, IDNAT_PS, IDNAT_STRUCT, type FhirInvoice } from './operations/fhir-invoice';
export { fileActive, type FileActiveReport, type FileActiveOptions, type ExcludedPath, type PathOutcome } from './operations/file-active';
export { fileActiveCsv, formatFileActive } from './operations/file-active-output';
