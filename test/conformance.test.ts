import { describe, expect, it } from 'vitest';
import { runConformanceCase, shippedCatalog, type ConformanceCase } from '../src/index';
// @ts-expect-error plain JS helper shared with scripts/verify.mjs
import { loadConformanceCases } from '../scripts/conformance-files.mjs';

const cases = loadConformanceCases() as { file: string; case: ConformanceCase; project: unknown }[];
const catalog = shippedCatalog();

describe('conformance cases (rules/*/cases)', () => {
  it('ships at least 30 cases, covering every type', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const types = new Set(cases.map((c) => c.file.split('/')[1]));
    expect([...types].sort()).toEqual(catalog.list().map((e) => e.id).filter((id, i, a) => a.indexOf(id) === i));
  });

  it.each(cases.map((c) => [c.case.id, c]))('%s', (_id, c) => {
    const r = runConformanceCase(catalog, c.case, c.project);
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
  });
});
