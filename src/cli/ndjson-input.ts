import { createInterface } from 'node:readline';
import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import type { CliIo } from './io';

/**
 * Reads NDJSON on standard input line by line, as a stream: yields each non-blank line's number and its JSON
 * value (null when the line is not JSON). `counter.lines` ends at the number of lines read, blank ones included.
 * When standard error is a terminal, a progress line counts the lines every thousand.
 *
 * @example
 * for await (const { line, json } of ndjsonLines(io, 'fr')) lines.push([line, json]);
 */
export async function* ndjsonLines(
  io: CliIo,
  lang: Lang,
  counter: { lines: number } = { lines: 0 },
): AsyncGenerator<{ line: number; json: unknown }> {
  const progress = io.stderr.isTTY === true;
  const { m, f } = outputMessagesFor(lang);
  for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    const line = ++counter.lines;
    if (progress && line % 1000 === 0) io.stderr.write(`\r${m.cli.progress({ lines: line }, f)}`);
    if (raw.trim() === '') continue;
    let json: unknown = null;
    try {
      json = JSON.parse(raw) as unknown;
    } catch {
      json = null;
    }
    yield { line, json };
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
