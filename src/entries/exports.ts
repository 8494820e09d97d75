/** `pcr-forfait/exports`: what leaves the engine — the declaration (CSV, FHIR), CSV of reports, texts for people. */
import '../documents/compiled-parsers';
export {
  declarationEntries,
  type DeclarationEntry,
  type DeclarationLine,
  type DeclarationOptions,
} from '../exports/declaration';
export { declarationCsv, DECLARATION_COLUMNS } from '../exports/declaration-csv';
export { worklistCsv, WORKLIST_COLUMNS } from '../exports/worklist-csv';
export { fhirInvoice, nationalIdentifier, IDNAT_PS, IDNAT_STRUCT, type FhirInvoice } from '../exports/fhir-invoice';
export { fileActiveCsv, formatFileActive } from '../exports/file-active-output';
export { formatReport } from '../exports/format-report';
export { formatSettlement } from '../exports/format-settlement';
export { formatWorklist } from '../exports/format-worklist';
