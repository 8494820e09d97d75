import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the page test in headless Chromium (Debian's chromium, driven by playwright-core).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['test/setup/build-dist.ts'],
    testTimeout: 60_000,
  },
});
