import { describe, expect, it } from 'vitest';
import { forfaitFor, modulatedForfait } from '../../src/settlement/forfait-amount';
import { TraceBuilder } from '../../src/settlement/trace';
import type { SequenceReport } from '../../src/validation/report-types';
import { mustParse, pathJson, projectJson, typeJson } from '../helpers/fixtures';

/** The test type with a +20 % coefficient in 974 and a 0.9 one in 976, a path in `territory` with `profile`. */
function docs(profile: 'A' | 'B', territory: string) {
  const t = {
    ...typeJson(),
    modulations: [
      { id: 'outre-mer', when: { departments: ['974'] }, factor: '1.20' },
      { id: 'minoration', when: { departments: ['976'] }, factor: '0.9' },
    ],
  };
  const p = { ...pathJson(), profile, patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory } };
  return mustParse(t, projectJson(), p);
}

describe('the modulated forfait, computed once per base and coefficients', () => {
  it('two bases under the same coefficient give two forfaits: 300.00 × 1.2 = 360.00, 400.00 × 1.2 = 480.00', () => {
    const a = docs('A', '974');
    const b = docs('B', '974');
    const def = (d: typeof a) => d.type.sequences[0] ?? expect.unreachable();
    expect(modulatedForfait(a.type, def(a), a.path).modulated).toBe(36000);
    expect(modulatedForfait(b.type, def(b), b.path).modulated).toBe(48000);
    // Asked again, each base still gets its own (the cache key names the base and every factor).
    expect(modulatedForfait(a.type, def(a), a.path).modulated).toBe(36000);
    expect(modulatedForfait(b.type, def(b), b.path).modulated).toBe(48000);
  });

  it('one base under two coefficients gives two forfaits: 300.00 × 1.2 = 360.00, 300.00 × 0.9 = 270.00', () => {
    const reunion = docs('A', '974');
    const mayotte = docs('A', '976');
    const def = reunion.type.sequences[0] ?? expect.unreachable();
    expect(modulatedForfait(reunion.type, def, reunion.path).modulated).toBe(36000);
    expect(modulatedForfait(mayotte.type, def, mayotte.path).modulated).toBe(27000);
  });
});

describe('the cache key names every factor', () => {
  it('1.2 then 1 is not 1.21: 300.00 × 1.2 × 1 = 360.00, 300.00 × 1.21 = 363.00', () => {
    const t = {
      ...typeJson(),
      modulations: [
        { id: 'a', when: { departments: ['974'] }, factor: '1.2' },
        { id: 'b', when: { departments: ['974'] }, factor: '1' },
        { id: 'c', when: { departments: ['976'] }, factor: '1.21' },
      ],
    };
    const at = (territory: string) => {
      const p = { ...pathJson(), patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory } };
      const d = mustParse(t, projectJson(), p);
      return modulatedForfait(d.type, d.type.sequences[0] ?? expect.unreachable(), d.path).modulated;
    };
    expect(at('974')).toBe(36000);
    expect(at('976')).toBe(36300);
  });
});

type Json = Record<string, unknown>;

/** The test type whose S1 forfait is `forfait` (and eligible `profiles`), a path with `profile` (none when undefined) in `territory`. */
function withForfait(forfait: Json, profile: string | undefined, territory = '75', profiles?: Json[]) {
  const t = typeJson();
  if (profiles !== undefined) t.eligibility = { ...(t.eligibility as Json), profiles };
  ((t.sequences as Json[])[0] as Json).forfait = forfait;
  const p: Json = { ...pathJson(), patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory } };
  if (profile === undefined) delete p.profile;
  else p.profile = profile;
  const d = mustParse(t, projectJson(), p);
  return { ...d, def: d.type.sequences[0] ?? expect.unreachable() };
}

/** A completed séquence's report line, as `forfaitFor` reads it. */
const completed: SequenceReport = {
  id: 'S1',
  status: 'completed',
  start: '2026-01-31',
  deadline: '2026-02-28',
  completedOn: '2026-02-20',
  requirements: [],
  counted: 3,
  countedIds: [],
};

const stepsOf = (trace: TraceBuilder) => trace.steps.map((s) => [s.step, s.params]);

describe('the forfait of one séquence, step by step', () => {
  it('parts by profile, the coefficient, then the amount due shared between the parts', () => {
    const d = withForfait(
      {
        parts: [
          { id: 'base', amount: '300.00' },
          { id: 'apa', amount: '100.00', profiles: ['B'] },
          { id: 'rien', amount: '0.00' },
        ],
      },
      'B',
      '974',
    );
    const trace = new TraceBuilder();
    const { forfait, parts } = forfaitFor({ ...d, seq: completed, counted: [] }, trace);
    // Profile B: 300.00 + 100.00 + 0.00 = 400.00; × 1.2 (974) = 480.00, all due (completed).
    // Shared by the parts' bases 300 : 100 : 0 → 480.00 × 3/4 = 360.00, × 1/4 = 120.00, 0.00.
    expect(forfait).toStrictEqual({
      base: 40000,
      profile: 'B',
      parts: [
        { id: 'base', cents: 36000 },
        { id: 'apa', cents: 12000 },
        { id: 'rien', cents: 0 },
      ],
      coefficients: [{ id: 'om', factor: '1.2' }],
      modulated: 48000,
      share: '1',
      policy: 'completed',
      amount: 48000,
    });
    expect([...parts]).toEqual([
      ['base', 36000],
      ['apa', 12000],
      ['rien', 0],
    ]);
    expect(stepsOf(trace)).toStrictEqual([
      ['FORFAIT_PART', { id: 'base', amount: '300.00' }],
      ['FORFAIT_PART', { id: 'apa', amount: '100.00' }],
      ['FORFAIT_PART', { id: 'rien', amount: '0.00' }],
      ['BASE', { profile: 'B', amount: '400.00' }],
      ['MODULATION', { id: 'om', factor: '1.2', territory: '974' }],
      ['MODULATED', { base: '400.00', factor: '1.2', exact: '480', amount: '480.00' }],
      ['COMPLETED', { date: '2026-02-20', amount: '480.00' }],
      [
        'PARTS_DUE',
        {
          parts: [
            { id: 'base', amount: '360.00' },
            { id: 'apa', amount: '120.00' },
            { id: 'rien', amount: '0.00' },
          ],
          amount: '480.00',
        },
      ],
    ]);
  });

  it('a profile whose parts are all 0.00 is due nothing, shared as nothing', () => {
    // kills src/settlement/forfait-amount.ts partsDue ArrayDeclaration ([] → ["Stryker was here"]); the [] replaced
    // `weights.map(() => 0)`, whose `() => undefined` gave 0 too through `split[i] ?? 0`
    const d = withForfait(
      {
        parts: [
          { id: 'rien', amount: '0.00' },
          { id: 'apa', amount: '0.00', profiles: ['A'] },
        ],
      },
      'A',
    );
    const trace = new TraceBuilder();
    // 0.00 + 0.00 = 0.00: no weight above zero, nothing to share.
    expect([...forfaitFor({ ...d, seq: completed, counted: [] }, trace).parts]).toEqual([
      ['rien', 0],
      ['apa', 0],
    ]);
  });

  it('one amount for every profile: no profile, no parts, named anywhere', () => {
    // kills src/settlement/forfait-amount.ts coefficients ConditionalExpression (d === territory → true): the
    // fixture's coefficient names 971…976, not Paris (75); it replaced `territory !== undefined && …`
    const d = withForfait({ amount: '600.00' }, 'A');
    const trace = new TraceBuilder();
    const { forfait, parts } = forfaitFor({ ...d, seq: completed, counted: [] }, trace);
    // 600.00 in Paris (75): no coefficient, all due.
    expect(forfait).toStrictEqual({
      base: 60000,
      coefficients: [],
      modulated: 60000,
      share: '1',
      policy: 'completed',
      amount: 60000,
    });
    expect(parts.size).toBe(0);
    expect(stepsOf(trace)).toStrictEqual([
      ['BASE', { amount: '600.00' }],
      ['COMPLETED', { date: '2026-02-20', amount: '600.00' }],
    ]);
    expect(modulatedForfait(d.type, d.def, d.path)).toStrictEqual({
      base: 60000,
      parts: [],
      coefficients: [],
      modulated: 60000,
    });
  });

  it('parts that name no profile do not read the patient’s: 250.00 + 50.00 = 300.00', () => {
    const d = withForfait(
      {
        parts: [
          { id: 'base', amount: '250.00' },
          { id: 'bilan', amount: '50.00' },
        ],
      },
      'A',
    );
    expect(modulatedForfait(d.type, d.def, d.path)).toStrictEqual({
      base: 30000,
      parts: [
        { id: 'base', cents: 25000 },
        { id: 'bilan', cents: 5000 },
      ],
      coefficients: [],
      modulated: 30000,
    });
  });

  it('parts for some profiles, a path without profile: only the parts for all (validation asks for one)', () => {
    // kills src/settlement/forfait-amount.ts partsFor ConditionalExpression (id === profile → true); it replaced
    // `profile !== undefined && …includes(profile)`, whose `profile !== undefined → true` no test could tell apart
    const d = withForfait(
      {
        parts: [
          { id: 'base', amount: '250.00' },
          { id: 'apa', amount: '50.00', profiles: ['A'] },
        ],
      },
      undefined,
    );
    expect(modulatedForfait(d.type, d.def, d.path)).toStrictEqual({
      base: 25000,
      parts: [{ id: 'base', cents: 25000 }],
      coefficients: [],
      modulated: 25000,
    });
  });

  it('a path without profile reads no profile amount, not even one keyed "undefined" (validation asks for one)', () => {
    const d = withForfait({ byProfile: { A: '300.00', B: '400.00', undefined: '100.00' } }, undefined, '75', [
      { id: 'A' },
      { id: 'B' },
      { id: 'undefined' },
    ]);
    expect(modulatedForfait(d.type, d.def, d.path)).toStrictEqual({
      base: 0,
      parts: [],
      coefficients: [],
      modulated: 0,
    });
  });

  it('a profile the amounts do not name (refused by validation) has a base of 0.00', () => {
    const d = withForfait({ byProfile: { A: '300.00', B: '400.00' } }, 'C');
    expect(modulatedForfait(d.type, d.def, d.path)).toStrictEqual({
      base: 0,
      profile: 'C',
      parts: [],
      coefficients: [],
      modulated: 0,
    });
  });
});
