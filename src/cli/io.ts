import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** What the commands read and write, so that tests can run them without a process. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  /** Reads a file as UTF-8; past `maxBytes`, throws an error whose `code` is `PCR_FILE_TOO_LARGE`. */
  readFile(path: string, maxBytes: number): string;
}

/**
 * Reads a file as UTF-8, `maxBytes` at most: a device or a file that goes on (`/dev/zero`) is not read without end.
 *
 * @example
 * readFileCapped('examples/obesite/project.json', 64 * 1024 * 1024).startsWith('{') // true
 */
export function readFileCapped(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw Object.assign(new Error('file too large'), { code: 'PCR_FILE_TOO_LARGE' });
      chunks.push(buffer.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes to a stream and, when its buffer is full, waits until it drains: a batch never holds more than one
 * buffer of output in memory, however slow the reader.
 *
 * @example
 * await writeStreamed(io.stdout, `${JSON.stringify(result)}\n`);
 */
export async function writeStreamed(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** What a batch writes, gathered into pieces of about 64 KB: one stream write per piece, not per line. */
export interface GatheredOutput {
  /** Adds a text; writes the pending piece (waiting for the stream to drain) when it reaches the size. */
  write(text: string): Promise<void>;
  /** Writes what is pending. */
  flush(): Promise<void>;
}

/**
 * Gathers a batch's lines before writing them (a stream write per line costs a conversion and a system call each):
 * at most `pieceBytes` (about 64 KB) are held, and `flush` writes the rest at the end.
 *
 * @example
 * const out = gatheredOutput(io.stdout); await out.write(`${JSON.stringify(result)}\n`); await out.flush();
 */
export function gatheredOutput(stream: Writable, pieceBytes = 64 * 1024): GatheredOutput {
  let pending: string[] = [];
  let length = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    length = 0;
    await writeStreamed(stream, text);
  };
  return {
    write(text) {
      pending.push(text);
      length += text.length;
      return length >= pieceBytes ? flush() : Promise.resolve();
    },
    flush,
  };
}
