import { describe, expect, it } from 'vitest';
import { settle, validatePath, type PathReport } from '../../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

/**
 * The fixture type whose S1 pays by tiers of its DIET prestations only (1 DIET → 25 %, 2 DIET → 50 %), and a path
 * with BILAN and two DIET in S1, one of 20 minutes (below DIET's 30: not counted). On 2026-03-15 S1 has ended
 * incomplete (one DIET of the two required) and S2 is running.
 */
function documents() {
  const t = typeJson();
  ((t.sequences as Json[])[0] as Json).incomplete = {
    policy: 'tiers',
    tiers: [
      { minDone: 1, share: '0.25', of: ['DIET'] },
      { minDone: 2, share: '0.5', of: ['DIET'] },
    ],
  };
  const path = pathJson();
  path.prestations = [
    pr('a', 'BILAN', '2026-02-05', 'med'),
    pr('b', 'DIET', '2026-02-10', 'diet', { minutes: 45 }),
    pr('c', 'DIET', '2026-02-12', 'diet', { minutes: 20 }),
  ];
  const d = mustParse(t, projectJson(), path);
  const report = validatePath(d.type, d.project, d.path, { asOf: '2026-03-15' });
  return { ...d, report };
}

/** The report with prestation `id`'s line changed by `edit` (a report kept, then edited, before settling). */
const withLine = (report: PathReport, id: string, edit: Json): PathReport => ({
  ...report,
  prestations: report.prestations.map((p) => (p.id === id ? { ...p, ...edit } : p)),
});

describe('settle with the report handed over by its caller', () => {
  it('the engine’s own report: the short DIET is not counted, S1 is due its first tier', () => {
    const d = documents();
    const short = d.report.prestations.find((p) => p.id === 'c');
    expect([short?.counted, short?.sequence]).toEqual([false, undefined]);
    const s = settle(d.type, d.project, d.path, { asOf: '2026-03-15', report: d.report });
    // One DIET counted → the tier of minDone 1: 300.00 × 0.25 = 75.00.
    expect(s.sequences.map((q) => [q.sequence, q.forfait.amount])).toEqual([['S1', '75.00']]);
  });

  it('a line that names its séquence but is not counted stays out of a tier’s `of`', () => {
    // kills src/settlement/settle.ts:77 ConditionalExpression (if → false) and LogicalOperator (|| → &&)
    const d = documents();
    const report = withLine(d.report, 'c', { sequence: 'S1' });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-03-15', report });
    // Still one DIET counted (the 20-minute one is not): 300.00 × 0.25 = 75.00, not 300.00 × 0.5 = 150.00.
    expect(s.sequences.map((q) => [q.sequence, q.forfait.amount, q.forfait.share])).toEqual([['S1', '75.00', '0.25']]);
    expect(s.issues.map((i) => i.code)).not.toContain('INTERNAL_ERROR');
  });

  it('a séquence line the type does not define is passed over; the others are settled', () => {
    // kills src/settlement/settle.ts:136 ConditionalExpression (if (def === undefined) → false)
    const d = documents();
    const s1 = d.report.sequences[0] ?? expect.unreachable();
    const report: PathReport = { ...d.report, sequences: [...d.report.sequences, { ...s1, id: 'S9' }] };
    const s = settle(d.type, d.project, d.path, { asOf: '2026-03-15', report });
    // S1: 300.00 × 0.25 = 75.00; S9 names no séquence of the type: neither billed nor excluded.
    expect(s.sequences.map((q) => [q.sequence, q.forfait.amount])).toEqual([['S1', '75.00']]);
    expect(s.excluded.map((e) => e.sequence)).toEqual(['S2']);
    expect(s.issues.map((i) => i.code)).not.toContain('INTERNAL_ERROR');
  });
});
