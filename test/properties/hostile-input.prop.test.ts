import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject, settle, validatePath, type Issue } from '../../src/index';
import { ISSUE_CODES } from '../../src/entries/testing';
import { RUNS } from '../helpers/arbitraries';
import { mustParse, pathJson, projectJson, typeJson } from '../helpers/fixtures';
import { csvLine } from '../../src/entries/exports';
import { mutate, mutation } from '../../scripts/mutation.mjs';

type Json = Record<string, unknown>;
const KNOWN = new Set<string>(ISSUE_CODES);

function wellFormed(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect(KNOWN.has(i.code)).toBe(true);
    expect(Array.isArray(i.path)).toBe(true);
    expect(i.message.length).toBeGreaterThan(0);
  }
}

describe('hostile input (property-based)', () => {
  it('7. any JSON-like value gives issues with a known code and a path, never an exception', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
        }),
        (v) => {
          for (const parse of [parseParcoursType, parseProject, parsePatientPath]) {
            const r = parse(v);
            expect(r.ok).toBe(false);
            wellFormed(r.issues);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('7. mutated documents never throw and are never changed; rejections say why and where; whatever parses validates and settles', () => {
    fc.assert(
      fc.property(
        mutation,
        mutation,
        mutation,
        fc.constantFrom('2026-03-01', '2026-12-31', '2027-06-30'),
        (mt, mp, mpath, asOf) => {
          const base = pathJson();
          base.prestations = [
            { id: 'a', code: 'BILAN', date: '2026-02-05', member: 'med', minutes: 60, status: 'done' },
          ];
          const docs = [mutate(typeJson(), mt), mutate(projectJson(), mp), mutate(base, mpath)] as const;
          const before = docs.map((d) => structuredClone(d));
          const [t, p, path] = [parseParcoursType(docs[0]), parseProject(docs[1]), parsePatientPath(docs[2])];
          for (const r of [t, p, path]) {
            wellFormed(r.issues);
            if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
          }
          if (t.ok && p.ok && path.ok) {
            const parsed = structuredClone([t.value, p.value, path.value]);
            wellFormed(validatePath(t.value, p.value, path.value, { asOf }).issues);
            const s = settle(t.value, p.value, path.value, { asOf });
            wellFormed(s.issues);
            expect([t.value, p.value, path.value]).toEqual(parsed);
          }
          expect(docs).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('7. a document with an own __proto__ or constructor key anywhere is rejected, and nothing is polluted', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat({ max: 3 }), (key, depth) => {
        let inner = `{"${key}": {"polluted": true}}`;
        for (let i = 0; i < depth; i++) inner = `{"a": ${inner}}`;
        const doc = JSON.parse(`{"parcoursType": "t", "x": ${inner}}`) as unknown;
        const r = parsePatientPath(doc);
        expect(r.issues.map((i) => i.code)).toEqual(['INPUT_FORBIDDEN_KEY']);
        expect(({} as Json).polluted).toBeUndefined();
      }),
      { numRuns: Math.min(RUNS, 200) }, // 3 keys × 4 depths: a few hundred runs cover them all
    );
  });

  it('17. options that throw, NIRs as references, formula cells: never an exception, never echoed, never a formula', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    const throwing = fc.constantFrom(
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
      Object.defineProperty({}, 'asOf', {
        get: () => {
          throw new Error('y');
        },
      }),
      Object.defineProperty({ asOf: '2026-12-31' }, 'lang', {
        get: () => {
          throw new Error('z');
        },
      }),
      null,
      42,
    );
    fc.assert(
      fc.property(
        throwing,
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 0, max: 99 }),
        fc.string({ maxLength: 12 }),
        (opts, sex, n, cell) => {
          expect(() => validatePath(d.type, d.project, d.path, opts as never)).not.toThrow();
          expect(() => settle(d.type, d.project, d.path, opts as never)).not.toThrow();
          expect(parseProject(projectJson(), opts as never).ok).toBe(true);
          // A valid NIR (sex, year, month, place, order, key 97 − body mod 97) as the reference: refused, not repeated.
          const body = `${sex}${String(70 + (n % 30)).padStart(2, '0')}0${1 + (n % 9)}75${String(100 + n).padStart(3, '0')}${String(100 + n).padStart(3, '0')}`;
          const nir = body + String(97 - (Number(body) % 97)).padStart(2, '0');
          const r = parsePatientPath({ ...pathJson(), patient: { ...(pathJson().patient as Json), ref: nir } });
          expect(r.issues.map((i) => i.code)).toContain('PATIENT_REF_IS_NIR');
          expect(JSON.stringify(r.issues)).not.toContain(nir);
          // A CSV cell never starts with a formula character once written.
          const written = csvLine([cell]).replace(/^"/, '');
          expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
