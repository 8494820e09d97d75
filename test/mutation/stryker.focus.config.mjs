// A quick mutation run while writing tests: a few files, the tests named, one worker, no incremental file.
//   MUTATION_TESTS=test/money.test.ts,test/allocate.test.ts \
//     npx stryker run test/mutation/stryker.focus.config.mjs --mutate src/money/allocate.ts
process.env.MUTATION_FOLDER ??= 'money';
const { default: base } = await import('./stryker.config.mjs');

export default {
  ...base,
  vitest: { configFile: 'test/mutation/vitest.focus.config.ts' },
  incremental: false,
  concurrency: 1,
  // With a few test files, a mutant that acts when a module loads costs a few seconds: they are tested here too.
  ignoreStatic: false,
  reporters: ['clear-text'],
  thresholds: { ...base.thresholds, break: null },
};
