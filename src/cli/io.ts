import type { Readable, Writable } from 'node:stream';

/** What the commands read and write, so that tests can run them without a process. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readFile(path: string): string;
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
