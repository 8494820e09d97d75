import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PCR_ALLOCATE,
  PCR_FINDINGS,
  PCR_QUOTE_PARTS,
  PCR_SEQUENCES,
  type SheetResult,
} from '../../src/spreadsheet/sheet-functions';
import { RUNS } from '../helpers/arbitraries';

type Grid = unknown[][];

const project = (): Grid => [
  ['structure', 'MSP des Tilleuls (fictive)'],
  ['category', 'msp'],
  ['siret', '90000000100017'],
  ['sentToArs', '2026-03-10'],
  ['key', '[{"kind":"coordination","rate":"0.10"},{"kind":"weights","by":"member","basis":"sessions"}]'],
];
const team = (): Grid => [
  ['id', 'profession', 'rpps', 'adeli', 'cpam', 'employer', 'employer_siret'],
  ['dr-martin', 'medecin', '10001234565', '', '', '', ''],
  ['diet-leroy', 'dieteticien', '', '759912345', '', '', ''],
];
const patient = (): Grid => [
  ['ref', 'PAT-0001'],
  ['birthDate', '1972-04-18'],
  ['inclusion', 46173],
  ['profile', 'B'],
  ['territory', '69'],
  ['complementary', 'responsable'],
];
const prestations = (): Grid => [
  ['id', 'code', 'date', 'member', 'minutes', 'status'],
  ['p01', 'BILAN_INITIAL', '2026-06-04', 'dr-martin', 60, 'done'],
  ['p02', 'SEANCE_DIET', 46188, 'diet-leroy', 45, 'done'],
  ['p03', 'BILAN_FINAL', new Date(Date.UTC(2026, 10, 30)), 'dr-martin', 30, 'done'],
];

/** What a spreadsheet may put in a cell, and worse. */
const hostileCell = fc.oneof(
  fc.anything({ withDate: true, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    1e21,
    2958466,
    -693594,
    '2026-02-30',
    '31/12/2026',
    '1,5',
    'x'.repeat(5000),
    '__proto__',
    '{"__proto__":{}}',
    '[]',
  ),
  fc.constant(new Date(Number.NaN)),
  fc.date({ noInvalidDate: false }),
);

/** A grid with one cell replaced (or a row, or the whole grid), then maybe truncated. */
const gridMutation = fc.record({
  row: fc.nat(),
  col: fc.nat(),
  value: hostileCell,
  shape: fc.constantFrom('cell', 'row', 'grid', 'none', 'truncate'),
});

function mutateGrid(grid: unknown, m: { row: number; col: number; value: unknown; shape: string }): unknown {
  if (m.shape === 'none') return grid;
  if (m.shape === 'grid' || !Array.isArray(grid) || grid.length === 0) return m.value;
  if (m.shape === 'truncate') return grid.slice(0, m.row % (grid.length + 1));
  const r = m.row % grid.length;
  const row: unknown = grid[r];
  if (m.shape === 'row' || !Array.isArray(row) || row.length === 0) grid[r] = m.value;
  else row[m.col % row.length] = m.value;
  return grid;
}

/** A result a cell can show: a grid of texts and finite numbers, or one `#PCR` message. */
function displayable(r: SheetResult): void {
  if (typeof r === 'string') {
    expect(r.startsWith('#PCR ')).toBe(true);
    return;
  }
  expect(Array.isArray(r)).toBe(true);
  for (const row of r) {
    expect(Array.isArray(row)).toBe(true);
    for (const c of row) expect(typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c))).toBe(true);
  }
}

/** A snapshot that tells whether arguments were changed (Dates by time, other values by structure). */
const snapshot = (v: unknown): string => {
  try {
    return JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'bigint'
        ? `${x}n`
        : x instanceof Date
          ? `D${x.getTime()}`
          : x instanceof Map || x instanceof Set
            ? [...x]
            : x,
    );
  } catch {
    return 'unserialisable';
  }
};

describe('spreadsheet functions under hostile ranges (property-based)', () => {
  it('PCR_SEQUENCES, PCR_QUOTE_PARTS and PCR_FINDINGS always return a grid or a #PCR text, never throw, never change their ranges', () => {
    fc.assert(
      fc.property(
        fc.array(gridMutation, { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        hostileCell,
        fc.boolean(),
        (ms, target, asOfCell, hostileDate) => {
          const grids: unknown[] = [project(), team(), patient(), prestations()];
          for (const m of ms) grids[target] = mutateGrid(grids[target], m);
          const asOf = hostileDate ? asOfCell : '2026-12-15';
          const before = snapshot(grids);
          for (const fn of [PCR_SEQUENCES, PCR_QUOTE_PARTS, PCR_FINDINGS])
            displayable(fn('obesite-complexe-adulte', grids[0], grids[1], grids[2], grids[3], asOf as string));
          expect(snapshot(grids)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('PCR_ALLOCATE on any amount and column returns parts summing to the amount, or a #PCR text', () => {
    const column = fc.oneof(
      fc.array(fc.array(hostileCell, { maxLength: 2 }), { maxLength: 6 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 6 }),
      hostileCell,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          hostileCell,
          fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
        ),
        column,
        (amount, weights) => {
          const r = PCR_ALLOCATE(amount as number, weights);
          displayable(r);
          if (typeof r !== 'string') {
            const cents = r.reduce((n, [c]) => n + Math.round((c as number) * 100), 0);
            expect(cents).toBe(Math.round(Number(String(amount).replace(',', '.')) * 100));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('an untouched set of ranges gives the expected séquence row (the fuzz starts from a valid sheet)', () => {
    expect(PCR_SEQUENCES('obesite-complexe-adulte', project(), team(), patient(), prestations(), '2026-12-15')).toEqual(
      expect.arrayContaining([expect.arrayContaining(['S1'])]),
    );
  });
});
