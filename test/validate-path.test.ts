import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../src/index';
import { codes, mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';
import { typeIndex } from '../src/validation/type-index';
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
