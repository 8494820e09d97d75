import * as z from 'zod/mini';
import { parcoursTypeSchema } from './parcours-type';
import { patientPathSchema } from './patient-path';
import { projectSchema } from './project';

/** The documents that have a JSON Schema, by the file name stem used in `rules/schema/`. */
export const SCHEMA_DOCUMENTS = {
  'parcours-type': { schema: parcoursTypeSchema, title: 'Type de parcours coordonné renforcé (fichier de règles)' },
  project: { schema: projectSchema, title: 'Projet de parcours d’une structure de coordination' },
  'patient-path': { schema: patientPathSchema, title: 'Parcours d’un patient' },
} as const;

/** A document that has a JSON Schema. */
export type SchemaDocument = keyof typeof SCHEMA_DOCUMENTS;

/**
 * The JSON Schema (draft 2020-12) of a document's input, generated from the zod schema the parser uses. Semantic
 * checks (real calendar dates, cross-references) are only in the parser; the schema gives editors completion and
 * the shape checks.
 *
 * @example
 * JSON.stringify(jsonSchemaOf('parcours-type'), null, 2)
 */
export function jsonSchemaOf(document: SchemaDocument): Record<string, unknown> {
  const { schema, title } = SCHEMA_DOCUMENTS[document];
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `https://pcr-forfait.invalid/schema/${document}.schema.json`, title, ...rest };
}
