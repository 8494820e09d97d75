import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePatientPath } from '../../src/index';
import { issueSink } from '../../src/issues/make-issue';
import { readPatientPathFast } from '../../src/schema/patient-path-reader';
import { patientPathSchema } from '../../src/schema/patient-path';
import { scanUntrusted } from '../../src/schema/untrusted-scan';
import { RUNS } from '../helpers/arbitraries';
import { mutate, mutation } from '../helpers/mutation';

type Json = Record<string, unknown>;

/** A path with every optional field present, so that mutations reach all of them. */
function fullPath(): Json {
  return {
    $schema: '../schema/patient-path.schema.json',
    parcoursType: 't-test',
    patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory: '2A', nir: 'fictif' },
    coverage: { exemptions: ['ald', 'maternite'], complementary: 'c2s' },
    profile: 'A',
    inclusion: { date: '2026-01-31', by: 'med' },
    exit: { date: '2026-12-01', reason: 'moved' },
    renewals: [{ date: '2026-07-31' }],
    prestations: [
      { id: 'a', code: 'BILAN', date: '2026-02-05', member: 'med', minutes: 60, status: 'done', sequence: 'S1', note: 'bilan initial' },
      { id: 'b', code: 'DIET', date: '2026-03-05', member: 'diet', status: 'missed' },
    ],
  };
}

/** What the schema alone says (after the input scan), as the fast reader must reproduce it. */
function slowParse(doc: unknown): { ok: true; json: string } | { ok: false } {
  const sink = issueSink('path', 'fr');
  if (!scanUntrusted(doc, sink)) return { ok: false };
  const r = patientPathSchema.safeParse(doc, { jitless: true });
  return r.success ? { ok: true, json: JSON.stringify(r.data) } : { ok: false };
}

describe('fast path reader (property-based)', () => {
  it('answers only for documents the schema accepts, with the same value and key order', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (ms) => {
        const doc = ms.reduce(mutate, fullPath());
        const quick = readPatientPathFast(doc);
        const slow = slowParse(doc);
        if (quick === null) return;
        fast++;
        expect(slow).toEqual({ ok: true, json: JSON.stringify(quick) });
      }),
      { numRuns: RUNS },
    );
    expect(fast).toBeGreaterThan(0);
  });

  it('reads every well-formed document (the fast lane is really taken), and never mutates it', () => {
    const doc = fullPath();
    const before = JSON.stringify(doc);
    const value = readPatientPathFast(doc);
    expect(JSON.stringify(value)).toBe(slowParse(doc).ok ? before : 'schema refused the fixture');
    expect(JSON.stringify(doc)).toBe(before);
    expect(value).not.toBe(doc);
    expect(value?.prestations[0]).not.toBe((doc.prestations as Json[])[0]);
  });

  it('leaves shared, non-plain, sparse, getter-laden and undefined-valued input to the full pipeline', () => {
    const shared = fullPath();
    const p = (shared.prestations as Json[])[0];
    shared.prestations = [p, p];
    class Patient {
      ref = 'PAT-T1';
      birthDate = '1980-06-15';
    }
    const instance = { ...fullPath(), patient: new Patient() };
    const sparse = fullPath();
    (sparse.prestations as unknown[]).length = 3;
    const getter = fullPath();
    Object.defineProperty(getter, 'profile', { enumerable: true, get: () => { throw new Error('hostile'); } });
    const undef = { ...fullPath(), profile: undefined };
    const extra = { ...fullPath(), extra: 1 };
    const withPrestation = (p: Json) => ({ ...fullPath(), prestations: [p] });
    const base = (fullPath().prestations as Json[])[0] as Json;
    const prestationCases = [
      withPrestation({ ...base, minutes: undefined }),
      withPrestation({ ...base, extra: 1 }),
      withPrestation({ ...base, minutes: 1.5 }),
      withPrestation({ ...base, status: 'maybe' }),
      withPrestation({ ...base, note: '' }),
      withPrestation(Object.defineProperty({ ...base }, 'x', { enumerable: true, value: 1 })),
      withPrestation(Object.create({ inherited: true }) as Json),
    ];
    for (const doc of [shared, instance, sparse, getter, undef, extra, ...prestationCases]) expect(readPatientPathFast(doc)).toBeNull();
    const { sequence: _s, note: _n, minutes: _m, ...bare } = base;
    expect(JSON.stringify(readPatientPathFast(withPrestation(bare))?.prestations)).toBe(JSON.stringify([bare]));
    expect(parsePatientPath(shared).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['INPUT_NOT_PLAIN', 'prestations.1']]);
    expect(parsePatientPath(instance).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['INPUT_NOT_PLAIN', 'patient']]);
    expect(parsePatientPath(getter).issues.map((i) => i.code)).toEqual(['INPUT_NOT_PLAIN']);
    expect(parsePatientPath(extra).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['SCHEMA_UNKNOWN_KEY', 'extra']]);
  });
});
