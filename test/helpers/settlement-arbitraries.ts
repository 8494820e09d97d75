import fc from 'fast-check';
import { pathJson, projectJson, typeJson } from './fixtures';
import { clean, prestationArb } from './arbitraries';

type Json = Record<string, unknown>;

const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
const rate = fc.integer({ min: 0, max: 10_000 }).map((r) => (r / 10_000).toString());
const MEMBERS = ['med', 'diet', 'psy', 'apa'];
const CODES = ['BILAN', 'DIET', 'PSY', 'APA', 'FINAL'];

/** A random distribution key in canonical rule order. */
export const keyArb = fc
  .record({
    coordination: fc.option(
      fc.oneof(
        rate.map((r) => ({ kind: 'coordination', rate: r })),
        cents(50_000).map((a) => ({ kind: 'coordination', amount: a })),
      ),
    ),
    fixed: fc.array(
      fc.record({ kind: fc.constant('fixed'), member: fc.constantFrom(...MEMBERS), amount: cents(40_000) }),
      { maxLength: 3 },
    ),
    perPrestation: fc.option(
      fc
        .dictionary(fc.constantFrom(...CODES), cents(20_000), { maxKeys: 3 })
        .map((rates) => ({ kind: 'perPrestation', rates })),
    ),
    weights: fc.option(
      fc.record(
        {
          kind: fc.constant('weights'),
          by: fc.constantFrom('member', 'profession'),
          basis: fc.constantFrom('sessions', 'minutes', 'equal'),
          weights: fc.dictionary(
            fc.constantFrom('med', 'diet', 'psy', 'apa', 'medecin', 'dieteticien', 'psychologue', 'enseignant-apa'),
            fc.integer({ min: 0, max: 5 }).map(String),
            { maxKeys: 3 },
          ),
        },
        { requiredKeys: ['kind', 'by', 'basis'] },
      ),
    ),
    remainder: fc.option(
      fc.record({ kind: fc.constant('remainder'), member: fc.constantFrom(...MEMBERS) }, { requiredKeys: ['kind'] }),
    ),
  })
  .map((k) => {
    const rules: Json[] = [];
    if (k.coordination) rules.push(k.coordination);
    rules.push(...k.fixed);
    if (k.perPrestation) rules.push(k.perPrestation);
    if (k.weights) {
      const w = { ...k.weights } as Json;
      const names = Object.keys((w.weights as Json | undefined) ?? {});
      const valid =
        w.by === 'member' ? names.every((n) => MEMBERS.includes(n)) : names.every((n) => !MEMBERS.includes(n));
      if (!valid) delete w.weights;
      rules.push(w);
    }
    if (k.remainder) rules.push(k.remainder);
    return rules.length > 0 ? rules : [{ kind: 'remainder' }];
  });

/** A random scenario: type tweaks, coverage, territory, key, prestations and an evaluation date. */
export const scenarioArb = fc.record({
  s1: fc.record({ A: cents(300_000), B: cents(300_000) }),
  s2: cents(300_000),
  policy1: fc.constantFrom('none', 'full', 'prorata', 'tiers'),
  policy2: fc.constantFrom('none', 'full', 'prorata', 'tiers'),
  factor: fc.integer({ min: 50, max: 300 }).map((f) => (f / 100).toString()),
  participation: fc.oneof(
    fc.constant({ kind: 'none' }),
    rate.map((r) => ({ kind: 'rate', rate: r })),
    cents(10_000).map((a) => ({ kind: 'flat', amount: a })),
  ),
  territory: fc.constantFrom('75', '974', '2A'),
  profile: fc.constantFrom('A', 'B'),
  complementary: fc.constantFrom('responsable', 'c2s', 'ame', 'none'),
  exemptions: fc.subarray(['ald', 'maternite']),
  exit: fc.option(fc.integer({ min: 0, max: 400 })),
  key: keyArb,
  prestations: fc.array(prestationArb, { maxLength: 30 }),
  asOfDay: fc.integer({ min: 0, max: 500 }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

const day = (offset: number) => new Date(Date.UTC(2026, 0, 31 + offset)).toISOString().slice(0, 10);

/** Turns a scenario into the three JSON documents and the evaluation date. */
export function documentsOf(
  s: Scenario,
  prestations: readonly Json[] = s.prestations.map(clean),
): { type: Json; project: Json; path: Json; asOf: string } {
  const type = typeJson();
  const seqs = type.sequences as Json[];
  (seqs[0] as Json).forfait = { byProfile: s.s1 };
  (seqs[0] as Json).incomplete =
    s.policy1 === 'tiers'
      ? {
          policy: 'tiers',
          tiers: [
            { minDone: 1, share: '0.25' },
            { minDone: 2, share: '0.5' },
          ],
        }
      : { policy: s.policy1 };
  (seqs[1] as Json).forfait = { amount: s.s2 };
  (seqs[1] as Json).incomplete =
    s.policy2 === 'tiers' ? { policy: 'tiers', tiers: [{ minDone: 1, share: '0.4' }] } : { policy: s.policy2 };
  (type.modulations as Json[])[0]!.factor = s.factor;
  (type.modulations as Json[])[0]!.when = { departments: ['974'] };
  type.participation = s.participation;
  const project = projectJson();
  project.distribution = { default: s.key };
  const path = pathJson();
  (path.patient as Json).territory = s.territory;
  path.profile = s.profile;
  path.coverage = { complementary: s.complementary, exemptions: s.exemptions };
  if (s.exit !== null) path.exit = { date: day(s.exit), reason: 'other' };
  path.prestations = [...prestations];
  return { type, project, path, asOf: day(s.asOfDay) };
}
