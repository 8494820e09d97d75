import { TRACE_AMOUNTS, type TraceKind, type TraceParams, type TraceStep } from '../domain/trace-steps';
import { formatCents, type Amount, type Cents } from '../money/decimal';

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

/** The amount a step produced, once written: none, zero, or the parameter its spec names. */
function producedAmount(produced: string | undefined, params: Record<string, unknown>): unknown {
  if (produced === 'zero') return '0.00';
  // Stryker disable next-line ConditionalExpression: with no produced field, params[undefined] reads params.undefined, which no step has: undefined either way
  return produced === undefined ? undefined : params[produced];
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
  // Each list TRACE_AMOUNTS names is a required array of its step's parameters (TraceParams, all TraceBuilder.add takes).
  for (const field of spec.lists ?? []) params[field] = (params[field] as readonly unknown[]).map(writtenItem);
  const amount = producedAmount(spec.produced, params);
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
