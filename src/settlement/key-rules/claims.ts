import { allocateCents, allocateCentsChecked } from '../../money/allocate';
import { formatCents, toCents, type Cents } from '../../money/decimal';
import { byText } from '../../domain/text-order';
import type { KeyContext } from './key-context';

/** What a member claims from fixed amounts or unit rates. */
export interface Claim {
  readonly member: string;
  /** `fixed`, or `perPrestation:CODE`. */
  readonly basis: string;
  readonly cents: Cents;
  /** For a unit rate: the code, how many, at what rate. */
  readonly unit?: { readonly code: string; readonly count: number; readonly rate: string };
  /** For a part of the forfait: its id. */
  readonly part?: string;
}

/**
 * Pays fixed amounts and unit-rate claims, in a canonical order (member, then basis) so that rule order never
 * matters. When they exceed what is left, they are scaled down to it — first between members in proportion to each
 * member's total claim (so a member's share only grows with its claims), then between a member's own lines, each time
 * by largest remainder — with KEY_SCALED_DOWN.
 *
 * @example
 * const ctx = exampleKeyContext(53600); payClaims([{ member: 'dr-martin', basis: 'fixed', cents: 60000 }], ctx);
 * ctx.sink.issues.map((i) => i.code) // ['KEY_SCALED_DOWN'] — 600.00 € claimed, 536.00 € available
 */
export function payClaims(unsorted: readonly Claim[], ctx: KeyContext): void {
  const { ledger, sink, trace } = ctx;
  const claims = [...unsorted].sort(
    (a, b) => byText(a.member, b.member) || byText(a.basis, b.basis) || a.cents - b.cents,
  );
  const claimed = claims.reduce((n, c) => n + c.cents, 0);
  if (claimed === 0) return;
  for (const c of claims) {
    if (c.unit)
      trace.add('CLAIM_UNIT', {
        code: c.unit.code,
        count: c.unit.count,
        rate: toCents(c.unit.rate),
        amount: c.cents,
        member: c.member,
      });
    else if (c.part !== undefined) trace.add('CLAIM_PART', { part: c.part, amount: c.cents, member: c.member });
    else trace.add('CLAIM_FIXED', { amount: c.cents, member: c.member });
  }
  let paid = claims.map((c) => c.cents);
  if (claimed > ledger.left) {
    const available = ledger.left;
    paid = scaleByMember(claims, available);
    sink.add(
      'KEY_SCALED_DOWN',
      ['distribution'],
      { sequence: ctx.sequence, claimed: formatCents(claimed), available: formatCents(available) },
      'project',
    );
    trace.add('CLAIMS_SCALED', {
      claimed,
      available,
      paid: claims.map((c, i) => ({ member: c.member, amount: paid[i] ?? 0 })),
    });
  }
  for (const [i, c] of claims.entries()) ledger.pay({ kind: 'member', id: c.member }, c.basis, paid[i] ?? 0);
}

function scaleByMember(claims: readonly Claim[], available: Cents): Cents[] {
  const members = [...new Set(claims.map((c) => c.member))];
  const totals = members.map((m) => claims.filter((c) => c.member === m).reduce((n, c) => n + c.cents, 0));
  const perMember = allocateCentsChecked(available, totals);
  // Stryker disable next-line ArrowFunction: every line is read as `paid[i] ?? 0`, so undefined reads as 0
  const paid = claims.map(() => 0);
  members.forEach((m, i) => {
    // Stryker disable next-line ArrayDeclaration: a non-index entry weighs 0, gets no cent and is written to no line
    const lines = claims.flatMap((c, j) => (c.member === m ? [j] : []));
    const parts = allocateCents(
      perMember[i] ?? 0,
      // Stryker disable next-line OptionalChaining: j is an index of claims (the guard is for the type checker)
      lines.map((j) => claims[j]?.cents ?? 0),
    );
    if (typeof parts === 'string') return;
    for (const [k, j] of lines.entries()) paid[j] = parts[k] ?? 0;
  });
  return paid;
}
