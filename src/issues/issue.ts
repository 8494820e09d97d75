/** Which input document an issue points into. */
export type IssueDocument = 'type' | 'project' | 'path' | 'input';

/** Severity of an issue: an `error` excludes something (a prestation, a séquence, the whole path); a `warning` informs. */
export type Severity = 'error' | 'warning';

/** Language of human-readable messages. French is the default. */
export type Lang = 'fr' | 'en';

/** A value that may appear in an issue's parameters (never a NIR). */
export type IssueParam = string | number;

/**
 * One finding about the input: a stable code, a severity, where it is and a readable message.
 * `params` holds the figures used in the message so that it can be rendered again in another language.
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly document: IssueDocument;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Readonly<Record<string, IssueParam>>;
}

/** Either a parsed value or the list of issues that prevented it. */
export type Result<T> = { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };
