import { describe, expect, it } from 'vitest';
import { settle, validatePath } from '../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';

type Json = Record<string, unknown>;
const asOf = '2026-03-15';
const summary = (issues: readonly { code: string; severity: string; document: string; params: unknown }[]) =>
  issues.map((i) => [i.code, i.severity, i.document, i.params]);

/**
 * S1 of the test type, completed: profile A (300.00), a BILAN by `med` and two DIET by the dietitian named `diet`,
 * keyed by coordination 10 % then weights by member on sessions with `weights`.
 */
function documents(diet: string, weights?: Json): { type: Json; project: Json; path: Json } {
  const project = projectJson();
  project.team = (project.team as Json[]).map((m) => (m.id === 'diet' ? { ...m, id: diet } : m));
  project.distribution = {
    default: [
      { kind: 'coordination', rate: '0.10' },
      { kind: 'weights', by: 'member', basis: 'sessions', ...(weights ? { weights } : {}) },
    ],
  };
  const path = pathJson();
  path.prestations = [
    pr('b1', 'BILAN', '2026-02-02', 'med'),
    pr('d1', 'DIET', '2026-02-05', diet, { minutes: 30 }),
    pr('d2', 'DIET', '2026-02-12', diet, { minutes: 30 }),
  ];
  return { type: typeJson(), project, path };
}

const sharesOf = (s: ReturnType<typeof settle>) =>
  s.sequences.map((q) => [
    q.sequence,
    q.forfait.amount,
    q.shares.map((sh) => [sh.beneficiary.kind === 'member' ? sh.beneficiary.id : 'structure', sh.amount]),
  ]);

describe('a member named like a built-in (toString, valueOf, hasOwnProperty) and a weights map that does not list it', () => {
  // By hand: S1 is due in full, 300.00; coordination 10 % = 30.00 to the structure; 270.00 left, weighed on
  // sessions: med 1 session × 2 = 2, the dietitian 2 sessions × 1 (not listed: factor 1) = 2; 135.00 each.
  it.each(['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'])(
    '%s settles to the cent, as any other name',
    (name) => {
      const d = documents(name, { med: '2' });
      const { type, project, path } = mustParse(d.type, d.project, d.path);
      const s = settle(type, project, path, { asOf });
      expect(s.issues.map((i) => i.code)).toEqual([]);
      expect(sharesOf(s)).toEqual([
        [
          'S1',
          '300.00',
          // The structure first, then the members by id.
          [
            ['structure', '30.00'],
            ...(name < 'med'
              ? [
                  [name, '135.00'],
                  ['med', '135.00'],
                ]
              : [
                  ['med', '135.00'],
                  [name, '135.00'],
                ]),
          ],
        ],
      ]);
    },
  );
});

describe('validatePath and settle: INPUT_NOT_PARSED only for what the parse functions refuse', () => {
  it('a document written by hand that the parse functions accept is evaluated as the parsed one', () => {
    const d = documents('diet', { med: '2' });
    const parsed = mustParse(d.type, d.project, d.path);
    const byHand = settle(d.type as never, d.project as never, d.path as never, { asOf });
    expect(sharesOf(byHand)).toEqual(sharesOf(settle(parsed.type, parsed.project, parsed.path, { asOf })));
    expect(sharesOf(byHand)).toEqual([
      [
        'S1',
        '300.00',
        [
          ['structure', '30.00'],
          ['diet', '135.00'],
          ['med', '135.00'],
        ],
      ],
    ]);
  });

  it('a value the parse functions refuse is INPUT_NOT_PARSED, before any step runs', () => {
    const d = documents('diet');
    const parsed = mustParse(d.type, d.project, d.path);
    const broken = { ...parsed.path, prestations: 42 };
    const r = validatePath(parsed.type, parsed.project, broken as never, { asOf, lang: 'en' });
    expect([r.blocked, summary(r.issues)]).toEqual([true, [['INPUT_NOT_PARSED', 'error', 'input', {}]]]);
    const s = settle(parsed.type, null as never, parsed.path, { asOf, lang: 'en' });
    expect(summary(s.issues)).toEqual([['INPUT_NOT_PARSED', 'error', 'input', {}]]);
    expect(s.sequences).toEqual([]);
    // With the report of valid documents given, settle says itself that it could not read them.
    const report = validatePath(parsed.type, parsed.project, parsed.path, { asOf });
    const given = settle(parsed.type, null as never, parsed.path, { asOf, lang: 'en', report });
    expect(given.issues.map((i) => [i.code, i.document, i.path, i.params])).toEqual([
      ['INPUT_NOT_PARSED', 'input', [], {}],
    ]);
    expect([given.sequences, given.excluded]).toEqual([[], []]);
  });
});

describe('an unexpected exception inside is INTERNAL_ERROR, a defect of the library, never a verdict on the input', () => {
  it('validatePath: a parsed path whose prestations throw when read', () => {
    const d = documents('diet');
    const { type, project, path } = mustParse(d.type, d.project, d.path);
    Object.defineProperty(path, 'prestations', {
      get() {
        throw new TypeError('a defect');
      },
    });
    const r = validatePath(type, project, path, { asOf, lang: 'en' });
    expect([r.blocked, summary(r.issues)]).toEqual([
      true,
      [['INTERNAL_ERROR', 'error', 'input', { step: 'validatePath', error: 'TypeError' }]],
    ]);
    expect(r.issues[0]?.message).toBe(
      "Internal error in validatePath (TypeError): a defect of this library, not a verdict on your documents. Nothing was computed; please report it to the maintainers with documents that reproduce it (made-up data only, never a real patient's).",
    );
  });

  it('settle: a parsed projet whose team throws when read, after its report was made', () => {
    const d = documents('diet');
    const { type, project, path } = mustParse(d.type, d.project, d.path);
    const report = validatePath(type, project, path, { asOf });
    expect(report.issues).toEqual([]);
    Object.defineProperty(project, 'team', {
      get() {
        throw new RangeError('a defect');
      },
    });
    const s = settle(type, project, path, { asOf, report });
    expect(summary(s.issues)).toEqual([['INTERNAL_ERROR', 'error', 'input', { step: 'settle', error: 'RangeError' }]]);
    expect(s.issues[0]?.message).toBe(
      'Erreur interne dans settle (RangeError)\u00a0: un défaut de cette bibliothèque, pas un verdict sur vos documents. Rien n’a été calculé\u202f; signalez-le aux mainteneurs avec des documents qui le reproduisent (données inventées, jamais celles d’un vrai patient).',
    );
    expect([s.sequences, s.excluded, s.totals.forfait]).toEqual([[], [], '0.00']);
  });
});
