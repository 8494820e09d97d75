import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../src/index';
import { codes, mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';
import { accepts, requirementCodes, typeIndex } from '../src/validation/type-index';
import { findRequirement } from '../src/validation/sequence-placement';
import { pathEnd } from '../src/validation/path-records';
import type { PrestationContext } from '../src/validation/prestation-checks';
import { typo } from './helpers/typography';

type Json = Record<string, unknown>;

function run(
  mutate: (t: Json, p: Json, path: Json) => void,
  asOf = '2026-12-31',
  lang: 'fr' | 'en' = 'fr',
): PathReport {
  const t = typeJson();
  const p = projectJson();
  const path = pathJson();
  mutate(t, p, path);
  const d = mustParse(t, p, path);
  return validatePath(d.type, d.project, d.path, { asOf, lang });
}
const at = (r: PathReport) => r.issues.map((i) => `${i.code}@${i.document}:${i.path.join('.')}`);
const seq = (r: PathReport, id: string) => r.sequences.find((s) => s.id === id)!;

describe('séquence timeline', () => {
  it('runs date à date from the inclusion: 31 January + 1 month is 28 February in a common year', () => {
    const r = run(() => {}, '2026-02-10');
    expect(seq(r, 'S1')).toMatchObject({ start: '2026-01-31', deadline: '2026-02-28', status: 'in-progress' });
    expect(seq(r, 'S2')).toMatchObject({ start: '2026-03-01', deadline: '2027-01-31', status: 'pending' });
    expect(r.parcoursEnd).toBe('2027-01-31');
  });

  it('ends on 29 February in a leap year and starts the next séquence on 1 March', () => {
    const r = run((t, _p, path) => {
      delete t.validTo;
      path.inclusion = { date: '2028-01-31' };
    }, '2028-02-29');
    expect(seq(r, 'S1')).toMatchObject({ start: '2028-01-31', deadline: '2028-02-29', status: 'in-progress' });
    expect(seq(r, 'S2')).toMatchObject({ start: '2028-03-01', deadline: '2029-01-31', status: 'pending' });
  });

  it('extends the parcours and its last séquence by an accepted renewal, and refuses one too many', () => {
    const r = run((_t, _p, path) => {
      path.renewals = [{ date: '2027-01-15' }, { date: '2027-06-01' }];
    }, '2027-06-30');
    expect(r.parcoursEnd).toBe('2027-07-31');
    expect(seq(r, 'S2').deadline).toBe('2027-07-31');
    expect(at(r)).toEqual(['RENEWAL_NOT_ALLOWED@path:renewals.1.date']);
  });

  it('refuses a renewal outside the current period', () => {
    const r = run((_t, _p, path) => {
      path.renewals = [{ date: '2027-03-01' }];
    });
    expect(r.parcoursEnd).toBe('2027-01-31');
    expect(r.issues[0]).toMatchObject({
      code: 'RENEWAL_OUT_OF_PERIOD',
      params: { start: '2026-01-31', end: '2027-01-31' },
    });
  });
});

describe('frame checks', () => {
  it('blocks a path whose inclusion falls outside the type version in force', () => {
    const r = run((_t, _p, path) => {
      path.inclusion = { date: '2025-12-31' };
    });
    expect(at(r)).toContain('TYPE_NOT_IN_FORCE@path:inclusion.date');
    expect(r.blocked).toBe(true);
  });

  it('checks age at inclusion to the day', () => {
    const young = run((_t, _p, path) => {
      (path.patient as Json).birthDate = '2008-02-01';
    });
    expect(young.issues[0]).toMatchObject({ code: 'PATIENT_TOO_YOUNG', params: { age: 17, min: 18 } });
    expect(young.blocked).toBe(true);
    const exactly18 = run((_t, _p, path) => {
      (path.patient as Json).birthDate = '2008-01-31';
    });
    expect(exactly18.ageAtInclusion).toBe(18);
    expect(exactly18.blocked).toBe(false);
    const old = run((_t, _p, path) => {
      (path.patient as Json).birthDate = '1950-01-01';
    });
    expect(old.issues[0]).toMatchObject({ code: 'PATIENT_TOO_OLD', params: { age: 76, max: 70 } });
  });

  it('requires a known profile when the type has profiles', () => {
    expect(at(run((_t, _p, path) => void delete path.profile))).toEqual(['PROFILE_REQUIRED@path:profile']);
    expect(at(run((_t, _p, path) => void (path.profile = 'Z')))).toEqual(['PROFILE_UNKNOWN@path:profile']);
  });

  it('blocks an inclusion before the projet is deemed accepted (sent + 2 months): such a path is not financed', () => {
    const r = run((_t, p) => {
      p.sentToArs = '2025-12-15';
    });
    expect(r.projectAcceptedOn).toBe('2026-02-15');
    expect(r.issues[0]).toMatchObject({
      code: 'PROJECT_NOT_ACCEPTED',
      severity: 'error',
      document: 'path',
      params: { date: '2026-01-31', accepted: '2026-02-15' },
    });
    expect(r.blocked).toBe(true);
  });

  it('accepts an inclusion on the very day of tacit acceptance (31 December + 2 months = 28 February)', () => {
    const r = run((_t, p, path) => {
      p.sentToArs = '2025-12-31';
      path.inclusion = { date: '2026-02-28' };
    });
    expect(r.projectAcceptedOn).toBe('2026-02-28');
    expect(codes(r.issues)).toEqual([]);
  });

  it('blocks every inclusion of an opposed projet', () => {
    const r = run((_t, p) => {
      p.opposition = { date: '2025-12-01' };
    });
    expect(at(r)).toEqual(['PROJECT_OPPOSED@project:opposition.date']);
    expect(r.blocked).toBe(true);
  });

  it('checks the projet against the type: implemented type, structure category, team professions, keys', () => {
    const r = run((_t, p) => {
      p.parcoursType = 'other';
      (p.structure as Json).category = 'dac';
      (p.team as Json[]).push({ id: 'kine', profession: 'masseur-kinesitherapeute', rpps: '10007654329' });
      p.distribution = {
        bySequence: { S1: [{ kind: 'perPrestation', rates: { ZZZ: '1.00' } }], S9: [{ kind: 'remainder' }] },
      };
    });
    expect(at(r)).toEqual([
      'PROJECT_TYPE_MISMATCH@project:parcoursType',
      'STRUCTURE_NOT_ALLOWED@project:structure.category',
      'MEMBER_PROFESSION_NOT_IN_TYPE@project:team.4.profession',
      'KEY_UNKNOWN_PRESTATION@project:distribution.bySequence.S1.0.rates.ZZZ',
      'KEY_UNKNOWN_SEQUENCE@project:distribution.bySequence.S9',
      'KEY_MISSING@project:distribution',
    ]);
    expect(r.issues[5]?.params).toEqual({ sequence: 'S2' });
  });
});

describe('prestation checks', () => {
  it('counts done prestations per requirement and completes the séquence on the day the last minimum is met', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'BILAN', '2026-02-05', 'med'),
        pr('b', 'DIET', '2026-02-10', 'diet'),
        pr('c', 'DIET', '2026-02-20', 'diet'),
      ];
    });
    const s1 = seq(r, 'S1');
    expect(s1.status).toBe('completed');
    expect(s1.completedOn).toBe('2026-02-20');
    expect(s1.requirements.map((q) => [q.done, q.min, q.max, q.missing])).toEqual([
      [1, 1, 1, 0],
      [2, 2, 3, 0],
    ]);
    expect(s1.countedIds).toEqual(['a', 'b', 'c']);
    expect(r.issues).toEqual([]);
  });

  it('reports unknown members and codes and professions not allowed, and counts none of them', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'BILAN', '2026-02-05', 'ghost'),
        pr('b', 'MASSAGE', '2026-02-06', 'diet'),
        pr('c', 'BILAN', '2026-02-07', 'diet'),
      ];
    });
    expect(at(r)).toEqual([
      'PRESTATION_UNKNOWN_MEMBER@path:prestations.0.member',
      'PRESTATION_UNKNOWN_CODE@path:prestations.1.code',
      'PRESTATION_PROFESSION_NOT_ALLOWED@path:prestations.2.member',
    ]);
    expect(r.issues[2]?.message).toBe(
      typo('La prestation BILAN ne peut pas être réalisée par un(e) dieteticien (autorisé : medecin).'),
    );
    expect(seq(r, 'S1').counted).toBe(0);
  });

  it('rejects prestations before inclusion, after exit, after the evaluation date', () => {
    const r = run((_t, _p, path) => {
      path.exit = { date: '2026-02-12', reason: 'withdrawal' };
      path.prestations = [
        pr('a', 'BILAN', '2026-01-30', 'med'),
        pr('b', 'DIET', '2026-02-13', 'diet'),
        pr('c', 'DIET', '2026-02-11', 'diet'),
      ];
    }, '2026-02-12');
    expect(at(r)).toEqual([
      'PRESTATION_BEFORE_INCLUSION@path:prestations.0.date',
      'PRESTATION_AFTER_EXIT@path:prestations.1.date',
    ]);
    const late = run((_t, _p, path) => {
      path.prestations = [pr('a', 'DIET', '2026-02-13', 'diet')];
    }, '2026-02-12');
    expect(late.issues[0]).toMatchObject({
      code: 'PRESTATION_AFTER_AS_OF',
      params: { date: '2026-02-13', asOf: '2026-02-12' },
    });
  });

  it('rejects a prestation filed under a séquence whose dates it misses, and one after the parcours end', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'DIET', '2026-03-01', 'diet', { sequence: 'S1' }),
        pr('b', 'PSY', '2026-02-27', 'psy', { sequence: 'S2' }),
        pr('c', 'PSY', '2027-02-01', 'psy'),
        pr('d', 'PSY', '2026-05-01', 'psy', { sequence: 'S7' }),
      ];
    }, '2027-03-01');
    expect(at(r)).toEqual([
      'PRESTATION_BEFORE_SEQUENCE@path:prestations.1.date',
      'PRESTATION_AFTER_DEADLINE@path:prestations.0.date',
      'PRESTATION_UNKNOWN_SEQUENCE@path:prestations.3.sequence',
      'PRESTATION_AFTER_DEADLINE@path:prestations.2.date',
    ]);
    expect(r.issues[1]?.params).toEqual({
      date: '2026-03-01',
      deadline: '2026-02-28',
      scope: 'sequence',
      sequence: 'S1',
    });
    expect(r.issues[3]?.params).toEqual({ date: '2027-02-01', deadline: '2027-01-31', scope: 'parcours' });
  });

  it('does not count a prestation outside its window (inclusion + 15 days)', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('a', 'BILAN', '2026-02-16', 'med'), pr('b', 'BILAN', '2026-02-15', 'med')];
    });
    expect(at(r)).toEqual(['PRESTATION_OUT_OF_WINDOW@path:prestations.0.date']);
    expect(r.issues[0]?.params).toEqual({ date: '2026-02-16', from: '2026-01-31', to: '2026-02-15' });
    expect(seq(r, 'S1').requirements[0]?.done).toBe(1);
  });

  it('does not count a prestation shorter than the minimum; counts one without duration with a warning', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'DIET', '2026-02-02', 'diet', { minutes: 29 }),
        pr('b', 'DIET', '2026-02-03', 'diet', { minutes: undefined }),
      ];
    });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['PRESTATION_TOO_SHORT', 'error'],
      ['PRESTATION_DURATION_MISSING', 'warning'],
    ]);
    expect(seq(r, 'S1').requirements[1]?.done).toBe(1);
  });

  it('reports and does not count prestations over the maximum', () => {
    const r = run((_t, _p, path) => {
      path.prestations = ['01', '02', '03', '04', '05'].map((d, i) => pr(`d${i}`, 'DIET', `2026-02-${d}`, 'diet'));
    });
    expect(at(r)).toEqual(['PRESTATION_OVER_MAX@path:prestations.3', 'PRESTATION_OVER_MAX@path:prestations.4']);
    expect(r.issues[0]?.severity).toBe('warning');
    expect(seq(r, 'S1').requirements[1]?.done).toBe(3);
    expect(r.prestations.filter((p) => p.counted).map((p) => p.id)).toEqual(['d0', 'd1', 'd2']);
  });

  it("never lets an `any` requirement take a prestation over its own requirement's maximum", () => {
    // S1 gains "at least 4 interventions" (any): BILAN max 1 and DIET max 3 each expect their code.
    // Recorded: BILAN 02-01, BILAN 02-03 (second: BILAN is full, 1/1), DIET 02-05, 02-06, 02-07, 02-08 (fourth: 3/3),
    // PSY 02-09 (no S1 requirement expects PSY, but S1 is open: the any requirement takes it alone).
    // Counted: BILAN 1, DIET 3, any = 1 + 3 + 1 (PSY) = 5; the second BILAN and the fourth DIET are counted by no
    // requirement (before, the any requirement took them too: 1 + 4 + 1 + 1 = 7).
    const r = run((t, _p, path) => {
      const s1 = (t.sequences as Json[])[0] as Json;
      s1.requirements = [...(s1.requirements as Json[]), { any: true, min: 4 }];
      path.prestations = [
        pr('b1', 'BILAN', '2026-02-01', 'med'),
        pr('b2', 'BILAN', '2026-02-03', 'med'),
        ...['05', '06', '07', '08'].map((d, i) => pr(`d${i}`, 'DIET', `2026-02-${d}`, 'diet')),
        pr('p1', 'PSY', '2026-02-09', 'psy'),
      ];
    }, '2026-02-20');
    expect(at(r)).toEqual(['PRESTATION_OVER_MAX@path:prestations.1', 'PRESTATION_OVER_MAX@path:prestations.5']);
    expect(r.issues.map((i) => i.params)).toEqual([
      { max: 1, code: 'BILAN', sequence: 'S1' },
      { max: 3, code: 'DIET', sequence: 'S1' },
    ]);
    expect(seq(r, 'S1').requirements.map((q) => q.done)).toEqual([1, 3, 5]);
    expect(r.prestations.filter((p) => !p.counted).map((p) => p.id)).toEqual(['b2', 'd3']);
    expect(r.prestations.find((p) => p.id === 'p1')).toMatchObject({ sequence: 'S1', requirement: 2, counted: true });
  });

  it('reports duplicate ids and counts only the first', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('x', 'DIET', '2026-02-03', 'diet'), pr('x', 'DIET', '2026-02-02', 'diet')];
    });
    expect(at(r)).toEqual(['PRESTATION_DUPLICATE_ID@path:prestations.0.id']);
    expect(seq(r, 'S1').requirements[1]?.done).toBe(1);
  });

  it('keeps cancelled and missed prestations in the report without counting them', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'DIET', '2026-02-03', 'diet', { status: 'cancelled' }),
        pr('b', 'DIET', '2026-02-04', 'diet', { status: 'missed' }),
      ];
    });
    expect(r.issues).toEqual([]);
    expect(r.prestations.map((p) => [p.id, p.status, p.counted])).toEqual([
      ['a', 'cancelled', false],
      ['b', 'missed', false],
    ]);
    expect(seq(r, 'S1').requirements[1]?.done).toBe(0);
  });

  it('does not count a prestation its séquence does not expect', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('a', 'PSY', '2026-02-03', 'psy')];
    });
    expect(at(r)).toEqual(['PRESTATION_NOT_IN_SEQUENCE@path:prestations.0.code']);
  });
});

describe('séquence status and what is due', () => {
  it('lists what is still due with its due date, and flags it overdue once passed', () => {
    const early = run(
      (_t, _p, path) => void (path.prestations = [pr('b', 'DIET', '2026-02-02', 'diet')]),
      '2026-02-05',
    );
    expect(seq(early, 'S1').requirements.map((q) => [q.codes.join('|'), q.missing, q.dueBy, q.overdue])).toEqual([
      ['BILAN', 1, '2026-02-15', false],
      ['DIET', 1, '2026-02-28', false],
    ]);
    const late = run((_t, _p, path) => void (path.prestations = [pr('b', 'DIET', '2026-02-02', 'diet')]), '2026-02-16');
    expect(seq(late, 'S1').requirements[0]).toMatchObject({ missing: 1, dueBy: '2026-02-15', overdue: true });
  });

  it('marks a séquence incomplete on exit, and the following one not started', () => {
    const r = run((_t, _p, path) => {
      path.exit = { date: '2026-02-10', reason: 'withdrawal' };
      path.prestations = [pr('a', 'BILAN', '2026-02-05', 'med')];
    }, '2026-03-15');
    expect(seq(r, 'S1')).toMatchObject({ status: 'incomplete', endedOn: '2026-02-10', counted: 1 });
    expect(seq(r, 'S1').requirements[1]).toMatchObject({ missing: 2, dueBy: '2026-02-10', overdue: true });
    expect(seq(r, 'S2').status).toBe('not-started');
  });

  it('marks a séquence incomplete when its deadline passes, and the next one in progress', () => {
    const r = run((_t, _p, path) => void (path.prestations = [pr('a', 'BILAN', '2026-02-05', 'med')]), '2026-03-01');
    expect(seq(r, 'S1')).toMatchObject({ status: 'incomplete', endedOn: '2026-02-28' });
    expect(seq(r, 'S2').status).toBe('in-progress');
  });

  it('renders messages in English on request', () => {
    const r = run(
      (_t, _p, path) => void (path.prestations = [pr('a', 'MASSAGE', '2026-02-05', 'med')]),
      '2026-03-01',
      'en',
    );
    expect(r.issues[0]?.message).toBe('Service code "MASSAGE" is unknown for this pathway type.');
  });
});

describe('validatePath on unusable arguments', () => {
  it('returns a blocked report with OPTION_INVALID for a bad asOf', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-30' });
    expect(r.blocked).toBe(true);
    expect(at(r)).toEqual(['OPTION_INVALID@input:asOf']);
  });
  it('returns INPUT_NOT_PARSED rather than throwing on unparsed documents', () => {
    const r = validatePath({} as never, null as never, 42 as never, { asOf: '2026-01-01' });
    expect(at(r)).toEqual(['INPUT_NOT_PARSED@input:']);
  });
});

describe('a type is judged as it is at each call', () => {
  it('sees a type edited in place between two validations', () => {
    const path = pathJson();
    path.prestations = [pr('d1', 'DIET', '2026-02-05', 'diet'), pr('d2', 'DIET', '2026-02-12', 'diet')];
    const d = mustParse(typeJson(), projectJson(), path);
    expect(typeIndex(d.type).prestationsByCode.get('DIET')?.minMinutes).toBe(30);
    // Edit the unfrozen type between two calls: the second validation sees the new minimum.
    const before = validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
    (d.type.prestations.find((p) => p.code === 'DIET') as { minMinutes?: number }).minMinutes = 600;
    const after = validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
    const tooShort = (r: PathReport) => r.issues.filter((i) => i.code === 'PRESTATION_TOO_SHORT').length;
    expect(tooShort(before)).toBe(0);
    expect(tooShort(after)).toBe(2);
  });
});

describe('extensions and renewals, to the day', () => {
  // The fixture: inclusion 2026-01-31, S1 1 month (2026-01-31 → 2026-02-28), S2 11 months after it (→ 2027-01-31).
  // S1 may be extended to 3 months in all: at most 3 − 1 = 2 months more.
  const extensible = (t: Json) => void ((t.sequences as Json[])[0]!.extension = { maxMonths: 3 });

  it('grants the rest of the maximum when no months are given, decided on the nominal deadline, and moves S2', () => {
    const r = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-02-28' }];
    }, '2026-03-10');
    // S1: 1 + 2 = 3 months → 2026-01-31 + 3 months = 2026-04-30; S2 starts the day after and lasts 11 months:
    // 3 + 11 = 14 months → 2026-01-31 + 14 months = 2027-03-31, which is also the end of the parcours.
    expect(r.issues).toEqual([]);
    expect(seq(r, 'S1')).toMatchObject({
      start: '2026-01-31',
      deadline: '2026-04-30',
      nominalDeadline: '2026-02-28',
      status: 'in-progress',
    });
    expect(seq(r, 'S2')).toMatchObject({ start: '2026-05-01', deadline: '2027-03-31', status: 'pending' });
    expect(seq(r, 'S2').nominalDeadline).toBeUndefined();
    expect(r.parcoursEnd).toBe('2027-03-31');
  });

  it('accepts a decision on the séquence start and the months asked up to the maximum', () => {
    const r = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-01-31', months: 1 }];
    }, '2026-03-10');
    // 1 + 1 = 2 months ≤ 3 → 2026-01-31 + 2 months = 2026-03-31; S2: 2 + 11 = 13 months → 2027-02-28.
    expect(r.issues).toEqual([]);
    expect(seq(r, 'S1').deadline).toBe('2026-03-31');
    expect(seq(r, 'S2')).toMatchObject({ start: '2026-04-01', deadline: '2027-02-28' });
    expect(r.parcoursEnd).toBe('2027-02-28');
    const full = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-02-10', months: 2 }];
    }, '2026-03-10');
    // 1 + 2 = 3 months, the maximum exactly → 2026-04-30.
    expect(full.issues).toEqual([]);
    expect(seq(full, 'S1').deadline).toBe('2026-04-30');
  });

  it('refuses a decision the day before the séquence, the day after its nominal deadline, or one month too long', () => {
    const early = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-01-30' }];
    });
    expect(at(early)).toEqual(['EXTENSION_TOO_EARLY@path:extensions.0.date']);
    expect(early.issues[0]?.params).toEqual({ date: '2026-01-30', start: '2026-01-31', sequence: 'S1' });
    expect(seq(early, 'S1').deadline).toBe('2026-02-28');
    const late = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-03-01' }];
    });
    expect(at(late)).toEqual(['EXTENSION_TOO_LATE@path:extensions.0.date']);
    expect(late.issues[0]?.params).toEqual({ date: '2026-03-01', deadline: '2026-02-28', sequence: 'S1' });
    const long = run((t, _p, path) => {
      extensible(t);
      path.extensions = [{ sequence: 'S1', date: '2026-02-10', months: 3 }];
    });
    // 1 + 3 = 4 months > 3: refused, at most 3 − 1 = 2 months more.
    expect(at(long)).toEqual(['EXTENSION_TOO_LONG@path:extensions.0.months']);
    expect(long.issues[0]?.params).toEqual({ months: 3, max: 2, sequence: 'S1' });
    expect(seq(long, 'S1').deadline).toBe('2026-02-28');
    expect(long.parcoursEnd).toBe('2027-01-31');
  });

  it('refuses an extension of a séquence that allows none, a second one, and one naming no séquence, with their params', () => {
    const r = run((t, _p, path) => {
      extensible(t);
      path.extensions = [
        { sequence: 'S2', date: '2026-05-01' },
        { sequence: 'S1', date: '2026-02-01', months: 1 },
        { sequence: 'S1', date: '2026-02-02', months: 2 },
        { sequence: 'S9', date: '2026-02-02' },
      ];
    }, '2026-03-10');
    expect(at(r)).toEqual([
      'EXTENSION_DUPLICATE@path:extensions.2',
      'EXTENSION_NOT_ALLOWED@path:extensions.0.sequence',
      'EXTENSION_NOT_ALLOWED@path:extensions.3.sequence',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([{ sequence: 'S1' }, { sequence: 'S2' }, { sequence: 'S9' }]);
    // The first one counts: 1 + 1 = 2 months → 2026-03-31.
    expect(seq(r, 'S1').deadline).toBe('2026-03-31');
  });

  it('accepts renewals on the first and the last day of their period, in date order whatever the input order', () => {
    const r = run((t, _p, path) => {
      ((t.duration as Json).renewals as Json).max = 2;
      // Given in reverse order: the second (2027-02-01) is read after the first (2026-01-31).
      path.renewals = [{ date: '2027-02-01' }, { date: '2026-01-31' }];
    }, '2027-03-01');
    // First period 2026-01-31 → 2027-01-31 (12 months): a renewal on its first day adds 6 months → 2027-07-31;
    // the second period starts the day after the first end, 2027-02-01: accepted, 12 + 2 × 6 = 24 months → 2028-01-31.
    expect(r.issues).toEqual([]);
    expect(r.parcoursEnd).toBe('2028-01-31');
    expect(seq(r, 'S2').deadline).toBe('2028-01-31');
    const last = run((_t, _p, path) => {
      path.renewals = [{ date: '2027-01-31' }];
    }, '2027-03-01');
    // On the last day of the first period: accepted, 12 + 6 = 18 months → 2027-07-31.
    expect(last.issues).toEqual([]);
    expect(last.parcoursEnd).toBe('2027-07-31');
  });

  it('refuses a renewal in a period already renewed, and any renewal when the type allows none', () => {
    const r = run((t, _p, path) => {
      ((t.duration as Json).renewals as Json).max = 2;
      path.renewals = [{ date: '2027-01-20' }, { date: '2027-01-10' }];
    }, '2027-03-01');
    // 2027-01-10 is read first: accepted, the period becomes 2027-02-01 → 2027-07-31; 2027-01-20 falls before it.
    expect(at(r)).toEqual(['RENEWAL_OUT_OF_PERIOD@path:renewals.0.date']);
    expect(r.issues[0]?.params).toEqual({ date: '2027-01-20', start: '2027-02-01', end: '2027-07-31' });
    expect(r.parcoursEnd).toBe('2027-07-31');
    const none = run((t, _p, path) => {
      delete (t.duration as Json).renewals;
      path.renewals = [{ date: '2026-06-01' }];
    });
    expect(at(none)).toEqual(['RENEWAL_NOT_ALLOWED@path:renewals.0.date']);
    expect(none.issues[0]?.params).toEqual({ max: 0 });
    expect(none.parcoursEnd).toBe('2027-01-31');
    const tooMany = run((_t, _p, path) => {
      path.renewals = [{ date: '2026-06-01' }, { date: '2026-06-01' }];
    });
    // Two on the same day: the first in the list is accepted, the second is one too many (max 1).
    expect(at(tooMany)).toEqual(['RENEWAL_NOT_ALLOWED@path:renewals.1.date']);
    expect(tooMany.issues[0]?.params).toEqual({ max: 1 });
  });

  it('lays out a recurring séquence in occurrences until the parcours ends, the last one cut at its end', () => {
    const r = run((t) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.recurring = true;
      s2.months = 4;
    }, '2026-07-01');
    // S2 starts after S1 (1 month): occurrences of 4 months at 1 → 5, 5 → 9, then 9 → 13 cut at 12 (the parcours).
    // 2026-01-31 + 5 months = 2026-06-30; + 9 months = 2026-10-31; + 12 months = 2027-01-31.
    expect(r.sequences.map((s) => [s.id, s.of, s.occurrence, s.start, s.deadline, s.status])).toEqual([
      ['S1', undefined, undefined, '2026-01-31', '2026-02-28', 'incomplete'],
      ['S2.1', 'S2', 1, '2026-03-01', '2026-06-30', 'incomplete'],
      ['S2.2', 'S2', 2, '2026-07-01', '2026-10-31', 'in-progress'],
      ['S2.3', 'S2', 3, '2026-11-01', '2027-01-31', 'pending'],
    ]);
    expect(r.parcoursEnd).toBe('2027-01-31');
  });
});

describe('frame checks to the day, with their params', () => {
  it('holds the type in force from its validFrom to its validTo, both inclusive', () => {
    // The type is in force from 2026-01-01 to 2027-12-31; the projet is deemed accepted on 2025-10-31 + 2 months.
    const before = run((_t, _p, path) => void (path.inclusion = { date: '2025-12-31' }));
    expect(at(before)).toEqual(['TYPE_NOT_IN_FORCE@path:inclusion.date']);
    expect(before.issues[0]?.params).toEqual({
      type: 't-test',
      version: 'v1',
      date: '2025-12-31',
      from: '2026-01-01',
      to: '2027-12-31',
    });
    expect(codes(run((_t, _p, path) => void (path.inclusion = { date: '2026-01-01' })).issues)).toEqual([]);
    expect(codes(run((_t, _p, path) => void (path.inclusion = { date: '2027-12-31' }), '2028-01-31').issues)).toEqual(
      [],
    );
    const after = run((_t, _p, path) => void (path.inclusion = { date: '2028-01-01' }), '2028-01-31');
    expect(at(after)).toEqual(['TYPE_NOT_IN_FORCE@path:inclusion.date']);
    expect(after.issues[0]?.params).toMatchObject({ date: '2028-01-01', to: '2027-12-31' });
    // Without validTo, the params name no end.
    const open = run((t, _p, path) => {
      delete t.validTo;
      path.inclusion = { date: '2025-12-31' };
    });
    expect(open.issues[0]?.params).toStrictEqual({
      type: 't-test',
      version: 'v1',
      date: '2025-12-31',
      from: '2026-01-01',
    });
    expect(
      codes(
        run((t, _p, path) => {
          delete t.validTo;
          path.inclusion = { date: '2031-06-01' };
        }, '2031-06-01').issues,
      ),
    ).toEqual([]);
  });

  it('says which type each document names, which category and which profession the type refuses', () => {
    const r = run((t, p, path) => {
      path.parcoursType = 'other-path';
      p.parcoursType = 'other-project';
      (p.structure as Json).category = 'dac';
      (p.team as Json[]).push({ id: 'kine', profession: 'masseur-kinesitherapeute', rpps: '10007654329' });
      void t;
    });
    expect(at(r)).toEqual([
      'PROJECT_TYPE_MISMATCH@project:parcoursType',
      'PROJECT_TYPE_MISMATCH@path:parcoursType',
      'STRUCTURE_NOT_ALLOWED@project:structure.category',
      'MEMBER_PROFESSION_NOT_IN_TYPE@project:team.4.profession',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { expected: 'other-project', actual: 't-test' },
      { expected: 'other-path', actual: 't-test' },
      { category: 'dac' },
      { member: 'kine', profession: 'masseur-kinesitherapeute' },
    ]);
    // A type that names no coordinators lets any category coordinate it.
    const any = run((t, p) => {
      delete t.coordinators;
      (p.structure as Json).category = 'dac';
    });
    expect(any.issues).toEqual([]);
  });

  it('reads the age at inclusion at both bounds and a birth after the inclusion', () => {
    // Included on 2026-01-31: born 1955-02-01 is 70 (birthday not reached), born 1955-01-31 is 71.
    const seventy = run((_t, _p, path) => void ((path.patient as Json).birthDate = '1955-02-01'));
    expect(seventy.ageAtInclusion).toBe(70);
    expect(seventy.issues).toEqual([]);
    const seventyOne = run((_t, _p, path) => void ((path.patient as Json).birthDate = '1955-01-31'));
    expect(seventyOne.issues.map((i) => [i.code, i.params])).toEqual([['PATIENT_TOO_OLD', { age: 71, max: 70 }]]);
    const unborn = run((_t, _p, path) => void ((path.patient as Json).birthDate = '2026-02-01'));
    expect(at(unborn)).toEqual(['PATIENT_BORN_AFTER_INCLUSION@path:patient.birthDate']);
    expect(unborn.ageAtInclusion).toBe(0);
    expect(unborn.blocked).toBe(true);
    // Born on the inclusion day: 0 years, too young (no birth after inclusion).
    const newborn = run((_t, _p, path) => void ((path.patient as Json).birthDate = '2026-01-31'));
    expect(newborn.issues.map((i) => [i.code, i.params])).toEqual([['PATIENT_TOO_YOUNG', { age: 0, min: 18 }]]);
  });

  it('names the allowed profiles, and accepts an exit on the inclusion day and an evaluation on it', () => {
    const missing = run((_t, _p, path) => void delete path.profile);
    expect(missing.issues[0]?.params).toEqual({ allowed: 'A, B' });
    const unknown = run((_t, _p, path) => void (path.profile = 'Z'));
    expect(unknown.issues[0]?.params).toEqual({ profile: 'Z', allowed: 'A, B' });
    expect(unknown.profile).toBe('Z');
    const sameDay = run(
      (_t, _p, path) => void (path.exit = { date: '2026-01-31', reason: 'withdrawal' }),
      '2026-01-31',
    );
    expect(codes(sameDay.issues)).toEqual([]);
    expect(sameDay.exit).toEqual({ date: '2026-01-31', reason: 'withdrawal' });
    const exitBefore = run((_t, _p, path) => void (path.exit = { date: '2026-01-30', reason: 'withdrawal' }));
    expect(at(exitBefore)).toEqual(['EXIT_BEFORE_INCLUSION@path:exit.date']);
    expect(exitBefore.blocked).toBe(true);
    const early = run(() => {}, '2026-01-30');
    expect(at(early)).toEqual(['INCLUSION_AFTER_AS_OF@path:inclusion.date']);
    expect(early.issues[0]?.params).toEqual({ date: '2026-01-31', asOf: '2026-01-30' });
  });

  it('names the opposition date and gives no acceptance date to an opposed projet', () => {
    const r = run((_t, p) => void (p.opposition = { date: '2025-12-01' }));
    expect(r.issues[0]?.params).toEqual({ date: '2025-12-01' });
    expect(r.projectAcceptedOn).toBeUndefined();
  });

  it('reports the path it judged: type version, patient, profile, inclusion, no exit', () => {
    const r = run(() => {}, '2026-02-10');
    expect(r).toMatchObject({
      asOf: '2026-02-10',
      type: { id: 't-test', version: 'v1', status: 'official' },
      patientRef: 'PAT-T1',
      profile: 'A',
      ageAtInclusion: 45,
      inclusion: '2026-01-31',
      parcoursEnd: '2027-01-31',
      projectAcceptedOn: '2025-12-31',
      blocked: false,
    });
    // 1980-06-15 → 2026-01-31: 45 years (the 46th birthday is on 2026-06-15).
    expect(r.exit).toBeUndefined();
  });
});

describe('path records: coverage periods, reinclusion, attestation targets', () => {
  it('accepts a period of one day and periods that follow each other, whatever their order', () => {
    const r = run((_t, _p, path) => {
      path.coverage = {
        exemptions: ['ald', { kind: 'maternite', from: '2026-03-01', to: '2026-03-01' }],
        complementary: [
          { kind: 'responsable', from: '2026-07-01' },
          { kind: 'c2s', from: '2026-01-01', to: '2026-06-30' },
          { kind: 'ame', from: '2025-12-31', to: '2025-12-31' },
        ],
      };
    });
    expect(r.issues).toEqual([]);
  });

  it('refuses a period that ends the day before it starts, and periods sharing a day, at the later one', () => {
    const r = run((_t, _p, path) => {
      path.coverage = {
        exemptions: [{ kind: 'maternite', from: '2026-03-01', to: '2026-02-28' }],
        complementary: [
          { kind: 'c2s', from: '2026-01-01', to: '2026-06-30' },
          { kind: 'responsable', from: '2026-06-30', to: '2026-06-29' },
        ],
      };
    });
    expect(at(r)).toEqual([
      'COVERAGE_PERIOD_INVALID@path:coverage.exemptions.0.to',
      'COVERAGE_PERIOD_INVALID@path:coverage.complementary.1.to',
      'COVERAGE_OVERLAP@path:coverage.complementary.1.from',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { from: '2026-03-01', to: '2026-02-28' },
      { from: '2026-06-30', to: '2026-06-29' },
      { date: '2026-06-30' },
    ]);
    expect(r.blocked).toBe(true);
    // Two periods from the same day: the one later in the list overlaps the earlier.
    const same = run((_t, _p, path) => {
      path.coverage = {
        complementary: [
          { kind: 'ame', from: '2026-01-01', to: '2026-01-31' },
          { kind: 'c2s', from: '2026-01-01', to: '2026-01-31' },
        ],
      };
    });
    expect(at(same)).toEqual(['COVERAGE_OVERLAP@path:coverage.complementary.1.from']);
    // An open period before another: it holds every later day.
    const open = run((_t, _p, path) => {
      path.coverage = {
        complementary: [
          { kind: 'c2s', from: '2027-01-01', to: '2027-01-31' },
          { kind: 'responsable', from: '2026-01-01' },
        ],
      };
    });
    expect(at(open)).toEqual(['COVERAGE_OVERLAP@path:coverage.complementary.0.from']);
  });

  it('allows a new inclusion exactly the months after the earlier parcours ended, not a day sooner', () => {
    const rule = (t: Json) => void ((t.eligibility as Json).reinclusionAfterMonths = 12);
    // Ended 2025-01-31 + 12 months = 2026-01-31, the inclusion day: allowed.
    const onTime = run((t, _p, path) => {
      rule(t);
      path.previousParcours = [
        { parcoursType: 't-test', end: '2025-01-31' },
        { parcoursType: 'other', end: '2025-12-01' },
      ];
    });
    expect(onTime.issues).toEqual([]);
    // Ended 2025-02-01 + 12 months = 2026-02-01, the day after the inclusion: too soon.
    const soon = run((t, _p, path) => {
      rule(t);
      path.previousParcours = [
        { parcoursType: 'other', end: '2025-12-01' },
        { parcoursType: 't-test', end: '2025-02-01' },
      ];
    });
    expect(at(soon)).toEqual(['REINCLUSION_TOO_SOON@path:previousParcours.1.end']);
    expect(soon.issues[0]?.params).toEqual({ end: '2025-02-01', allowedFrom: '2026-02-01', months: 12 });
    expect(soon.blocked).toBe(true);
    // Without the rule, an earlier parcours never matters.
    const noRule = run((_t, _p, path) => {
      path.previousParcours = [{ parcoursType: 't-test', end: '2026-01-30' }];
    });
    expect(noRule.issues).toEqual([]);
  });

  it('names an attestation for a séquence the path does not have', () => {
    const r = run((_t, _p, path) => void (path.attestations = [{ sequence: 'S9', date: '2026-03-01' }]));
    expect(at(r)).toEqual(['ATTESTATION_UNKNOWN_SEQUENCE@path:attestations.0.sequence']);
    expect(r.issues[0]?.params).toEqual({ sequence: 'S9' });
  });
});

describe('prestation checks to the day, with their params', () => {
  it('counts a prestation on the first and last day of a member’s period, refuses one the day before or after', () => {
    const r = run((_t, p, path) => {
      const team = p.team as Json[];
      team[1] = { ...team[1], from: '2026-02-05', to: '2026-02-20' };
      team[2] = { ...team[2], to: '2026-02-20' };
      p.avenants = [
        { id: 'AV-1', date: '2026-02-05' },
        { id: 'AV-2', date: '2026-02-21' },
      ];
      path.prestations = [
        pr('d1', 'DIET', '2026-02-04', 'diet'),
        pr('d2', 'DIET', '2026-02-05', 'diet'),
        pr('d3', 'DIET', '2026-02-20', 'diet'),
        pr('d4', 'DIET', '2026-02-21', 'diet'),
        pr('p1', 'PSY', '2026-03-21', 'psy'),
      ];
    }, '2026-03-31');
    expect(at(r)).toEqual([
      'PRESTATION_MEMBER_NOT_IN_TEAM@path:prestations.0.date',
      'PRESTATION_MEMBER_NOT_IN_TEAM@path:prestations.3.date',
      'PRESTATION_MEMBER_NOT_IN_TEAM@path:prestations.4.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { member: 'diet', date: '2026-02-04', from: '2026-02-05', to: '2026-02-20' },
      { member: 'diet', date: '2026-02-21', from: '2026-02-05', to: '2026-02-20' },
      { member: 'psy', date: '2026-03-21', from: '', to: '2026-02-20' },
    ]);
    expect(r.prestations.map((q) => [q.id, q.counted, q.profession, q.issueCodes])).toEqual([
      ['d1', false, 'dieteticien', ['PRESTATION_MEMBER_NOT_IN_TEAM']],
      ['d2', true, 'dieteticien', []],
      ['d3', true, 'dieteticien', []],
      ['d4', false, 'dieteticien', ['PRESTATION_MEMBER_NOT_IN_TEAM']],
      ['p1', false, 'psychologue', ['PRESTATION_MEMBER_NOT_IN_TEAM']],
    ]);
    expect(seq(r, 'S1').requirements[1]?.done).toBe(2);
  });

  it('counts prestations on the inclusion, the exit and the evaluation day, and names the dates it refuses', () => {
    const r = run((_t, _p, path) => {
      path.exit = { date: '2026-02-12', reason: 'withdrawal' };
      path.prestations = [
        pr('a', 'BILAN', '2026-01-31', 'med'),
        pr('b', 'DIET', '2026-02-12', 'diet'),
        pr('c', 'DIET', '2026-01-30', 'diet'),
        pr('d', 'DIET', '2026-02-13', 'diet'),
      ];
    }, '2026-02-20');
    expect(at(r)).toEqual([
      'PRESTATION_BEFORE_INCLUSION@path:prestations.2.date',
      'PRESTATION_AFTER_EXIT@path:prestations.3.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { date: '2026-01-30', inclusion: '2026-01-31' },
      { date: '2026-02-13', exit: '2026-02-12' },
    ]);
    expect(r.prestations.filter((q) => q.counted).map((q) => q.id)).toEqual(['a', 'b']);
    const onAsOf = run(
      (_t, _p, path) => void (path.prestations = [pr('b', 'DIET', '2026-02-12', 'diet')]),
      '2026-02-12',
    );
    expect(onAsOf.issues).toEqual([]);
    expect(onAsOf.prestations[0]?.counted).toBe(true);
    // The parcours ends on 2026-01-31 + 12 months = 2027-01-31: FINAL on that day counts for S2.
    const last = run((_t, _p, path) => void (path.prestations = [pr('f', 'FINAL', '2027-01-31', 'med')]), '2027-02-10');
    expect(last.issues).toEqual([]);
    expect(last.prestations[0]).toMatchObject({ sequence: 'S2', requirement: 1, counted: true });
  });

  it('counts a prestation of exactly the minimum duration; names the minimum it misses', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'DIET', '2026-02-02', 'diet', { minutes: 30 }),
        pr('b', 'DIET', '2026-02-03', 'diet', { minutes: 29 }),
        pr('c', 'DIET', '2026-02-04', 'diet', { minutes: undefined }),
        pr('d', 'PSY', '2026-03-04', 'psy', { minutes: undefined }),
      ];
    });
    expect(at(r)).toEqual([
      'PRESTATION_TOO_SHORT@path:prestations.1.minutes',
      'PRESTATION_DURATION_MISSING@path:prestations.2',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([{ minutes: 29, min: 30 }, { min: 30 }]);
    expect(r.prestations.map((q) => [q.id, q.minutes, q.counted])).toEqual([
      ['a', 30, true],
      ['b', 29, false],
      ['c', undefined, true],
      ['d', undefined, true],
    ]);
  });

  it('reports an unknown code and an unknown member of one prestation, and lines in input order', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('z', 'DIET', '2026-02-09', 'diet'), pr('y', 'MASSAGE', '2026-02-03', 'ghost')];
    });
    expect(at(r)).toEqual([
      'PRESTATION_UNKNOWN_CODE@path:prestations.1.code',
      'PRESTATION_UNKNOWN_MEMBER@path:prestations.1.member',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([{ code: 'MASSAGE' }, { member: 'ghost' }]);
    // Lines in canonical order (date, then id): y (02-03) before z (02-09), each with its index in the input.
    expect(r.prestations.map((q) => [q.index, q.id, q.code, q.date, q.member, q.profession, q.status])).toEqual([
      [1, 'y', 'MASSAGE', '2026-02-03', 'ghost', undefined, 'done'],
      [0, 'z', 'DIET', '2026-02-09', 'diet', 'dieteticien', 'done'],
    ]);
  });
});

describe('séquence status and attestation, to the day', () => {
  const s1Done = [
    pr('a', 'BILAN', '2026-02-05', 'med'),
    pr('b', 'DIET', '2026-02-10', 'diet'),
    pr('c', 'DIET', '2026-02-20', 'diet'),
  ];
  const attested = (t: Json) => void ((t.sequences as Json[])[0]!.requiresAttestation = true);

  it('is completed on the evaluation day of the last minimum met', () => {
    const r = run((_t, _p, path) => void (path.prestations = s1Done), '2026-02-20');
    expect(seq(r, 'S1')).toMatchObject({ status: 'completed', completedOn: '2026-02-20' });
    expect(seq(r, 'S1').endedOn).toBeUndefined();
  });

  it('is in progress on its deadline, and ends incomplete on an exit that day', () => {
    const onDeadline = run(() => {}, '2026-02-28');
    expect(seq(onDeadline, 'S1').status).toBe('in-progress');
    expect(seq(onDeadline, 'S1').requirements[0]).toMatchObject({ dueBy: '2026-02-15', overdue: true });
    expect(seq(onDeadline, 'S1').requirements[1]).toMatchObject({ missing: 2, dueBy: '2026-02-28', overdue: false });
    const exitOnDeadline = run((_t, _p, path) => {
      path.exit = { date: '2026-02-28', reason: 'withdrawal' };
    }, '2026-02-28');
    expect(seq(exitOnDeadline, 'S1')).toMatchObject({ status: 'incomplete', endedOn: '2026-02-28' });
  });

  it('does not read an exit after the evaluation date; starts no séquence after an exit, one starting on it ends that day', () => {
    const later = run((_t, _p, path) => {
      path.exit = { date: '2026-02-25', reason: 'withdrawal' };
    }, '2026-02-20');
    expect(seq(later, 'S1').status).toBe('in-progress');
    expect(seq(later, 'S1').requirements[1]?.dueBy).toBe('2026-02-28');
    // The exit moves what is due to its day: 2026-02-25 before the deadline 2026-02-28 and after BILAN's 2026-02-15.
    const exited = run((_t, _p, path) => {
      path.exit = { date: '2026-02-25', reason: 'withdrawal' };
    }, '2026-02-25');
    expect(seq(exited, 'S1')).toMatchObject({ status: 'incomplete', endedOn: '2026-02-25' });
    expect(seq(exited, 'S1').requirements.map((q) => q.dueBy)).toEqual(['2026-02-15', '2026-02-25']);
    const onS2Start = run((_t, _p, path) => {
      path.exit = { date: '2026-03-01', reason: 'withdrawal' };
    }, '2026-03-05');
    expect(seq(onS2Start, 'S2')).toMatchObject({ status: 'incomplete', endedOn: '2026-03-01' });
  });

  it('takes the first attestation signed on or after the end and by the evaluation date, refuses one before the end', () => {
    const r = run((t, _p, path) => {
      attested(t);
      path.prestations = s1Done;
      path.attestations = [
        { sequence: 'S1', date: '2026-03-02' },
        { sequence: 'S1', date: '2026-02-19' },
        { sequence: 'S1', date: '2026-03-05' },
        { sequence: 'S1', date: '2026-03-09' },
      ];
    }, '2026-03-06');
    // Completed on 2026-02-20: 02-19 is before its end; 03-09 is after the evaluation date (ignored); of 03-05 and
    // 03-02, the earlier.
    expect(at(r)).toEqual(['ATTESTATION_BEFORE_END@path:attestations.1.date']);
    expect(r.issues[0]?.params).toEqual({ date: '2026-02-19', sequence: 'S1', end: '2026-02-20' });
    expect(seq(r, 'S1').attestation).toEqual({ signedOn: '2026-03-02' });
    // Signed only after the evaluation date: not yet signed.
    const notYet = run((t, _p, path) => {
      attested(t);
      path.prestations = s1Done;
      path.attestations = [{ sequence: 'S1', date: '2026-03-09' }];
    }, '2026-03-06');
    expect(notYet.issues).toEqual([]);
    expect(seq(notYet, 'S1').attestation).toEqual({ signedOn: undefined });
    expect(seq(r, 'S2').attestation).toBeUndefined();
    const sameDay = run((t, _p, path) => {
      attested(t);
      path.prestations = s1Done;
      path.attestations = [{ sequence: 'S1', date: '2026-02-20' }];
    }, '2026-02-20');
    expect(sameDay.issues).toEqual([]);
    expect(seq(sameDay, 'S1').attestation).toEqual({ signedOn: '2026-02-20' });
  });

  it('refuses an attestation of a séquence not yet ended, naming its deadline', () => {
    const r = run((t, _p, path) => {
      attested(t);
      path.attestations = [{ sequence: 'S1', date: '2026-02-10' }];
    }, '2026-02-12');
    expect(at(r)).toEqual(['ATTESTATION_BEFORE_END@path:attestations.0.date']);
    expect(r.issues[0]?.params).toEqual({ date: '2026-02-10', sequence: 'S1', end: '2026-02-28' });
    expect(seq(r, 'S1').attestation).toEqual({ signedOn: undefined });
  });

  it('warns of an attestation for a séquence that requires none, at its path', () => {
    const r = run((_t, _p, path) => {
      path.prestations = s1Done;
      path.attestations = [{ sequence: 'S1', date: '2026-03-02' }];
    }, '2026-03-06');
    expect(at(r)).toEqual(['ATTESTATION_NOT_REQUIRED@path:attestations.0.sequence']);
    expect(r.issues[0]?.params).toEqual({ sequence: 'S1' });
  });

  it('completes a séquence without requirements on its start', () => {
    const r = run((t) => void ((t.sequences as Json[])[1]!.requirements = []), '2026-03-01');
    expect(seq(r, 'S2')).toMatchObject({ status: 'completed', completedOn: '2026-03-01', requirements: [] });
  });
});

describe('requirement windows and séquence placement', () => {
  it('opens a requirement months after its séquence starts and says from when it is due', () => {
    const r = run((t, _p, path) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.requirements = [
        { prestation: 'FINAL', min: 1, max: 1, window: { fromMonths: 5, toMonths: 7 } },
        { anyOf: ['PSY', 'APA'], min: 1, window: { fromMonths: 0, toMonths: 2 } },
      ];
      path.prestations = [
        pr('f1', 'FINAL', '2026-07-31', 'med'),
        pr('f2', 'FINAL', '2026-10-02', 'med'),
        pr('f3', 'FINAL', '2026-08-01', 'med'),
        pr('p1', 'PSY', '2026-05-01', 'psy'),
      ];
    }, '2026-10-10');
    // S2 starts on 2026-03-01: FINAL from 2026-03-01 + 5 months = 2026-08-01 to + 7 months = 2026-10-01;
    // PSY or APA from the start to 2026-03-01 + 2 months = 2026-05-01.
    expect(at(r)).toEqual([
      'PRESTATION_OUT_OF_WINDOW@path:prestations.0.date',
      'PRESTATION_OUT_OF_WINDOW@path:prestations.1.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { date: '2026-07-31', from: '2026-08-01', to: '2026-10-01' },
      { date: '2026-10-02', from: '2026-08-01', to: '2026-10-01' },
    ]);
    expect(seq(r, 'S2').requirements.map((q) => [q.dueFrom, q.dueBy, q.done])).toEqual([
      ['2026-08-01', '2026-10-01', 1],
      [undefined, '2026-05-01', 1],
    ]);
  });

  it('files a prestation under the occurrence of a recurring séquence open on its date, or names the last one', () => {
    const r = run((t, _p, path) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.recurring = true;
      s2.months = 4;
      path.prestations = [
        pr('a', 'PSY', '2026-07-01', 'psy', { sequence: 'S2' }),
        pr('b', 'PSY', '2026-07-02', 'psy', { sequence: 'S2.3' }),
        pr('c', 'PSY', '2026-07-03', 'psy', { sequence: 'S2.1' }),
      ];
    }, '2026-07-10');
    // Occurrences: S2.1 2026-03-01 → 06-30, S2.2 07-01 → 10-31, S2.3 11-01 → 2027-01-31.
    expect(at(r)).toEqual([
      'PRESTATION_BEFORE_SEQUENCE@path:prestations.1.date',
      'PRESTATION_AFTER_DEADLINE@path:prestations.2.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { date: '2026-07-02', sequence: 'S2.3', start: '2026-11-01' },
      { date: '2026-07-03', deadline: '2026-06-30', scope: 'sequence', sequence: 'S2.1' },
    ]);
    expect(r.prestations[0]).toMatchObject({ id: 'a', sequence: 'S2.2', counted: true });
    // Named by the séquence's id on a day no occurrence holds (before the first): the last occurrence is named.
    const late = run((t, _p, path) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.recurring = true;
      s2.months = 4;
      path.prestations = [pr('a', 'PSY', '2026-02-10', 'psy', { sequence: 'S2' })];
    }, '2026-07-10');
    expect(at(late)).toEqual(['PRESTATION_BEFORE_SEQUENCE@path:prestations.0.date']);
    expect(late.issues[0]?.params).toEqual({ date: '2026-02-10', sequence: 'S2.3', start: '2026-11-01' });
  });

  it('puts a prestation no open séquence expects in the first open one, or late in the one that ended', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('f', 'FINAL', '2026-02-10', 'med'), pr('b', 'BILAN', '2026-03-05', 'med')];
    }, '2026-03-10');
    expect(at(r)).toEqual([
      'PRESTATION_NOT_IN_SEQUENCE@path:prestations.0.code',
      'PRESTATION_AFTER_DEADLINE@path:prestations.1.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { code: 'FINAL', sequence: 'S1' },
      { date: '2026-03-05', deadline: '2026-02-28', scope: 'sequence', sequence: 'S1' },
    ]);
  });
});

describe('timelines kept for frozen types', () => {
  it('lays out each path of a frozen type with its own inclusion, renewals and extensions', () => {
    const t = typeJson();
    (t.sequences as Json[])[0]!.extension = { maxMonths: 3 };
    const d = mustParse(t, projectJson(), pathJson());
    const type = Object.freeze(d.type);
    const judge = (edit: (path: Json) => void) => {
      const path = pathJson();
      edit(path);
      return validatePath(type, d.project, mustParse(t, projectJson(), path).path, { asOf: '2027-03-01' });
    };
    expect(judge(() => {}).parcoursEnd).toBe('2027-01-31');
    // A renewal on 2027-01-15 adds 6 months: 2026-01-31 + 18 months = 2027-07-31.
    expect(judge((path) => void (path.renewals = [{ date: '2027-01-15' }])).parcoursEnd).toBe('2027-07-31');
    // A renewal after the period (2027-03-01 > 2027-01-31) is refused: the parcours keeps its 12 months.
    const refused = judge((path) => void (path.renewals = [{ date: '2027-03-01' }]));
    expect([refused.parcoursEnd, codes(refused.issues)]).toEqual(['2027-01-31', ['RENEWAL_OUT_OF_PERIOD']]);
    // An extension of S1 by 1 month: S1 ends on 2026-03-31, the parcours on 2026-01-31 + 13 months = 2027-02-28.
    const extended = judge((path) => void (path.extensions = [{ sequence: 'S1', date: '2026-02-01', months: 1 }]));
    expect([extended.sequences[0]?.deadline, extended.parcoursEnd]).toEqual(['2026-03-31', '2027-02-28']);
    expect(judge(() => {}).sequences[0]?.deadline).toBe('2026-02-28');
    // Another inclusion day: 2026-02-28 + 1 month = 2026-03-28, + 12 months = 2027-02-28.
    const other = judge((path) => void (path.inclusion = { date: '2026-02-28' }));
    expect([other.sequences[0]?.deadline, other.parcoursEnd]).toEqual(['2026-03-28', '2027-02-28']);
  });

  it('sees a séquence of a type that is not frozen lengthened in place between two validations', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    const before = validatePath(d.type, d.project, d.path, { asOf: '2026-02-10' });
    (d.type.sequences[0] as { months: number }).months = 2;
    const after = validatePath(d.type, d.project, d.path, { asOf: '2026-02-10' });
    // 2026-01-31 + 1 month = 2026-02-28; + 2 months = 2026-03-31.
    expect([before.sequences[0]?.deadline, after.sequences[0]?.deadline]).toEqual(['2026-02-28', '2026-03-31']);
  });
});

describe('validatePath on unusable arguments: the whole blocked report', () => {
  const empty = {
    type: { id: '', version: '', status: '' },
    patientRef: '',
    ageAtInclusion: 0,
    inclusion: '',
    parcoursEnd: '',
    blocked: true,
    sequences: [],
    prestations: [],
  };
  it('has no date for a bad asOf, and the asOf given for unparsed documents', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    const bad = validatePath(d.type, d.project, d.path, { asOf: '2026-13-01' });
    expect({ ...bad, issues: [] }).toEqual({ asOf: '', ...empty, issues: [] });
    expect(bad.issues[0]?.params).toEqual({ option: 'asOf', expected: 'date' });
    const unparsed = validatePath({} as never, null as never, 42 as never, { asOf: '2026-01-01' });
    expect({ ...unparsed, issues: [] }).toEqual({ asOf: '2026-01-01', ...empty, issues: [] });
    expect(unparsed.issues[0]?.params).toEqual({});
  });
});

describe('more bounds of the path', () => {
  it('accepts dated exemptions with one bound only', () => {
    const r = run((_t, _p, path) => {
      path.coverage = {
        exemptions: [
          { kind: 'ald', from: '2026-06-01' },
          { kind: 'at-mp', to: '2026-01-01' },
        ],
        complementary: 'responsable',
      };
    });
    expect(r.issues).toEqual([]);
  });

  it('names no allowed profile when the type has none', () => {
    const r = run((t, _p, path) => {
      delete (t.eligibility as Json).profiles;
      (t.sequences as Json[])[0]!.forfait = { amount: '300.00' };
      path.profile = 'A';
    });
    expect(at(r)).toEqual(['PROFILE_UNKNOWN@path:profile']);
    expect(r.issues[0]?.params).toEqual({ profile: 'A', allowed: '—' });
  });

  it('lays out a séquence the type makes longer than the parcours without moving the parcours end', () => {
    // S2 of 17 months after S1 (1 month) ends at 18 months: 2027-07-31; the parcours still ends at 12: 2027-01-31.
    const r = run((t) => void ((t.sequences as Json[])[1]!.months = 17));
    expect(seq(r, 'S2').deadline).toBe('2027-07-31');
    expect(r.parcoursEnd).toBe('2027-01-31');
  });

  it('does not renew a séquence an extension brought to the parcours end', () => {
    // S2 of 10 months may last 11: extended by 1 month, it ends at 1 + 10 + 1 = 12 months (2027-01-31), as the
    // parcours did before its renewal; the renewal (6 months) moves the parcours end to 18 months (2027-07-31) only.
    const r = run((t, _p, path) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.months = 10;
      s2.extension = { maxMonths: 11 };
      path.extensions = [{ sequence: 'S2', date: '2026-06-01' }];
      path.renewals = [{ date: '2026-12-01' }];
    });
    expect(r.issues).toEqual([]);
    expect(seq(r, 'S2')).toMatchObject({ deadline: '2027-01-31', nominalDeadline: '2026-12-31' });
    expect(r.parcoursEnd).toBe('2027-07-31');
  });

  it('gives a recurring séquence that starts at the parcours end its one occurrence', () => {
    // S1 lasts the 12 months; S2 (4 months, recurring) starts after it: one occurrence, 12 → 16 months.
    const r = run((t) => {
      const [s1, s2] = t.sequences as Json[];
      s1!.months = 12;
      s2!.recurring = true;
      s2!.months = 4;
    });
    expect(r.sequences.map((s) => [s.id, s.start, s.deadline])).toEqual([
      ['S1', '2026-01-31', '2027-01-31'],
      ['S2.1', '2027-02-01', '2027-05-31'],
    ]);
  });

  it('cuts a requirement’s window at the séquence deadline', () => {
    // BILAN within 40 days of 2026-01-31 would end on 2026-03-12, after S1's deadline 2026-02-28.
    const r = run((t) => {
      const s1 = (t.sequences as Json[])[0]!;
      (s1.requirements as Json[])[0]!.withinDays = 40;
    }, '2026-02-10');
    expect(seq(r, 'S1').requirements[0]?.dueBy).toBe('2026-02-28');
  });

  it('lists every code of the type under an `any` requirement, and a met requirement is never overdue', () => {
    const r = run((t, _p, path) => {
      const s1 = (t.sequences as Json[])[0]!;
      s1.requirements = [...(s1.requirements as Json[]), { any: true, min: 1 }];
      path.prestations = [pr('a', 'BILAN', '2026-02-05', 'med')];
    }, '2026-02-20');
    expect(seq(r, 'S1').requirements.map((q) => [q.codes, q.any, q.done, q.overdue])).toEqual([
      [['BILAN'], undefined, 1, false],
      [['DIET'], undefined, 0, false],
      [['BILAN', 'DIET', 'PSY', 'APA', 'FINAL'], true, 1, false],
    ]);
  });

  it('ends S1 on its deadline when the exit comes after it, and a pending séquence is not completed yet', () => {
    const r = run((_t, _p, path) => void (path.exit = { date: '2026-03-10', reason: 'withdrawal' }), '2026-03-15');
    expect(seq(r, 'S1')).toMatchObject({ status: 'incomplete', endedOn: '2026-02-28' });
    expect(seq(r, 'S2')).toMatchObject({ status: 'incomplete', endedOn: '2026-03-10' });
    const pending = run((t) => void ((t.sequences as Json[])[1]!.requirements = []), '2026-02-10');
    expect(seq(pending, 'S2').status).toBe('pending');
    expect(seq(pending, 'S2').completedOn).toBeUndefined();
  });

  it('counts nothing filed under an unknown séquence', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [pr('d', 'PSY', '2026-05-01', 'psy', { sequence: 'S7' })];
    });
    expect(r.issues[0]?.params).toEqual({ sequence: 'S7' });
    expect(r.prestations[0]).toMatchObject({ counted: false, sequence: undefined });
    expect(seq(r, 'S2').counted).toBe(0);
  });

  it('sees a prestation replaced in a type that is not frozen between two validations', () => {
    const path = pathJson();
    path.prestations = [pr('d1', 'DIET', '2026-02-05', 'diet', { minutes: 40 })];
    const d = mustParse(typeJson(), projectJson(), path);
    const before = validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
    const prestations = d.type.prestations as unknown as { code: string; minMinutes?: number }[];
    const i = prestations.findIndex((p) => p.code === 'DIET');
    prestations[i] = { ...prestations[i]!, minMinutes: 45 };
    const after = validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
    // 40 minutes: enough for 30, short of 45.
    expect([codes(before.issues), codes(after.issues)]).toEqual([[], ['PRESTATION_TOO_SHORT']]);
  });
});

describe('placing a prestation in its séquence and requirement', () => {
  it('counts a prestation filed under a séquence on its first and last day, and one on a deadline unnamed', () => {
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('a', 'DIET', '2026-02-28', 'diet', { sequence: 'S1' }),
        pr('b', 'PSY', '2026-03-01', 'psy', { sequence: 'S2' }),
        pr('c', 'DIET', '2026-02-28', 'diet'),
      ];
    }, '2026-03-10');
    expect(r.issues).toEqual([]);
    expect(r.prestations.map((q) => [q.id, q.sequence, q.counted])).toEqual([
      ['a', 'S1', true],
      ['c', 'S1', true],
      ['b', 'S2', true],
    ]);
  });

  const threeSequences = (t: Json) => {
    const s2 = (t.sequences as Json[])[1]!;
    s2.months = 5;
    s2.requirements = [{ prestation: 'PSY', min: 1 }];
    (t.sequences as Json[]).push({
      ...structuredClone(s2),
      id: 'S3',
      start: { after: 'S2' },
      months: 6,
      requirements: [{ prestation: 'FINAL', min: 1 }],
    });
  };

  it('makes a prestation late in the séquence that expected it, else in the last one', () => {
    // S1 2026-01-31 → 02-28, S2 (PSY) 03-01 → 1 + 5 = 6 months: 2026-07-31, S3 (FINAL) 08-01 → 12 months: 2027-01-31.
    const r = run((t, _p, path) => {
      threeSequences(t);
      path.prestations = [pr('p', 'PSY', '2026-08-15', 'psy')];
    }, '2026-09-01');
    expect(at(r)).toEqual(['PRESTATION_AFTER_DEADLINE@path:prestations.0.date']);
    expect(r.issues[0]?.params).toEqual({
      date: '2026-08-15',
      deadline: '2026-07-31',
      scope: 'sequence',
      sequence: 'S2',
    });
    // Without S3, no séquence is open after 2026-07-31 and none expects APA: late in the last one, S2.
    const gap = run((t, _p, path) => {
      const s2 = (t.sequences as Json[])[1]!;
      s2.months = 5;
      s2.requirements = [{ prestation: 'PSY', min: 1 }];
      path.prestations = [pr('a', 'APA', '2026-08-15', 'apa')];
    }, '2026-09-01');
    expect(at(gap)).toEqual(['PRESTATION_AFTER_DEADLINE@path:prestations.0.date']);
    expect(gap.issues[0]?.params).toEqual({
      date: '2026-08-15',
      deadline: '2026-07-31',
      scope: 'sequence',
      sequence: 'S2',
    });
  });

  it('puts a prestation no open séquence expects in the first of two open séquences', () => {
    const r = run((t, _p, path) => {
      (t.sequences as Json[]).push({
        ...structuredClone((t.sequences as Json[])[1]),
        id: 'S3',
        start: 'inclusion',
        months: 12,
        requirements: [{ prestation: 'APA', min: 1 }],
      });
      path.prestations = [pr('f', 'FINAL', '2026-02-10', 'med')];
    }, '2026-02-20');
    expect(at(r)).toEqual(['PRESTATION_NOT_IN_SEQUENCE@path:prestations.0.code']);
    expect(r.issues[0]?.params).toEqual({ code: 'FINAL', sequence: 'S1' });
  });

  it('counts a code for the first requirement that takes it, then the next when the first is full', () => {
    const r = run((t, _p, path) => {
      (t.sequences as Json[])[1]!.requirements = [
        { prestation: 'FINAL', min: 1, max: 1 },
        { anyOf: ['FINAL', 'PSY'], min: 1 },
      ];
      path.prestations = [pr('f1', 'FINAL', '2026-04-01', 'med'), pr('f2', 'FINAL', '2026-04-02', 'med')];
    }, '2026-04-10');
    expect(r.issues).toEqual([]);
    expect(r.prestations.map((q) => [q.id, q.requirement])).toEqual([
      ['f1', 0],
      ['f2', 1],
    ]);
    expect(seq(r, 'S2').requirements.map((q) => q.done)).toEqual([1, 1]);
  });

  it('names the window of the first requirement that takes the code when the prestation misses them all', () => {
    const r = run((t, _p, path) => {
      (t.sequences as Json[])[1]!.requirements = [
        { prestation: 'FINAL', min: 1, window: { fromMonths: 5, toMonths: 7 } },
        { prestation: 'FINAL', min: 1, window: { fromMonths: 9, toMonths: 10 } },
      ];
      path.prestations = [pr('f', 'FINAL', '2026-07-31', 'med')];
    }, '2026-08-10');
    // S2 from 2026-03-01: the first window runs from + 5 months (2026-08-01) to + 7 months (2026-10-01).
    expect(r.issues[0]?.params).toEqual({ date: '2026-07-31', from: '2026-08-01', to: '2026-10-01' });
  });

  it('lets a second `any` requirement count what a full first one cannot, and refuses it when every one is full', () => {
    const r = run((t, _p, path) => {
      const s1 = (t.sequences as Json[])[0]!;
      s1.requirements = [...(s1.requirements as Json[]), { any: true, min: 1, max: 1 }, { any: true, min: 2 }];
      path.prestations = [pr('p1', 'PSY', '2026-02-02', 'psy'), pr('p2', 'PSY', '2026-02-03', 'psy')];
    }, '2026-02-10');
    // p1: both `any` requirements count it (1/1 and 1); p2: the first is full, the second counts it (2).
    expect(r.issues).toEqual([]);
    expect(seq(r, 'S1').requirements.map((q) => q.done)).toEqual([0, 0, 1, 2]);
    const full = run((t, _p, path) => {
      const s1 = (t.sequences as Json[])[0]!;
      s1.requirements = [...(s1.requirements as Json[]), { any: true, min: 1, max: 1 }];
      path.prestations = [pr('p1', 'PSY', '2026-02-02', 'psy'), pr('p2', 'PSY', '2026-02-03', 'psy')];
    }, '2026-02-10');
    expect(at(full)).toEqual(['PRESTATION_OVER_MAX@path:prestations.1']);
    expect(full.issues[0]?.params).toEqual({ max: 1, code: 'PSY', sequence: 'S1' });
  });

  it('finds no requirement for a séquence index that names none', () => {
    const raised: string[] = [];
    const ctx = { timeline: { parcoursEnd: '2027-01-31', sequences: [] } } as unknown as PrestationContext;
    const p = { id: 'x', code: 'DIET', date: '2026-02-02', member: 'diet', status: 'done' } as const;
    expect(findRequirement(ctx, p, -1, (code) => void raised.push(code))).toBeNull();
    expect(raised).toEqual([]);
  });
});

describe('more prestation facts', () => {
  it('counts the first of two records with one id in canonical order: minutes, then séquence, as text', () => {
    // Same id, date, code, member and status: '40' sorts before '45', so the record of 40 minutes (index 1) counts.
    const r = run((_t, _p, path) => {
      path.prestations = [
        pr('x', 'DIET', '2026-02-03', 'diet', { minutes: 45 }),
        pr('x', 'DIET', '2026-02-03', 'diet', { minutes: 40 }),
      ];
    });
    expect(at(r)).toEqual(['PRESTATION_DUPLICATE_ID@path:prestations.0.id']);
    expect(r.issues[0]?.params).toEqual({ id: 'x' });
    expect(r.prestations.map((q) => [q.index, q.counted])).toEqual([
      [1, true],
      [0, false],
    ]);
    // No séquence ('') sorts before 'S1': the record without one (index 1) counts.
    const bySequence = run((_t, _p, path) => {
      path.prestations = [
        pr('x', 'DIET', '2026-02-03', 'diet', { sequence: 'S1' }),
        pr('x', 'DIET', '2026-02-03', 'diet'),
      ];
    });
    expect(bySequence.prestations.map((q) => [q.index, q.counted])).toEqual([
      [1, true],
      [0, false],
    ]);
    // No minutes ('') sorts before '40'.
    const byMinutes = run((_t, _p, path) => {
      path.prestations = [
        pr('x', 'PSY', '2026-03-03', 'psy', { minutes: 40 }),
        pr('x', 'PSY', '2026-03-03', 'psy', { minutes: undefined }),
      ];
    });
    expect(byMinutes.prestations.map((q) => [q.index, q.counted])).toEqual([
      [1, true],
      [0, false],
    ]);
  });

  it('lists every profession allowed, and places the evaluation-date refusal on the date', () => {
    const r = run((t, _p, path) => {
      ((t.prestations as Json[])[0] as Json).professions = ['medecin', 'psychologue'];
      path.prestations = [pr('a', 'BILAN', '2026-02-05', 'diet'), pr('b', 'DIET', '2026-02-13', 'diet')];
    }, '2026-02-12');
    expect(at(r)).toEqual([
      'PRESTATION_PROFESSION_NOT_ALLOWED@path:prestations.0.member',
      'PRESTATION_AFTER_AS_OF@path:prestations.1.date',
    ]);
    expect(r.issues[0]?.params).toEqual({ code: 'BILAN', profession: 'dieteticien', allowed: 'medecin, psychologue' });
  });

  it('reads a requirement without a target as taking no code', () => {
    expect(accepts({ min: 1 }, 'DIET')).toBe(false);
    expect(requirementCodes({ min: 1 }, ['DIET'])).toEqual([]);
    expect(accepts({ anyOf: ['PSY', 'APA'], min: 1 }, 'APA')).toBe(true);
  });

  it('returns a blocked report naming the step when the evaluation throws', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    (d.type as unknown as { sequences: unknown }).sequences = null;
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-10' });
    expect(at(r)).toEqual(['INTERNAL_ERROR@input:']);
    expect(r.issues[0]?.params).toEqual({ step: 'validatePath', error: 'TypeError' });
    expect([r.asOf, r.blocked]).toEqual(['2026-02-10', true]);
  });
});

describe('where frame issues point, and the end of a path', () => {
  it('points the acceptance at the inclusion date and the age bounds at the birth date', () => {
    const notAccepted = run((_t, p) => void (p.sentToArs = '2025-12-15'));
    const young = run((_t, _p, path) => void ((path.patient as Json).birthDate = '2008-02-01'));
    const old = run((_t, _p, path) => void ((path.patient as Json).birthDate = '1950-01-01'));
    expect([...at(notAccepted), ...at(young), ...at(old)]).toEqual([
      'PROJECT_NOT_ACCEPTED@path:inclusion.date',
      'PATIENT_TOO_YOUNG@path:patient.birthDate',
      'PATIENT_TOO_OLD@path:patient.birthDate',
    ]);
  });

  it('ends a path on its exit when it comes before the parcours end, else on the parcours end', () => {
    expect(pathEnd('2026-05-01', '2027-01-31')).toBe('2026-05-01');
    expect(pathEnd('2027-01-31', '2027-01-31')).toBe('2027-01-31');
    expect(pathEnd('2027-03-01', '2027-01-31')).toBe('2027-01-31');
    expect(pathEnd(undefined, '2027-01-31')).toBe('2027-01-31');
  });
});
