import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The tests a mutation run uses: every test file whose subject is money, settlement, validation or the documents,
 * the conformance cases and the property suites of the engine. Left out: the command line, the exports, the file
 * active, the spreadsheet bundle, the docs and the packaging — they run the same engine through more layers (or the
 * built dist/ in another process, where no mutant is switched on), and with them each mutant of the money path
 * would take the whole suite (about 50 s of a worker here) instead of a few seconds. The score is therefore a floor:
 * what these tests alone kill.
 */
export const MUTATION_TESTS = [
  'test/conformance.test.ts',
  'test/money.test.ts',
  'test/allocate.test.ts',
  'test/bounded-cache.test.ts',
  'test/settle.test.ts',
  'test/validate-path.test.ts',
  'test/avenants.test.ts',
  'test/model-features.test.ts',
  'test/payer-grade.test.ts',
  'test/internal-error.test.ts',
  'test/catalog.test.ts',
  'test/parse-bad-input.test.ts',
  'test/conformance-case-file.test.ts',
  'test/operations.test.ts',
  'test/money/**/*.test.ts',
  'test/settlement/**/*.test.ts',
  'test/validation/**/*.test.ts',
  'test/documents/**/*.test.ts',
  'test/properties/allocate.prop.test.ts',
  'test/properties/money.prop.test.ts',
  'test/properties/settle.prop.test.ts',
  'test/properties/validate-order.prop.test.ts',
  'test/properties/builtin-names.prop.test.ts',
  'test/properties/hostile-input.prop.test.ts',
  'test/properties/json-schema.prop.test.ts',
];

// None of these tests runs dist/: no build before them.
export default defineConfig({ ...base, test: { ...base.test, include: MUTATION_TESTS, globalSetup: [] } });
