import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../../src/index';
import { mustParse, pathJson, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

function run(mutate: (t: Json, path: Json) => void, asOf: string): PathReport {
  const t = typeJson();
  const path = pathJson();
  mutate(t, path);
  const d = mustParse(t, projectJson(), path);
  return validatePath(d.type, d.project, d.path, { asOf });
}

describe("a séquence's attestation", () => {
  it('is signed on the earliest attestation after the end, whatever the order they are listed in', () => {
    // kills src/validation/sequence-status.ts:94 ConditionalExpression (a.date < signedOn → false)
    // S1 (2026-01-31 → 2026-02-28, nothing done) ends incomplete on its deadline 2026-02-28. Both attestations are
    // signed after it and by the evaluation date 2026-03-20: the later one (03-10) listed first, the earlier (03-05)
    // second. Signed on the earlier: 2026-03-05.
    const r = run((t, path) => {
      (t.sequences as Json[])[0]!.requiresAttestation = true;
      path.attestations = [
        { sequence: 'S1', date: '2026-03-10' },
        { sequence: 'S1', date: '2026-03-05' },
      ];
    }, '2026-03-20');
    const s1 = r.sequences.find((s) => s.id === 'S1');
    expect(s1).toMatchObject({ status: 'incomplete', endedOn: '2026-02-28' });
    expect(s1?.attestation).toEqual({ signedOn: '2026-03-05' });
    expect(r.issues.filter((i) => i.code.startsWith('ATTESTATION'))).toEqual([]);
  });
});
