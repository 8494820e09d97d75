import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

function run(mutate: (t: Json, path: Json) => void, asOf = '2026-12-31'): PathReport {
  const t = typeJson();
  const path = pathJson();
  mutate(t, path);
  const d = mustParse(t, projectJson(), path);
  return validatePath(d.type, d.project, d.path, { asOf });
}
const at = (r: PathReport) => r.issues.map((i) => `${i.code}@${i.document}:${i.path.join('.')}`);

/** S1 made recurring every 4 months, S2 starting at the inclusion beside it (a séquence cannot follow a recurring one). */
function recurringS1(t: Json): void {
  const [s1, s2] = t.sequences as Json[];
  (s1 as Json).recurring = true;
  (s1 as Json).months = 4;
  (s2 as Json).start = 'inclusion';
}

describe('a prestation placed in the séquence its `sequence` field names', () => {
  it('takes a recurring séquence first in the type by its first occurrence id `S1.1`', () => {
    // kills src/validation/sequence-placement.ts:26 EqualityOperator (exact >= 0 → exact > 0)
    // Inclusion 2026-01-31: S1.1 runs 2026-01-31 → 2026-05-31 (+4 months), S1.2 2026-06-01 → 2026-09-30, S1.3
    // 2026-10-01 → 2027-01-31. 'S1.1' is the id of the first window (index 0): named exactly, it is found there.
    const r = run((t, path) => {
      recurringS1(t);
      path.prestations = [pr('d', 'DIET', '2026-02-10', 'diet', { sequence: 'S1.1' })];
    });
    expect(r.sequences.map((s) => [s.id, s.start, s.deadline])).toEqual([
      ['S1.1', '2026-01-31', '2026-05-31'],
      ['S1.2', '2026-06-01', '2026-09-30'],
      ['S1.3', '2026-10-01', '2027-01-31'],
      ['S2', '2026-01-31', '2026-12-31'],
    ]);
    expect(r.issues.filter((i) => i.code.startsWith('PRESTATION'))).toEqual([]);
    expect(r.prestations[0]).toMatchObject({ id: 'd', sequence: 'S1.1', requirement: 1, counted: true });
  });

  it('files a prestation naming a recurring séquence on the deadline of an occurrence in that occurrence', () => {
    // kills src/validation/sequence-placement.ts:31 EqualityOperator (p.date <= w.deadline → p.date < w.deadline)
    // 2026-05-31 is S1.1's last day (2026-01-31 + 4 months), the day before S1.2 starts: S1.1 holds it, both bounds
    // inclusive. Without its deadline no occurrence would hold it and the last (S1.3, from 2026-10-01) would be named.
    const r = run((t, path) => {
      recurringS1(t);
      path.prestations = [pr('d', 'DIET', '2026-05-31', 'diet', { sequence: 'S1' })];
    });
    expect(r.issues.filter((i) => i.code.startsWith('PRESTATION'))).toEqual([]);
    expect(r.prestations[0]).toMatchObject({ id: 'd', sequence: 'S1.1', requirement: 1, counted: true });
  });
});

describe('a prestation counted by the first requirement that takes it', () => {
  it('counts for the first requirement when a later one that also takes its code is full', () => {
    // kills src/validation/sequence-placement.ts:150 EqualityOperator (primary < 0 → primary <= 0)
    // S1: requirement 0 DIET (max 3), requirement 1 DIET or PSY (max 1). The PSY of 2026-02-02 fills requirement 1
    // (1 of max 1); the DIET of 2026-02-03 is taken by requirement 0 (0 of max 3): requirement 1 being full does not
    // make it over the maximum.
    const r = run((t, path) => {
      (t.sequences as Json[])[0]!.requirements = [
        { prestation: 'DIET', min: 2, max: 3 },
        { anyOf: ['DIET', 'PSY'], min: 1, max: 1 },
      ];
      path.prestations = [pr('p', 'PSY', '2026-02-02', 'psy'), pr('d', 'DIET', '2026-02-03', 'diet')];
    });
    expect(at(r).filter((c) => c.startsWith('PRESTATION'))).toEqual([]);
    expect(r.prestations.map((q) => [q.id, q.sequence, q.requirement, q.counted])).toEqual([
      ['p', 'S1', 1, true],
      ['d', 'S1', 0, true],
    ]);
    expect(r.sequences[0]?.requirements.map((q) => q.done)).toEqual([1, 1]);
  });
});
