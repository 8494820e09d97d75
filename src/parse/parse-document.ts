import type * as z from 'zod/mini';
import type { IssueDocument, Lang, Result } from '../issues/issue';
import { hasErrors, issueSink, type IssueSink } from '../issues/make-issue';
import { scanUntrusted } from '../schema/untrusted-scan';
import { addZodIssues } from '../schema/zod-issues';

/** Options shared by the parse functions. */
export interface ParseOptions {
  /** Language of the messages; French by default. */
  readonly lang?: Lang;
}

/**
 * Shared parse pipeline: scan the untrusted value, run the schema (without code generation), then the
 * document's own cross-reference checks. A document's fast reader, when given, is tried first: it answers only for
 * documents the schema accepts, with the same value, and leaves every other one to the scan and the schema.
 * Never throws; the input is never mutated (zod builds new objects).
 *
 * @example
 * parseDocument(projectSchema, json, 'project', {}, checkProjectReferences)
 */
export function parseDocument<S extends z.ZodMiniType, T = z.output<S>>(
  schema: S,
  input: unknown,
  document: IssueDocument,
  options: ParseOptions,
  crossCheck: (value: T, sink: IssueSink) => void,
  fastRead?: (input: unknown) => T | null,
): Result<T> {
  const sink = issueSink(document, options.lang ?? 'fr');
  try {
    let value: T;
    const fast = fastRead?.(input) ?? null;
    if (fast !== null) value = fast;
    else {
      if (!scanUntrusted(input, sink)) return { ok: false, issues: sink.issues };
      const parsed = schema.safeParse(input, { jitless: true, reportInput: true });
      if (!parsed.success) {
        addZodIssues(parsed.error.issues, sink);
        return { ok: false, issues: sink.issues };
      }
      value = parsed.data as T;
    }
    crossCheck(value, sink);
    return hasErrors(sink.issues) ? { ok: false, issues: sink.issues } : { ok: true, value, issues: sink.issues };
  } catch {
    // Defensive: nothing above should throw on any JSON value, but a hostile getter could.
    sink.add('INPUT_NOT_PLAIN', []);
    return { ok: false, issues: sink.issues };
  }
}
