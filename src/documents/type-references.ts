import type { IssueSink } from '../issues/issue-sink';
import { Dec } from '../money/decimal';
import { checkDistribution } from './key-checks';
import type { ParcoursType, SequenceDef } from './parcours-type';

function checkUnique(ids: readonly string[], path: (i: number) => (string | number)[], sink: IssueSink): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) sink.add('TYPE_DUPLICATE_ID', path(i), { id });
    seen.add(id);
  });
  return seen;
}

/** What the checks of a type's séquences know of the type. */
interface TypeNames {
  readonly type: ParcoursType;
  readonly prestations: ReadonlySet<string>;
  readonly profiles: ReadonlySet<string>;
  readonly sink: IssueSink;
}

/** Validity and age bounds in order. */
function checkRanges(t: ParcoursType, sink: IssueSink): void {
  if (t.validTo !== undefined && t.validTo < t.validFrom)
    sink.add('TYPE_INVALID_RANGE', ['validTo'], { low: t.validFrom, high: t.validTo });
  const { minAge, maxAge } = t.eligibility;
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge)
    sink.add('TYPE_INVALID_RANGE', ['eligibility', 'maxAge'], { low: minAge, high: maxAge });
}

/** A séquence's requirements: one target each, known prestations, bounds in order, a window within the séquence. */
function checkRequirements(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  const { prestations, sink } = names;
  seq.requirements.forEach((r, j) => {
    const rat = [...at, 'requirements', j];
    if ((r.prestation === undefined) === (r.anyOf === undefined)) sink.add('TYPE_REQUIREMENT_TARGET', rat, {});
    if (r.prestation !== undefined && !prestations.has(r.prestation))
      sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'prestation'], { code: r.prestation });
    (r.anyOf ?? []).forEach((code, k) => {
      if (!prestations.has(code)) sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'anyOf', k], { code });
    });
    if (r.max !== undefined && r.min > r.max)
      sink.add('TYPE_INVALID_RANGE', [...rat, 'max'], { low: r.min, high: r.max });
    if (r.withinDays !== undefined && r.withinDays > seq.months * 31)
      sink.add('TYPE_WINDOW_EXCEEDS_SEQUENCE', [...rat, 'withinDays'], { days: r.withinDays, months: seq.months });
  });
}

/** A séquence's forfait: one amount or one per declared profile, every profile with an amount. */
function checkForfait(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  const { profiles, sink } = names;
  const f = seq.forfait;
  if ((f.amount === undefined) === (f.byProfile === undefined)) sink.add('TYPE_FORFAIT_AMOUNT', [...at, 'forfait'], {});
  if (!f.byProfile) return;
  for (const p of Object.keys(f.byProfile)) {
    if (!profiles.has(p)) sink.add('TYPE_UNKNOWN_PROFILE', [...at, 'forfait', 'byProfile', p], { profile: p });
  }
  for (const p of profiles) {
    if (!Object.hasOwn(f.byProfile, p))
      sink.add('TYPE_PROFILE_MISSING_AMOUNT', [...at, 'forfait', 'byProfile'], { profile: p });
  }
}

/** A `tiers` policy: known codes in `of`, tiers increasing in prestations and in share. */
function checkTiers(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  if (seq.incomplete.policy !== 'tiers') return;
  const tiers = seq.incomplete.tiers;
  for (const [k, t] of tiers.entries()) {
    for (const [m, code] of (t.of ?? []).entries()) {
      if (!names.prestations.has(code))
        names.sink.add('TYPE_UNKNOWN_PRESTATION', [...at, 'incomplete', 'tiers', k, 'of', m], { code });
    }
  }
  for (let k = 1; k < tiers.length; k++) {
    const prev = tiers[k - 1];
    const cur = tiers[k];
    if (prev && cur && (cur.minDone <= prev.minDone || new Dec(cur.share).lt(prev.share)))
      names.sink.add('TYPE_TIERS_ORDER', [...at, 'incomplete', 'tiers', k], {});
  }
}

/**
 * The séquences: unique ids, each starting after one declared before it; their requirements, forfaits and tiers.
 * Returns the séquence ids and the end of each in months from inclusion.
 */
function checkSequences(names: TypeNames): { declared: Set<string>; endMonths: Map<string, number> } {
  const { type: t, sink } = names;
  const endMonths = new Map<string, number>();
  const declared = new Set<string>();
  t.sequences.forEach((seq, i) => {
    const at = ['sequences', i];
    if (declared.has(seq.id)) sink.add('TYPE_DUPLICATE_ID', [...at, 'id'], { id: seq.id });
    let startMonths = 0;
    if (seq.start !== 'inclusion') {
      const after = seq.start.after;
      const before = endMonths.get(after);
      if (before === undefined)
        sink.add(
          t.sequences.some((s) => s.id === after) ? 'TYPE_SEQUENCE_ORDER' : 'TYPE_UNKNOWN_SEQUENCE',
          [...at, 'start', 'after'],
          { sequence: after },
        );
      else startMonths = before;
    }
    declared.add(seq.id);
    endMonths.set(seq.id, startMonths + seq.months);
    checkRequirements(seq, at, names);
    checkForfait(seq, at, names);
    checkTiers(seq, at, names);
  });
  return { declared, endMonths };
}

/**
 * Cross-reference checks of a parcours type that the schema alone cannot express: unique ids, known prestations,
 * professions and profiles, séquence order, consistent bounds and tiers, a default key that names known things.
 *
 * @example
 * const sink = issueSink('type', 'fr');
 * checkTypeReferences({ ...type, sequences: [{ ...type.sequences[0], requirements: [{ prestation: 'NOPE', min: 1 }] }] }, sink);
 * sink.issues.map((i) => i.code) // ['TYPE_UNKNOWN_PRESTATION']
 */
export function checkTypeReferences(t: ParcoursType, sink: IssueSink): void {
  checkRanges(t, sink);
  const professions = new Set<string>(t.professions);
  const profiles = checkUnique(
    (t.eligibility.profiles ?? []).map((p) => p.id),
    (i) => ['eligibility', 'profiles', i, 'id'],
    sink,
  );
  const prestations = checkUnique(
    t.prestations.map((p) => p.code),
    (i) => ['prestations', i, 'code'],
    sink,
  );
  checkUnique(
    (t.modulations ?? []).map((m) => m.id),
    (i) => ['modulations', i, 'id'],
    sink,
  );
  t.prestations.forEach((p, i) => {
    p.professions.forEach((prof, j) => {
      if (!professions.has(prof))
        sink.add('TYPE_UNKNOWN_PROFESSION', ['prestations', i, 'professions', j], { profession: prof });
    });
  });
  const { declared, endMonths } = checkSequences({ type: t, prestations, profiles, sink });
  const longest = Math.max(0, ...endMonths.values());
  if (longest > t.duration.months)
    sink.add('TYPE_SEQUENCES_EXCEED_DURATION', ['sequences'], { months: longest, duration: t.duration.months });
  if (t.distribution)
    checkDistribution(t.distribution, ['distribution'], {
      known: { members: new Set(), professions, prestations, sequences: declared },
      sink,
    });
}
