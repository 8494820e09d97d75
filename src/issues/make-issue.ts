import { ISSUE_CATALOG, type IssueCode, type IssueDefinition } from './catalog';
import type { Issue, IssueDocument, IssueParam, Lang } from './issue';

/**
 * Builds an issue from the catalog, rendering its message in `lang`.
 *
 * @example
 * makeIssue('PRESTATION_UNKNOWN_CODE', 'path', ['prestations', 2, 'code'], { code: 'XYZ' }, 'en').message
 * // → 'Prestation code "XYZ" is unknown for this parcours type.'
 */
export function makeIssue(
  code: IssueCode,
  document: IssueDocument,
  path: readonly (string | number)[],
  params: Readonly<Record<string, IssueParam>> = {},
  lang: Lang = 'fr',
): Issue {
  return issueOf(code, document, [...path], { ...params }, lang);
}

/** The issue itself, taking `path` and `params` as they are (the caller owns them). */
function issueOf(code: IssueCode, document: IssueDocument, path: (string | number)[], params: Record<string, IssueParam>, lang: Lang): Issue {
  const def: IssueDefinition = ISSUE_CATALOG[code];
  return { code, severity: def.severity, document, path, message: def[lang](params), params };
}

/**
 * Renders an issue's message again in another language, from its code and params.
 *
 * @example
 * issueMessage(report.issues[0], 'en')
 */
export function issueMessage(issue: Issue, lang: Lang): string {
  const def = (ISSUE_CATALOG as Record<string, IssueDefinition | undefined>)[issue.code];
  return def ? def[lang](issue.params) : issue.message;
}

/** An issue sink bound to one document and language, used while checking one input. */
export interface IssueSink {
  readonly issues: Issue[];
  add(code: IssueCode, path: readonly (string | number)[], params?: Readonly<Record<string, IssueParam>>, document?: IssueDocument): Issue;
}

/**
 * Creates an issue sink for `document` in `lang`.
 *
 * @example
 * const sink = issueSink('path', 'fr'); sink.add('EXIT_BEFORE_INCLUSION', ['exit', 'date']);
 */
export function issueSink(document: IssueDocument, lang: Lang): IssueSink {
  const issues: Issue[] = [];
  return {
    issues,
    add(code, path, params = {}, doc = document) {
      // Callers hand over fresh path and params literals: no defensive copies here.
      const i = issueOf(code, doc, path as (string | number)[], params as Record<string, IssueParam>, lang);
      issues.push(i);
      return i;
    },
  };
}

/** True when any issue is an error. @example hasErrors(result.issues) // false when only warnings */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
