import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePath, type PathReport } from '../../src/index';
import { RUNS, clean, prestationsWithShuffle } from '../helpers/arbitraries';
import { mustParse, pathJson, projectJson, typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

/** Replaces input positions by the content they point to, so that reports of permuted inputs can be compared. */
function normalise(report: PathReport, prestations: Json[], team: Json[]): unknown {
  const key = (list: Json[], i: number) => JSON.stringify(list[i]);
  return {
    ...report,
    prestations: report.prestations.map((p) => ({ ...p, index: key(prestations, p.index) })),
    issues: report.issues.map((i) => {
      if (i.path[0] === 'prestations' && typeof i.path[1] === 'number')
        return { ...i, path: ['prestations', key(prestations, i.path[1]), ...i.path.slice(2)] };
      if (i.path[0] === 'team' && typeof i.path[1] === 'number')
        return { ...i, path: ['team', key(team, i.path[1]), ...i.path.slice(2)] };
      return i;
    }),
  };
}

describe('validatePath is independent of input order', () => {
  it('gives the same report when prestations and team members are shuffled', () => {
    fc.assert(
      fc.property(
        prestationsWithShuffle,
        fc.boolean(),
        fc.integer({ min: 0, max: 420 }),
        ([list, shuffled], reverseTeam, asOfDay) => {
          const asOf = new Date(Date.UTC(2026, 0, 31 + asOfDay)).toISOString().slice(0, 10);
          const a = list.map(clean) as Json[];
          const b = shuffled.map(clean) as Json[];
          const project = projectJson();
          const teamA = project.team as Json[];
          const teamB = reverseTeam ? [...teamA].reverse() : teamA;
          const pa = pathJson();
          pa.prestations = a;
          const pb = pathJson();
          pb.prestations = b;
          const da = mustParse(typeJson(), project, pa);
          const db = mustParse(typeJson(), { ...project, team: teamB }, pb);
          const ra = validatePath(da.type, da.project, da.path, { asOf });
          const rb = validatePath(db.type, db.project, db.path, { asOf });
          expect(normalise(rb, b, teamB)).toEqual(normalise(ra, a, teamA));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never mutates the parsed documents', () => {
    fc.assert(
      fc.property(prestationsWithShuffle, ([list]) => {
        const p = pathJson();
        p.prestations = list.map(clean);
        const d = mustParse(typeJson(), projectJson(), p);
        const before = JSON.stringify(d);
        validatePath(d.type, d.project, d.path, { asOf: '2026-12-31' });
        expect(JSON.stringify(d)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
