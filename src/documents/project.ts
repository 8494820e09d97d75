import * as z from 'zod/mini';
import { PROFESSIONS, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { DistributionSchema } from './distribution-key';
import type { Parsed, Strict } from './document-type';
import { identifier, isoDate, text } from './primitives';

const employerFields = {
  /** The employer's name. */
  name: text,
  /** Its SIRET (or `finess`). */
  siret: z.optional(z.string()),
  /** Its FINESS (or `siret`; 9 characters, format only). */
  finess: z.optional(z.string()),
};
/** Who employs a team member, and is then paid instead of the professional. */
const employer: Strict<typeof employerFields> = z.strictObject(employerFields);

const memberFields = {
  /** The member's id, which keys and recorded prestations name. */
  id: identifier,
  /** The member's name, shown in declarations. */
  name: z.optional(text),
  /** The member's profession. */
  profession: z.enum(PROFESSIONS),
  /** RPPS number (11 digits, Luhn key). */
  rpps: z.optional(z.string()),
  /** ADELI number (9 characters; format only: no public check digit). */
  adeli: z.optional(z.string()),
  /** Identification number the CPAM gives a non-conventionné professional (R.162-133 CSS; 1 to 20 letters or digits). */
  cpamNumber: z.optional(z.string()),
  /** The employer, paid instead of the professional. */
  employer: z.optional(employer),
  /** First day in the team (inclusive); absent: since the projet. A later `from` is covered by an avenant dated that day. */
  from: z.optional(isoDate),
  /** Last day in the team (inclusive); absent: still in the team. Covered by an avenant dated that day or the day after. */
  to: z.optional(isoDate),
};
/** One professional of the projet's team. */
const member: Strict<typeof memberFields> = z.strictObject(memberFields);

const structureFields = {
  /** Its name. */
  name: text,
  /** Its category (D.162-34 CSS). */
  category: z.enum(STRUCTURE_CATEGORIES),
  /** Its SIRET (and/or `finess`). */
  siret: z.optional(z.string()),
  /** Its FINESS (and/or `siret`). */
  finess: z.optional(z.string()),
};
/** The coordinating structure that bills the forfait. */
const structure: Strict<typeof structureFields> = z.strictObject(structureFields);

const oppositionFields = {
  /** The day the ARS opposed it. */
  date: isoDate,
  /** Why, as the ARS wrote it. */
  reason: z.optional(text),
};
const opposition: Strict<typeof oppositionFields> = z.strictObject(oppositionFields);

const avenantFields = {
  /** The avenant's id, unique in the projet; the settlement names the key it brought in force. */
  id: identifier,
  /** The day it takes effect (not before the projet's `sentToArs`). */
  date: isoDate,
  /** The day it was sent to the ARS: more than 7 calendar days after `date` is late (R.162-131 to R.162-137 CSS). */
  sentOn: z.optional(isoDate),
  /** What it changes, for people. */
  note: z.optional(text),
  /** The distribution that replaces the whole distribution from `date` (inclusive); absent: no key changes. */
  distribution: z.optional(DistributionSchema),
};
/** A change to the projet (team, key), sent to the ARS. */
const avenant: Strict<typeof avenantFields> = z.strictObject(avenantFields);

const projectFields = {
  /** The JSON Schema the file names, ignored. */
  $schema: z.optional(z.string()),
  /** The projet's id. */
  id: identifier,
  /** The structure that coordinates and bills. */
  structure,
  /** The id of the parcours type it carries out. */
  parcoursType: identifier,
  /** The day it was sent to the ARS (deemed accepted two months later, L.162-62 II CSS). */
  sentToArs: isoDate,
  /** The ARS's opposition, which blocks every path. */
  opposition: z.optional(opposition),
  /** The professionals who take part. */
  team: z.array(member).check(z.minLength(1)),
  /** How each séquence's forfait is shared (until an avenant replaces it). */
  distribution: DistributionSchema,
  /** The changes to the projet, each from its date; the key of a séquence is the one in force on its billable date. */
  avenants: z.optional(z.array(avenant)),
};
/** Schema of a projet de parcours (what the coordinating structure fixes): the only declaration of {@link ParcoursProject}. */
export const ProjectSchema: Strict<typeof projectFields> = z.strictObject(projectFields);

/** A projet de parcours, as parsed (what the coordinating structure fixes). */
export type ParcoursProject = Parsed<typeof ProjectSchema>;
/** Who employs a team member, and is then paid instead of the professional. */
export type Employer = Parsed<typeof employer>;
/** One professional of the projet's team. */
export type TeamMember = Parsed<typeof member>;
/** The coordinating structure that bills the forfait. */
export type CoordinatingStructure = Parsed<typeof structure>;
/** A change to the projet (team, key), sent to the ARS. */
export type Avenant = Parsed<typeof avenant>;
