import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-dist.ts'],
    pool: 'threads',
    // Property suites run 1,000 cases each in CI and 100,000 with `npm run test:props`.
    testTimeout: process.env.PCR_PROP_RUNS ? 3_600_000 : 60_000,
  },
});
