#!/usr/bin/env node
// The `pcr` program. A batch over NDJSON (report, declare, worklist; validate or settle without a path file) runs in
// a child process whose V8 heap is capped at 96 MB (young generation 4 MB a semi-space): its live memory is bounded
// by design (streamed output, counters), but V8 grows its heap with the allocation churn of a million paths; capped,
// every batch command stays under 200 MB at a million paths (docs/bench.md). Its exit code is pcr's; a signal that
// ends it gives 128 + its number, and a signal that ends pcr is passed on to it. Anything else runs here.
// NODE_OPTIONS or a flag that already sets --max-old-space-size is respected, and PCR_NO_HEAP_CAP=1 turns the cap off.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const HEAP_MB = 96;
/** V8's young generation, in MB per semi-space (16 by default): 4 saves about 27 MB for no measured loss. */
const SEMI_SPACE_MB = 4;
// The commands that read a batch (`batch: true` in src/cli/command-table.ts; written out here so the launcher imports nothing).
const BATCH = ['report', 'declare', 'worklist', 'validate', 'settle', 'simulate'];

/** True when the command line asks for a batch read from standard input. */
function readsBatch(argv: readonly string[]): boolean {
  const [command] = argv;
  if (command === undefined || !BATCH.includes(command)) return false;
  if (argv.some((a) => a === '--help' || a === '-h' || a === '--version')) return false;
  const i = argv.findIndex((a) => a === '--path' || a.startsWith('--path='));
  const path = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice('--path='.length) : argv[i + 1];
  return path === undefined || path === '-';
}

const argv = process.argv.slice(2);
const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
if (readsBatch(argv) && !flags.includes('--max-old-space-size') && process.env.PCR_NO_HEAP_CAP !== '1') {
  const script = fileURLToPath(import.meta.url);
  const heap = [`--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
  const child = spawn(process.execPath, [...process.execArgv, ...heap, script, ...argv], {
    stdio: 'inherit',
  });
  // A batch process ended by a signal (killed, or aborted by V8 past its heap) ends `pcr` with 128 + the signal's
  // number, as a shell reports it: never 1, which means findings.
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128 + constants.signals[signal]);
  });
  // A signal that ends `pcr` (a scheduler's SIGTERM, a closed terminal's SIGHUP, Ctrl-C) ends the batch with it: the
  // batch process never goes on alone, and `pcr` ends when it has, with its code.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
} else {
  // The program reads documents as the library does in Node, with zod's compiled parsers (src/cli/run-main.ts).
  import('./run-main')
    .then((m) => m.runMain())
    .catch((e: unknown) => {
      process.stderr.write(`pcr: ${(e as Error).message}\n`);
      process.exitCode = 2;
    });
}
