import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EQUIVALENTS, equivalentMutants, equivalentsPage } from '../scripts/mutation-equivalents.mjs';

type Marked = { file: string; line: number; mutators: string; reason: string; code: string };

describe('equivalent mutants (test/mutation/equivalent-mutants.md)', () => {
  const marked = (): Marked[] => equivalentMutants();

  it('each Stryker comment disables the next line only, names its mutators and gives a reason', () => {
    const bad = marked().filter((m) => m.mutators === '' || m.reason.length < 12 || /\ball\b/.test(m.mutators));
    expect(bad).toEqual([]);
  });

  it('the page lists every one of them, as npm run test:mutation -- --equivalents writes it', () => {
    expect(readFileSync(EQUIVALENTS, 'utf8')).toBe(equivalentsPage());
  });
});
