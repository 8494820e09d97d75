import type { IssueDocument, Lang, Result } from '../issues/issue';
import { hasErrors, issueSink, type IssueSink } from '../issues/make-issue';
import { FAIL, type Schema } from '../schema/schema-kit';
import { scanUntrusted } from '../schema/untrusted-scan';

/** Options shared by the parse functions. */
export interface ParseOptions {
  /** Language of the messages; French by default. */
  readonly lang?: Lang;
}

/**
 * Shared parse pipeline. The schema's fast lane reads the value first: it answers only for documents the full
 * pipeline accepts, with the same value. Anything else goes through the input scan (forbidden keys, cycles, class
 * instances, depth), then the schema again, reporting every issue with its path. Then the document's own
 * cross-reference checks. Never throws; the input is never mutated (the schema builds new objects).
 *
 * @example
 * parseDocument(projectSchema, json, 'project', {}, checkProjectReferences)
 */
export function parseDocument<T>(
  schema: Schema<T>,
  input: unknown,
  document: IssueDocument,
  options: ParseOptions,
  crossCheck: (value: T, sink: IssueSink) => void,
): Result<T> {
  const sink = issueSink(document, options.lang ?? 'fr');
  try {
    let value = schema.read(input, [], { report: null, seen: new Set() });
    if (value === FAIL) {
      if (!scanUntrusted(input, sink)) return { ok: false, issues: sink.issues };
      value = schema.read(input, [], { report: sink, seen: new Set() });
      if (value === FAIL || hasErrors(sink.issues)) return { ok: false, issues: sink.issues };
    }
    crossCheck(value, sink);
    return hasErrors(sink.issues) ? { ok: false, issues: sink.issues } : { ok: true, value, issues: sink.issues };
  } catch {
    // Defensive: nothing above should throw on any JSON value, but a hostile getter could.
    sink.add('INPUT_NOT_PLAIN', []);
    return { ok: false, issues: sink.issues };
  }
}
