#!/usr/bin/env node
// Mutation testing of the money path (issue #21): Stryker, one run per folder, then one table.
//
//   npm run test:mutation                     incremental: only the mutants of changed code (what CI runs)
//   npm run test:mutation -- --full           every mutant again (rewrites the incremental files)
//   npm run test:mutation -- --folders money,settlement
//   npm run test:mutation -- --table          the table of the last reports, without running anything
//   npm run test:mutation -- --equivalents    writes test/mutation/equivalent-mutants.md from the source
//
// Each folder must score at least 90 % (killed and timed out over killed, timed out, survived and not covered);
// the exit code is 1 when one does not. Reports: reports/mutation/<folder>.json and .html.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { EQUIVALENTS, equivalentMutants, equivalentsPage, FOLDERS } from './mutation-equivalents.mjs';

const THRESHOLD = 90;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folders = (option('--folders') ?? FOLDERS.join(',')).split(',');
for (const f of folders) {
  if (!FOLDERS.includes(f)) {
    console.error(`mutation: unknown folder ${f} (one of ${FOLDERS.join(', ')})`);
    process.exit(2);
  }
}

const COUNTS = ['killed', 'timeout', 'survived', 'noCoverage', 'equivalent', 'static', 'errors'];
/** A row of the table, every count at 0. */
const tally = (file) => ({ file, ...Object.fromEntries(COUNTS.map((k) => [k, 0])) });

/** Counts per file of one folder's JSON report. */
function counts(folder) {
  const path = `reports/mutation/${folder}.json`;
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const files = [];
  for (const [name, file] of Object.entries(report.files)) {
    const c = tally(relative(process.cwd(), name));
    for (const m of file.mutants) {
      if (m.status === 'Killed') c.killed++;
      else if (m.status === 'Timeout') c.timeout++;
      else if (m.status === 'Survived') c.survived++;
      else if (m.status === 'NoCoverage') c.noCoverage++;
      else if (m.status === 'Ignored' && String(m.statusReason).startsWith('Static mutant')) c.static++;
      else if (m.status === 'Ignored') c.equivalent++;
      else c.errors++;
    }
    files.push(c);
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? undefined : ((c.killed + c.timeout) / valid) * 100;
};
const pct = (s) => (s === undefined ? 'n/a' : `${s.toFixed(2)} %`);

/** The table of every folder's last report; returns the folders under the threshold. */
function table() {
  const below = [];
  const lines = [
    '| file | killed | timeout | survived | no coverage | score | equivalent | static (not run) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const folder of folders) {
    const files = counts(folder);
    if (!files) {
      lines.push(`| src/${folder}/ | no report | | | | | | |`);
      below.push(folder);
      continue;
    }
    const total = tally(`**src/${folder}/**`);
    for (const c of files) {
      for (const k of COUNTS) total[k] += c[k];
      lines.push(
        `| ${c.file} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${pct(score(c))} | ${c.equivalent} | ${c.static} |`,
      );
    }
    const s = score(total);
    lines.push(
      `| ${total.file} | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | **${pct(s)}** | ${total.equivalent} | ${total.static} |`,
    );
    if (s === undefined || s < THRESHOLD) below.push(folder);
  }
  console.log(lines.join('\n'));
  return below;
}

if (flag('--equivalents')) {
  writeFileSync(EQUIVALENTS, equivalentsPage());
  console.log(`mutation: ${EQUIVALENTS} written (${equivalentMutants().length} line(s))`);
  process.exit(0);
}

if (!flag('--table')) {
  for (const folder of folders) {
    const started = Date.now();
    const strykerArgs = ['stryker', 'run', 'test/mutation/stryker.config.mjs', ...(flag('--full') ? ['--force'] : [])];
    const concurrency = option('--concurrency');
    if (concurrency) strykerArgs.push('--concurrency', concurrency);
    rmSync(`reports/mutation/${folder}.json`, { force: true });
    console.log(`\nmutation: src/${folder}/ ${flag('--full') ? '(every mutant)' : '(incremental)'}`);
    const r = spawnSync('npx', strykerArgs, { stdio: 'inherit', env: { ...process.env, MUTATION_FOLDER: folder } });
    console.log(`mutation: src/${folder}/ done in ${Math.round((Date.now() - started) / 1000)} s (exit ${r.status})`);
    if (r.status !== 0 && !existsSync(`reports/mutation/${folder}.json`)) process.exit(r.status ?? 1);
  }
}

const below = table();
if (below.length > 0) {
  console.error(`mutation: under ${THRESHOLD} % — ${below.map((f) => `src/${f}/`).join(', ')}`);
  process.exit(1);
}
console.log(`mutation: every folder at ${THRESHOLD} % or more`);
