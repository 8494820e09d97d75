import { describe, expect, it } from 'vitest';
import { coverageOn } from '../../src/settlement/coverage-on';

describe('the coverage in force on a day', () => {
  it('plain exemptions and a plain complementary hold for the whole path, with its organisation', () => {
    expect(
      coverageOn(
        { complementary: 'responsable', exemptions: ['ald', 'maternite'], organisation: 'AMC-77' },
        '2026-06-01',
      ),
    ).toEqual({
      date: '2026-06-01',
      complementary: 'responsable',
      exemptions: ['ald', 'maternite'],
      unrelated: [],
      dated: false,
      gap: false,
      organisation: 'AMC-77',
    });
    // Without exemptions at all; no complementary: no organisation is carried.
    expect(coverageOn({ complementary: 'none', organisation: 'AMC-77' }, '2026-06-01')).toEqual({
      date: '2026-06-01',
      complementary: 'none',
      exemptions: [],
      unrelated: [],
      dated: false,
      gap: false,
    });
  });

  it('a dated exemption holds from its first day to its last, both included', () => {
    const coverage = {
      complementary: 'none' as const,
      exemptions: [{ kind: 'maternite' as const, from: '2027-01-01', to: '2027-08-31' }],
    };
    const on = (date: string) => coverageOn(coverage, date).exemptions;
    expect(on('2026-12-31')).toEqual([]); // the day before its first day
    expect(on('2027-01-01')).toEqual(['maternite']); // its first day
    expect(on('2027-05-20')).toEqual(['maternite']);
    expect(on('2027-08-31')).toEqual(['maternite']); // its last day
    expect(on('2027-09-01')).toEqual([]); // the day after
    // A dated exemption dates the coverage, in force or not.
    expect(coverageOn(coverage, '2027-09-01')).toMatchObject({ dated: true, gap: false, unrelated: [] });
  });

  it('an exemption open on one side holds before its end, or after its start, for good', () => {
    const until = { complementary: 'none' as const, exemptions: [{ kind: 'ald' as const, to: '2027-03-31' }] };
    expect(coverageOn(until, '1990-01-01').exemptions).toEqual(['ald']);
    expect(coverageOn(until, '2027-03-31').exemptions).toEqual(['ald']);
    expect(coverageOn(until, '2027-04-01').exemptions).toEqual([]);
    const since = { complementary: 'none' as const, exemptions: [{ kind: 'at-mp' as const, from: '2027-03-01' }] };
    expect(coverageOn(since, '2027-02-28').exemptions).toEqual([]);
    expect(coverageOn(since, '2027-03-01').exemptions).toEqual(['at-mp']);
    expect(coverageOn(since, '2199-12-31').exemptions).toEqual(['at-mp']);
  });

  it('an exemption unrelated to the parcours is in force but does not exempt; one marked related does', () => {
    const coverage = {
      complementary: 'responsable' as const,
      exemptions: [
        { kind: 'ald' as const, related: false },
        { kind: 'maternite' as const, related: true },
        'at-mp' as const,
        { kind: 'invalidite' as const, related: false, from: '2027-06-01' },
      ],
    };
    // On 2027-05-20 the unrelated invalidité has not started yet: only the undated unrelated ALD is listed.
    expect(coverageOn(coverage, '2027-05-20')).toEqual({
      date: '2027-05-20',
      complementary: 'responsable',
      exemptions: ['maternite', 'at-mp'],
      unrelated: ['ald'],
      dated: true,
      gap: false,
    });
    expect(coverageOn(coverage, '2027-06-01').unrelated).toEqual(['ald', 'invalidite']);
  });

  it('complementary periods: the one holding the day, its own organisation first; none holding is a gap', () => {
    const coverage = {
      complementary: [
        { kind: 'c2s' as const, from: '2027-05-15', organisation: 'C2S-01' },
        { kind: 'none' as const, from: '2026-01-01', to: '2027-05-14' },
      ],
      organisation: 'AMC-77',
    };
    // The last day of the first period, then the first day of the second (given in the other order).
    expect(coverageOn(coverage, '2027-05-14')).toEqual({
      date: '2027-05-14',
      complementary: 'none',
      exemptions: [],
      unrelated: [],
      dated: true,
      gap: false,
    });
    expect(coverageOn(coverage, '2027-05-15')).toEqual({
      date: '2027-05-15',
      complementary: 'c2s',
      exemptions: [],
      unrelated: [],
      dated: true,
      gap: false,
      organisation: 'C2S-01',
    });
    // Before every period: no complementary, a gap, and the path's organisation is not carried.
    expect(coverageOn(coverage, '2025-12-31')).toEqual({
      date: '2025-12-31',
      complementary: 'none',
      exemptions: [],
      unrelated: [],
      dated: true,
      gap: true,
    });
  });

  it('a period without its own organisation carries the path one; a period ended the day before is a gap', () => {
    const coverage = {
      complementary: [{ kind: 'responsable' as const, from: '2026-01-01', to: '2027-04-30' }],
      organisation: 'AMC-77',
    };
    expect(coverageOn(coverage, '2027-04-30')).toMatchObject({
      complementary: 'responsable',
      gap: false,
      organisation: 'AMC-77',
    });
    expect(coverageOn(coverage, '2027-05-01')).toMatchObject({ complementary: 'none', gap: true });
    expect(coverageOn(coverage, '2027-05-01')).not.toHaveProperty('organisation');
    expect(coverageOn(coverage, '2025-12-31')).toMatchObject({ complementary: 'none', gap: true });
    // Neither the period nor the path names an organisation: none is carried.
    expect(coverageOn({ complementary: [{ kind: 'c2s', from: '2026-01-01' }] }, '2026-06-01')).not.toHaveProperty(
      'organisation',
    );
    expect(coverageOn({ complementary: 'responsable' }, '2026-06-01')).not.toHaveProperty('organisation');
  });

  it('overlapping periods (validation blocks them: COVERAGE_OVERLAP) give the earliest start, in any order written', () => {
    const responsable = { kind: 'responsable' as const, from: '2027-01-01', to: '2027-12-31' };
    const c2s = { kind: 'c2s' as const, from: '2027-03-01' };
    const ame = { kind: 'ame' as const, from: '2027-05-01', to: '2027-06-30' };
    // On 2027-05-20 all three hold; the one starting first, 2027-01-01, is taken whatever the order.
    for (const periods of [
      [responsable, c2s, ame],
      [ame, c2s, responsable],
      [c2s, ame, responsable],
      [ame, responsable, c2s],
    ])
      expect(coverageOn({ complementary: periods }, '2027-05-20').complementary).toBe('responsable');
  });
});
