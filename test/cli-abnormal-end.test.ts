import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typo } from './helpers/typography';

// pcr's own failures have exit codes of their own (docs/cli.md): 1 means findings and 2 bad usage, never a defect of
// pcr nor a batch process that died.

vi.mock('../src/cli/run', () => ({
  runCli: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'sequences')")),
}));

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('an internal error of pcr', () => {
  it('says so on stderr, in the chosen language, and exits 3', async () => {
    for (const [lang, line] of [
      ['fr', typo("pcr : erreur interne — Cannot read properties of undefined (reading 'sequences')\n")],
      ['en', "pcr: internal error — Cannot read properties of undefined (reading 'sequences')\n"],
    ] as const) {
      vi.resetModules();
      const written: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      const argv = process.argv;
      process.argv = [argv[0] as string, 'dist/cli.js', 'rules', '--lang', lang];
      try {
        await import('../src/cli/main');
        // runCli's rejection is handled a turn later.
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        process.argv = argv;
      }
      expect([process.exitCode, written]).toEqual([3, [line]]);
      vi.restoreAllMocks();
      process.exitCode = undefined;
    }
  });
});

/** The pids of a process's children (Linux: /proc). */
const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

/**
 * `pcr report` reading a batch from standard input, left open: the launcher, how it ends, and the worker it started
 * for the batch (src/cli/launch.ts), which waits for its input.
 */
async function batchAndWorker() {
  const report = ['report', '--project', 'examples/obesite/project.json', '--from', '2026-01-01', '--to', '2027-06-30'];
  const launcher = spawn(process.execPath, ['dist/cli.js', ...report], { stdio: ['pipe', 'ignore', 'ignore'] });
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    launcher.on('exit', (code, signal) => resolve([code, signal])),
  );
  let worker: number | undefined;
  for (let i = 0; i < 200 && worker === undefined; i++) {
    worker = childrenOf(launcher.pid as number)[0];
    if (worker === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(worker).toBeTypeOf('number');
  return { launcher, exited, worker: worker as number };
}

describe('a batch process ended by a signal', () => {
  it('ends pcr with 128 + the signal number, as a shell says it (137 for SIGKILL), never 1', async () => {
    const { launcher, exited, worker } = await batchAndWorker();
    process.kill(worker, 'SIGKILL');
    // SIGKILL is signal 9: 128 + 9.
    expect(await exited).toEqual([137, null]);
    launcher.stdin.destroy();
  });

  it('ends the batch process with pcr when pcr is sent SIGTERM: 143, and no batch process left', async () => {
    const { launcher, exited, worker } = await batchAndWorker();
    launcher.kill('SIGTERM');
    // SIGTERM is signal 15: 128 + 15, passed on by the batch process's end.
    expect(await exited).toEqual([143, null]);
    // The batch process has ended too: signal 0 to its pid finds nothing.
    expect(() => process.kill(worker, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
    launcher.stdin.destroy();
  });
});
