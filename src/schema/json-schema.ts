import { parcoursTypeSchema } from './parcours-type';
import { patientPathSchema } from './patient-path';
import { projectSchema } from './project';
import type { AnySchema, Spec } from './schema-kit';

/** The documents that have a JSON Schema, by the file name stem used in `rules/schema/`. */
export const SCHEMA_DOCUMENTS = {
  'parcours-type': { schema: parcoursTypeSchema, title: 'Type de parcours coordonné renforcé (fichier de règles)' },
  project: { schema: projectSchema, title: 'Projet de parcours d’une structure de coordination' },
  'patient-path': { schema: patientPathSchema, title: 'Parcours d’un patient' },
} as const;

/** A document that has a JSON Schema. */
export type SchemaDocument = keyof typeof SCHEMA_DOCUMENTS;

type JsonSchema = { [key: string]: unknown };

/** The JSON Schema fragment of one spec; `ref` gives that of a child (a `$ref` when the child is named). */
function fragment(spec: Spec, ref: (s: AnySchema) => JsonSchema): JsonSchema {
  switch (spec.type) {
    case 'string': {
      const out: JsonSchema = { type: 'string' };
      if (spec.min !== undefined) out.minLength = spec.min;
      if (spec.max !== undefined) out.maxLength = spec.max;
      if (spec.pattern !== undefined) out.pattern = spec.pattern.source;
      return out;
    }
    case 'date':
      return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date du calendrier AAAA-MM-JJ (1900–2199)' };
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'boolean':
      return { type: 'boolean' };
    case 'oneOf':
      return spec.values.length === 1 ? { type: 'string', const: spec.values[0] } : { type: 'string', enum: [...spec.values] };
    case 'decimal':
      return {
        type: ['string', 'number'],
        // A number with more decimals passes here (JSON Schema cannot count decimals exactly); the parser refuses it.
        description: spec.places === 2 ? 'Montant en euros, au plus deux décimales : "1500.00" ou 1500' : `Nombre décimal entre ${spec.min} et ${spec.max}, au plus ${spec.places} décimales`,
        pattern: `^(0|[1-9]\\d{0,8})(\\.\\d{1,${spec.places}})?$`,
        minimum: spec.min,
        maximum: spec.max,
      };
    case 'object': {
      const properties: JsonSchema = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(spec.shape)) {
        properties[key] = ref(field);
        if (!field.optional) required.push(key);
      }
      return required.length > 0 ? { type: 'object', properties, required, additionalProperties: false } : { type: 'object', properties, additionalProperties: false };
    }
    case 'array': {
      const out: JsonSchema = { type: 'array', items: ref(spec.item) };
      if (spec.min !== undefined) out.minItems = spec.min;
      if (spec.max !== undefined) out.maxItems = spec.max;
      return out;
    }
    case 'record':
      return { type: 'object', propertyNames: ref(spec.key), additionalProperties: ref(spec.value) };
    case 'tagged':
      return { oneOf: spec.branches.map(ref) };
    case 'union':
      return { anyOf: spec.branches.map(ref) };
  }
}

/**
 * The JSON Schema (draft 2020-12) of a document's input, written from the specs of the schema the parser reads it
 * with. Named parts (identifier, date, amount, rate…) are written once under `$defs`. Semantic checks (real calendar dates,
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
    if (s.name === undefined) return fragment(s.spec, ref);
    if (!(s.name in defs)) {
      defs[s.name] = {}; // claimed before it is written, so that a part naming itself refers to itself
      defs[s.name] = fragment(s.spec, ref);
    }
    return { $ref: `#/$defs/${s.name}` };
  };
  const body = fragment(schema.spec, ref);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://pcr-forfait.invalid/schema/${document}.schema.json`,
    title,
    ...body,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
