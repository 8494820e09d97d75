/** `pcr-forfait/exports`: what leaves the engine — the declaration (CSV, FHIR), CSV of reports, texts for people. */
import './zod-check';
import '../documents/compiled-parsers';
export {
  declarationEntries,
  type DeclarationEntry,
  type DeclarationLine,
  type DeclarationOptions,
} from '../exports/declaration';
export { declarationCsv, declarationRows, DECLARATION_COLUMNS, DECLARATION_TABLE } from '../exports/declaration-csv';
export { worklistCsv, worklistRow, WORKLIST_COLUMNS, WORKLIST_TABLE } from '../exports/worklist-csv';
export {
  fhirInvoice,
  fhirJson,
  invoiceId,
  nationalIdentifier,
  FR_CORE_IDENTIFIER_TYPES,
  IDNAT_PS,
  IDNAT_STRUCT,
  type FhirInvoice,
} from '../exports/fhir-invoice';
export { fileActiveCsv, fileActiveRows, formatFileActive, type IndicatorRow } from '../exports/file-active-output';
export { fileActiveHtml } from '../exports/file-active-html';
export { csvLine } from '../exports/french-csv';
export type { Column, ColumnKind, Row } from '../exports/columns';
export { formatReport } from '../exports/format-report';
export { formatSettlement } from '../exports/format-settlement';
export { formatWorkItem, formatWorklist } from '../exports/format-worklist';
export {
  declarationDelta,
  declaredState,
  declarationKey,
  type DeclarationDeltaOptions,
} from '../exports/declaration-delta';
export {
  readDeclarations,
  type DeclarationFileFormat,
  type ReadDeclarationsOptions,
} from '../exports/declaration-read';
export { readPayments, PAYMENT_COLUMNS, type ReadPaymentsOptions } from '../exports/payments-read';
export type { DeclarationNature, DeclaredEntry, DeclaredLine, PreviousFigures } from '../exports/declaration';
export type { FhirInvoiceExtension } from '../exports/fhir-invoice';
