import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

function run(prestations: Json[]): PathReport {
  const path = pathJson();
  path.prestations = prestations;
  const d = mustParse(typeJson(), projectJson(), path);
  return validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
}

describe('the canonical order of two records with one id', () => {
  it('puts a record without minutes before one with minutes, listed after it', () => {
    // kills src/validation/prestation-assignment.ts:22 StringLiteral (String(b.minutes ?? '') → 'Stryker was here!')
    // Same id, date, code, member and status. No minutes reads as '' and 45 as '45': '' < '45', so the record
    // without minutes (index 0) comes first and counts; the one of 45 minutes (index 1) is the duplicate. The sort
    // compares the later record with the earlier one, so the earlier one's missing minutes are the `b` side.
    const noMinutes = pr('x', 'DIET', '2026-02-03', 'diet');
    delete noMinutes.minutes;
    const r = run([noMinutes, pr('x', 'DIET', '2026-02-03', 'diet', { minutes: 45 })]);
    expect(r.prestations.map((q) => [q.index, q.counted, q.issueCodes])).toEqual([
      [0, true, ['PRESTATION_DURATION_MISSING']],
      [1, false, ['PRESTATION_DUPLICATE_ID']],
    ]);
  });

  it('puts a record without séquence before one naming S1, listed after it', () => {
    // kills src/validation/prestation-assignment.ts:23 StringLiteral (b.sequence ?? '' → 'Stryker was here!')
    // Same id, date, code, member, status and minutes (60). No séquence reads as '' and '' < 'S1': the record
    // without one (index 0, the `b` side of the comparison) comes first and counts; index 1 is the duplicate.
    const r = run([pr('x', 'DIET', '2026-02-03', 'diet'), pr('x', 'DIET', '2026-02-03', 'diet', { sequence: 'S1' })]);
    expect(r.prestations.map((q) => [q.index, q.counted, q.issueCodes])).toEqual([
      [0, true, []],
      [1, false, ['PRESTATION_DUPLICATE_ID']],
    ]);
  });
});
