import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settle, type Settlement } from '../../src/index';
import { toCents } from '../../src/money/decimal';
import { RUNS } from '../helpers/arbitraries';
import { mustParse } from '../helpers/fixtures';
import { documentsOf, scenarioArb, type Scenario } from '../helpers/settlement-arbitraries';

type Json = Record<string, unknown>;

function settleScenario(
  s: Scenario,
  prestations?: Json[],
  reorder?: (d: ReturnType<typeof documentsOf>) => void,
): Settlement {
  const docs = documentsOf(s, prestations);
  reorder?.(docs);
  const d = mustParse(docs.type, docs.project, docs.path);
  return settle(d.type, d.project, d.path, { asOf: docs.asOf });
}

const AMOUNT = /^\d+\.\d{2}$/;

/** Every amount string in a settlement, wherever it is. */
function amounts(s: Settlement): string[] {
  const out: string[] = [];
  for (const q of s.sequences) {
    out.push(
      q.forfait.base,
      q.forfait.modulated,
      q.forfait.amount,
      q.payers.amo,
      q.payers.amc,
      q.payers.patient,
      q.payers.participation,
    );
    for (const sh of q.shares) out.push(sh.amount, ...sh.parts.map((p) => p.amount));
    for (const t of q.trace) if (t.amount !== undefined) out.push(t.amount);
  }
  const t = s.totals;
  out.push(
    t.forfait,
    t.amo,
    t.amc,
    t.patient,
    ...t.byBeneficiary.map((l) => l.amount),
    ...t.byPayee.map((l) => l.amount),
  );
  return out;
}

/** Settlement without positions of the input (issue paths point at array indexes, which a shuffle moves). */
function comparable(s: Settlement): unknown {
  return {
    ...s,
    issues: s.issues
      .map((i) => ({ code: i.code, params: i.params }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

describe('settlement guarantees (property-based)', () => {
  it('1. conserves the forfait: shares and payer parts each sum to it, to the cent', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const s = settleScenario(sc);
        for (const q of s.sequences) {
          const f = toCents(q.forfait.amount);
          expect(q.shares.reduce((n, x) => n + toCents(x.amount), 0)).toBe(f);
          expect(toCents(q.payers.amo) + toCents(q.payers.amc) + toCents(q.payers.patient)).toBe(f);
          for (const x of q.shares) expect(x.parts.reduce((n, p) => n + toCents(p.amount), 0)).toBe(toCents(x.amount));
        }
        const total = s.sequences.reduce((n, q) => n + toCents(q.forfait.amount), 0);
        expect(toCents(s.totals.forfait)).toBe(total);
        expect(s.totals.byPayee.reduce((n, l) => n + toCents(l.amount), 0)).toBe(total);
        expect(s.totals.byBeneficiary.reduce((n, l) => n + toCents(l.amount), 0)).toBe(total);
      }),
      { numRuns: RUNS },
    );
  });

  it('2. never produces a negative amount or more than two decimals', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        for (const a of amounts(settleScenario(sc))) expect(a).toMatch(AMOUNT);
      }),
      { numRuns: RUNS },
    );
  });

  it('3. is deterministic and independent of the order of prestations, team members and key rules of equal rank', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (sc, seed) => {
        const base = settleScenario(sc);
        expect(comparable(settleScenario(sc))).toEqual(comparable(base));
        const rotate = <T>(a: T[]): T[] =>
          a.length === 0 ? a : [...a.slice(seed % a.length), ...a.slice(0, seed % a.length)];
        const shuffled = settleScenario(sc, undefined, (docs) => {
          docs.path.prestations = rotate([...(docs.path.prestations as Json[])]).reverse();
          docs.project.team = rotate([...(docs.project.team as Json[])]);
          const key = (docs.project.distribution as { default: Json[] }).default;
          const middle = key.filter((r) => r.kind === 'fixed' || r.kind === 'perPrestation');
          const first = key.filter((r) => r.kind === 'coordination');
          const last = key.filter((r) => r.kind === 'weights' || r.kind === 'remainder');
          (docs.project.distribution as { default: Json[] }).default = [...first, ...rotate(middle).reverse(), ...last];
        });
        expect(comparable(shuffled)).toEqual(comparable(base));
      }),
      { numRuns: RUNS },
    );
  });

  it('4. never mutates its inputs', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const docs = documentsOf(sc);
        const d = mustParse(docs.type, docs.project, docs.path);
        const before = JSON.stringify(d);
        settle(d.type, d.project, d.path, { asOf: docs.asOf });
        expect(JSON.stringify(d)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  const memberTotal = (s: Settlement, id: string) =>
    s.sequences.reduce(
      (n, q) =>
        n +
        q.shares
          .filter((x) => x.beneficiary.kind === 'member' && x.beneficiary.id === id)
          .reduce((m, x) => m + toCents(x.amount), 0),
      0,
    );

  /** A prestation that the fixture type accepts: a code with a member allowed to perform it, long enough, in the parcours. */
  const validPrestation = fc.record({
    pair: fc.constantFrom(['BILAN', 'med'], ['DIET', 'diet'], ['PSY', 'psy'], ['APA', 'apa'], ['FINAL', 'med']),
    day: fc.integer({ min: 0, max: 360 }),
  });
  const toRecord = (v: { pair: readonly string[]; day: number }, id: string): Json => ({
    id,
    code: v.pair[0],
    member: v.pair[1],
    date: new Date(Date.UTC(2026, 0, 31 + v.day)).toISOString().slice(0, 10),
    minutes: 60,
    status: 'done',
  });

  function monotone(keyOf: (sc: Scenario) => Json[]) {
    fc.assert(
      fc.property(scenarioArb, fc.array(validPrestation, { maxLength: 25 }), validPrestation, (sc0, list0, extra0) => {
        // Policy "full" and an evaluation date after the parcours: the forfait of each séquence is fixed.
        const sc = { ...sc0, policy1: 'full', policy2: 'full', exit: null, asOfDay: 400, key: keyOf(sc0) } as Scenario;
        const list = list0.map((v, i) => toRecord(v, `p${String(i).padStart(2, '0')}`));
        const extra = toRecord(extra0, 'zz-extra');
        const before = settleScenario(sc, list);
        const after = settleScenario(sc, [...list, extra]);
        const member = extra.member as string;
        expect(memberTotal(after, member)).toBeGreaterThanOrEqual(memberTotal(before, member));
      }),
      { numRuns: RUNS },
    );
  }

  it('5a. one more valid prestation never lowers its performer’s share under a per-prestation key', () => {
    monotone((sc) => [
      ...sc.key.filter((r) => r.kind === 'coordination' || r.kind === 'fixed'),
      { kind: 'perPrestation', rates: { BILAN: '60.00', DIET: '35.50', PSY: '40.00', APA: '20.00', FINAL: '45.00' } },
      { kind: 'remainder' },
    ]);
  });

  it('5b. one more valid prestation never lowers its performer’s share under a session-weighted key', () => {
    monotone((sc) => [
      ...sc.key.filter((r) => r.kind === 'coordination'),
      { kind: 'weights', by: 'member', basis: 'sessions' },
    ]);
  });
});
