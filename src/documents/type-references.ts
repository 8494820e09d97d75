import { Dec } from '../money/decimal';
import type { IssueDocument } from '../issues/issue';
import type { IssueSink } from '../issues/make-issue';
import type { Distribution } from './distribution-key';
import { checkKey, type KeyContext } from './key-checks';
import type { ParcoursType } from './parcours-type';

function checkUnique(ids: readonly string[], path: (i: number) => (string | number)[], sink: IssueSink): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) sink.add('TYPE_DUPLICATE_ID', path(i), { id });
    seen.add(id);
  });
  return seen;
}

/**
 * Checks a distribution (default and per séquence) against what is known; its issues name `document` when given
 * (else the sink's own).
 *
 * @example
 * checkDistribution(type.distribution, { prestations }, ['distribution'], sink)
 */
export function checkDistribution(d: Distribution, ctx: KeyContext, path: (string | number)[], sink: IssueSink, document?: IssueDocument): void {
  if (d.default) checkKey(d.default, ctx, [...path, 'default'], sink, document);
  for (const [seq, key] of Object.entries(d.bySequence ?? {})) {
    if (ctx.sequences && !ctx.sequences.has(seq)) sink.add('KEY_UNKNOWN_SEQUENCE', [...path, 'bySequence', seq], { sequence: seq }, document);
    checkKey(key, ctx, [...path, 'bySequence', seq], sink, document);
  }
}

/**
 * Cross-reference checks of a parcours type that the schema alone cannot express: unique ids, known
 * prestations, professions and profiles, séquence order, consistent bounds and tiers.
 *
 * @example
 * checkTypeReferences(parsedType, sink)
 */
export function checkTypeReferences(t: ParcoursType, sink: IssueSink): void {
  if (t.validTo !== undefined && t.validTo < t.validFrom) sink.add('TYPE_INVALID_RANGE', ['validTo'], { low: t.validFrom, high: t.validTo });
  const { minAge, maxAge } = t.eligibility;
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) sink.add('TYPE_INVALID_RANGE', ['eligibility', 'maxAge'], { low: minAge, high: maxAge });

  const professions = new Set<string>(t.professions);
  const profiles = checkUnique((t.eligibility.profiles ?? []).map((p) => p.id), (i) => ['eligibility', 'profiles', i, 'id'], sink);
  const prestations = checkUnique(t.prestations.map((p) => p.code), (i) => ['prestations', i, 'code'], sink);
  checkUnique((t.modulations ?? []).map((m) => m.id), (i) => ['modulations', i, 'id'], sink);

  t.prestations.forEach((p, i) => {
    p.professions.forEach((prof, j) => {
      if (!professions.has(prof)) sink.add('TYPE_UNKNOWN_PROFESSION', ['prestations', i, 'professions', j], { profession: prof });
    });
  });

  const endMonths = new Map<string, number>();
  const declared = new Set<string>();
  t.sequences.forEach((seq, i) => {
    const at = ['sequences', i];
    if (declared.has(seq.id)) sink.add('TYPE_DUPLICATE_ID', [...at, 'id'], { id: seq.id });
    let startMonths = 0;
    if (seq.start !== 'inclusion') {
      const before = endMonths.get(seq.start.after);
      if (before === undefined) {
        const after = seq.start.after;
        const known = t.sequences.some((s) => s.id === after);
        sink.add(known ? 'TYPE_SEQUENCE_ORDER' : 'TYPE_UNKNOWN_SEQUENCE', [...at, 'start', 'after'], { sequence: after });
      } else startMonths = before;
    }
    declared.add(seq.id);
    endMonths.set(seq.id, startMonths + seq.months);

    seq.requirements.forEach((r, j) => {
      const rat = [...at, 'requirements', j];
      if ((r.prestation === undefined) === (r.anyOf === undefined)) sink.add('TYPE_REQUIREMENT_TARGET', rat);
      if (r.prestation !== undefined && !prestations.has(r.prestation)) sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'prestation'], { code: r.prestation });
      (r.anyOf ?? []).forEach((code, k) => {
        if (!prestations.has(code)) sink.add('TYPE_UNKNOWN_PRESTATION', [...rat, 'anyOf', k], { code });
      });
      if (r.max !== undefined && r.min > r.max) sink.add('TYPE_INVALID_RANGE', [...rat, 'max'], { low: r.min, high: r.max });
      if (r.withinDays !== undefined && r.withinDays > seq.months * 31) sink.add('TYPE_WINDOW_EXCEEDS_SEQUENCE', [...rat, 'withinDays'], { days: r.withinDays, months: seq.months });
    });

    const f = seq.forfait;
    if ((f.amount === undefined) === (f.byProfile === undefined)) sink.add('TYPE_FORFAIT_AMOUNT', [...at, 'forfait']);
    if (f.byProfile) {
      for (const p of Object.keys(f.byProfile)) {
        if (!profiles.has(p)) sink.add('TYPE_UNKNOWN_PROFILE', [...at, 'forfait', 'byProfile', p], { profile: p });
      }
      for (const p of profiles) {
        if (!(p in f.byProfile)) sink.add('TYPE_PROFILE_MISSING_AMOUNT', [...at, 'forfait', 'byProfile'], { profile: p });
      }
    }

    if (seq.incomplete.policy === 'tiers') {
      const tiers = seq.incomplete.tiers;
      tiers.forEach((t, k) =>
        (t.of ?? []).forEach((code, m) => {
          if (!prestations.has(code)) sink.add('TYPE_UNKNOWN_PRESTATION', [...at, 'incomplete', 'tiers', k, 'of', m], { code });
        }),
      );
      for (let k = 1; k < tiers.length; k++) {
        const prev = tiers[k - 1];
        const cur = tiers[k];
        if (prev && cur && (cur.minDone <= prev.minDone || new Dec(cur.share).lt(prev.share))) {
          sink.add('TYPE_TIERS_ORDER', [...at, 'incomplete', 'tiers', k]);
        }
      }
    }
  });

  const longest = Math.max(0, ...endMonths.values());
  if (longest > t.duration.months) sink.add('TYPE_SEQUENCES_EXCEED_DURATION', ['sequences'], { months: longest, duration: t.duration.months });

  if (t.distribution) {
    checkDistribution(t.distribution, { members: new Set(), professions, prestations, sequences: declared }, ['distribution'], sink);
  }
}
