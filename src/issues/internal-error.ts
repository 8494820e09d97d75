import type { Issue, Lang } from './issue';
import { makeIssue } from './issue-sink';

/**
 * The issue that reports an exception no step expected: INTERNAL_ERROR, a defect of the library to report, never a
 * verdict on the input. It names the step and the exception's kind (`TypeError`…), never its message (which could
 * carry a document's values).
 *
 * @example
 * internalError('settle', new TypeError('x'), 'en').params // { step: 'settle', error: 'TypeError' }
 */
export function internalError(step: 'validatePath' | 'settle', thrown: unknown, lang: Lang): Issue {
  const error = thrown instanceof Error ? thrown.name : typeof thrown;
  return makeIssue('INTERNAL_ERROR', { document: 'input', path: [], params: { step, error }, lang });
}
