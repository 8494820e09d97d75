import { describe, expect, it } from 'vitest';
import { parseProject, settle, validatePath, type Settlement } from '../src/index';
import { worklist } from '../src/entries/operations';
import { mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';
import { distributionInForce, keyFor } from '../src/validation/key-choice';

type Json = Record<string, unknown>;

/** The fixture type: S1 (1 month, BILAN 1, DIET 2 to 3, 300.00 for profile A), S2 (11 months, PSY/APA 2, FINAL 1, 600.00). */
function docs(mutate: (p: Json, path: Json) => void) {
  const p = projectJson();
  const path = pathJson();
  mutate(p, path);
  return mustParse(typeJson(), p, path);
}
const team = (p: Json) => p.team as Json[];
const member = (p: Json, id: string) => team(p).find((m) => m.id === id) as Json;
const shares = (s: Settlement, seq: string) =>
  s.sequences
    .find((x) => x.sequence === seq)
    ?.shares.map((x) => [x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id, x.amount]);
const codesAt = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('the key in force on the billable date', () => {
  it('applies the initial key to S1 and the avenant’s key to S2, billable after the avenant’s date', () => {
    const d = docs((p, path) => {
      p.avenants = [
        {
          id: 'AV-1',
          date: '2026-03-01',
          sentOn: '2026-03-05',
          distribution: {
            default: [
              { kind: 'coordination', rate: '0.20' },
              { kind: 'weights', by: 'member', basis: 'sessions' },
            ],
          },
        },
      ];
      path.prestations = [
        pr('b', 'BILAN', '2026-02-01', 'med'),
        pr('d1', 'DIET', '2026-02-02', 'diet'),
        pr('d2', 'DIET', '2026-02-03', 'diet'),
        pr('s1', 'PSY', '2026-03-10', 'psy'),
        pr('s2', 'APA', '2026-03-17', 'apa'),
        pr('f', 'FINAL', '2026-04-01', 'med'),
      ];
    });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-04-15' });
    // S1 completed on 2026-02-03, before AV-1 (2026-03-01): initial key. 300.00 × 0.10 = 30.00 → structure;
    // 270.00 / 3 sessions = 90.00: med 1 session 90.00, diet 2 sessions 180.00.
    expect(s.sequences[0]).toMatchObject({ sequence: 'S1', billableOn: '2026-02-03' });
    expect(s.sequences[0]?.avenant).toBeUndefined();
    expect(shares(s, 'S1')).toEqual([
      ['structure', '30.00'],
      ['diet', '180.00'],
      ['med', '90.00'],
    ]);
    // S2 completed on 2026-04-01, after AV-1: its key. 600.00 × 0.20 = 120.00 → structure;
    // 480.00 / 3 sessions = 160.00 each to psy, apa, med.
    expect(s.sequences[1]).toMatchObject({ sequence: 'S2', billableOn: '2026-04-01', avenant: 'AV-1' });
    expect(shares(s, 'S2')).toEqual([
      ['structure', '120.00'],
      ['apa', '160.00'],
      ['med', '160.00'],
      ['psy', '160.00'],
    ]);
    expect(s.sequences[1]?.trace.find((t) => t.step === 'KEY_SOURCE')?.params).toEqual({
      from: 'project',
      avenant: 'AV-1',
    });
    expect(s.issues).toEqual([]);
  });

  it('keeps the initial key on the avenant’s eve, and takes it on its date (inclusive)', () => {
    const run = (date: string) => {
      const d = docs((p, path) => {
        p.avenants = [{ id: 'AV-1', date, distribution: { default: [{ kind: 'coordination', rate: '1' }] } }];
        path.prestations = [
          pr('b', 'BILAN', '2026-02-01', 'med'),
          pr('d1', 'DIET', '2026-02-02', 'diet'),
          pr('d2', 'DIET', '2026-02-03', 'diet'),
        ];
      });
      return settle(d.type, d.project, d.path, { asOf: '2026-03-15' });
    };
    // Billable on 2026-02-03. AV-1 dated 2026-02-04: not yet in force (30.00 + 270.00 by sessions).
    expect(shares(run('2026-02-04'), 'S1')?.[0]).toEqual(['structure', '30.00']);
    // AV-1 dated 2026-02-03: in force, 300.00 × 1 = 300.00 all to the structure.
    expect(shares(run('2026-02-03'), 'S1')).toEqual([['structure', '300.00']]);
  });
});

describe('team members’ periods', () => {
  it('keeps the shares of a member who left, refuses their prestation after leaving, counts one who joined later', () => {
    const d = docs((p, path) => {
      member(p, 'diet').to = '2026-02-02';
      team(p).push({ id: 'diet2', profession: 'dieteticien', adeli: '759912346', from: '2026-02-03' });
      p.avenants = [{ id: 'AV-1', date: '2026-02-03', sentOn: '2026-02-03' }];
      path.prestations = [
        pr('b', 'BILAN', '2026-02-01', 'med'),
        pr('x', 'DIET', '2026-02-01', 'diet2'),
        pr('d1', 'DIET', '2026-02-02', 'diet'),
        pr('d2', 'DIET', '2026-02-03', 'diet'),
        pr('n1', 'DIET', '2026-02-04', 'diet2'),
      ];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-03-15' });
    // x: diet2 not yet in the team (from 2026-02-03); d2: diet left on 2026-02-02. Neither counted, by no requirement.
    expect(codesAt(r.issues)).toEqual([
      'PRESTATION_MEMBER_NOT_IN_TEAM@prestations.1.date',
      'PRESTATION_MEMBER_NOT_IN_TEAM@prestations.3.date',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { member: 'diet2', date: '2026-02-01', from: '2026-02-03', to: '' },
      { member: 'diet', date: '2026-02-03', from: '', to: '2026-02-02' },
    ]);
    expect(r.issues[0]?.severity).toBe('error');
    expect(r.prestations.filter((p) => p.counted).map((p) => p.id)).toEqual(['b', 'd1', 'n1']);
    // DIET: d1 + n1 = 2 = min → S1 completed on 2026-02-04.
    expect(r.sequences[0]).toMatchObject({ status: 'completed', completedOn: '2026-02-04' });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-03-15' });
    // 300.00 × 0.10 = 30.00 → structure; 270.00 / 3 sessions = 90.00 each to med, diet (who left), diet2.
    expect(shares(s, 'S1')).toEqual([
      ['structure', '30.00'],
      ['diet', '90.00'],
      ['diet2', '90.00'],
      ['med', '90.00'],
    ]);
  });

  it('proposes as performers only the members in the team on the due date', () => {
    const d = docs((p) => {
      member(p, 'diet').to = '2026-02-20';
      team(p).push({ id: 'diet2', profession: 'dieteticien', adeli: '759912346', from: '2026-02-01' });
      team(p).push({ id: 'diet3', profession: 'dieteticien', adeli: '759912347', from: '2026-03-01' });
    });
    const items = worklist(d.type, d.project, d.path, { asOf: '2026-02-05' });
    // DIET is due by S1's deadline 2026-02-28: diet left on 02-20, diet3 joins on 03-01; diet2 is in the team.
    expect(items.map((w) => [w.codes.join('|'), w.dueBy, w.performers])).toEqual([
      ['BILAN', '2026-02-15', ['med']],
      ['DIET', '2026-02-28', ['diet2']],
      // S2 is due by 2027-01-31: diet3 is then in the team, but no S2 requirement is a dietitian's.
      ['FINAL', '2027-01-31', ['med']],
      ['PSY|APA', '2027-01-31', ['apa', 'psy']],
    ]);
    // Without the periods, both dietitians would be proposed for DIET (before: every member whatever the date).
    expect(items[1]?.performers).not.toContain('diet');
  });
});

describe('a key rule that names a member', () => {
  it('pays that member as the key in force says, whatever their period', () => {
    const d = docs((p, path) => {
      member(p, 'psy').to = '2026-01-31';
      p.avenants = [{ id: 'AV-1', date: '2026-02-01', sentOn: '2026-02-01' }];
      p.distribution = {
        default: [
          { kind: 'fixed', member: 'psy', amount: '50.00' },
          { kind: 'weights', by: 'member', basis: 'sessions' },
        ],
      };
      path.prestations = [
        pr('b', 'BILAN', '2026-02-01', 'med'),
        pr('d1', 'DIET', '2026-02-02', 'diet'),
        pr('d2', 'DIET', '2026-02-03', 'diet'),
      ];
    });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-03-15' });
    // psy left on 2026-01-31, S1 billable on 2026-02-03: the key still pays psy 50.00;
    // 300.00 − 50.00 = 250.00 / 3 sessions = 83.333…: med 83.33, diet 166.666… → 166.67 (the remaining cent).
    expect(shares(s, 'S1')).toEqual([
      ['diet', '166.67'],
      ['med', '83.33'],
      ['psy', '50.00'],
    ]);
  });
});

describe('avenant checks', () => {
  it('checks an avenant’s distribution like the projet’s: a séquence without a key under it', () => {
    const d = docs((p) => {
      p.avenants = [
        { id: 'AV-1', date: '2026-03-01', distribution: { bySequence: { S1: [{ kind: 'coordination', rate: '1' }] } } },
      ];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-05' });
    // The type has no key of its own: under AV-1, S2 has none.
    expect(codesAt(r.issues)).toEqual(['KEY_MISSING@avenants.0.distribution']);
    expect(r.issues[0]?.params).toEqual({ sequence: 'S2' });
    expect(r.issues[0]?.document).toBe('project');
  });

  it('checks the keys of an avenant’s distribution against the type, on the projet', () => {
    const d = docs((p) => {
      p.avenants = [
        {
          id: 'AV-1',
          date: '2026-03-01',
          distribution: { default: [{ kind: 'perPrestation', rates: { ZZZ: '1.00' } }] },
        },
      ];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-05' });
    expect(r.issues.map((i) => `${i.code}@${i.document}:${i.path.join('.')}`)).toEqual([
      'KEY_UNKNOWN_PRESTATION@project:avenants.0.distribution.default.0.rates.ZZZ',
    ]);
  });

  it('warns of an avenant sent more than 7 days after its date: 7 on time, 8 late, none without sentOn', () => {
    const d = docs((p) => {
      p.avenants = [
        { id: 'AV-1', date: '2026-03-01', sentOn: '2026-03-08' },
        { id: 'AV-2', date: '2026-04-01', sentOn: '2026-04-09' },
        { id: 'AV-3', date: '2026-05-01' },
      ];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-05' });
    // 1 March → 8 March: 7 days, on time. 1 April → 9 April: 8 days, late.
    expect(codesAt(r.issues)).toEqual(['AVENANT_LATE@avenants.1.sentOn']);
    expect(r.issues[0]).toMatchObject({
      document: 'project',
      severity: 'warning',
      params: { avenant: 'AV-2', date: '2026-04-01', sentOn: '2026-04-09', days: 8 },
    });
    expect(r.blocked).toBe(false);
    const s = settle(d.type, d.project, d.path, { asOf: '2026-02-05' });
    expect(codesAt(s.issues)).toEqual(['AVENANT_LATE@avenants.1.sentOn']);
  });

  it('warns of each team change without an avenant for it', () => {
    const d = docs((p) => {
      member(p, 'psy').from = '2026-02-10'; // after sentToArs 2025-10-31: needs an avenant dated 02-10 (none)
      member(p, 'apa').to = '2026-02-20'; // needs one dated 02-20 or 02-21: AV-1 is dated 02-22
      member(p, 'diet').to = '2026-03-31'; // AV-2 dated 04-01, the day after: covered
      member(p, 'med').from = '2025-10-31'; // not after sentToArs: no avenant needed
      p.avenants = [
        { id: 'AV-1', date: '2026-02-22' },
        { id: 'AV-2', date: '2026-04-01' },
      ];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-02-05' });
    expect(codesAt(r.issues)).toEqual([
      'TEAM_CHANGE_WITHOUT_AVENANT@team.2.from',
      'TEAM_CHANGE_WITHOUT_AVENANT@team.3.to',
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([
      { member: 'psy', change: 'from', date: '2026-02-10' },
      { member: 'apa', change: 'to', date: '2026-02-20' },
    ]);
    expect(r.issues.map((i) => i.document)).toEqual(['project', 'project']);
  });

  it('refuses duplicate avenant ids, an avenant before the sending, a period that ends before it starts', () => {
    const p = projectJson();
    member(p, 'diet').from = '2026-03-01';
    member(p, 'diet').to = '2026-02-28';
    p.avenants = [
      { id: 'AV-1', date: '2026-03-01' },
      { id: 'AV-1', date: '2025-10-30' },
    ];
    const r = parseProject(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(codesAt(r.issues)).toEqual([
      'MEMBER_PERIOD_INVALID@team.1.to',
      'AVENANT_DUPLICATE_ID@avenants.1.id',
      'AVENANT_BEFORE_SENT@avenants.1.date',
    ]);
  });
});

describe('the key chosen for a séquence', () => {
  const coordination = (rate: string) => [{ kind: 'coordination', rate }];
  const keyed = (distribution: Json, typeDistribution?: Json) => {
    const t = typeJson();
    if (typeDistribution) t.distribution = typeDistribution;
    const p = projectJson();
    p.distribution = distribution;
    return mustParse(t, p, pathJson());
  };

  it('takes the projet’s key for the séquence, then its default, then the type’s key for it, then its default', () => {
    const both = keyed({ bySequence: { S1: coordination('0.2') }, default: coordination('0.1') });
    expect(keyFor('S1', both.project, both.type)).toStrictEqual({
      key: [{ kind: 'coordination', rate: '0.2' }],
      from: 'project',
      sequence: 'S1',
    });
    expect(keyFor('S2', both.project, both.type)).toEqual({
      key: [{ kind: 'coordination', rate: '0.1' }],
      from: 'project',
    });
    const typeOnly = keyed(
      { bySequence: { S1: coordination('0.2') } },
      {
        bySequence: { S2: coordination('0.3') },
        default: coordination('0.4'),
      },
    );
    expect(keyFor('S2', typeOnly.project, typeOnly.type)).toStrictEqual({
      key: [{ kind: 'coordination', rate: '0.3' }],
      from: 'type',
      sequence: 'S2',
    });
    const typeDefault = keyed({}, { default: coordination('0.4') });
    expect(keyFor('S2', typeDefault.project, typeDefault.type)).toStrictEqual({
      key: [{ kind: 'coordination', rate: '0.4' }],
      from: 'type',
    });
    const none = keyed({ bySequence: { S1: coordination('0.2') } });
    expect(keyFor('S2', none.project, none.type)).toBeUndefined();
    // A séquence id that is a property every object inherits is no key.
    expect(keyFor('toString', none.project, none.type)).toBeUndefined();
  });

  it('takes the distribution of the latest avenant dated on or before the day, the later in the list on the same day', () => {
    const p = projectJson();
    p.avenants = [
      { id: 'AV-5', date: '2026-05-01', distribution: { default: coordination('0.5') } },
      { id: 'AV-3', date: '2026-03-01', distribution: { default: coordination('0.3') } },
      { id: 'AV-4', date: '2026-03-01', distribution: { default: coordination('0.4') } },
      { id: 'AV-6', date: '2026-06-01' },
    ];
    const project = parseProject(p);
    if (!project.ok) throw new Error('project');
    const inForce = (on?: string) => distributionInForce(project.value, on).avenant;
    expect([
      inForce(),
      inForce('2026-02-28'),
      inForce('2026-03-01'),
      inForce('2026-04-30'),
      inForce('2026-07-01'),
    ]).toEqual([undefined, undefined, 'AV-4', 'AV-4', 'AV-5']);
    expect(distributionInForce(project.value, '2026-03-01').distribution.default).toEqual([
      { kind: 'coordination', rate: '0.4' },
    ]);
    expect(distributionInForce(project.value).distribution).toBe(project.value.distribution);
    const d = mustParse(typeJson(), p, pathJson());
    expect(keyFor('S1', d.project, d.type, '2026-05-01')).toEqual({
      key: [{ kind: 'coordination', rate: '0.5' }],
      from: 'project',
      avenant: 'AV-5',
    });
  });
});
