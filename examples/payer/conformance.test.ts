// A payer's unit test: run the published conformance vectors against the package, with vitest.
// In a payer's own repository, `loadConformanceCases` is replaced by reading the case files it keeps.
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from 'pcr-forfait';
import { runConformanceCase } from 'pcr-forfait/testing';
import { loadConformanceCases } from '../../src/cli/conformance-files';

const cases = loadConformanceCases(new URL('../../rules/', import.meta.url).pathname);

describe('conformance vectors, as a payer runs them', () => {
  it.each(cases.map((c) => [c.case.id, c] as const))('%s', (_id, c) => {
    expect(runConformanceCase(shippedCatalog(), c.case, c.project).failures).toEqual([]);
  });
});
