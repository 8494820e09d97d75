import { defineConfig } from 'tsup';
import { rulesWithoutProse } from './scripts/bundle-rules-plugin.mjs';

/** The library's entry points: the core at the root, the rest under subpaths. */
const LIBRARY = {
  index: 'src/index.ts',
  operations: 'src/entries/operations.ts',
  exports: 'src/entries/exports.ts',
  identifiers: 'src/entries/identifiers.ts',
  testing: 'src/entries/testing.ts',
};

export default defineConfig([
  {
    // The library (ESM) and the `pcr` command line, built together: code splitting puts what they share in chunks,
    // so dist/cli.js imports the library's code instead of carrying a second copy. Its hashbang comes from
    // src/cli/launch.ts. Type declarations for the library's entries only.
    entry: { ...LIBRARY, cli: 'src/cli/launch.ts' },
    format: ['esm'],
    splitting: true,
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2020',
    platform: 'neutral',
    // exceljs (the CLI's `--xlsx`) is loaded by the command line only, when asked, from node_modules.
    external: ['exceljs'],
  },
  {
    // The library for `require`: CommonJS + type declarations. Code splitting (tsup's, for CommonJS) puts the engine
    // in shared chunks, so that requiring the root and a subpath loads one copy of it: one `settle`, one catalog
    // (test/package-entries.test.ts checks the built files).
    entry: LIBRARY,
    format: ['cjs'],
    // Every CommonJS file first requires the zod check (built apart, below): an unsupported zod is then one sentence
    // before any chunk requires zod, not Node's error (chunks are required in an order of their own).
    banner: { js: "require('./zod-check.cjs');" },
    splitting: true,
    // `import.meta.url` (where the package's rules/ are: src/conformance/case-files.ts) from `__filename`.
    shims: true,
    dts: { entry: LIBRARY },
    sourcemap: true,
    target: 'es2020',
    platform: 'neutral',
  },
  {
    // The zod check for CommonJS, one small file without zod (src/entries/zod-package-check.ts).
    entry: { 'zod-check': 'src/entries/zod-package-check.ts' },
    format: ['cjs'],
    target: 'es2020',
    platform: 'neutral',
  },
  {
    // The spreadsheet / browser bundle: one plain script defining the global `PCR` (no import, no module).
    entry: { 'pcr.global': 'src/spreadsheet/bundle-entry.ts' },
    format: ['iife'],
    globalName: 'PCR',
    // The shipped rule files without their documentation prose (scripts/bundle-rules-plugin.mjs).
    esbuildPlugins: [rulesWithoutProse],
    platform: 'browser',
    // zod's shared settings live on a private object of the bundle, not on the page's global object: PCR stays the
    // bundle's only global (src/spreadsheet/private-global.ts).
    inject: ['src/spreadsheet/private-global.ts'],
    target: 'es2020',
    // terser (two compress passes) writes ~1 KB gzipped less than esbuild's minifier for this bundle.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 } },
    outExtension: () => ({ js: '.js' }),
  },
]);
