// `npm run docs:schemas` (with write-schemas.mjs): the JSON Schemas of the engine's outputs — PathReport, Settlement
// and DeclarationEntry — generated from their TypeScript interfaces (ts-json-schema-generator, a dev tool), written to
// rules/schema/ beside the documents' schemas and shipped as `pcr-forfait/schemas/*`.
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

const OUTPUTS = [
  ['PathReport', 'src/validation/report-types.ts', 'path-report'],
  ['Settlement', 'src/settlement/settlement-types.ts', 'settlement'],
  ['DeclarationEntry', 'src/exports/declaration.ts', 'declaration-entry'],
  ['DeclaredEntry', 'src/exports/declaration.ts', 'declared-entry'],
];
for (const [type, path, name] of OUTPUTS) {
  const schema = createGenerator({
    path,
    tsconfig: 'tsconfig.json',
    type,
    expose: 'export',
    topRef: true,
    skipTypeCheck: true,
  }).createSchema(type);
  schema.$id = `https://pcr-forfait.dev/schemas/${name}.schema.json`;
  schema.description = `${type}: an output of pcr-forfait, generated from its TypeScript interface (scripts/write-output-schemas.mjs).`;
  writeFileSync(`rules/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`rules/schema/${name}.schema.json written`);
}
