import type { IssueCode, IssueParams } from '../domain/issue-codes';
import type { TraceKind, TraceParams, TraceStep, TraceStepOf } from '../domain/trace-steps';
import type { ExclusionReason, Lang } from '../domain/vocabulary';
import { EN } from './en';
import { formatterFor, type Formatter } from './format';
import { FR } from './fr';
import type { Messages } from './messages';

const BY_LANG: Record<Lang, Messages> = { fr: FR, en: EN };

/**
 * The messages of a language, and its formatter.
 *
 * @example
 * messagesFor('en').m.sequenceStatus['in-progress'] // 'in progress'
 */
export function messagesFor(lang: Lang): { readonly m: Messages; readonly f: Formatter } {
  return { m: BY_LANG[lang], f: formatterFor(lang) };
}

/**
 * The message of an issue code with its parameters, in `lang`.
 *
 * @example
 * issueText('SCHEMA_UNKNOWN_KEY', { key: 'extra' }, 'en') // 'Unknown field "extra".'
 */
export function issueText<C extends IssueCode>(code: C, params: IssueParams[C], lang: Lang): string {
  const render: (p: IssueParams[C], f: Formatter) => string = BY_LANG[lang].issues[code];
  return render(params, formatterFor(lang));
}

/**
 * Renders an issue's message again in another language, from its code and parameters.
 *
 * @example
 * issueMessage({ code: 'SCHEMA_UNKNOWN_KEY', params: { key: 'extra' } }, 'en') // 'Unknown field "extra".'
 */
export function issueMessage(issue: { readonly code: IssueCode; readonly params: object }, lang: Lang): string {
  return issueText(issue.code, issue.params as never, lang);
}

/**
 * One step of a settlement's trace, as a sentence in `lang`.
 *
 * @example
 * traceStepText({ step: 'REST', params: { amount: '422.40' }, amount: '422.40' }, 'en') // 'Left to share: €422.40'
 */
export function traceStepText(step: TraceStep, lang: Lang): string {
  return stepText(step, lang);
}

/** The sentence of one kind of step: the step's kind picks the message whose parameters its own are. */
function stepText<K extends TraceKind>(step: TraceStepOf<K>, lang: Lang): string {
  const render: (p: TraceParams[K], f: Formatter) => string = BY_LANG[lang].trace[step.step];
  return render(step.params, formatterFor(lang));
}

/**
 * Why a séquence is not billed, as words in `lang`.
 *
 * @example
 * exclusionText('NOT_ENDED', 'en')
 */
export function exclusionText(reason: ExclusionReason, lang: Lang): string {
  return BY_LANG[lang].exclusionReasons[reason];
}
