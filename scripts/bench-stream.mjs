// `npm run bench:stream`: pipes a seeded NDJSON file active into each batch command of `pcr` and reports its
// throughput and peak resident memory: the peaks (VmHWM, read from /proc every 200 ms) of the `pcr` process and of
// the worker it starts for a batch (src/cli/launch.ts), added — an upper bound of what both held at once. Output
// goes to /dev/null but is fully produced and written. Options (environment): BENCH_STREAM_PATHS (default "100000,1000000"),
// BENCH_STREAM_COMMANDS (names from the list below, comma-separated; default all). Exits 1 when a command goes over
// 200 MB, or ends with another code than 0 or 1 (a workbook refused past its rows aside) or with a stack trace on
// standard error (CI runs it on 2,000 paths so that it cannot rot).
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { obesityPaths } from './file-active-generator.mjs';

const BUDGET_MB = 200;
const PROJECT = ['--project', 'examples/obesite/project.json'];
const PERIOD = ['--from', '2026-01-01', '--to', '2027-12-31'];
/** The commands measured: every batch command, `declare` in every format. */
const COMMANDS = {
  'settle --ndjson': ['settle', ...PROJECT, '--as-of', '2027-12-31', '--ndjson', '--fail-on', 'never'],
  report: ['report', ...PROJECT, ...PERIOD],
  'report --html': ['report', ...PROJECT, ...PERIOD, '--html'],
  'declare --csv': ['declare', ...PROJECT, ...PERIOD, '--allow-draft'],
  'declare --json': ['declare', ...PROJECT, ...PERIOD, '--allow-draft', '--json'],
  'declare --fhir': ['declare', ...PROJECT, ...PERIOD, '--allow-draft', '--fhir'],
  'declare --xlsx': ['declare', ...PROJECT, ...PERIOD, '--allow-draft', '--xlsx', '-'],
  'worklist --csv': ['worklist', ...PROJECT, '--as-of', '2027-06-15', '--csv'],
};
const sizes = (process.env.BENCH_STREAM_PATHS ?? '100000,1000000').split(',').map(Number);
const chosen = process.env.BENCH_STREAM_COMMANDS?.split(',') ?? Object.keys(COMMANDS);
const unknown = chosen.filter((name) => !Object.hasOwn(COMMANDS, name));
if (unknown.length > 0) {
  console.error(`BENCH_STREAM_COMMANDS: unknown ${unknown.join(', ')} (known: ${Object.keys(COMMANDS).join(', ')})`);
  process.exit(2);
}

/** The peak resident memory (VmHWM, KB) of a process, or 0 once it has ended. */
const peakKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
const childrenOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

async function run(name, n) {
  const child = spawn('node', ['dist/cli.js', ...COMMANDS[name]], {
    stdio: ['pipe', openSync('/dev/null', 'w'), 'pipe'],
  });
  const peaks = new Map();
  const sample = setInterval(() => {
    for (const pid of [child.pid, ...childrenOf(child.pid)]) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakKb(pid)));
  }, 200);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('close', resolve));
  const started = process.hrtime.bigint();
  // A command that ends before reading everything (a crash) closes its input: its exit and its stderr say why.
  child.stdin.on('error', () => {});
  const writable = () =>
    new Promise((resolve) => {
      const done = () => {
        child.stdin.off('drain', done);
        child.stdin.off('close', done);
        resolve();
      };
      child.stdin.on('drain', done);
      child.stdin.on('close', done);
    });
  for (const path of obesityPaths(n, 20261122, 20)) {
    if (child.stdin.destroyed) break;
    if (!child.stdin.write(`${JSON.stringify(path)}\n`)) await writable();
  }
  child.stdin.end();
  const code = await exited;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sample);
  const rss = [...peaks.values()].reduce((a, b) => a + b, 0) / 1024;
  const each = [...peaks.values()].map((kb) => (kb / 1024).toFixed(0)).join(' + ');
  const verdict = rss <= BUDGET_MB ? 'within' : 'OVER';
  // Every batch command stays within the budget at any size (issue #24): over it, the run fails.
  if (rss > BUDGET_MB) process.exitCode = 1;
  console.log(
    `${name.padEnd(16)} ${n.toLocaleString('en-US').padStart(9)} paths  ${String(Math.round(n / seconds)).padStart(6)} paths/s  peak RSS ${rss.toFixed(0).padStart(4)} MB (${verdict} ${BUDGET_MB} MB; ${peaks.size > 1 ? `launcher + worker: ${each}` : '1 process'})  exit ${code}`,
  );
  // A workbook past XLSX_MAX_ROWS (src/cli/xlsx-writer.ts) is refused by design, naming the streamed formats.
  if (name === 'declare --xlsx' && code === 2 && /--csv.*--json.*--fhir/.test(stderr)) {
    console.log(`${' '.repeat(17)}(refused as documented: more rows than a workbook writes in bounded memory)`);
    return;
  }
  // Exit 1 is also Node's code for an uncaught exception: a stack frame on standard error tells a crash from findings.
  if ((code !== 0 && code !== 1) || /^\s+at /m.test(stderr)) {
    console.log(stderr.split('\n').slice(-8).join('\n'));
    process.exitCode = 1;
  }
}

for (const n of sizes) for (const name of chosen) await run(name, n);
