import type { IsoDate } from '../dates/iso-date';
import type { IncompletePolicy, SequenceDef } from '../documents/parcours-type';
import { fractionOf, timesFactor, type Cents } from '../money/decimal';
import type { SequenceReport } from '../validation/report-types';
import type { IncompletePolicyKind } from '../domain/vocabulary';
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

/** The policy of an incomplete séquence, by name. */
type PolicyOf<P extends IncompletePolicy['policy']> = Extract<IncompletePolicy, { readonly policy: P }>;

/** What a policy makes due of the modulated forfait of a séquence ended before completion, on `date`. */
type PolicyRule<P extends IncompletePolicy['policy']> = (
  policy: PolicyOf<P>,
  ended: EndedCount,
  modulated: Cents,
  date: IsoDate,
  trace: TraceBuilder,
) => DueShare;

/**
 * Each incomplete policy: `none` nothing, `full` all of it, `prorata` the requirements met over those required
 * (Σ min(done, min) / Σ min), `tiers` the share of the highest tier reached (prestations counted, only those whose code
 * is in `of` when the tier has one). Rounded to the cent, half up, once. A policy of the rule-file format missing here
 * is a compile error.
 */
/** The schema's policies are exactly the vocabulary's (the breakdown's `policy` is typed by the vocabulary). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const POLICY_KINDS_AGREE: Same<IncompletePolicy['policy'], IncompletePolicyKind> = true;
void POLICY_KINDS_AGREE;

export const INCOMPLETE_POLICIES: { readonly [P in IncompletePolicy['policy']]: PolicyRule<P> } = {
  none: () => ({ share: '0', cents: 0, policy: 'none' }),
  full: (_policy, _ended, modulated, date, trace) => {
    trace.add('POLICY_FULL', { date, amount: modulated });
    return { share: '1', cents: modulated, policy: 'full' };
  },
  prorata: (_policy, { seq }, modulated, date, trace) => {
    const required = seq.requirements.reduce((n, r) => n + r.min, 0);
    const met = seq.requirements.reduce((n, r) => n + Math.min(r.done, r.min), 0);
    // met / required as a fraction: one division after the exact product (see ../money/decimal.ts).
    const [num, den] = required === 0 ? [1, 1] : [met, required];
    const { cents: amount, exact, share } = fractionOf(modulated, num, den);
    trace.add('POLICY_PRORATA', { date, met, required, modulated, exact, amount });
    return { share, cents: amount, policy: 'prorata' };
  },
  tiers: (p, ended, modulated, date, trace) => {
    const reached = p.tiers.filter((t) => t.minDone <= tierCount(ended, t.of)).pop();
    const share = reached ? reached.share : '0';
    const amount = timesFactor(modulated, share).cents;
    const done = reached ? tierCount(ended, reached.of) : ended.seq.counted;
    const params = { date, done, share, modulated, amount };
    trace.add('POLICY_TIERS', reached ? { ...params, minDone: reached.minDone } : params);
    return { share, cents: amount, policy: 'tiers' };
  },
};

/** Runs the policy of its name. */
function underPolicy<P extends IncompletePolicy['policy']>(
  name: P,
  policy: PolicyOf<P>,
  ended: EndedCount,
  modulated: Cents,
  date: IsoDate,
  trace: TraceBuilder,
): DueShare {
  return INCOMPLETE_POLICIES[name](policy, ended, modulated, date, trace);
}

/**
 * The share of the modulated forfait due for an ended séquence, each step in the trace: all of it when completed;
 * ended before completion, what its incomplete policy makes due ({@link INCOMPLETE_POLICIES}).
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
  const p = def.incomplete;
  return underPolicy(p.policy, p, ended, modulated, seq.endedOn ?? '', trace);
}
