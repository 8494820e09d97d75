// `npm run bench:stream`: pipes a seeded NDJSON file active (default 1,000,000 paths) into `pcr settle --ndjson` and
// reports the CLI's throughput and peak resident memory (measured by /usr/bin/time, the CLI's whole process).
// Output goes to /dev/null but is fully produced and written. Options (environment): BENCH_STREAM_PATHS.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { obesityPaths } from './file-active-generator.mjs';

const N = Number(process.env.BENCH_STREAM_PATHS ?? 1_000_000);
const BUDGET_MB = 200;
const args = [
  '-f',
  'peak-rss-kb=%M elapsed-s=%e',
  'node',
  'dist/cli.js',
  'settle',
  '--project',
  'examples/obesite/project.json',
  '--as-of',
  '2027-12-31',
  '--ndjson',
  '--fail-on',
  'never',
];
const child = spawn('/usr/bin/time', args, { stdio: ['pipe', openSync('/dev/null', 'w'), 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const exited = new Promise((resolve) => child.on('close', resolve));

const started = process.hrtime.bigint();
let bytes = 0;
for (const path of obesityPaths(N, 20261122, 20)) {
  const line = `${JSON.stringify(path)}\n`;
  bytes += line.length;
  if (!child.stdin.write(line)) await new Promise((resolve) => child.stdin.once('drain', resolve));
}
child.stdin.end();
const code = await exited;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const rss = Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
const summary = stderr.split('\n').find((l) => /lignes|lines/.test(l)) ?? '';
console.log(
  `input            ${N.toLocaleString('en-US')} paths, ${(bytes / 1024 / 1024).toFixed(0)} MB of NDJSON (generated while streaming)`,
);
console.log(`pcr settle       ${summary.trim()}`);
console.log(
  `throughput       ${Math.round(N / seconds).toLocaleString('en-US')} paths/s (${seconds.toFixed(1)} s, generation included)`,
);
console.log(
  `peak RSS         ${rss.toFixed(0)} MB for the CLI process (budget ${BUDGET_MB} MB): ${rss < BUDGET_MB ? 'within' : 'OVER'}`,
);
if (code !== 0 && code !== 1) process.exitCode = 1;
