import * as z from 'zod/mini';
import { ParcoursTypeSchema } from './parcours-type';
import { PatientPathSchema } from './patient-path';
import { DEFINITIONS } from './primitives';
import { ProjectSchema } from './project';

/** What every document's JSON Schema leaves to the engine, in its `description`. */
const LEFT_TO_THE_ENGINE =
  'Ce schéma vérifie la forme du document, ses dates (qui existent), ses montants, taux et identifiants. Le moteur ' +
  '(parse*) vérifie en plus les références croisées — identifiants en double, prestations, professions, profils, ' +
  'séquences et membres inconnus, ordre des séquences et des règles de clé, bornes et paliers cohérents, clés de ' +
  'contrôle des RPPS, SIRET et NIR —, les valeurs que JSON ne peut pas contenir, et compte les décimales d’un nombre ' +
  'telles que JavaScript l’écrit (un validateur JSON Schema applique multipleOf avec sa propre tolérance).';

/** The documents that have a JSON Schema, by the file name stem used in `rules/schema/`. */
export const SCHEMA_DOCUMENTS = {
  'parcours-type': { schema: ParcoursTypeSchema, title: 'Type de parcours coordonné renforcé (fichier de règles)' },
  project: { schema: ProjectSchema, title: 'Projet de parcours d’une structure de coordination' },
  'patient-path': { schema: PatientPathSchema, title: 'Parcours d’un patient' },
} as const;

/** A document that has a JSON Schema. */
export type SchemaDocument = keyof typeof SCHEMA_DOCUMENTS;

/**
 * The JSON Schema (draft 2020-12) of a document's input, generated from its zod schema by `z.toJSONSchema` (input
 * side): the patterns of dates, amounts, decimals and identifiers included, named parts (identifier, date, amount,
 * rate…) written once under `$defs`. `npm run docs:schemas` writes them to `rules/schema/`; a test holds the files
 * to this function and Ajv's verdicts to the parser's.
 *
 * @example
 * JSON.stringify(jsonSchemaOf('parcours-type'), null, 2)
 */
export function jsonSchemaOf(document: SchemaDocument): Record<string, unknown> {
  const { schema, title } = SCHEMA_DOCUMENTS[document];
  const { $schema, $defs, ...body } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: DEFINITIONS,
    // Stryker disable next-line StringLiteral: every part of the documents has a JSON Schema form, so the setting never acts
    unrepresentable: 'throw',
  });
  const defs = $defs ?? {};
  return {
    $schema,
    $id: `https://pcr-forfait.invalid/schema/${document}.schema.json`,
    title,
    description: LEFT_TO_THE_ENGINE,
    ...body,
    $defs: Object.fromEntries(
      Object.keys(defs)
        .sort()
        .map((k) => [k, defs[k]]),
    ),
  };
}
