import * as z from 'zod/mini';
import { PROFESSIONS, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { DistributionSchema } from './distribution-key';
import { identifier, isoDate, text } from './primitives';

const employer = z.strictObject({ name: text, siret: z.optional(z.string()), finess: z.optional(z.string()) });

const member = z.strictObject({
  id: identifier,
  name: z.optional(text),
  profession: z.enum(PROFESSIONS),
  rpps: z.optional(z.string()),
  adeli: z.optional(z.string()),
  cpamNumber: z.optional(z.string()),
  employer: z.optional(employer),
});

/** Schema of a projet de parcours (what the coordinating structure fixes). */
export const ProjectSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  structure: z.strictObject({
    name: text,
    category: z.enum(STRUCTURE_CATEGORIES),
    siret: z.optional(z.string()),
    finess: z.optional(z.string()),
  }),
  parcoursType: identifier,
  sentToArs: isoDate,
  opposition: z.optional(z.strictObject({ date: isoDate, reason: z.optional(text) })),
  team: z.array(member).check(z.minLength(1)),
  distribution: DistributionSchema,
});

/** A projet de parcours, as parsed. */
export type ParcoursProject = z.infer<typeof ProjectSchema>;
/** One member of the projet's team. */
export type TeamMember = ParcoursProject['team'][number];
