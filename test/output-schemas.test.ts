import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import { obesityPaths } from '../scripts/file-active-generator.mjs';
import { declarationEntries } from '../src/entries/exports';
import { parsePatientPath, parseProject, settle, shippedCatalog, validatePath } from '../src/index';

const schemaOf = (name: string) => JSON.parse(readFileSync(`rules/schema/${name}.schema.json`, 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
const validators = {
  report: ajv.compile(schemaOf('path-report')),
  settlement: ajv.compile(schemaOf('settlement')),
  entry: ajv.compile(schemaOf('declaration-entry')),
};
const errors = (v: (typeof validators)[keyof typeof validators]) =>
  (v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`);

describe('JSON Schemas of the outputs (rules/schema/path-report, settlement, declaration-entry)', () => {
  it('hold every report, settlement and declaration entry of 300 generated paths, and refuse a changed one', () => {
    const project = parseProject(JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')));
    if (!project.ok) throw new Error('project');
    const catalog = shippedCatalog();
    const bad: string[] = [];
    let entries = 0;
    for (const json of obesityPaths(300, 20261203, 20)) {
      const path = parsePatientPath(json);
      if (!path.ok) continue;
      const type = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
      if (!type.ok) continue;
      const report = validatePath(type.value, project.value, path.value, { asOf: '2027-12-31' });
      const s = settle(type.value, project.value, path.value, { asOf: '2027-12-31', report });
      const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
      if (!validators.report(plain(report))) bad.push(`report: ${errors(validators.report)}`);
      if (!validators.settlement(plain(s))) bad.push(`settlement: ${errors(validators.settlement)}`);
      const declared = declarationEntries(s, {
        project: project.value,
        from: '2026-01-01',
        to: '2028-12-31',
        allowDraft: true,
      });
      for (const e of declared.ok ? declared.value : []) {
        entries++;
        if (!validators.entry(plain(e))) bad.push(`entry: ${errors(validators.entry)}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(entries).toBeGreaterThan(50);
    expect(validators.entry({ patientRef: 'P' })).toBe(false);
  });

  it('are the ones their interfaces generate: PathReport, Settlement, DeclarationEntry (npm run docs:schemas)', () => {
    // The outputs are not zod documents: their TypeScript interfaces are their declaration, and the JSON Schemas
    // shipped in rules/schema/ are generated from them (scripts/write-output-schemas.mjs, with the same options).
    const outputs = [
      ['PathReport', 'src/validation/report-types.ts', 'path-report'],
      ['Settlement', 'src/settlement/settlement-types.ts', 'settlement'],
      ['DeclarationEntry', 'src/exports/declaration.ts', 'declaration-entry'],
    ] as const;
    for (const [type, path, name] of outputs) {
      const fresh = createGenerator({
        path,
        tsconfig: 'tsconfig.json',
        type,
        expose: 'export',
        topRef: true,
        skipTypeCheck: true,
      }).createSchema(type) as { $ref?: unknown; definitions?: unknown };
      const shipped = schemaOf(name) as { $ref?: unknown; definitions?: unknown };
      expect([name, shipped.$ref, shipped.definitions]).toEqual([name, fresh.$ref, fresh.definitions]);
    }
  }, 180_000);
});
