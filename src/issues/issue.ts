import type { IssueCode, IssueParams } from '../domain/issue-codes';
import type { Lang, Severity } from '../domain/vocabulary';

export type { IssueCode, IssueParams } from '../domain/issue-codes';
export type { Lang, Severity } from '../domain/vocabulary';

/** Which input document an issue points into. */
export type IssueDocument = 'type' | 'project' | 'path' | 'input';

/** A value that may appear in an issue's parameters (never a NIR). */
export type IssueParam = string | number;

/** One finding about the input, of one code: its parameters are that code's. */
export interface IssueOf<C extends IssueCode> {
  /** Stable UPPER_SNAKE identifier (docs/issue-codes.md). */
  readonly code: C;
  /** `error`: something is excluded (a prestation, a séquence, the path); `warning`: information. */
  readonly severity: Severity;
  /** The input document the path points into. */
  readonly document: IssueDocument;
  /** Where in that document: keys and indices from its root. */
  readonly path: readonly (string | number)[];
  /** The message, in the language asked for (French by default); `issueMessage` renders it in another. */
  readonly message: string;
  /** The figures the message shows, so that it can be rendered again in another language. */
  readonly params: IssueParams[C];
}

/** One finding about the input: a stable code, a severity, where it is, a readable message and its parameters. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** Either a parsed value or the list of issues that prevented it. */
export type Result<T> =
  | {
      readonly ok: true;
      /** The parsed value. */
      readonly value: T;
      /** The warnings found (never an error). */
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: false;
      /** Every issue found, at least one error. */
      readonly issues: readonly Issue[];
    };

/**
 * The language asked for: French unless English is asked (any other value is French).
 *
 * @example
 * langOf({ lang: 'en' }) // 'en'
 */
export function langOf(options: { readonly lang?: unknown } | undefined): Lang {
  return optionOf(options, 'lang') === 'en' ? 'en' : 'fr';
}

/**
 * One option read from the caller's options object, `undefined` when it cannot be read (a throwing getter or
 * Proxy): nothing read from the options escapes as an exception.
 *
 * @example
 * optionOf({ asOf: '2027-01-01' }, 'asOf') // '2027-01-01'
 */
export function optionOf(options: object | undefined, key: string): unknown {
  try {
    return options === undefined || options === null ? undefined : (options as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
