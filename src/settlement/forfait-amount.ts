import type { Modulation, ParcoursType, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import { allocateCentsChecked } from '../money/allocate';
import { BoundedCache } from '../money/bounded-cache';
import { Dec, exactEuros, mulRoundCents, toCents, type Cents } from '../money/decimal';
import { dueShare, type EndedCount } from './incomplete-policies';
import type { CountedPrestation } from './key-rules/key-context';
import type { ForfaitCents } from './settlement-cents';
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
 * themselves — the base and every factor, never by a type object — so a type changed in place can never read a stale
 * amount and two bases never share one (test/settlement/forfait-amount.test.ts).
 */
const MODULATED = new BoundedCache<Modulated>();

function modulate(base: Cents, factors: readonly string[]): Modulated {
  return MODULATED.remember(`${base}×${factors.join('×')}`, () => {
    const product = factors.reduce((p, f) => p.times(f), new Dec(1));
    return {
      factor: product.toDecimalPlaces(40).toString(),
      exact: exactEuros(base, product, 40),
      cents: mulRoundCents(base, product),
    };
  });
}

/** A séquence's full forfait for a patient: its base (by profile), the coefficients that apply, the result. */
export interface ModulatedForfait {
  readonly base: Cents;
  readonly profile?: string;
  /** The named parts that make the base, when the forfait has parts. */
  readonly parts: readonly { readonly id: string; readonly cents: Cents }[];
  readonly coefficients: readonly Modulation[];
  readonly modulated: Cents;
}

/**
 * The named parts of a séquence's forfait that apply to a profile (all of them when it names none); a path without
 * profile gets only the parts that name none.
 */
function partsFor(def: SequenceDef, profile: string | undefined): { id: string; cents: Cents }[] {
  return (def.forfait.parts ?? [])
    .filter((p) => p.profiles === undefined || p.profiles.some((id) => id === profile))
    .map((p) => ({ id: p.id, cents: toCents(p.amount) }));
}

/**
 * The séquence's full forfait for this patient: the base (by profile) × the coefficients whose departments contain
 * the patient's territory, rounded to the cent half away from zero. Steps go to the trace when one is given.
 *
 * @example
 * modulatedForfait(type, type.sequences[0], { ...path, profile: 'A', patient: { ...path.patient, territory: '974' } }).modulated // 81072 — 675.60 × 1.20
 */
export function modulatedForfait(
  type: ParcoursType,
  def: SequenceDef,
  path: PatientPath,
  trace?: TraceBuilder,
): ModulatedForfait {
  const byProfile = def.forfait.byProfile;
  // Stryker disable next-line ArrayDeclaration: a string's `profiles` is undefined too, so `some` is false as for []
  const hasProfiles = byProfile !== undefined || (def.forfait.parts ?? []).some((p) => p.profiles !== undefined);
  const profile = hasProfiles ? path.profile : undefined;
  const parts = partsFor(def, profile);
  const ownAmount =
    profile !== undefined && byProfile !== undefined && Object.hasOwn(byProfile, profile)
      ? byProfile[profile]
      : undefined;
  const base =
    def.forfait.parts !== undefined
      ? parts.reduce((n, p) => n + p.cents, 0)
      : // Stryker disable next-line StringLiteral: toCents('') is 0, as toCents('0.00')
        toCents(def.forfait.amount ?? ownAmount ?? '0.00');
  for (const p of parts) trace?.add('FORFAIT_PART', { id: p.id, amount: p.cents });
  trace?.add('BASE', profile !== undefined ? { profile, amount: base } : { amount: base });
  const territory = path.patient.territory;
  // A path without territory is in no département (no department code is undefined).
  const coefficients = (type.modulations ?? []).filter((m) => m.when.departments.some((d) => d === territory));
  let modulated = base;
  if (coefficients.length > 0) {
    const m = modulate(
      base,
      coefficients.map((c) => c.factor),
    );
    modulated = m.cents;
    if (trace) {
      for (const c of coefficients)
        trace.add('MODULATION', {
          id: c.id,
          factor: c.factor,
          // Stryker disable next-line StringLiteral: unreachable, a coefficient applies only to a territory its departments name (the filter above), so territory is defined here
          territory: territory ?? '',
        });
      trace.add('MODULATED', { base, factor: m.factor, exact: m.exact, amount: m.cents });
    }
  }
  return { base, ...(profile !== undefined ? { profile } : {}), parts, coefficients, modulated };
}

/** One ended séquence of a path: the type and its definition, the path, the séquence's report line, what was counted. */
export interface EndedSequence extends EndedCount {
  readonly type: ParcoursType;
  readonly path: PatientPath;
  readonly counted: readonly CountedPrestation[];
}

/**
 * The amount billed for one ended séquence: its modulated forfait, then the share due under its status
 * (./incomplete-policies.ts), rounded to the cent. Each step goes to the trace.
 *
 * @example
 * forfaitFor({ type, def: type.sequences[0], path, seq: report.sequences[0], counted: [] }, new TraceBuilder()).forfait.parts // [{ id: 'base', cents: 67560 }, { id: 'apa', cents: 9600 }, { id: 'psy', cents: 28980 }]
 */
export function forfaitFor(
  ended: EndedSequence,
  trace: TraceBuilder,
): { forfait: ForfaitCents; parts: ReadonlyMap<string, Cents> } {
  const { type, def, path } = ended;
  const { base, profile, parts, coefficients, modulated } = modulatedForfait(type, def, path, trace);
  const { share, cents, policy } = dueShare(ended, modulated, trace);
  const due = partsDue(parts, cents, trace);
  const forfait: ForfaitCents = {
    base,
    ...(profile !== undefined ? { profile } : {}),
    ...(parts.length > 0 ? { parts: [...due].map(([id, c]) => ({ id, cents: c })) } : {}),
    coefficients: coefficients.map((m) => ({ id: m.id, factor: m.factor })),
    modulated,
    share,
    policy,
    amount: cents,
  };
  return { forfait, parts: due };
}

/**
 * The amount billed shared between the forfait's parts in proportion to their bases, by largest remainder (so the
 * parts always add up to it); traced when the forfait has parts.
 */
function partsDue(
  parts: readonly { readonly id: string; readonly cents: Cents }[],
  cents: Cents,
  trace: TraceBuilder,
): ReadonlyMap<string, Cents> {
  const due = new Map<string, Cents>();
  if (parts.length === 0) return due;
  const weights = parts.map((p) => p.cents);
  // No base above zero: nothing to share, each part is due 0 (split[i] is undefined).
  const split = weights.some((w) => w > 0) ? allocateCentsChecked(cents, weights) : [];
  for (const [i, p] of parts.entries()) due.set(p.id, (due.get(p.id) ?? 0) + (split[i] ?? 0));
  trace.add('PARTS_DUE', { parts: [...due].map(([id, c]) => ({ id, amount: c })), amount: cents });
  return due;
}
