import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject, type Issue, type Result } from '../../src/index';
import { RUNS } from '../helpers/arbitraries';
import { mutate, mutation } from '../../scripts/mutation.mjs';

type Json = Record<string, unknown>;
const read = (file: string): Json =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as Json;

/** A path with every optional field present, so that mutations reach all of them. */
function fullPath(): Json {
  return {
    $schema: '../schema/patient-path.schema.json',
    parcoursType: 't-test',
    patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory: '2A', nir: '269054958815780' },
    coverage: { exemptions: ['ald', 'maternite'], complementary: 'c2s' },
    profile: 'A',
    inclusion: { date: '2026-01-31', by: 'med' },
    exit: { date: '2026-12-01', reason: 'moved' },
    renewals: [{ date: '2026-07-31' }],
    prestations: [
      {
        id: 'a',
        code: 'BILAN',
        date: '2026-02-05',
        member: 'med',
        minutes: 60,
        status: 'done',
        sequence: 'S1',
        note: 'bilan initial',
      },
      { id: 'b', code: 'DIET', date: '2026-03-05', member: 'diet', status: 'missed' },
    ],
  };
}

// Ajv as a vendor would set it for these schemas: numbers' decimals are checked by multipleOf, which needs a
// tolerance for binary floats (600.5 / 0.01 is 60049.99999999999 in JavaScript).
const ajv = new Ajv2020({ strict: false, multipleOfPrecision: 9 });
const DOCUMENTS: [string, (v: unknown) => Result<unknown>, (v: unknown) => boolean, () => Json][] = [
  ['patient path', parsePatientPath, ajv.compile(read('rules/schema/patient-path.schema.json')), fullPath],
  [
    'projet',
    parseProject,
    ajv.compile(read('rules/schema/project.schema.json')),
    () => read('examples/obesite/project.json'),
  ],
  [
    'parcours type',
    parseParcoursType,
    ajv.compile(read('rules/schema/parcours-type.schema.json')),
    () => read('rules/obesite-complexe-adulte/2026-03.json'),
  ],
];

/** Codes of the checks the JSON Schemas carry: the document's shape, its dates, amounts and formats. */
const SHAPE = /^(SCHEMA_|INPUT_|INVALID_(DATE|AMOUNT|DECIMAL)$)/;
const valueAt = (doc: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Json)[key] : undefined),
    doc,
  );

/**
 * The checks the schema files say they leave to the engine: cross-references, and the decimals of a number counted
 * as JavaScript writes it (`5e-324` or `1.0000000000000002` is a multiple of 0.01 within Ajv's tolerance).
 */
function leftToTheEngine(doc: unknown, issues: readonly Issue[]): boolean {
  return issues
    .filter((i) => i.severity === 'error')
    .every(
      (i) =>
        !SHAPE.test(i.code) ||
        ((i.code === 'INVALID_AMOUNT' || i.code === 'INVALID_DECIMAL') && typeof valueAt(doc, i.path) === 'number'),
    );
}

/** A JSON document, as JSON.parse would give it; null when the mutated value has no JSON text (a bigint). */
function asJson(doc: Json): unknown {
  try {
    const text = JSON.stringify(doc);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

describe('generated JSON Schemas and parse functions agree (property-based, Ajv)', () => {
  it.each(DOCUMENTS)(
    '%s: the same verdict on mutated documents, but for what the schema leaves to the engine',
    (_name, parse, validate, make) => {
      const tally = { accepted: 0, refused: 0, engineOnly: 0 };
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 0, maxLength: 3 }), (ms) => {
          const doc = asJson(ms.reduce(mutate, make()));
          fc.pre(doc !== null);
          const r = parse(doc);
          const valid = validate(doc);
          if (r.ok) {
            expect(valid).toBe(true);
            tally.accepted++;
          } else if (valid) {
            expect([r.issues.map((i) => `${i.code}@${i.path.join('.')}`), leftToTheEngine(doc, r.issues)]).toEqual([
              expect.anything(),
              true,
            ]);
            tally.engineOnly++;
          } else tally.refused++;
        }),
        // At least 10,000 mutated documents over the three (1,000 runs per property elsewhere in CI).
        { numRuns: Math.max(RUNS, 3334) },
      );
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan(0);
    },
  );

  it('refuses with the JSON Schema what the parser refuses: impossible dates, three decimals, rates above 1', () => {
    const [, parse, validate] = DOCUMENTS[0]!;
    const path = fullPath();
    (path.inclusion as Json).date = '2026-02-30';
    expect([parse(path).ok, validate(path)]).toEqual([false, false]);
    (path.inclusion as Json).date = '2028-02-29';
    expect([parse(path).ok, validate(path)]).toEqual([true, true]);
    const [, parseType, validateType] = DOCUMENTS[2]!;
    const type = read('rules/obesite-complexe-adulte/2026-03.json');
    (type.participation as Json).rate = '1.5';
    expect([parseType(type).ok, validateType(type)]).toEqual([false, false]);
    (type.participation as Json).rate = 0.3;
    expect([parseType(type).ok, validateType(type)]).toEqual([true, true]);
    ((type.sequences as Json[])[0]!.forfait as Json).byProfile = { A: 12.345, B: '1.00', C: '1.00', D: '1.00' };
    expect([parseType(type).ok, validateType(type)]).toEqual([false, false]);
  });
});
