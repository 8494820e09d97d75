import type { TraceKind, TraceParams, TraceStep } from '../domain/trace-steps';
import { formatCents, type Cents } from '../money/decimal';

/**
 * Collects the trace of one séquence as data: each step's kind, its figures and the amount it produced. Nothing is
 * written as text here: `traceStepText` and `formatSettlement` render it, in any language, on demand.
 *
 * @example
 * const trace = new TraceBuilder(); trace.add('REST', { amount: '422.40' }, 42240); trace.steps[0].amount // '422.40'
 */
export class TraceBuilder {
  readonly steps: TraceStep[] = [];

  /** Adds a step; `amount` (cents) is recorded with it when given. */
  add<K extends TraceKind>(step: K, params: TraceParams[K], amount?: Cents): void {
    this.steps.push(
      (amount === undefined ? { step, params } : { step, params, amount: formatCents(amount) }) as TraceStep,
    );
  }
}
