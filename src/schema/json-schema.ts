import { parcoursTypeSchema } from './parcours-type';
import { patientPathSchema } from './patient-path';
import { projectSchema } from './project';
import type { AnySchema, JsonSchema } from './schema-kit';

/** The documents that have a JSON Schema, by the file name stem used in `rules/schema/`. */
export const SCHEMA_DOCUMENTS = {
  'parcours-type': { schema: parcoursTypeSchema, title: 'Type de parcours coordonné renforcé (fichier de règles)' },
  project: { schema: projectSchema, title: 'Projet de parcours d’une structure de coordination' },
  'patient-path': { schema: patientPathSchema, title: 'Parcours d’un patient' },
} as const;

/** A document that has a JSON Schema. */
export type SchemaDocument = keyof typeof SCHEMA_DOCUMENTS;

/**
 * The JSON Schema (draft 2020-12) of a document's input, written from the schema the parser reads it with. Named
 * parts (identifier, date, amount, rate…) are written once under `$defs`. Semantic checks (real calendar dates,
 * cross-references, amounts with at most two decimals given as numbers) are only in the parser; the JSON Schema
 * gives editors completion and the shape checks.
 *
 * @example
 * JSON.stringify(jsonSchemaOf('parcours-type'), null, 2)
 */
export function jsonSchemaOf(document: SchemaDocument): Record<string, unknown> {
  const { schema, title } = SCHEMA_DOCUMENTS[document];
  const defs: Record<string, JsonSchema> = {};
  const ref = (s: AnySchema): JsonSchema => {
    if (s.name === undefined) return s.json(ref);
    if (!(s.name in defs)) {
      defs[s.name] = {}; // claimed before it is written, so that a part naming itself refers to itself
      defs[s.name] = s.json(ref);
    }
    return { $ref: `#/$defs/${s.name}` };
  };
  const body = schema.json(ref);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://pcr-forfait.invalid/schema/${document}.schema.json`,
    title,
    ...body,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
