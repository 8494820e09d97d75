import { describe, expect, it } from 'vitest';
import { modulatedForfait } from '../../src/settlement/forfait-amount';
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
