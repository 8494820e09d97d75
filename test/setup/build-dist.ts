import { build } from 'esbuild';
import { rulesWithoutProse } from '../../scripts/bundle-rules-plugin.mjs';

/**
 * Builds dist/cli.js and dist/pcr.global.js once before the suite (with the options of tsup.config.ts), so that the
 * CLI tests run the real program as a process and the bundle tests load the real script.
 */
export default async function setup(): Promise<void> {
  await Promise.all([
    build({
      entryPoints: ['src/cli/launch.ts'],
      outfile: 'dist/cli.js',
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    }),
    build({
      entryPoints: ['src/spreadsheet/bundle-entry.ts'],
      outfile: 'dist/pcr.global.js',
      bundle: true,
      format: 'iife',
      globalName: 'PCR',
      plugins: [rulesWithoutProse],
      platform: 'browser',
      inject: ['src/spreadsheet/private-global.ts'],
      target: 'es2020',
      minify: true,
      logLevel: 'error',
    }),
  ]);
}
