import { exactEuros, formatCents, mulRoundCents, toCents, type Cents } from '../money/decimal';
import { RATIO_ONE, RATIO_ZERO, ratio, ratioOf, ratioText, times, type Ratio } from '../money/ratio';
import type { Modulation, ParcoursType, SequenceDef } from '../schema/parcours-type';
import type { PatientPath } from '../schema/patient-path';
import type { SequenceReport } from '../validation/report-types';
import type { ForfaitBreakdown } from './settlement-types';
import type { TraceBuilder } from './trace';

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
  let factor = RATIO_ONE;
  for (const m of coefficients) {
    factor = times(factor, ratio(m.factor));
    trace?.add('MODULATION', { id: m.id, factor: trace.num(m.factor), territory: territory ?? '' });
  }
  const modulated = coefficients.length > 0 ? mulRoundCents(base, factor) : base;
  if (trace && coefficients.length > 0) {
    const exact = exactEuros(base, factor, 40);
    trace.add('MODULATED', { base: trace.eur(base), factor: trace.num(ratioText(factor, 40)), exact: `${trace.num(exact)} €`, amount: trace.eur(modulated) }, modulated);
  }
  return profile !== undefined ? { base, profile, coefficients, modulated } : { base, coefficients, modulated };
}

/**
 * Computes the amount billed for one ended séquence: base (by profile) × the coefficients whose territory
 * matches, rounded to the cent, then the share due under its status — 1 when completed, else the incomplete
 * policy (`none` 0, `full` 1, `prorata` requirements met / required, `tiers` the highest threshold reached),
 * rounded to the cent. Each step goes to the trace.
 *
 * @example
 * forfaitFor(type, def, report, path, trace).amount // '536.00'
 */
export function forfaitFor(type: ParcoursType, def: SequenceDef, seq: SequenceReport, path: PatientPath, trace: TraceBuilder): { breakdown: ForfaitBreakdown; cents: Cents } {
  const { base, profile, coefficients, modulated } = modulatedForfait(type, def, path, trace);
  const { share, policy } = dueShare(def, seq, modulated, trace);
  const cents = mulRoundCents(modulated, share);
  const factors = coefficients.map((m) => ({ id: m.id, factor: m.factor }));
  const baseText = formatCents(base);
  const modulatedText = formatCents(modulated);
  const shareText = ratioText(share, 40);
  const amount = formatCents(cents);
  // Two literals rather than a spread of an optional field: the breakdown is built once per billed séquence.
  const breakdown: ForfaitBreakdown =
    profile !== undefined
      ? { base: baseText, profile, coefficients: factors, modulated: modulatedText, share: shareText, policy, amount }
      : { base: baseText, coefficients: factors, modulated: modulatedText, share: shareText, policy, amount };
  return { cents, breakdown };
}

function dueShare(def: SequenceDef, seq: SequenceReport, modulated: Cents, trace: TraceBuilder): { share: Ratio; policy: ForfaitBreakdown['policy'] } {
  if (seq.status === 'completed') {
    trace.add('COMPLETED', { date: seq.completedOn ?? '', amount: trace.eur(modulated) }, modulated);
    return { share: RATIO_ONE, policy: 'completed' };
  }
  const date = seq.endedOn ?? '';
  const p = def.incomplete;
  switch (p.policy) {
    case 'none':
      return { share: RATIO_ZERO, policy: 'none' };
    case 'full':
      trace.add('POLICY_FULL', { date, amount: trace.eur(modulated) }, modulated);
      return { share: RATIO_ONE, policy: 'full' };
    case 'prorata': {
      const required = seq.requirements.reduce((n, r) => n + r.min, 0);
      const met = seq.requirements.reduce((n, r) => n + Math.min(r.done, r.min), 0);
      const share = required === 0 ? RATIO_ONE : ratioOf(met, required);
      const amount = mulRoundCents(modulated, share);
      const exact = exactEuros(modulated, share, 6);
      trace.add('POLICY_PRORATA', { date, met, required, modulated: trace.eur(modulated), exact: `${trace.num(exact)} €`, amount: trace.eur(amount) }, amount);
      return { share, policy: 'prorata' };
    }
    case 'tiers': {
      const done = (t: { of?: readonly string[] }) => (t.of ? seq.requirements.filter((r) => r.codes.some((c) => t.of?.includes(c))).reduce((n, r) => n + r.done, 0) : seq.counted);
      const reached = p.tiers.filter((t) => t.minDone <= done(t)).pop();
      const share = reached ? ratio(reached.share) : RATIO_ZERO;
      const amount = mulRoundCents(modulated, share);
      trace.add('POLICY_TIERS', { date, done: reached ? done(reached) : seq.counted, tier: reached ? `≥ ${reached.minDone}` : '—', share: trace.num(ratioText(share, 6)), modulated: trace.eur(modulated), amount: trace.eur(amount) }, amount);
      return { share, policy: 'tiers' };
    }
  }
}
