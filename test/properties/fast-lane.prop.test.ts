import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePatientPath } from '../../src/index';
import { issueSink } from '../../src/issues/make-issue';
import { parcoursTypeSchema } from '../../src/schema/parcours-type';
import { patientPathSchema } from '../../src/schema/patient-path';
import { projectSchema } from '../../src/schema/project';
import { FAIL, type AnySchema } from '../../src/schema/schema-kit';
import { scanUntrusted } from '../../src/schema/untrusted-scan';
import { RUNS } from '../helpers/arbitraries';
import { mutate, mutation } from '../helpers/mutation';

type Json = Record<string, unknown>;
const read = (file: string): Json => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Json;

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

const fast = (schema: AnySchema, doc: unknown): unknown => schema.read(doc, [], { report: null, seen: new Set() });

/** The full pipeline's answer: the input scan, then the schema reporting every issue. */
function full(schema: AnySchema, doc: unknown): { ok: true; json: string } | { ok: false; codes: string[] } {
  const sink = issueSink('path', 'fr');
  if (!scanUntrusted(doc, sink)) return { ok: false, codes: sink.issues.map((i) => i.code) };
  const value: unknown = schema.read(doc, [], { report: sink, seen: new Set() });
  if (value === FAIL || sink.issues.length > 0) return { ok: false, codes: sink.issues.map((i) => i.code) };
  return { ok: true, json: JSON.stringify(value) };
}

const DOCUMENTS: [string, AnySchema, () => Json][] = [
  ['patient path', patientPathSchema, fullPath],
  ['projet', projectSchema, () => read('examples/obesite/project.json')],
  ['parcours type', parcoursTypeSchema, () => read('rules/obesite-complexe-adulte/2026-03.json')],
];

describe('fast lane of the schema kit (property-based)', () => {
  it.each(DOCUMENTS)('%s: the fast lane answers exactly when the full pipeline accepts, with the same value', (_name, schema, make) => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (ms) => {
        const doc = ms.reduce(mutate, make());
        const quick = fast(schema, doc);
        const slow = full(schema, doc);
        if (quick === FAIL) {
          refused++;
          expect(slow.ok).toBe(false);
          if (!slow.ok) expect(slow.codes.length).toBeGreaterThan(0);
        } else {
          accepted++;
          expect(slow).toEqual({ ok: true, json: JSON.stringify(quick) });
        }
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('reads a well-formed document into new objects, key order kept, without touching it', () => {
    const doc = fullPath();
    const before = JSON.stringify(doc);
    const value = fast(patientPathSchema, doc) as Json;
    expect(JSON.stringify(value)).toBe(before);
    expect(JSON.stringify(doc)).toBe(before);
    expect(value).not.toBe(doc);
    expect((value.prestations as Json[])[0]).not.toBe((doc.prestations as Json[])[0]);
  });

  it('leaves shared, non-plain, sparse, getter-laden and forbidden-key input to the full pipeline', () => {
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
    const extra = { ...fullPath(), extra: 1 };
    const proto = JSON.parse(JSON.stringify(fullPath()).replace('"profile":"A"', '"__proto__":{"x":1}')) as Json;
    const base = (fullPath().prestations as Json[])[0] as Json;
    const withPrestation = (q: Json) => ({ ...fullPath(), prestations: [q] });
    const prestationCases = [
      withPrestation({ ...base, extra: 1 }),
      withPrestation({ ...base, minutes: 1.5 }),
      withPrestation({ ...base, status: 'maybe' }),
      withPrestation({ ...base, note: '' }),
      withPrestation(Object.create({ inherited: true }) as Json),
    ];
    for (const doc of [shared, instance, sparse, extra, proto, ...prestationCases]) expect(fast(patientPathSchema, doc)).toBe(FAIL);
    // An optional field given as undefined is absent.
    const { sequence: _s, note: _n, minutes: _m, ...bare } = base;
    expect(JSON.stringify((fast(patientPathSchema, withPrestation({ ...bare, minutes: undefined })) as Json).prestations)).toBe(JSON.stringify([bare]));
    const at = (doc: unknown) => parsePatientPath(doc).issues.map((i) => [i.code, i.path.join('.')]);
    expect(at(shared)).toEqual([['INPUT_NOT_PLAIN', 'prestations.1']]);
    expect(at(instance)).toEqual([['INPUT_NOT_PLAIN', 'patient']]);
    expect(at(sparse)).toEqual([['SCHEMA_REQUIRED', 'prestations.2']]);
    // A getter that throws stops the read; the parse function catches it.
    expect(() => fast(patientPathSchema, getter)).toThrow('hostile');
    expect(parsePatientPath(getter).issues.map((i) => i.code)).toEqual(['INPUT_NOT_PLAIN']);
    expect(at(extra)).toEqual([['SCHEMA_UNKNOWN_KEY', 'extra']]);
    expect(at(proto)).toEqual([['INPUT_FORBIDDEN_KEY', '__proto__']]);
  });
});
