import fc from 'fast-check';
import { addDays } from '../../src/dates/calendar';

/** Number of runs per property: 1,000 in CI, more with PCR_PROP_RUNS (100,000 for `npm run test:props`). */
export const RUNS = Number(process.env.PCR_PROP_RUNS ?? 1000);

const MEMBERS = ['med', 'diet', 'psy', 'apa', 'ghost'];
const CODES = ['BILAN', 'DIET', 'PSY', 'APA', 'FINAL', 'OTHER'];

/** A prestation record around a path included on 2026-01-31 (dates from 10 days before to ~14 months after). */
export const prestationArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'),
  code: fc.constantFrom(...CODES),
  date: fc.integer({ min: -10, max: 420 }).map((d) => addDays('2026-01-31', d)),
  member: fc.constantFrom(...MEMBERS),
  minutes: fc.option(fc.integer({ min: 10, max: 90 }), { nil: undefined }),
  status: fc.constantFrom('done', 'done', 'done', 'cancelled', 'missed'),
  sequence: fc.option(fc.constantFrom('S1', 'S2'), { freq: 5, nil: undefined }),
});

/** A list of prestation records, then a permutation of it. */
export const prestationsWithShuffle = fc
  .array(prestationArb, { maxLength: 25 })
  .chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
  );

/** Removes undefined fields so that records match what JSON would carry. */
export function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
