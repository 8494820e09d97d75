import type { Readable, Writable } from 'node:stream';

/** What the commands read and write, so that tests can run them without a process. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readFile(path: string): string;
}
