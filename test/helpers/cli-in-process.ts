import { Readable, Writable } from 'node:stream';
import { readFileCapped, type CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';

/** What a command wrote and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** A stream that keeps what is written to it, as text. */
function collector(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs `pcr` in this process through its I/O seam: `input` is standard input (none: a terminal), the machine's
 * language is French unless `env` says otherwise, and the rules are the repository's.
 */
export async function pcrIn(
  args: readonly string[],
  input?: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const stdin: Readable & { isTTY?: boolean } = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
  if (input === undefined) stdin.isTTY = true;
  const io: CliIo = { stdin, stdout: out.stream, stderr: err.stream, readFile: readFileCapped };
  const code = await runCli(args, io, { rulesDir: 'rules', env: { LC_ALL: '', LANG: '', ...env } });
  return { code, out: out.text(), err: err.text() };
}
