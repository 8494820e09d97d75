import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + type declarations, for every platform; the core at the root, the rest under subpaths.
    entry: {
      index: 'src/index.ts',
      operations: 'src/entries/operations.ts',
      exports: 'src/entries/exports.ts',
      identifiers: 'src/entries/identifiers.ts',
      testing: 'src/entries/testing.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2020',
    platform: 'neutral',
  },
  {
    // The `pcr` command line, for Node.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
  {
    // The spreadsheet / browser bundle: one plain script defining the global `PCR` (no import, no module).
    entry: { 'pcr.global': 'src/spreadsheet/bundle-entry.ts' },
    format: ['iife'],
    globalName: 'PCR',
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
