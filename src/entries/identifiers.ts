/** `pcr-forfait/identifiers`: checks of the identifiers met in billing; a reason never repeats the identifier. */
import './zod-check';
import '../documents/compiled-parsers';
export { checkNir, holdsNir } from '../identifiers/nir';
export {
  checkRpps,
  checkAdeli,
  checkFiness,
  checkCpamNumber,
  type IdentifierCheck,
} from '../identifiers/professional-ids';
export { checkSiren, checkSiret } from '../identifiers/company-ids';
export { identifierReasonText } from '../identifiers/reason-text';
export {
  IDENTIFIER_KINDS,
  IDENTIFIER_REASONS,
  type IdentifierKind,
  type IdentifierReason,
} from '../domain/vocabulary';
