import type { Lang } from '../domain/vocabulary';
import type { Formatter } from './format';
import type { Messages } from './messages';
import type { OutputMessages } from './output-messages';
import { OUTPUT_EN } from './output-en';
import { OUTPUT_FR } from './output-fr';
import { messagesFor } from './render';

/** The messages of the library and those of the text outputs and the command line, together. */
export type AllMessages = Messages & OutputMessages;

const OUTPUTS: Record<Lang, OutputMessages> = { fr: OUTPUT_FR, en: OUTPUT_EN };
const merged: Partial<Record<Lang, AllMessages>> = {};

/**
 * The messages of a language, the text outputs' and the command line's included, and its formatter. The text
 * outputs and the command line use this; the library's core and the spreadsheet bundle use `messagesFor`.
 *
 * @example
 * outputMessagesFor('en').m.cli.casesSummary({ passed: 2, failed: 0 }, outputMessagesFor('en').f) // '2 passed, 0 failed'
 */
export function outputMessagesFor(lang: Lang): { readonly m: AllMessages; readonly f: Formatter } {
  const core = messagesFor(lang);
  merged[lang] ??= { ...core.m, ...OUTPUTS[lang] };
  return { m: merged[lang], f: core.f };
}
