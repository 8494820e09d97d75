// Mutation testing of the money path, one folder at a time: `npm run test:mutation` (scripts/mutation-testing.mjs) runs
// this configuration once per folder, with MUTATION_FOLDER set. Each folder has its incremental file in
// incremental/, committed: a run tests again only the mutants of changed code, or those that changed tests cover.
// The equivalent mutants are listed, each with its reason, in equivalent-mutants.md beside this file.
//
// Property suites run 100 cases each here (1,000 in `npm test`): a mutant of the money path breaks an invariant in
// nearly every generated case, and each mutant runs the tests that cover it.
process.env.PCR_PROP_RUNS ??= '100';

import { FOLDERS } from '../../scripts/mutation-equivalents.mjs';

const folder = process.env.MUTATION_FOLDER ?? '';
if (!FOLDERS.includes(folder)) throw new Error(`MUTATION_FOLDER: one of ${FOLDERS.join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.mutation.config.ts' },
  mutate: [`src/${folder}/**/*.ts`],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `test/mutation/incremental/${folder}.json`,
  // A mutant that acts only while a module loads (a table, a pattern at module level) would need the whole suite
  // reloaded for itself: the folder runs skip them, and scripts/mutation-testing.mjs counts them apart.
  ignoreStatic: true,
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
