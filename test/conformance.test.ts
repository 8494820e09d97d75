import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '../src/index';
import { runConformanceCase } from '../src/entries/testing';
import { loadConformanceCases } from '../src/cli/conformance-files';

const RULES = new URL('../rules/', import.meta.url).pathname;

const cases = loadConformanceCases(RULES);
const catalog = shippedCatalog();

describe('conformance cases (rules/*/cases)', () => {
  it('ships at least 30 cases, covering every type', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const types = new Set(cases.map((c) => c.file.slice(RULES.length).split('/')[0]));
    expect([...types].sort()).toEqual(
      catalog
        .list()
        .map((e) => e.id)
        .filter((id, i, a) => a.indexOf(id) === i),
    );
  });

  it.each(cases.map((c) => [c.case.id, c]))('%s', (_id, c) => {
    const r = runConformanceCase(catalog, c.case, c.project);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
  });
});
