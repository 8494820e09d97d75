import { daysBetween } from '../dates/calendar';
import { type IsoDate, isIsoDate } from '../dates/iso-date';
import { langOf, optionOf, type Lang, type Result } from '../issues/issue';
import { makeIssue } from '../issues/issue-sink';
import { Dec, formatCents } from '../money/decimal';

/** The payee of a line or a payment: which identifier, and its value (`RPPS` `10001234565`). */
export interface PayeeIdentifier {
  /** `RPPS`, `ADELI`, `CPAM`, `SIRET` or `FINESS`. */
  readonly idType: string;
  /** The identifier. */
  readonly id: string;
}

/**
 * What {@link reconcile} reads of a declared entry: a `DeclarationEntry` or a `DeclaredEntry` (as
 * `readDeclarations` reads them back) has all of it.
 */
export interface ReconcilableEntry {
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The type (its id: the version is not matched). */
  readonly type: { readonly id: string };
  /** The séquence's id. */
  readonly sequence: string;
  /** The day the séquence became billable: the declaration date when `declaredOn` is absent. */
  readonly billableOn: IsoDate;
  /** `annulation`: nothing is expected any more for the séquence. */
  readonly nature?: 'initiale' | 'rectificative' | 'annulation';
  /** The day the entry was sent: the grace period runs from it. */
  readonly declaredOn?: IsoDate;
  /** The payee lines. */
  readonly lines: readonly {
    readonly payee: PayeeIdentifier;
    readonly amount: string;
  }[];
}

/** One payment received: for a patient, a type, a séquence and a payee. */
export interface Payment {
  /** The day it was received. */
  readonly date: IsoDate;
  /** The patient's pseudonymous reference, as declared. */
  readonly patientRef: string;
  /** The type's id. */
  readonly type: string;
  /** The séquence's id. */
  readonly sequence: string;
  /** Who was paid. */
  readonly payee: PayeeIdentifier;
  /** The amount, in euros, two decimals at most, signed (a recovery is negative). */
  readonly amount: string;
}

/** The status of a declared line on `asOf`. */
export type ReconcileStatus = 'paid' | 'short' | 'over' | 'pending' | 'late';

/** One declared line (a séquence's amounts for one payee) and what was received for it. */
export interface ReconciledLine {
  /** The patient's reference. */
  readonly patientRef: string;
  /** The type's id. */
  readonly type: string;
  /** The séquence. */
  readonly sequence: string;
  /** Who is paid. */
  readonly payee: PayeeIdentifier;
  /** The nature of the entry that stands declared (the last one read). */
  readonly nature: 'initiale' | 'rectificative' | 'annulation';
  /** The day the grace period runs from: the entry's `declaredOn`, else its billable date. */
  readonly declaredOn: IsoDate;
  /** What is expected: the sum of the payee's lines in the entry (`0.00` when cancelled). */
  readonly expected: string;
  /** What was received: the sum of the matching payments. */
  readonly received: string;
  /** How many payments matched. */
  readonly payments: number;
  /** The status on `asOf`. */
  readonly status: ReconcileStatus;
  /** `received − expected`, signed. */
  readonly difference: string;
  /** For `short`, `pending` and `late`: what is still due (`expected − received`). */
  readonly missing?: string;
  /** For `over`: what was received beyond the expected amount. */
  readonly excess?: string;
}

/** Amounts and counts over a set of lines and payments. */
export interface ReconcileTotals {
  /** Sum of the expected amounts. */
  readonly expected: string;
  /** Sum of the payments matched to a declared line. */
  readonly received: string;
  /** Sum of what is still due on `short`, `pending` and `late` lines. */
  readonly missing: string;
  /** Sum of what was received beyond the expected amount on `over` lines. */
  readonly excess: string;
  /** Sum of the payments that match no declared line. */
  readonly unexpected: string;
  /** How many lines of each status, and how many unexpected payments. */
  readonly counts: { readonly [S in ReconcileStatus | 'unexpected']: number };
}

/** What {@link reconcile} finds. */
export interface Reconciliation {
  /** The day of the check. */
  readonly asOf: IsoDate;
  /** The grace period, in days. */
  readonly graceDays: number;
  /** Each declared line, in the order the séquences were first declared, payees in their line order. */
  readonly lines: readonly ReconciledLine[];
  /** The payments that match no declared line, in their order (status `unexpected`). */
  readonly unexpected: readonly Payment[];
  /** The payments dated after `asOf`, in their order: not counted (not received yet on that day). */
  readonly after: readonly Payment[];
  /** The totals per payee, in the order payees first appear (declared lines, then unexpected payments). */
  readonly byPayee: readonly ({ readonly payee: PayeeIdentifier } & ReconcileTotals)[];
  /** The totals over everything. */
  readonly total: ReconcileTotals;
}

/** What {@link reconcile} needs besides the declarations and the payments. */
export interface ReconcileOptions {
  /** The day of the check. */
  readonly asOf: IsoDate;
  /** Days after the declaration during which a line with no payment is `pending`, then `late` (default 30). */
  readonly graceDays?: number;
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

/** The longest grace period accepted, in days. */
export const MAX_GRACE_DAYS = 3650;

const cents = (amount: string): number => new Dec(amount).times(100).toNumber();
const lineKey = (patientRef: string, type: string, sequence: string, p: PayeeIdentifier): string =>
  JSON.stringify([patientRef, type, sequence, p.idType, p.id]);
const payeeKey = (p: PayeeIdentifier): string => JSON.stringify([p.idType, p.id]);

interface Tally {
  expected: number;
  received: number;
  missing: number;
  excess: number;
  unexpected: number;
  counts: Record<ReconcileStatus | 'unexpected', number>;
}
const tally = (): Tally => ({
  expected: 0,
  received: 0,
  missing: 0,
  excess: 0,
  unexpected: 0,
  counts: { paid: 0, short: 0, over: 0, pending: 0, late: 0, unexpected: 0 },
});
const totalsOf = (t: Tally): ReconcileTotals => ({
  expected: formatCents(t.expected),
  received: formatCents(t.received),
  missing: formatCents(t.missing),
  excess: formatCents(t.excess),
  unexpected: formatCents(t.unexpected),
  counts: { ...t.counts },
});

/**
 * Payments checked against the declarations. The declared entries are read in order: for each séquence (patient,
 * type id, séquence) the last entry read wins (an `annulation` expects `0.00`); within it, a payee's lines add up
 * to what that payee is expected to receive. Payments are matched on patient, type id, séquence and payee
 * identifier; several payments for one line add up; a payment dated after `asOf` is not counted (it is listed in
 * `after`). Each declared line gets one status:
 * - `paid`: received exactly what is expected (nothing expected and nothing received included);
 * - `short`: received less (`missing`), `over`: received more (`excess`);
 * - `pending`: nothing received yet and fewer than `graceDays` days (default 30) from its declaration to `asOf`;
 * - `late`: nothing received and `graceDays` days or more since its declaration.
 * The declaration date is the entry's `declaredOn`, else its billable date. Each payment matching no declared line
 * is `unexpected`. Amounts are exact to the cent. An invalid `asOf` (OPTION_INVALID) or `graceDays` (not a whole
 * number from 0 to 3650: GRACE_DAYS_INVALID) is an error.
 *
 * @example
 * reconcile(entries, [], { asOf: '2027-06-15' }).value.lines[0].status // 'pending' — 27 days after 2027-05-19
 */
export function reconcile(
  declared: readonly ReconcilableEntry[],
  payments: readonly Payment[],
  options: ReconcileOptions,
): Result<Reconciliation> {
  const lang = langOf(options);
  const asOf = optionOf(options, 'asOf');
  const graceOption = optionOf(options, 'graceDays');
  const graceDays = graceOption === undefined ? 30 : graceOption;
  if (!isIsoDate(asOf))
    return {
      ok: false,
      issues: [
        makeIssue('OPTION_INVALID', {
          document: 'input',
          path: ['asOf'],
          params: { option: 'asOf', expected: 'date' },
          lang,
        }),
      ],
    };
  if (typeof graceDays !== 'number' || !Number.isInteger(graceDays) || graceDays < 0 || graceDays > MAX_GRACE_DAYS)
    return {
      ok: false,
      issues: [
        makeIssue('GRACE_DAYS_INVALID', {
          document: 'input',
          path: ['graceDays'],
          params: { max: MAX_GRACE_DAYS },
          lang,
        }),
      ],
    };

  // The séquences as they stand declared: the last entry read wins.
  const standing = new Map<string, ReconcilableEntry>();
  for (const e of declared) {
    const key = JSON.stringify([e.patientRef, e.type.id, e.sequence]);
    standing.set(key, e);
  }
  // Their payee lines, a payee's lines added up.
  interface Expected {
    readonly entry: ReconcilableEntry;
    readonly payee: PayeeIdentifier;
    expected: number;
    received: number;
    payments: number;
  }
  const expected = new Map<string, Expected>();
  for (const e of standing.values())
    for (const l of e.lines) {
      const key = lineKey(e.patientRef, e.type.id, e.sequence, l.payee);
      const x = expected.get(key);
      const amount = e.nature === 'annulation' ? 0 : cents(l.amount);
      if (x) x.expected += amount;
      else
        expected.set(key, {
          entry: e,
          payee: { idType: l.payee.idType, id: l.payee.id },
          expected: amount,
          received: 0,
          payments: 0,
        });
    }
  const unexpected: Payment[] = [];
  const after: Payment[] = [];
  for (const p of payments) {
    if (p.date > asOf) {
      after.push(p);
      continue;
    }
    const x = expected.get(lineKey(p.patientRef, p.type, p.sequence, p.payee));
    if (x) {
      x.received += cents(p.amount);
      x.payments++;
    } else unexpected.push(p);
  }

  const total = tally();
  const perPayee = new Map<string, { payee: PayeeIdentifier; t: Tally }>();
  const payeeTally = (p: PayeeIdentifier): Tally => {
    const key = payeeKey(p);
    let y = perPayee.get(key);
    if (!y) {
      y = { payee: { idType: p.idType, id: p.id }, t: tally() };
      perPayee.set(key, y);
    }
    return y.t;
  };
  const lines: ReconciledLine[] = [];
  for (const x of expected.values()) {
    const e = x.entry;
    const declaredOn = e.declaredOn ?? e.billableOn;
    const diff = x.received - x.expected;
    const status: ReconcileStatus =
      x.payments === 0 && x.expected > 0
        ? daysBetween(declaredOn, asOf) < graceDays
          ? 'pending'
          : 'late'
        : diff === 0
          ? 'paid'
          : diff < 0
            ? 'short'
            : 'over';
    const missing = diff < 0 ? -diff : 0;
    const excess = diff > 0 ? diff : 0;
    lines.push({
      patientRef: e.patientRef,
      type: e.type.id,
      sequence: e.sequence,
      payee: x.payee,
      nature: e.nature ?? 'initiale',
      declaredOn,
      expected: formatCents(x.expected),
      received: formatCents(x.received),
      payments: x.payments,
      status,
      difference: formatCents(diff),
      ...(missing > 0 ? { missing: formatCents(missing) } : {}),
      ...(excess > 0 ? { excess: formatCents(excess) } : {}),
    });
    for (const t of [total, payeeTally(x.payee)]) {
      t.expected += x.expected;
      t.received += x.received;
      t.missing += missing;
      t.excess += excess;
      t.counts[status]++;
    }
  }
  for (const p of unexpected)
    for (const t of [total, payeeTally(p.payee)]) {
      t.unexpected += cents(p.amount);
      t.counts.unexpected++;
    }
  return {
    ok: true,
    value: {
      asOf,
      graceDays,
      lines,
      unexpected,
      after,
      byPayee: [...perPayee.values()].map((y) => ({ payee: y.payee, ...totalsOf(y.t) })),
      total: totalsOf(total),
    },
    issues: [],
  };
}
