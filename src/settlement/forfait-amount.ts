import { Dec, exactEuros, formatCents, mulRoundCents, timesFactor, toCents, type Cents } from '../money/decimal';
import type { Modulation, ParcoursType, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { SequenceReport } from '../validation/report-types';
import type { ForfaitBreakdown } from './settlement-types';
import type { TraceBuilder } from './trace';

/** A base amount times the coefficients that apply: the product, the exact euros and the cents (rounded). */
interface Modulated {
  readonly factor: string;
  readonly exact: string;
  readonly cents: Cents;
}

/**
 * Modulated forfaits already computed, by base and coefficients: what a (type version, séquence, profile, territory)
 * gives is computed once, so that decimal.js runs once per distinct forfait, not once per path. Keyed by the values
 * themselves (never by a type object), so a type changed in place can never read a stale amount. 4,096 at most.
 */
const MODULATED = new Map<string, Modulated>();

function modulate(base: Cents, factors: readonly string[]): Modulated {
  const key = `${base}×${factors.join('×')}`;
  let m = MODULATED.get(key);
  if (m === undefined) {
    const product = factors.reduce((p, f) => p.times(f), new Dec(1));
    m = { factor: product.toDecimalPlaces(40).toString(), exact: exactEuros(base, product, 40), cents: mulRoundCents(base, product) };
    if (MODULATED.size >= 4096) MODULATED.clear();
    MODULATED.set(key, m);
  }
  return m;
}

/**
 * The séquence's full forfait for this patient: the base (by profile) × the coefficients whose departments contain
 * the patient's territory, rounded to the cent half away from zero. Steps go to the trace when one is given.
 *
 * @example
 * modulatedForfait(type, type.sequences[0], path).modulated // 54048 (cents) for 450.40 × 1.20
 */
export function modulatedForfait(
  type: ParcoursType,
  def: SequenceDef,
  path: PatientPath,
  trace?: TraceBuilder,
): { base: Cents; profile?: string; coefficients: Modulation[]; modulated: Cents } {
  const profile = def.forfait.byProfile ? path.profile : undefined;
  const baseText = def.forfait.amount ?? (profile !== undefined ? def.forfait.byProfile?.[profile] : undefined) ?? '0.00';
  const base = toCents(baseText);
  trace?.add('BASE', { profile: profile ?? '', amount: trace.eur(base) }, base);
  const territory = path.patient.territory;
  const coefficients = (type.modulations ?? []).filter((m) => territory !== undefined && m.when.departments.includes(territory));
  if (coefficients.length === 0) return profile !== undefined ? { base, profile, coefficients, modulated: base } : { base, coefficients, modulated: base };
  const m = modulate(base, coefficients.map((c) => c.factor));
  if (trace) {
    for (const c of coefficients) trace.add('MODULATION', { id: c.id, factor: trace.num(c.factor), territory: territory ?? '' });
    trace.add('MODULATED', { base: trace.eur(base), factor: trace.num(m.factor), exact: `${trace.num(m.exact)} €`, amount: trace.eur(m.cents) }, m.cents);
  }
  return profile !== undefined ? { base, profile, coefficients, modulated: m.cents } : { base, coefficients, modulated: m.cents };
}

/**
 * Computes the amount billed for one ended séquence: base (by profile) × the coefficients whose territory
 * matches, rounded to the cent, then the share due under its status — 1 when completed, else the incomplete
 * policy (`none` 0, `full` 1, `prorata` requirements met / required, `tiers` the highest threshold reached),
 * rounded to the cent. Each step goes to the trace.
 *
 * @example
 * forfaitFor(type, def, report, path, trace).breakdown.amount // '536.00'
 */
export function forfaitFor(type: ParcoursType, def: SequenceDef, seq: SequenceReport, path: PatientPath, trace: TraceBuilder): { breakdown: ForfaitBreakdown; cents: Cents } {
  const { base, profile, coefficients, modulated } = modulatedForfait(type, def, path, trace);
  const { share, cents, policy } = dueShare(def, seq, modulated, trace);
  const factors = coefficients.map((m) => ({ id: m.id, factor: m.factor }));
  const breakdown: ForfaitBreakdown = {
    base: formatCents(base),
    ...(profile !== undefined ? { profile } : {}),
    coefficients: factors,
    modulated: formatCents(modulated),
    share,
    policy,
    amount: formatCents(cents),
  };
  return { cents, breakdown };
}

/** The share of the modulated forfait due (as written in the breakdown, 40 decimals at most) and its cents. */
function dueShare(def: SequenceDef, seq: SequenceReport, modulated: Cents, trace: TraceBuilder): { share: string; cents: Cents; policy: ForfaitBreakdown['policy'] } {
  if (seq.status === 'completed') {
    trace.add('COMPLETED', { date: seq.completedOn ?? '', amount: trace.eur(modulated) }, modulated);
    return { share: '1', cents: modulated, policy: 'completed' };
  }
  const date = seq.endedOn ?? '';
  const p = def.incomplete;
  switch (p.policy) {
    case 'none':
      return { share: '0', cents: 0, policy: 'none' };
    case 'full':
      trace.add('POLICY_FULL', { date, amount: trace.eur(modulated) }, modulated);
      return { share: '1', cents: modulated, policy: 'full' };
    case 'prorata': {
      const required = seq.requirements.reduce((n, r) => n + r.min, 0);
      const met = seq.requirements.reduce((n, r) => n + Math.min(r.done, r.min), 0);
      // met / required as a fraction: one division after the exact product (see ../money/decimal.ts).
      const [num, den] = required === 0 ? [1, 1] : [met, required];
      const amount = mulRoundCents(modulated, num, den);
      trace.add('POLICY_PRORATA', { date, met, required, modulated: trace.eur(modulated), exact: `${trace.num(exactEuros(modulated, num, 6, den))} €`, amount: trace.eur(amount) }, amount);
      return { share: new Dec(num).div(den).toDecimalPlaces(40).toString(), cents: amount, policy: 'prorata' };
    }
    case 'tiers': {
      const done = (t: { of?: readonly string[] }) => (t.of ? seq.requirements.filter((r) => r.codes.some((c) => t.of?.includes(c))).reduce((n, r) => n + r.done, 0) : seq.counted);
      const reached = p.tiers.filter((t) => t.minDone <= done(t)).pop();
      const share = reached ? reached.share : '0';
      const amount = timesFactor(modulated, share).cents;
      trace.add('POLICY_TIERS', { date, done: reached ? done(reached) : seq.counted, tier: reached ? `≥ ${reached.minDone}` : '—', share: trace.num(share), modulated: trace.eur(modulated), amount: trace.eur(amount) }, amount);
      return { share, cents: amount, policy: 'tiers' };
    }
  }
}
