// `npm run bench:stack`: what each runtime dependency costs. In the spreadsheet bundle: its minified bytes (esbuild's
// metafile, with the options of tsup.config.ts) and a gzipped share pro rata of them. Per path: the time of a seeded
// file active end to end in Node (JSON.parse, parse with compiled zod, validate, settle), measured without the
// profiler, and each package's share of it: the share of V8's profile samples in that package's own functions (self
// time). A measure, not a test.
// Options (environment): STACK_PATHS (default 20000).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { gzipSync } from 'node:zlib';
import { parsePatientPath, parseProject, settle, shippedCatalog } from '../dist/index.js';
import { obesityPaths } from './file-active-generator.mjs';

const N = Number(process.env.STACK_PATHS ?? 20_000);
const PACKAGES = ['zod', 'decimal.js', 'date-fns', '@date-fns/utc'];
const packageOf = (file) =>
  PACKAGES.find((p) => file.includes(`node_modules/${p}/`)) ?? (file.includes('node_modules/') ? 'other' : 'engine');

// ── The bundle ──────────────────────────────────────────────────────────────────────────────────────────────────
const result = await build({
  entryPoints: ['src/spreadsheet/bundle-entry.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'PCR',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  inject: ['src/spreadsheet/private-global.ts'],
  metafile: true,
  outfile: 'stack-cost.js',
  logLevel: 'error',
});
const output = Object.values(result.metafile.outputs)[0];
const bytes = Object.fromEntries(['engine', ...PACKAGES].map((p) => [p, 0]));
for (const [file, v] of Object.entries(output.inputs))
  bytes[packageOf(file)] = (bytes[packageOf(file)] ?? 0) + v.bytesInOutput;
const total = result.outputFiles[0].contents.length;
const gz = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
console.log(
  `bundle (esbuild minified, as the test setup builds it): ${(total / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`,
);
for (const [p, b] of Object.entries(bytes))
  console.log(
    `  ${p.padEnd(14)} ${(b / 1024).toFixed(1).padStart(6)} KB minified  ~${(((b / total) * gz) / 1024).toFixed(1).padStart(5)} KB gzipped (pro rata)`,
  );

// ── Per path ────────────────────────────────────────────────────────────────────────────────────────────────────
const project = parseProject(
  JSON.parse(readFileSync(new URL('../examples/obesite/project.json', import.meta.url), 'utf8')),
).value;
const type = shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01').value;
const lines = Array.from(obesityPaths(N, 20261122, 20), (p) => JSON.stringify(p));
const run = () => {
  for (const line of lines) {
    const r = parsePatientPath(JSON.parse(line));
    if (r.ok) settle(type, project, r.value, { asOf: '2027-12-31' });
  }
};
run(); // warm-up
const t0 = performance.now();
run();
const wall = performance.now() - t0; // without the profiler, whose sampling slows everything down
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
run();
const { profile } = await session.post('Profiler.stop');
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = {};
let sampled = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const url = nodes.get(id).callFrame.url;
  const name = nodes.get(id).callFrame.functionName;
  const key =
    url === ''
      ? name === '(garbage collector)'
        ? 'garbage collector'
        : 'V8 and runtime'
      : url.includes('/dist/')
        ? 'engine'
        : url.startsWith('node:')
          ? 'V8 and runtime'
          : packageOf(url);
  self[key] = (self[key] ?? 0) + dt;
  sampled += dt;
});
// The profile gives each package's share of the samples; the shares apply to the time measured without the profiler.
const perPath = (us) => (((us / sampled) * wall * 1000) / N).toFixed(2);
console.log(
  `\nper path, end to end in Node (JSON.parse, parse, validate, settle): ${((wall * 1000) / N).toFixed(1)} µs on average over ${N.toLocaleString('en-US')} paths`,
);
for (const [k, us] of Object.entries(self).sort((a, b) => b[1] - a[1]))
  console.log(`  ${k.padEnd(18)} ${perPath(us).padStart(6)} µs  (${((100 * us) / sampled).toFixed(1)} %)`);
