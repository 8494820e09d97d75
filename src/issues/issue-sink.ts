import { SEVERITIES, type IssueCode, type IssueParams } from '../domain/issue-codes';
import { issueText } from '../messages/render';
import type { Issue, IssueDocument, Lang } from './issue';

/** Where an issue sits in its document. */
export type IssuePath = readonly (string | number)[];

/**
 * One issue of a code, its message rendered in `lang` (the path and parameters are taken as they are).
 *
 * @example
 * makeIssue('CATALOG_UNKNOWN_TYPE', { document: 'path', path: ['parcoursType'], params: { type: 'x' }, lang: 'en' }).message
 * // 'Pathway type "x" is not in the catalog.'
 */
export function makeIssue<C extends IssueCode>(
  code: C,
  at: {
    readonly document: IssueDocument;
    readonly path: IssuePath;
    readonly params: IssueParams[C];
    readonly lang: Lang;
  },
): Issue {
  const { document, path, params, lang } = at;
  return { code, severity: SEVERITIES[code], document, path, message: issueText(code, params, lang), params } as Issue;
}

/** Where the issues of one check go: bound to a document and a language. */
export interface IssueSink {
  readonly issues: Issue[];
  /** Adds an issue of `code` at `path` with the code's parameters (in `document` when not the sink's own). */
  add<C extends IssueCode>(code: C, path: IssuePath, params: IssueParams[C], document?: IssueDocument): void;
  /** Adds issues already made (another check's), within the same limit. */
  addAll(issues: readonly Issue[]): void;
}

/** The most issues a document reports by default; past it, one INPUT_TOO_MANY_ISSUES gives the count. */
export const MAX_ISSUES = 100;

/**
 * An issue sink for `document` in `lang`, keeping `maxIssues` issues at most (100 by default): past it, the others
 * are counted, and one last error INPUT_TOO_MANY_ISSUES says how many were left out.
 *
 * @example
 * const sink = issueSink('path', 'fr'); sink.add('EXIT_BEFORE_INCLUSION', ['exit', 'date'], {}); sink.issues.length // 1
 */
export function issueSink(document: IssueDocument, lang: Lang, maxIssues = MAX_ISSUES): IssueSink {
  const kept: Issue[] = [];
  const max = Number.isInteger(maxIssues) && maxIssues > 0 ? maxIssues : MAX_ISSUES;
  let more = 0;
  let withSummary: Issue[] | undefined;
  const overflow = () => {
    more++;
    withSummary = undefined;
  };
  return {
    get issues() {
      if (more === 0) return kept;
      withSummary ??= [
        ...kept,
        makeIssue('INPUT_TOO_MANY_ISSUES', { document, path: [], params: { shown: max, more }, lang }),
      ];
      return withSummary;
    },
    add(code, path, params, doc = document) {
      if (kept.length < max) kept.push(makeIssue(code, { document: doc, path, params, lang }));
      else overflow();
    },
    addAll(issues) {
      for (const i of issues) {
        if (kept.length < max) kept.push(i);
        else overflow();
      }
    },
  };
}

/**
 * True when any issue is an error.
 *
 * @example
 * hasErrors([]) // false
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
