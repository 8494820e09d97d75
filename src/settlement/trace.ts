import type { TraceKind, TraceParams, TraceStep } from '../domain/trace-steps';
import { formatCents, type Amount, type Cents } from '../money/decimal';

/** Which parameters of a kind of step are amounts, and which one is the step's own amount. */
interface TraceAmounts<K extends TraceKind> {
  /** Its amounts: cents while the settlement computes, two-decimal texts once written. */
  readonly amounts: readonly (keyof TraceParams[K])[];
  /** Its lists whose items each carry an `amount`. */
  readonly lists?: readonly (keyof TraceParams[K])[];
  /** The amount the step produced: one of its amounts, `zero` for 0.00, absent when it produced none. */
  readonly produced?: keyof TraceParams[K] | 'zero';
}

/** The amounts of each kind of trace step. A kind missing here is a compile error. */
const TRACE_AMOUNTS = {
  FORFAIT_PART: { amounts: ['amount'], produced: 'amount' },
  BASE: { amounts: ['amount'], produced: 'amount' },
  MODULATION: { amounts: [] },
  MODULATED: { amounts: ['base', 'amount'], produced: 'amount' },
  COMPLETED: { amounts: ['amount'], produced: 'amount' },
  POLICY_FULL: { amounts: ['amount'], produced: 'amount' },
  POLICY_PRORATA: { amounts: ['modulated', 'amount'], produced: 'amount' },
  POLICY_TIERS: { amounts: ['modulated', 'amount'], produced: 'amount' },
  PARTS_DUE: { amounts: ['amount'], lists: ['parts'], produced: 'amount' },
  COVERAGE: { amounts: [] },
  PARTICIPATION_NONE: { amounts: [] },
  PARTICIPATION_EXEMPT: { amounts: [], produced: 'zero' },
  PARTICIPATION_RATE: { amounts: ['forfait', 'amount'], produced: 'amount' },
  PARTICIPATION_FLAT: { amounts: ['amount'], produced: 'amount' },
  PAYERS: { amounts: ['amo', 'amc', 'patient', 'total'] },
  KEY_SOURCE: { amounts: [] },
  COORDINATION_RATE: { amounts: ['forfait', 'amount'], produced: 'amount' },
  COORDINATION_AMOUNT: { amounts: ['amount'], produced: 'amount' },
  CLAIM_PART: { amounts: ['amount'], produced: 'amount' },
  CLAIM_FIXED: { amounts: ['amount'], produced: 'amount' },
  CLAIM_UNIT: { amounts: ['rate', 'amount'], produced: 'amount' },
  CLAIMS_SCALED: { amounts: ['claimed', 'available'], lists: ['paid'], produced: 'available' },
  REST: { amounts: ['amount'], produced: 'amount' },
  WEIGHTS: { amounts: ['amount'], lists: ['parts'], produced: 'amount' },
  WEIGHTS_WITHIN: { amounts: ['amount'], lists: ['parts'] },
  WEIGHTS_EMPTY: { amounts: [] },
  REMAINDER: { amounts: ['amount'], produced: 'amount' },
  CHECK: { amounts: ['sum', 'amount'], produced: 'sum' },
} as const satisfies { readonly [K in TraceKind]: TraceAmounts<K> };

/** `P` with the fields `F` in cents, and the `amount` of the items of its lists. */
type InCents<P, F extends PropertyKey> = {
  readonly [k in keyof P]: k extends F
    ? Cents
    : P[k] extends readonly (infer E)[]
      ? [E] extends [{ readonly amount: Amount }]
        ? readonly InCents<E, 'amount'>[]
        : P[k]
      : P[k];
};

/** The parameters of a step as the settlement records them: its amounts in integer cents. */
export type TraceCents = {
  readonly [K in TraceKind]: InCents<TraceParams[K], (typeof TRACE_AMOUNTS)[K]['amounts'][number]>;
};

/** A step as recorded, before its amounts are written. */
interface RecordedStep {
  readonly step: TraceKind;
  readonly params: object;
}

/** An item of a list whose amount is still in cents, written. */
function writtenItem(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !('amount' in item) || typeof item.amount !== 'number') return item;
  return { ...item, amount: formatCents(item.amount) };
}

/** One recorded step with its amounts written as two-decimal texts. */
function writtenStep({ step, params: raw }: RecordedStep): TraceStep {
  const spec: { readonly amounts: readonly string[]; readonly lists?: readonly string[]; readonly produced?: string } =
    TRACE_AMOUNTS[step];
  const params: Record<string, unknown> = { ...raw };
  for (const field of spec.amounts) {
    const cents = params[field];
    if (typeof cents === 'number') params[field] = formatCents(cents);
  }
  for (const field of spec.lists ?? []) {
    const list = params[field];
    if (Array.isArray(list)) params[field] = list.map(writtenItem);
  }
  const amount = spec.produced === undefined ? undefined : spec.produced === 'zero' ? '0.00' : params[spec.produced];
  return (typeof amount === 'string' ? { step, params, amount } : { step, params }) as TraceStep;
}

/**
 * Collects the trace of one séquence as data: each step's kind and its figures, amounts in cents. They are written as
 * texts once, when the settlement is (`steps`); `traceStepText` and `formatSettlement` render them, in any language.
 *
 * @example
 * const trace = new TraceBuilder(); trace.add('REST', { amount: 42240 }); trace.steps[0].amount // '422.40'
 */
export class TraceBuilder {
  private readonly recorded: RecordedStep[] = [];

  /** Adds a step; the amount it produced is the one `TRACE_AMOUNTS` names among its parameters. */
  add<K extends TraceKind>(step: K, params: TraceCents[K]): void {
    this.recorded.push({ step, params });
  }

  /** The steps with their amounts written as two-decimal texts (the trace of the public `Settlement`). */
  get steps(): TraceStep[] {
    return this.recorded.map(writtenStep);
  }
}
