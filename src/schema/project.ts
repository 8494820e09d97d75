import { PROFESSIONS, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { distribution } from './distribution-key';
import { identifier, isoDate, text } from './primitives';
import { oneOf, optional, string, type Output } from './schema-kit';
import { array, object } from './schema-structures';

const employer = object({ name: text, siret: optional(string()), finess: optional(string()) });

const member = object({
  id: identifier,
  name: optional(text),
  profession: oneOf(PROFESSIONS),
  rpps: optional(string()),
  adeli: optional(string()),
  cpamNumber: optional(string()),
  employer: optional(employer),
});

/** Schema of a projet de parcours (what the coordinating structure fixes). */
export const projectSchema = object({
  $schema: optional(string()),
  id: identifier,
  structure: object({
    name: text,
    category: oneOf(STRUCTURE_CATEGORIES),
    siret: optional(string()),
    finess: optional(string()),
  }),
  parcoursType: identifier,
  sentToArs: isoDate,
  opposition: optional(object({ date: isoDate, reason: optional(text) })),
  team: array(member, { min: 1 }),
  distribution,
});

/** A projet de parcours, as parsed. */
export type ParcoursProject = Output<typeof projectSchema>;
export type TeamMember = ParcoursProject['team'][number];
