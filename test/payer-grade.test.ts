import { describe, expect, it } from 'vitest';
import { settle, validatePath } from '../src/index';
import { codes, mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';

type Json = Record<string, unknown>;
type Seq = Json & { requirements: Json[]; incomplete: Json };

/** The test type, projet and path, changed by `mutate`, parsed. */
function documents(mutate: (t: Json & { sequences: Seq[] }, p: Json, path: Json) => void) {
  const t = typeJson() as Json & { sequences: Seq[] };
  const p = projectJson();
  const path = pathJson();
  mutate(t, p, path);
  return mustParse(t, p, path);
}

/** S1 completed on 2026-02-20 (BILAN, then two DIET). */
const S1_DONE = () => [
  pr('a', 'BILAN', '2026-02-05', 'med'),
  pr('b', 'DIET', '2026-02-10', 'diet'),
  pr('c', 'DIET', '2026-02-20', 'diet'),
];

describe('defects a payer found', () => {
  it('a tier with `of` counts only its codes, not every prestation of a requirement that contains one', () => {
    // S2 (from 2026-03-01): anyOf [PSY, APA] min 5; a tier of 3 PSY pays half. Three APA and one PSY are counted,
    // the patient leaves on 2026-06-30: one PSY, below the tier, so nothing is due for S2.
    const d = documents((t, _p, path) => {
      const s2 = t.sequences[1] as Seq;
      s2.requirements = [{ anyOf: ['PSY', 'APA'], min: 5 }];
      s2.incomplete = { policy: 'tiers', tiers: [{ minDone: 3, share: '0.5', of: ['PSY'] }] };
      path.exit = { date: '2026-06-30', reason: 'withdrawal' };
      path.prestations = [
        ...S1_DONE(),
        pr('d', 'APA', '2026-03-10', 'apa'),
        pr('e', 'APA', '2026-04-10', 'apa'),
        pr('f', 'APA', '2026-05-10', 'apa'),
        pr('g', 'PSY', '2026-05-20', 'psy'),
      ];
    });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-07-15' });
    expect(s.sequences.map((q) => q.sequence)).toEqual(['S1']);
    expect(s.excluded).toEqual([{ sequence: 'S2', status: 'incomplete', reason: 'NOTHING_DUE' }]);
  });

  it('a tier with `of` reached by its own codes pays its share', () => {
    // Three PSY and one APA: 3 PSY reach the tier; 600.00 × 0.5 = 300.00.
    const d = documents((t, _p, path) => {
      const s2 = t.sequences[1] as Seq;
      s2.requirements = [{ anyOf: ['PSY', 'APA'], min: 5 }];
      s2.incomplete = { policy: 'tiers', tiers: [{ minDone: 3, share: '0.5', of: ['PSY'] }] };
      path.exit = { date: '2026-06-30', reason: 'withdrawal' };
      path.prestations = [
        ...S1_DONE(),
        pr('d', 'PSY', '2026-03-10', 'psy'),
        pr('e', 'PSY', '2026-04-10', 'psy'),
        pr('f', 'APA', '2026-05-10', 'apa'),
        pr('g', 'PSY', '2026-05-20', 'psy'),
      ];
    });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-07-15' });
    const s2 = s.sequences.find((q) => q.sequence === 'S2');
    expect([s2?.forfait.share, s2?.forfait.amount]).toEqual(['0.5', '300.00']);
    expect(s2?.trace.find((x) => x.step === 'POLICY_TIERS')?.params).toMatchObject({ done: 3, minDone: 3 });
  });

  it('a prestation after its own séquence’s deadline is PRESTATION_AFTER_DEADLINE, even when a parallel séquence is open', () => {
    // Two séquences from inclusion (2026-01-31): S1 of 1 month (DIET), S2 of 11 months (PSY). A DIET on
    // 2026-03-15 is after S1's deadline (2026-02-28) while S2 is open but does not expect DIET.
    const d = documents((t, _p, path) => {
      (t.sequences[1] as Seq).start = 'inclusion';
      path.prestations = [...S1_DONE(), pr('late', 'DIET', '2026-03-15', 'diet')];
    });
    const r = validatePath(d.type, d.project, d.path, { asOf: '2026-04-01' });
    const late = r.issues.filter((i) => i.path[1] === 3);
    expect(late.map((i) => [i.code, i.params])).toEqual([
      ['PRESTATION_AFTER_DEADLINE', { date: '2026-03-15', deadline: '2026-02-28', scope: 'sequence', sequence: 'S1' }],
    ]);
  });

  it('an inclusion before the projet is deemed accepted blocks the path: not financed (L.162-62 II, R.162-137 CSS)', () => {
    // Sent to the ARS on 2026-01-15: deemed accepted on 2026-03-15; inclusion on 2026-01-31.
    const d = documents((_t, p, path) => {
      p.sentToArs = '2026-01-15';
      path.prestations = S1_DONE();
    });
    const s = settle(d.type, d.project, d.path, { asOf: '2026-04-01' });
    const issue = s.issues.find((i) => i.code === 'PROJECT_NOT_ACCEPTED');
    expect([issue?.severity, issue?.params]).toEqual(['error', { date: '2026-01-31', accepted: '2026-03-15' }]);
    expect(s.sequences).toEqual([]);
    expect(s.excluded.map((x) => x.reason)).toEqual(['BLOCKED', 'BLOCKED']);
    expect(codes(s.issues)).toContain('SETTLEMENT_BLOCKED');
  });
});
