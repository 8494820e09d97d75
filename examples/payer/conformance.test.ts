// A payer's unit test: run the conformance cases shipped in the package against the package, with vitest.
// Only the package is imported: copy this file into a project that has `pcr-forfait` and `vitest` installed.
// To run the cases a payer keeps itself, use `loadConformanceCases('path/to/rules')` instead.
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from 'pcr-forfait';
import { runConformanceCase, shippedConformanceCases } from 'pcr-forfait/testing';

const cases = shippedConformanceCases();

describe('conformance cases, as a payer runs them', () => {
  it('finds every case shipped in the package', () => {
    expect(cases.length).toBe(60);
  });
  it.each(cases.map((c) => [c.case.id, c] as const))('%s', (_id, c) => {
    expect(runConformanceCase(shippedCatalog(), c.case, c.project).failures).toEqual([]);
  });
});
