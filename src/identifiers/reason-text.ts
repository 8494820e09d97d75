import type { IdentifierReason, Lang } from '../domain/vocabulary';
import { messagesFor } from '../messages/render';

/**
 * Why an identifier was refused, as a phrase in `lang`.
 *
 * @example
 * identifierReasonText('LUHN', 'en') // 'wrong Luhn check digit'
 */
export function identifierReasonText(reason: IdentifierReason, lang: Lang = 'fr'): string {
  return messagesFor(lang).m.identifierReasons[reason];
}
