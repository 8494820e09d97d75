import type { Modulation, ParcoursType, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import { Dec, exactEuros, formatCents, mulRoundCents, toCents, type Cents } from '../money/decimal';
import type { SequenceReport } from '../validation/report-types';
import { dueShare } from './incomplete-policies';
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
    m = {
      factor: product.toDecimalPlaces(40).toString(),
      exact: exactEuros(base, product, 40),
      cents: mulRoundCents(base, product),
    };
    if (MODULATED.size >= 4096) MODULATED.clear();
    MODULATED.set(key, m);
  }
  return m;
}

/** A séquence's full forfait for a patient: its base (by profile), the coefficients that apply, the result. */
export interface ModulatedForfait {
  readonly base: Cents;
  readonly profile?: string;
  readonly coefficients: readonly Modulation[];
  readonly modulated: Cents;
}

/**
 * The séquence's full forfait for this patient: the base (by profile) × the coefficients whose departments contain
 * the patient's territory, rounded to the cent half away from zero. Steps go to the trace when one is given.
 *
 * @example
 * modulatedForfait(type, type.sequences[0], { ...path, profile: 'A', patient: { ...path.patient, territory: '974' } }).modulated // 54048 — 450.40 × 1.20
 */
export function modulatedForfait(
  type: ParcoursType,
  def: SequenceDef,
  path: PatientPath,
  trace?: TraceBuilder,
): ModulatedForfait {
  const profile = def.forfait.byProfile ? path.profile : undefined;
  const baseText =
    def.forfait.amount ?? (profile !== undefined ? def.forfait.byProfile?.[profile] : undefined) ?? '0.00';
  const base = toCents(baseText);
  trace?.add(
    'BASE',
    profile !== undefined ? { profile, amount: formatCents(base) } : { amount: formatCents(base) },
    base,
  );
  const territory = path.patient.territory;
  const coefficients = (type.modulations ?? []).filter(
    (m) => territory !== undefined && m.when.departments.includes(territory),
  );
  let modulated = base;
  if (coefficients.length > 0) {
    const m = modulate(
      base,
      coefficients.map((c) => c.factor),
    );
    modulated = m.cents;
    if (trace) {
      for (const c of coefficients) trace.add('MODULATION', { id: c.id, factor: c.factor, territory: territory ?? '' });
      trace.add(
        'MODULATED',
        { base: formatCents(base), factor: m.factor, exact: m.exact, amount: formatCents(m.cents) },
        m.cents,
      );
    }
  }
  return { base, ...(profile !== undefined ? { profile } : {}), coefficients, modulated };
}

/** One ended séquence of a path: the type and its definition, the path, and the séquence's report line. */
export interface EndedSequence {
  readonly type: ParcoursType;
  readonly def: SequenceDef;
  readonly path: PatientPath;
  readonly seq: SequenceReport;
}

/**
 * The amount billed for one ended séquence: its modulated forfait, then the share due under its status
 * (./incomplete-policies.ts), rounded to the cent. Each step goes to the trace.
 *
 * @example
 * forfaitFor({ type, def: type.sequences[0], path, seq: report.sequences[0] }, new TraceBuilder()).breakdown.amount // '536.00'
 */
export function forfaitFor(ended: EndedSequence, trace: TraceBuilder): { breakdown: ForfaitBreakdown; cents: Cents } {
  const { type, def, seq, path } = ended;
  const { base, profile, coefficients, modulated } = modulatedForfait(type, def, path, trace);
  const { share, cents, policy } = dueShare(def, seq, modulated, trace);
  const breakdown: ForfaitBreakdown = {
    base: formatCents(base),
    ...(profile !== undefined ? { profile } : {}),
    coefficients: coefficients.map((m) => ({ id: m.id, factor: m.factor })),
    modulated: formatCents(modulated),
    share,
    policy,
    amount: formatCents(cents),
  };
  return { cents, breakdown };
}
