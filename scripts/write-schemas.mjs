// Regenerates rules/schema/*.schema.json from the built package's document schemas (src/documents).
import { mkdirSync, writeFileSync } from 'node:fs';
import { SCHEMA_DOCUMENTS, jsonSchemaOf } from '../dist/testing.js';

const dir = new URL('../rules/schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(SCHEMA_DOCUMENTS)) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  console.log(`rules/schema/${name}.schema.json written`);
}
