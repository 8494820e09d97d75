import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createCatalog, parseParcoursType, shippedCatalog } from '../src/index';
import { jsonSchemaOf, SCHEMA_DOCUMENTS, SHIPPED_RULE_FILES, type SchemaDocument } from '../src/entries/testing';
import { loadConformanceCases } from '../src/cli/conformance-files';
import { typo } from './helpers/typography';

const RULES = new URL('../rules/', import.meta.url).pathname;

type Json = Record<string, unknown>;
const read = (rel: string): Json => JSON.parse(readFileSync(new URL(`../${rel}`, import.meta.url), 'utf8')) as Json;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 9 });
const validators = Object.fromEntries(
  (Object.keys(SCHEMA_DOCUMENTS) as SchemaDocument[]).map((d) => [
    d,
    ajv.compile(read(`rules/schema/${d}.schema.json`)),
  ]),
);

describe('shipped rule files', () => {
  it.each(SHIPPED_RULE_FILES.map((f) => [f.name, f.content]))(
    '%s parses without any issue and carries $schema',
    (_name, content) => {
      const r = parseParcoursType(content);
      expect(r.issues).toEqual([]);
      expect(r.ok).toBe(true);
      expect((content as Json).$schema).toBe('../schema/parcours-type.schema.json');
    },
  );

  it.each(SHIPPED_RULE_FILES.map((f) => [f.name, f.content]))(
    '%s is valid against the JSON Schema',
    (_name, content) => {
      const validate = validators['parcours-type']!;
      expect(validate(content) ? [] : validate.errors).toEqual([]);
    },
  );

  it('is built once per language, shares frozen types, and reads a type only when asked (the same answers as createCatalog)', () => {
    const fr = shippedCatalog();
    expect(shippedCatalog()).toBe(fr);
    expect(shippedCatalog({ lang: 'en' })).not.toBe(fr);
    const t = fr.resolve('tnd-intervention-precoce', '2020-06-01');
    expect(t.ok && t.value.version).toBe('2019');
    expect(t.ok && Object.isFrozen(t.value) && Object.isFrozen(t.value.sequences[0]!.requirements)).toBe(true);
    expect(fr.get('tnd-intervention-precoce', '2022')?.version).toBe('2022');
    const unknown = fr.resolve('pas-un-type', '2026-01-01');
    expect(unknown.ok ? [] : unknown.issues.map((i) => [i.code, i.message])).toEqual([
      ['CATALOG_UNKNOWN_TYPE', expect.stringContaining('pas-un-type')],
    ]);
    const eager = createCatalog(SHIPPED_RULE_FILES);
    expect(fr.list()).toEqual(eager.list());
    expect(fr.rejected).toEqual([]);
    for (const e of eager.list()) expect(fr.get(e.id, e.version)).toEqual(eager.get(e.id, e.version));
  });

  it('lists every type with its status; illustrative and draft ones say so in their notes', () => {
    const entries = shippedCatalog().list();
    expect(entries.map((e) => `${e.id}@${e.version}:${e.status}`)).toEqual([
      'ako-dom-picto@2025:illustrative',
      'mission-retrouve-ton-cap@2024:illustrative',
      'obesite-complexe-adulte@2026-03:draft',
      'onco-link@2025-11:illustrative',
      'rehabilitation-respiratoire@2026-06:draft',
      'sante-protegee@2026:illustrative',
      'tnd-intervention-precoce@2019:illustrative',
      'tnd-intervention-precoce@2022:illustrative',
      'tnd-intervention-precoce@2025:draft',
    ]);
    for (const f of SHIPPED_RULE_FILES) {
      const notes = ((f.content as Json).notes as string[]).join(' ');
      expect(notes).toMatch(/ILLUSTRATI|BROUILLON|HYPOTHÈSE|supposé|hypothèse|non vérifiée/);
    }
  });

  it('fails when a rule file is edited out of its schema, in the parser and in the JSON Schema', () => {
    const edited = clone(SHIPPED_RULE_FILES.find((f) => f.name.includes('obesite'))!.content) as Json;
    ((edited.sequences as Json[])[0] as Json).months = 'six';
    delete edited.participation;
    const r = parseParcoursType(edited);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'SCHEMA_INVALID_TYPE@sequences.0.months',
      'SCHEMA_REQUIRED@participation',
    ]);
    expect(r.issues[0]!.message).toBe(typo('Type invalide : attendu nombre, reçu texte.'));
    expect(validators['parcours-type']!(edited)).toBe(false);
  });
});

describe('JSON Schemas', () => {
  it.each(Object.keys(SCHEMA_DOCUMENTS))(
    'rules/schema/%s.schema.json is the JSON Schema written from the parser schema',
    (doc) => {
      expect(read(`rules/schema/${doc}.schema.json`)).toEqual(
        JSON.parse(JSON.stringify(jsonSchemaOf(doc as SchemaDocument))),
      );
      // Text for text, as `npm run docs:schemas` writes it: the same keys in the same order ($defs sorted).
      const text = readFileSync(new URL(`../rules/schema/${doc}.schema.json`, import.meta.url), 'utf8');
      expect(text).toBe(`${JSON.stringify(jsonSchemaOf(doc as SchemaDocument), null, 2)}\n`);
      const defs = Object.keys(jsonSchemaOf(doc as SchemaDocument).$defs as object);
      expect(defs).toEqual([...defs].sort());
      expect(defs).toContain('date');
    },
  );

  it('accepts every shipped projet and path of the conformance cases', () => {
    for (const { file, case: c, project } of loadConformanceCases(RULES) as unknown as {
      file: string;
      case: Json;
      project: Json;
    }[]) {
      expect([file, validators.project!(project)]).toEqual([file, true]);
      expect([file, validators['patient-path']!(c.path)]).toEqual([file, true]);
    }
  });
});

describe('version resolution', () => {
  const catalog = shippedCatalog();
  it('picks the version in force on the inclusion date', () => {
    const at = (date: string) => {
      const r = catalog.resolve('tnd-intervention-precoce', date);
      return r.ok ? r.value.version : r.issues[0]!.code;
    };
    expect(at('2018-12-31')).toBe('CATALOG_NO_VERSION_IN_FORCE');
    expect(at('2019-01-01')).toBe('2019');
    expect(at('2021-12-31')).toBe('2019');
    expect(at('2022-01-01')).toBe('2022');
    expect(at('2025-08-06')).toBe('2022');
    expect(at('2025-08-07')).toBe('2025');
    expect(at('2031-06-30')).toBe('2025');
  });
  it('says when a type is unknown', () => {
    const r = catalog.resolve('nope', '2026-01-01');
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.message])).toEqual([
      ['CATALOG_UNKNOWN_TYPE', typo('Type de parcours « nope » absent du catalogue.')],
    ]);
  });
});

describe('catalog loading', () => {
  const tnd2022 = SHIPPED_RULE_FILES.find((f) => f.name.endsWith('tnd-intervention-precoce/2022.json'))!;
  it('refuses a whole file with an error, with every issue and its path, and keeps the others', () => {
    const broken = clone(tnd2022.content) as Json;
    broken.version = '2023';
    broken.validFrom = '2030-01-01';
    delete broken.validTo;
    ((broken.sequences as Json[])[0] as Json).forfait = { amount: '1500.001' };
    (broken.prestations as Json[]).push({ code: 'BILAN_ERGO', professions: ['ergotherapeute'] });
    const c = createCatalog([...SHIPPED_RULE_FILES, { name: 'broken.json', content: broken }]);
    expect(c.list()).toHaveLength(9);
    expect(c.rejected.map((r) => [r.file, r.issues.map((i) => `${i.code}@${i.path.join('.')}`)])).toEqual([
      ['broken.json', ['INVALID_AMOUNT@sequences.0.forfait.amount']],
    ]);
    const withDuplicate = clone(tnd2022.content) as Json;
    withDuplicate.version = '2023';
    withDuplicate.validFrom = '2030-01-01';
    delete withDuplicate.validTo;
    (withDuplicate.prestations as Json[]).push({ code: 'BILAN_ERGO', professions: ['ergotherapeute'] });
    expect(
      createCatalog([{ name: 'dup-code.json', content: withDuplicate }]).rejected[0]!.issues.map((i) => i.code),
    ).toEqual(['TYPE_DUPLICATE_ID']);
  });
  it('refuses a second copy of a version and versions in force on the same day', () => {
    const overlapping = clone(tnd2022.content) as Json;
    overlapping.version = '2024';
    overlapping.validFrom = '2024-01-01';
    const c = createCatalog([...SHIPPED_RULE_FILES, tnd2022, { name: 'overlap.json', content: overlapping }]);
    expect(c.rejected.map((r) => [r.file, r.issues[0]!.code])).toEqual([
      ['rules/tnd-intervention-precoce/2022.json', 'CATALOG_DUPLICATE_VERSION'],
      ['overlap.json', 'CATALOG_OVERLAPPING_VERSIONS'],
    ]);
  });
});
