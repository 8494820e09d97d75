import type { SequenceDef } from '../documents/parcours-type';
import { Dec, exactEuros, mulRoundCents, timesFactor, type Cents } from '../money/decimal';
import type { SequenceReport } from '../validation/report-types';
import type { ForfaitBreakdown } from './settlement-types';
import type { TraceBuilder } from './trace';

/** What a séquence's status makes due of its modulated forfait: the share (as written), the cents, the policy. */
export interface DueShare {
  /** The share of the modulated forfait, 40 decimals at most: "1" when completed. */
  readonly share: string;
  readonly cents: Cents;
  readonly policy: ForfaitBreakdown['policy'];
}

/** An ended séquence as its policy sees it: its definition, its report line, the prestations counted in it. */
export interface EndedCount {
  readonly def: SequenceDef;
  readonly seq: SequenceReport;
  /** The codes of the prestations counted in the séquence. */
  readonly counted: readonly { readonly code: string }[];
}

/** `tiers`: the prestations a tier counts (only those whose code is in `of` when it has one, else every counted one). */
function tierCount(ended: EndedCount, of: readonly string[] | undefined): number {
  if (of === undefined) return ended.seq.counted;
  let n = 0;
  for (const c of ended.counted) if (of.includes(c.code)) n++;
  return n;
}

/**
 * The share of the modulated forfait due for an ended séquence, each step in the trace:
 * - completed: all of it;
 * - ended before completion, by its incomplete policy: `none` nothing, `full` all of it, `prorata` the requirements
 *   met over those required (Σ min(done, min) / Σ min), `tiers` the share of the highest tier reached (prestations
 *   counted, only those whose code is in `of` when the tier has one). Rounded to the cent, half up, once.
 *
 * @example
 * dueShare({ def: type.sequences[0], seq: report.sequences[0], counted: [] }, 106140, new TraceBuilder()) // { share: '1', cents: 106140, policy: 'completed' }
 */
export function dueShare(ended: EndedCount, modulated: Cents, trace: TraceBuilder): DueShare {
  const { def, seq } = ended;
  if (seq.status === 'completed') {
    trace.add('COMPLETED', { date: seq.completedOn ?? '', amount: modulated });
    return { share: '1', cents: modulated, policy: 'completed' };
  }
  const date = seq.endedOn ?? '';
  const p = def.incomplete;
  switch (p.policy) {
    case 'none':
      return { share: '0', cents: 0, policy: 'none' };
    case 'full':
      trace.add('POLICY_FULL', { date, amount: modulated });
      return { share: '1', cents: modulated, policy: 'full' };
    case 'prorata': {
      const required = seq.requirements.reduce((n, r) => n + r.min, 0);
      const met = seq.requirements.reduce((n, r) => n + Math.min(r.done, r.min), 0);
      // met / required as a fraction: one division after the exact product (see ../money/decimal.ts).
      const [num, den] = required === 0 ? [1, 1] : [met, required];
      const amount = mulRoundCents(modulated, num, den);
      trace.add('POLICY_PRORATA', {
        date,
        met,
        required,
        modulated,
        exact: exactEuros(modulated, num, 6, den),
        amount,
      });
      return { share: new Dec(num).div(den).toDecimalPlaces(40).toString(), cents: amount, policy: 'prorata' };
    }
    case 'tiers': {
      const reached = p.tiers.filter((t) => t.minDone <= tierCount(ended, t.of)).pop();
      const share = reached ? reached.share : '0';
      const amount = timesFactor(modulated, share).cents;
      const done = reached ? tierCount(ended, reached.of) : seq.counted;
      const params = { date, done, share, modulated, amount };
      trace.add('POLICY_TIERS', reached ? { ...params, minDone: reached.minDone } : params);
      return { share, cents: amount, policy: 'tiers' };
    }
  }
}
