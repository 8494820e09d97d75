import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateKey } from '../../src/operations/simulate';
import { simulate } from '../../src/operations/simulate';
import { parsePatientPath, settle, shippedCatalog } from '../../src/index';
import { Dec } from '../../src/money/decimal';
import { RUNS } from '../helpers/arbitraries';
import { exampleProject, fileActivePaths } from '../helpers/declared';

/** Signed amounts to cents (exact). */
const toCents = (a: string): number => new Dec(a).times(100).toNumber();
const catalog = shippedCatalog();
const paths = fileActivePaths();

/** The forfaits billable in [from, to] of the paths settled under the projet's own key, in cents (a blocked path settles no séquence). */
function billed(subset: readonly unknown[], from: string, to: string): number {
  let total = 0;
  for (const json of subset) {
    const path = parsePatientPath(json);
    if (!path.ok) continue;
    const type = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
    if (!type.ok) continue;
    const s = settle(type.value, exampleProject(), path.value, { asOf: to });
    for (const q of s.sequences) if (q.billableOn >= from && q.billableOn <= to) total += toCents(q.forfait.amount);
  }
  return total;
}

/** A distribution key: a coordination rate, maybe the earmarked parts, then weights by member or profession. */
const key: fc.Arbitrary<CandidateKey['distribution']> = fc
  .record({
    rate: fc.constantFrom('0.00', '0.05', '0.10', '0.15'),
    parts: fc.boolean(),
    by: fc.constantFrom('member', 'profession'),
    basis: fc.constantFrom('sessions', 'minutes', 'equal'),
  })
  .map(
    ({ rate, parts, by, basis }) =>
      ({
        default: [
          { kind: 'coordination', rate },
          ...(parts
            ? [
                { kind: 'part', part: 'apa', profession: 'enseignant-apa' },
                { kind: 'part', part: 'psy', profession: 'psychologue' },
              ]
            : []),
          { kind: 'weights', by, basis },
        ],
      }) as unknown as CandidateKey['distribution'],
  );

describe('simulate (property-based)', () => {
  it('conserves the total: equal across keys, equal to the forfaits billable in the period, beneficiaries add up', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 3 }),
        fc.subarray(paths, { minLength: 1 }),
        fc.constantFrom(['2026-01-01', '2027-12-31'], ['2027-01-01', '2027-06-30'], ['2027-07-01', '2028-12-31']),
        (distributions, subset, [from, to]) => {
          const keys = distributions.map((distribution, i) => ({ name: `k${i}`, distribution }));
          const sim = simulate(subset, { project: exampleProject(), keys, types: catalog, from, to });
          const expected = billed(subset, from, to);
          expect(sim.keys.map((k) => toCents(k.total))).toEqual(keys.map(() => expected));
          keys.forEach((_, i) => {
            const sum = sim.beneficiaries.reduce((s, b) => s + toCents(b.amounts[i] ?? '0'), 0);
            expect(sum).toBe(expected);
          });
          // The differences with the first key move money: they add up to nothing.
          for (let i = 1; i < keys.length; i++)
            expect(sim.beneficiaries.reduce((s, b) => s + toCents(b.differences[i - 1] ?? '0'), 0)).toBe(0);
        },
      ),
      { numRuns: Math.min(RUNS, 25) },
    );
  });
});
