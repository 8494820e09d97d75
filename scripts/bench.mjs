// `npm run bench`: throughput of parse, validate and settle on a seeded file active, next to a hand-written
// integer-cents baseline of the same type (scripts/bench-baseline.mjs), in one run. Timings only: the run fails
// (exit 1) when the baseline and the engine differ by a cent on any path, or when a sheet cell does not return its
// grid; no timing is asserted.
// Options (environment): BENCH_PATHS (default 100000), BENCH_PRESTATIONS (average per path, default 20).
// Smoke mode (`npm run bench -- --smoke` or BENCH_SMOKE=1, as CI runs it): 3,000 paths, fewer repetitions, the same
// checks; it says that the bench completes and that the engine and the baseline agree, its timings mean little.
import { readFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { parsePatientPath, parseProject, settle, shippedCatalog, validatePath } from '../dist/index.js';
import { baselineSettle } from './bench-baseline.mjs';
import { obesityFileActive, obesityPaths } from './file-active-generator.mjs';

const SMOKE = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const N = Number(process.env.BENCH_PATHS ?? (SMOKE ? 3_000 : 100_000));
const PER = Number(process.env.BENCH_PRESTATIONS ?? 20);
const AS_OF = '2027-12-31';
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  sampleRss();
  return [r, Number(process.hrtime.bigint() - t) / 1e9];
};
const rate = (n, s) => `${Math.round(n / s).toLocaleString('en-US')}/s`;

const project = parseProject(
  JSON.parse(readFileSync(new URL('../examples/obesite/project.json', import.meta.url), 'utf8')),
);
if (!project.ok) throw new Error('example project does not parse');
const type = shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01');
if (!type.ok) throw new Error('type not found');

// The file active is held as NDJSON text, as a payer reads it from a file: 100,000 strings weigh little on the
// collector, where 100,000 generated object trees (2.5 million objects) would slow every major collection and charge
// the engine for the benchmark's own data. Each chunk of 1,000 lines is read by JSON.parse, timed apart.
const [lines, genS] = time(() => Array.from(obesityPaths(N, 20261122, PER), (p) => JSON.stringify(p)));
const prestations = lines.reduce((n, l) => n + (l.match(/"status"/g)?.length ?? 0), 0);
console.log(
  `file active: ${N.toLocaleString('en-US')} paths, ${(prestations / N).toFixed(1)} prestations per path on average, ${(lines.reduce((n, l) => n + l.length, 0) / 1e6).toFixed(0)} MB of NDJSON (generated in ${genS.toFixed(1)} s); warm-up on the first ${Math.min(N, SMOKE ? 1_000 : 10_000).toLocaleString('en-US')}, untimed${SMOKE ? '; smoke mode' : ''}`,
);

// Warm-up, untimed: the first 10,000 paths through the engine and the baseline, so that every timing below is of
// compiled code (as for a payer's run over a whole file active), not of the JIT's first passes.
const WARM = Math.min(N, SMOKE ? 1_000 : 10_000);
for (let k = 0; k < WARM; k++) {
  const r = parsePatientPath(JSON.parse(lines[k]));
  if (!r.ok) continue;
  settle(type.value, project.value, r.value, {
    asOf: AS_OF,
    report: validatePath(type.value, project.value, r.value, { asOf: AS_OF }),
  });
  baselineSettle(r.value, AS_OF);
}

// One pass over the file active per measure, by chunks of 1,000 lines, so that no measure pays for the garbage of
// another (the heap is collected between passes when Node runs with --expose-gc, as \`npm run bench\` does). In each
// pass, what is not measured (reading the chunk's lines, for instance) is done before the clock starts.
const engine = (value) => {
  const r = parsePatientPath(value);
  if (r.ok)
    settle(type.value, project.value, r.value, {
      asOf: AS_OF,
      report: validatePath(type.value, project.value, r.value, { asOf: AS_OF }),
    });
};
const CHUNK = 1000;
const collect = () => globalThis.gc?.();
/** Runs `measure(chunkOfLines)` over the file active and adds up the seconds it returns. */
const pass = (measure) => {
  collect();
  let seconds = 0;
  for (let at = 0; at < N; at += CHUNK) seconds += measure(lines.slice(at, at + CHUNK));
  return seconds;
};
const values = (slice) => slice.map((l) => JSON.parse(l));
const parsedOk = (slice) =>
  values(slice)
    .map((v) => parsePatientPath(v))
    .filter((r) => r.ok)
    .map((r) => r.value);

// End to end from the text, line by line, each result used and dropped (as `pcr settle --ndjson` runs).
const textS = pass(
  (slice) =>
    time(() => {
      for (const line of slice) engine(JSON.parse(line));
    })[1],
);
// JSON.parse alone.
const jsonS = pass((slice) => time(() => values(slice))[1]);
// End to end from the JSON values.
const e2eS = pass((slice) => {
  const chunk = values(slice);
  return time(() => {
    for (const v of chunk) engine(v);
  })[1];
});
// Validate + settle streamed, for the engine and for the baseline.
let evaluated = 0;
const pairS = pass((slice) => {
  const ok = parsedOk(slice);
  evaluated += ok.length;
  return time(() => {
    for (const p of ok)
      settle(type.value, project.value, p, {
        asOf: AS_OF,
        report: validatePath(type.value, project.value, p, { asOf: AS_OF }),
      });
  })[1];
});
const pairBaseS = pass((slice) => {
  const ok = parsedOk(slice);
  return time(() => {
    for (const p of ok) baselineSettle(p, AS_OF);
  })[1];
});
// The same two, chunk by chunk in one pass (the engine first on one chunk, the baseline first on the next): on a
// shared machine whose speed drifts during the run, both see the same moments, and their ratio holds better.
let mixS = 0;
let mixBaseS = 0;
let mixE2eS = 0;
let turn = 0;
pass((slice) => {
  const ok = parsedOk(slice);
  const chunkValues = values(slice);
  const e2eChunk = () =>
    time(() => {
      for (const v of chunkValues) engine(v);
    })[1];
  const engineChunk = () =>
    time(() => {
      for (const p of ok)
        settle(type.value, project.value, p, {
          asOf: AS_OF,
          report: validatePath(type.value, project.value, p, { asOf: AS_OF }),
        });
    })[1];
  const baseChunk = () =>
    time(() => {
      for (const p of ok) baselineSettle(p, AS_OF);
    })[1];
  if (turn++ % 2 === 0) {
    mixS += engineChunk();
    mixE2eS += e2eChunk();
    mixBaseS += baseChunk();
  } else {
    mixBaseS += baseChunk();
    mixE2eS += e2eChunk();
    mixS += engineChunk();
  }
  return 0;
});
// The stages one by one, each holding its results for the chunk, and the comparison to the cent.
let parseS = 0;
let validateS = 0;
let settleS = 0;
let baseS = 0;
let mismatches = 0;
pass((slice) => {
  const chunk = values(slice);
  const [parsed, ps] = time(() => chunk.map((p) => parsePatientPath(p)));
  const ok = parsed.filter((r) => r.ok).map((r) => r.value);
  const [reports, vs] = time(() => ok.map((p) => validatePath(type.value, project.value, p, { asOf: AS_OF })));
  const [settlements, ss] = time(() =>
    ok.map((p, i) => settle(type.value, project.value, p, { asOf: AS_OF, report: reports[i] })),
  );
  const [baseline, bs] = time(() => ok.map((p) => baselineSettle(p, AS_OF)));
  parseS += ps;
  validateS += vs;
  settleS += ss;
  baseS += bs;
  // The baseline must give the same cents, or the ratio means nothing.
  ok.forEach((_p, i) => {
    const s = settlements[i];
    const b = baseline[i];
    const engine = reports[i].blocked
      ? null
      : s.sequences.map((q) =>
          [
            q.forfait.amount,
            q.payers.amo,
            q.payers.amc,
            q.payers.patient,
            ...q.shares
              .map((x) => `${x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id}=${x.amount}`)
              .sort(),
          ].join(' '),
        );
    const base =
      b === null
        ? null
        : b.map((q) =>
            [q.amount, q.amo, q.amc, q.patient]
              .map((c) => (c / 100).toFixed(2))
              .concat([...q.shares].map(([k, v]) => `${k}=${(v / 100).toFixed(2)}`).sort())
              .join(' '),
          );
    if (JSON.stringify(engine) !== JSON.stringify(base)) mismatches++;
  });
  return 0;
});
collect();

const big = obesityFileActive(1, 7, 500)[0];
big.prestations = Array.from({ length: 1000 }, (_, k) => ({
  ...big.prestations[k % big.prestations.length],
  id: `big${k}`,
}));
const bigParsed = parsePatientPath(big);
if (!bigParsed.ok) throw new Error('big path');
const RUNS = SMOKE ? 5 : 50;
// Each run timed apart. The first runs pay for compiling this path's shapes (101 issues, 1,000 report lines) even
// after the file active warmed the engine: they are reported apart, and the median and mean are those of the runs
// after BIG_WARM untimed ones, as every other stage here is measured after its warm-up.
const BIG_WARM = SMOKE ? 1 : 5;
const bigRun = () => {
  const r = parsePatientPath(big);
  const report = validatePath(type.value, project.value, r.value, { asOf: AS_OF });
  settle(type.value, project.value, r.value, { asOf: AS_OF, report: report });
};
const bigFirst = Array.from({ length: BIG_WARM }, () => time(bigRun)[1] * 1000);
const bigMs = Array.from({ length: RUNS }, () => time(bigRun)[1] * 1000);
const bigMean = bigMs.reduce((a, b) => a + b, 0) / RUNS;
const bigMedian = [...bigMs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];

// The spreadsheet bundle where code generation is refused (zod jitless, as in a sheet or a page with a strict CSP):
// end to end and a sheet recalculation in one fresh process, and the cold start (load the bundle, settle one path)
// of 20 fresh processes, each measured from inside.
const inBundle = (mode) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', new URL('./bench-bundle.mjs', import.meta.url).pathname, mode],
      {
        encoding: 'utf8',
        env: { ...process.env, BENCH_PATHS: String(N), BENCH_PRESTATIONS: String(PER), BENCH_SMOKE: SMOKE ? '1' : '' },
      },
    ),
  );
const jitless = inBundle('run');
// The CLI on the same lines: `pcr settle --ndjson` from standard input to /dev/null, started to ended (its start-up
// and its output included), against the library end to end from the text.
const cliRun = async (env = {}) => {
  const child = spawn(
    process.execPath,
    [
      new URL('../dist/cli.js', import.meta.url).pathname,
      'settle',
      '--project',
      new URL('../examples/obesite/project.json', import.meta.url).pathname,
      '--as-of',
      AS_OF,
      '--ndjson',
      '--fail-on',
      'never',
    ],
    { stdio: ['pipe', openSync('/dev/null', 'w'), 'pipe'], env: { ...process.env, ...env } },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('close', resolve));
  const t = process.hrtime.bigint();
  for (const line of lines) if (!child.stdin.write(`${line}\n`)) await new Promise((r) => child.stdin.once('drain', r));
  child.stdin.end();
  const code = await exited;
  // Exit 1: some lines are rejected (the generated file active holds a few invalid paths on purpose).
  if (code !== 0 && code !== 1) {
    console.error(`pcr settle --ndjson exited with ${code}: ${stderr.slice(-300)}`);
    process.exitCode = 1;
  }
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const cliS = await cliRun();
const cliUncappedS = await cliRun({ PCR_NO_HEAP_CAP: '1' });

const COLDS = SMOKE ? 3 : 20;
const colds = Array.from({ length: COLDS }, () => inBundle('cold').ms).sort((a, b) => a - b);

// allocate on a million decimal weights (a weight as text, read in one pass), in a fresh process: its time, and its
// peak resident memory (VmHWM) against the same process before the call (Node and the weights themselves).
const WEIGHTS = SMOKE ? 10_000 : 1_000_000;
const allocation = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
import { allocate } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
const hwm = () => Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const weights = Array.from({ length: ${WEIGHTS} }, (_, k) => \`\${(k % 97) + 1}.\${k % 10}\`);
const before = hwm();
const t = performance.now();
const parts = allocate('1000000.00', weights);
const ms = performance.now() - t;
const cents = parts.reduce((n, p) => n + Math.round(Number(p) * 100), 0);
console.log(JSON.stringify({ ms, before, peak: hwm(), ok: parts.length === ${WEIGHTS} && cents === 100000000 }));`,
    ],
    { encoding: 'utf8' },
  ),
);
if (!allocation.ok) {
  console.error('allocate: the parts do not add up to the amount');
  process.exitCode = 1;
}

console.log(
  `from NDJSON text   ${rate(N, textS).padStart(10)}   (JSON.parse + parse + validate + settle, line by line, ${textS.toFixed(2)} s)`,
);
console.log(
  `  JSON.parse alone ${rate(N, jsonS).padStart(10)}   (${jsonS.toFixed(2)} s: the runtime's, not the engine's)`,
);
console.log('stages, each holding its results for a chunk of 1,000 paths:');
console.log(`  parse            ${rate(N, parseS).padStart(10)}   (${parseS.toFixed(2)} s)`);
console.log(`  validate         ${rate(evaluated, validateS).padStart(10)}   (${validateS.toFixed(2)} s)`);
console.log(
  `  settle           ${rate(evaluated, settleS).padStart(10)}   (${settleS.toFixed(2)} s, from the reports)`,
);
console.log(
  `  baseline         ${rate(evaluated, baseS).padStart(10)}   (hand-written integer cents, validate + settle; ${mismatches} results differ from the engine)`,
);
console.log('streamed, each result used and dropped:');
console.log(
  `  end to end       ${rate(N, e2eS).padStart(10)}   (parse + validate + settle from the JSON values, ${e2eS.toFixed(2)} s)`,
);
console.log(`  validate+settle  ${rate(evaluated, pairS).padStart(10)}   (${pairS.toFixed(2)} s)`);
console.log(`  baseline         ${rate(evaluated, pairBaseS).padStart(10)}   (${pairBaseS.toFixed(2)} s)`);
console.log(
  `  end to end, jitless ${rate(N, jitless.seconds).padStart(7)}   (the spreadsheet bundle, code generation refused: zod's interpreter, ${jitless.seconds.toFixed(2)} s)`,
);
console.log(
  `  pcr settle --ndjson ${rate(N, cliS).padStart(7)}   (the CLI on the same lines, start-up and output included, ${cliS.toFixed(2)} s; ${(textS / cliS).toFixed(2)}× the library from the text)`,
);
console.log(
  `    PCR_NO_HEAP_CAP=1 ${rate(N, cliUncappedS).padStart(7)}   (the same in one process, heap not capped, ${cliUncappedS.toFixed(2)} s; ${(textS / cliUncappedS).toFixed(2)}×)`,
);
console.log(
  `ratio            engine validate+settle / baseline = ${(mixBaseS / mixS).toFixed(3)} streamed chunk by chunk (${(pairBaseS / pairS).toFixed(3)} pass by pass), ${(baseS / (validateS + settleS)).toFixed(3)} holding results; end to end from the JSON values / baseline = ${(mixBaseS / mixE2eS).toFixed(3)} chunk by chunk (${(pairBaseS / e2eS).toFixed(3)} pass by pass)`,
);
console.log(
  `1,000 prestations: ${bigMedian.toFixed(2)} ms per path median, ${bigMean.toFixed(2)} ms mean (parse + validate + settle, ${RUNS} runs after ${BIG_WARM} untimed: ${bigFirst.map((ms) => ms.toFixed(1)).join(', ')} ms)`,
);
console.log(
  `cold start       ${colds[COLDS >> 1].toFixed(1)} ms median, ${colds[COLDS - 1].toFixed(1)} ms max of ${COLDS} (a fresh process, code generation refused: load the bundle, settle one path)`,
);
console.log(
  `sheet cell       ${jitless.cellMs.toFixed(2)} ms per PCR_QUOTE_PARTS call (500 cells recalculated in the bundle, warm; ${jitless.cellPath})`,
);
console.log(
  `allocate         ${allocation.ms.toFixed(0)} ms for ${WEIGHTS.toLocaleString('en-US')} decimal weights, peak RSS ${allocation.peak.toFixed(0)} MB (${allocation.before.toFixed(0)} MB before the call: Node and the weights; a fresh process)`,
);
console.log(
  `peak RSS         ${(peakRss / 1024 / 1024).toFixed(0)} MB (the ${N.toLocaleString('en-US')} NDJSON lines included)`,
);
if (mismatches > 0) {
  console.error(`${mismatches} paths settle differently in the engine and in the baseline`);
  process.exitCode = 1;
}
