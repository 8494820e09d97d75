import { describe, expect, it } from 'vitest';
import { validatePath } from '../../src/index';
import { issueSink } from '../../src/issues/issue-sink';
import { billableDate, settleSequence, type SequenceToSettle } from '../../src/settlement/settle-sequence';
import type { SequenceReport } from '../../src/validation/report-types';
import { mustParse, pathJson, pr, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

/** A séquence report line with only what `billableDate` reads. */
const line = (dates: Partial<SequenceReport>): SequenceReport => ({
  id: 'S1',
  status: 'completed',
  start: '2027-01-01',
  deadline: '2027-06-01',
  requirements: [],
  counted: 0,
  countedIds: [],
  ...dates,
});

describe('the billable date of an ended séquence', () => {
  it('its completion, its end when incomplete, else its deadline; a later attestation moves it', () => {
    expect(billableDate(line({ completedOn: '2027-05-12' }))).toBe('2027-05-12');
    expect(billableDate(line({ status: 'incomplete', endedOn: '2027-04-03' }))).toBe('2027-04-03');
    expect(billableDate(line({ status: 'incomplete' }))).toBe('2027-06-01');
    // Signed on 2027-05-20, after the completion on 2027-05-12: billable on the signature.
    expect(billableDate(line({ completedOn: '2027-05-12', attestation: { signedOn: '2027-05-20' } }))).toBe(
      '2027-05-20',
    );
    // Not signed yet: the completion.
    expect(billableDate(line({ completedOn: '2027-05-12', attestation: {} }))).toBe('2027-05-12');
    // A signature before the end (the report never keeps one: ATTESTATION_BEFORE_END) does not move it earlier.
    expect(billableDate(line({ completedOn: '2027-05-12', attestation: { signedOn: '2027-05-01' } }))).toBe(
      '2027-05-12',
    );
  });
});

/**
 * The fixture path with S1 completed on 2026-02-20 (BILAN, two DIET) and S2 running on 2026-03-15; S2 pays all of
 * its 600.00 when incomplete (policy `full`), so that a séquence still running would be worth something.
 */
function input(mutate: (path: Json) => void = () => {}, over: Partial<SequenceToSettle> = {}): SequenceToSettle {
  const t = typeJson();
  ((t.sequences as Json[])[1] as Json).incomplete = { policy: 'full' };
  const path = pathJson();
  path.prestations = [
    pr('a', 'BILAN', '2026-02-05', 'med'),
    pr('b', 'DIET', '2026-02-10', 'diet', { minutes: 45 }),
    pr('c', 'DIET', '2026-02-20', 'diet', { minutes: 45 }),
  ];
  mutate(path);
  const d = mustParse(t, projectJson(), path);
  const report = validatePath(d.type, d.project, d.path, { asOf: '2026-03-15' });
  const key = d.project.distribution.default ?? expect.unreachable();
  return {
    type: d.type,
    def: d.type.sequences[0] ?? expect.unreachable(),
    path: d.path,
    seq: report.sequences[0] ?? expect.unreachable(),
    project: d.project,
    members: new Map(d.project.team.map((m) => [m.id, m])),
    chosen: { key, from: 'project' },
    counted: report.prestations.filter((p) => p.counted && p.sequence === 'S1'),
    sink: issueSink('path', 'fr'),
    ...over,
  };
}

const keySource = (r: ReturnType<typeof settleSequence>) => r?.trace.steps.find((s) => s.step === 'KEY_SOURCE')?.params;

describe('one ended séquence settled', () => {
  it('the default key of the projet: no séquence, no avenant, no AMC organisation named', () => {
    const r = settleSequence(input());
    // 300.00 (profile A), participation 300.00 × 0.30 = 90.00 → AMC; AMO 210.00.
    expect(r?.forfait.amount).toBe(30000);
    expect(r?.payers).toStrictEqual({ amo: 21000, amc: 9000, patient: 0, participation: 9000 });
    expect(r !== undefined && 'avenant' in r).toBe(false);
    expect(keySource(r)).toStrictEqual({ from: 'project' });
  });

  it('the séquence’s own key from an avenant, and the AMC organisation of the path', () => {
    const base = input((path) => void (path.coverage = { complementary: 'responsable', organisation: 'AMC-77' }));
    const r = settleSequence({ ...base, chosen: { ...base.chosen, sequence: 'S1', avenant: 'AV-1' } });
    expect(r?.avenant).toBe('AV-1');
    expect(r?.payers).toStrictEqual({
      amo: 21000,
      amc: 9000,
      patient: 0,
      participation: 9000,
      amcOrganisation: 'AMC-77',
    });
    expect(keySource(r)).toStrictEqual({ from: 'project', sequence: 'S1', avenant: 'AV-1' });
  });

  it('no complementary period on the billable date: COVERAGE_GAP for the séquence, the patient pays', () => {
    const { sink, ...rest } = input(
      (path) =>
        void (path.coverage = { complementary: [{ kind: 'responsable', from: '2026-01-01', to: '2026-02-19' }] }),
    );
    const r = settleSequence({ ...rest, sink });
    // Billable on 2026-02-20, the day after the period's last day: 90.00 → patient; AMO 210.00.
    expect(r?.payers).toStrictEqual({ amo: 21000, amc: 0, patient: 9000, participation: 9000 });
    expect(sink.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['COVERAGE_GAP', ['coverage', 'complementary'], { sequence: 'S1', date: '2026-02-20' }],
    ]);
  });

  it('a séquence still running is not settled, whatever its policy would pay', () => {
    const base = input();
    const s2 = validatePath(base.type, base.project, base.path, { asOf: '2026-03-15' }).sequences[1];
    expect(s2?.status).toBe('in-progress');
    // Settled as ended, S2 would pay 600.00 under `full`: it is not, being still in progress.
    expect(
      settleSequence({ ...base, def: base.type.sequences[1] ?? expect.unreachable(), seq: s2!, counted: [] }),
    ).toBe(undefined);
  });
});
