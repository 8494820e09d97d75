import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The examples import the package by its name, as a vendor or a payer would; here it is the source.
  resolve: {
    alias: [
      {
        find: /^pcr-forfait\/(operations|exports|identifiers|testing)$/,
        replacement: new URL('./src/entries/$1.ts', import.meta.url).pathname,
      },
      { find: /^pcr-forfait$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/payer/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    globalSetup: ['test/setup/build-dist.ts'],
    pool: 'threads',
    // Property suites run 1,000 cases each in CI and 100,000 with `npm run test:props`.
    testTimeout: process.env.PCR_PROP_RUNS ? 3_600_000 : 60_000,
  },
});
