import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import type { CliIo } from './io';

/** The longest NDJSON line read by default, in characters: 4 Mi (a path of several thousand prestations is about 1 M). */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** One line of an NDJSON input: its number, and its JSON value (null: not JSON; `tooLong`: over the limit). */
export interface NdjsonLine {
  readonly line: number;
  readonly json: unknown;
  /** Set when the line was longer than the limit: it was skipped without being kept in memory. */
  readonly tooLong?: true;
}

/**
 * Reads NDJSON on standard input line by line, as a stream: yields each non-blank line's number and its JSON
 * value (null when the line is not JSON). A line longer than `maxLineBytes` is not held: it is skipped to its end
 * and yielded as `tooLong`. A UTF-8 byte-order mark at the start is ignored. `counter.lines` ends at the number of
 * lines read up to the last one that holds something: blank lines between paths are counted (the line numbers
 * stay those of the file), a last newline or blank lines at the end are not. When standard error is a terminal, a progress line counts the lines every
 * thousand.
 *
 * @example
 * for await (const { line, json } of ndjsonLines(io, 'fr')) lines.push([line, json]);
 */
export async function* ndjsonLines(
  io: CliIo,
  lang: Lang,
  counter: { lines: number } = { lines: 0 },
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<NdjsonLine> {
  const progress = io.stderr.isTTY === true;
  const { m, f } = outputMessagesFor(lang);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let pending: string[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let line = 0;
  const finish = (): NdjsonLine | undefined => {
    line++;
    if (progress && line % 1000 === 0) io.stderr.write(`\r${m.cli.progress({ lines: line }, f)}`);
    const tooLong = skipping;
    const joined = pending.join('');
    const raw = line === 1 && joined.startsWith('\uFEFF') ? joined.slice(1) : joined;
    pending = [];
    pendingBytes = 0;
    skipping = false;
    if (tooLong) {
      counter.lines = line;
      return { line, json: null, tooLong: true };
    }
    if (raw.trim() === '') return undefined;
    counter.lines = line;
    try {
      return { line, json: JSON.parse(raw) as unknown };
    } catch {
      return { line, json: null };
    }
  };
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const piece = text.slice(start, nl < 0 ? text.length : nl);
      if (!skipping) {
        pendingBytes += piece.length;
        if (pendingBytes > maxLineBytes) {
          skipping = true;
          pending = [];
        } else pending.push(piece);
      }
      if (nl < 0) break;
      const out = finish();
      if (out) yield out;
      start = nl + 1;
    }
  }
  const tail = decoder.decode();
  if (tail !== '') pending.push(tail);
  // A last newline ends the last line: what follows it is a line only when it holds something.
  if (pending.some((p) => p !== '') || skipping) {
    const out = finish();
    if (out) yield out;
  }
  if (progress) io.stderr.write('\r');
}

/**
 * Issues as indented lines for standard error.
 *
 * @example
 * io.stderr.write(`${file} :\n${issueLines(result.issues)}\n`);
 */
export function issueLines(
  issues: readonly {
    severity: string;
    code: string;
    document?: string;
    path: readonly (string | number)[];
    message: string;
  }[],
): string {
  return issues
    .map((i) => `  [${i.severity}] ${i.code} @ ${i.document ? `${i.document}:` : ''}${i.path.join('.')} — ${i.message}`)
    .join('\n');
}
