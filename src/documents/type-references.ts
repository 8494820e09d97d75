import type { IssueSink } from '../issues/issue-sink';
import { Dec } from '../money/decimal';
import { checkDistribution } from './key-checks';
import type { ParcoursType, PolicyTier, RequirementDef, SequenceDef } from './parcours-type';

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
  // Stryker disable next-line ConditionalExpression: a date compared with undefined is false (the guard narrows the type)
  if (t.validTo !== undefined && t.validTo < t.validFrom)
    sink.add('TYPE_INVALID_RANGE', ['validTo'], { low: t.validFrom, high: t.validTo });
  const { minAge, maxAge } = t.eligibility;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a number compared with undefined is false (the guards narrow the types)
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge)
    sink.add('TYPE_INVALID_RANGE', ['eligibility', 'maxAge'], { low: minAge, high: maxAge });
}

/** A requirement's window in months: in order, starting within the séquence (at its longest), not with `withinDays`. */
function checkWindow(r: RequirementDef, seq: SequenceDef, rat: (string | number)[], sink: IssueSink): void {
  const w = r.window;
  if (w === undefined) return;
  const longest = Math.max(seq.months, seq.extension?.maxMonths ?? 0);
  if (r.withinDays !== undefined) sink.add('TYPE_REQUIREMENT_WINDOW', rat, {});
  if (w.fromMonths > w.toMonths)
    sink.add('TYPE_INVALID_RANGE', [...rat, 'window', 'toMonths'], { low: w.fromMonths, high: w.toMonths });
  else if (w.fromMonths >= longest)
    sink.add('TYPE_WINDOW_AFTER_SEQUENCE', [...rat, 'window', 'fromMonths'], {
      fromMonths: w.fromMonths,
      months: longest,
    });
  else if (w.toMonths > longest)
    sink.add('TYPE_WINDOW_BEYOND_SEQUENCE', [...rat, 'window', 'toMonths'], { toMonths: w.toMonths, months: longest });
}

/** A séquence's requirements: one target each, known prestations, bounds in order, a window within the séquence. */
function checkRequirements(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  const { prestations, sink } = names;
  seq.requirements.forEach((r, j) => {
    const rat = [...at, 'requirements', j];
    const targets = [r.prestation, r.anyOf, r.any].filter((x) => x !== undefined).length;
    if (targets !== 1) sink.add('TYPE_REQUIREMENT_TARGET', rat, {});
    if (r.prestation !== undefined && !prestations.has(r.prestation))
      sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'prestation'], { code: r.prestation });
    (r.anyOf ?? []).forEach((code, k) => {
      if (!prestations.has(code)) sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'anyOf', k], { code });
    });
    // Stryker disable next-line ConditionalExpression: a number compared with undefined is false (the guard narrows the type)
    if (r.max !== undefined && r.min > r.max)
      sink.add('TYPE_INVALID_RANGE', [...rat, 'max'], { low: r.min, high: r.max });
    // Stryker disable next-line ConditionalExpression: undefined compared with a number is false (the guard narrows the type)
    if (r.withinDays !== undefined && r.withinDays > seq.months * 31)
      sink.add('TYPE_WINDOW_EXCEEDS_SEQUENCE', [...rat, 'withinDays'], { days: r.withinDays, months: seq.months });
    checkWindow(r, seq, rat, sink);
  });
}

/** A forfait's named parts: unique ids, known profiles, and a part for every declared profile. */
function checkParts(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  const { profiles, sink } = names;
  const parts = seq.forfait.parts;
  if (parts === undefined) return;
  const pat = [...at, 'forfait', 'parts'];
  checkUnique(
    parts.map((p) => p.id),
    (k) => [...pat, k, 'id'],
    sink,
  );
  parts.forEach((part, k) => {
    (part.profiles ?? []).forEach((p, m) => {
      if (!profiles.has(p)) sink.add('TYPE_UNKNOWN_PROFILE', [...pat, k, 'profiles', m], { profile: p });
    });
  });
  for (const p of profiles)
    if (!parts.some((part) => part.profiles === undefined || part.profiles.includes(p)))
      sink.add('TYPE_PROFILE_MISSING_AMOUNT', pat, { profile: p });
}

/** A séquence's forfait: one amount, one per declared profile, or named parts; every profile with an amount. */
function checkForfait(seq: SequenceDef, at: (string | number)[], names: TypeNames): void {
  const { profiles, sink } = names;
  const f = seq.forfait;
  if ([f.amount, f.byProfile, f.parts].filter((x) => x !== undefined).length !== 1)
    sink.add('TYPE_FORFAIT_AMOUNT', [...at, 'forfait'], {});
  checkParts(seq, at, names);
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
  let prev: PolicyTier | undefined;
  for (const [k, cur] of tiers.entries()) {
    if (prev !== undefined && (cur.minDone <= prev.minDone || new Dec(cur.share).lt(prev.share)))
      names.sink.add('TYPE_TIERS_ORDER', [...at, 'incomplete', 'tiers', k], {});
    prev = cur;
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
      if (t.sequences.some((s) => s.id === after && s.recurring))
        sink.add('TYPE_RECURRING_CONFLICT', [...at, 'start', 'after'], { sequence: after });
    }
    if (seq.recurring && seq.extension !== undefined)
      sink.add('TYPE_RECURRING_CONFLICT', [...at, 'extension'], { sequence: seq.id });
    if (seq.extension !== undefined && seq.extension.maxMonths < seq.months)
      sink.add('TYPE_INVALID_RANGE', [...at, 'extension', 'maxMonths'], {
        low: seq.months,
        high: seq.extension.maxMonths,
      });
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
    // Stryker disable next-line ArrayDeclaration: a stand-in element gives one undefined id, never a duplicate
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
  // Stryker disable next-line ArrayDeclaration: an undefined part id is never the part a rule names (a text)
  const parts = new Set(t.sequences.flatMap((s) => (s.forfait.parts ?? []).map((p) => p.id)));
  if (t.distribution)
    checkDistribution(t.distribution, ['distribution'], {
      known: { members: new Set(), professions, prestations, sequences: declared, parts },
      sink,
    });
}
