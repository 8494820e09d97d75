import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DeclaredEntry, declarationDelta, declaredState } from '../../src/entries/exports';
import { type Payment, reconcile } from '../../src/entries/operations';
import { formatCents, toCents } from '../../src/money/decimal';
import { RUNS } from '../helpers/arbitraries';
import { history } from '../helpers/declaration-arbitraries';

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value;
};

/** `cents` cut into `parts` payments that add up to it (the last takes the rest). */
function split(cents: number, cuts: readonly number[]): number[] {
  const out: number[] = [];
  let rest = cents;
  for (const c of cuts) {
    const part = Math.min(rest, c);
    out.push(part);
    rest -= part;
  }
  return [...out, rest];
}

describe('reconcile (property-based)', () => {
  it('payments equal to what stands declared, in any number of parts and order: every line paid', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer({ min: 0, max: 50_000 }), { maxLength: 2 }),
        fc.integer({ min: 0, max: 400 }),
        fc.nat(),
        fc.boolean(),
        (states, cuts, graceDays, turn, reverse) => {
          let sent: DeclaredEntry[] = [];
          for (const now of states) sent = [...sent, ...ok(declarationDelta(sent, now, { declaredOn: '2027-06-01' }))];
          const payments: Payment[] = declaredState(sent).flatMap((e) =>
            e.lines.flatMap((l) =>
              split(toCents(l.amount), cuts).map((c) => ({
                date: '2027-07-01',
                patientRef: e.patientRef,
                type: e.type.id,
                sequence: e.sequence,
                payee: { idType: l.payee.idType, id: l.payee.id },
                amount: formatCents(c),
              })),
            ),
          );
          // The payments in another order: turned by `turn`, maybe reversed.
          const at = payments.length === 0 ? 0 : turn % payments.length;
          const turned = [...payments.slice(at), ...payments.slice(0, at)];
          const shuffled = reverse ? turned.reverse() : turned;
          const r = ok(reconcile(sent, shuffled, { asOf: '2027-12-31', graceDays }));
          expect(r.lines.filter((l) => l.status !== 'paid')).toEqual([]);
          expect(r.unexpected).toEqual([]);
          expect([r.total.expected, r.total.missing, r.total.excess, r.total.unexpected]).toEqual([
            r.total.received,
            '0.00',
            '0.00',
            '0.00',
          ]);
          expect(r.total.counts.paid).toBe(r.lines.length);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
