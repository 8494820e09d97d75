import { build } from 'esbuild';

/** Builds dist/cli.js once before the suite, so that the CLI tests run the real program as a process. */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
}
