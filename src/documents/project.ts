import * as z from 'zod/mini';
import { PROFESSIONS, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import type { IsoDate } from '../dates/iso-date';
import type { Profession, StructureCategory } from '../domain/vocabulary';
import { type Distribution, DistributionSchema } from './distribution-key';
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

/** Who employs a team member, and is then paid instead of the professional. */
export interface Employer {
  /** The employer's name. */
  readonly name: string;
  /** Its SIRET (or `finess`). */
  readonly siret?: string;
  /** Its FINESS (or `siret`; 9 characters, format only). */
  readonly finess?: string;
}

/** One professional of the projet's team. */
export interface TeamMember {
  /** The member's id, which keys and recorded prestations name. */
  readonly id: string;
  /** The member's name, shown in declarations. */
  readonly name?: string;
  /** The member's profession. */
  readonly profession: Profession;
  /** RPPS number (11 digits, Luhn key). */
  readonly rpps?: string;
  /** ADELI number (9 characters; format only: no public check digit). */
  readonly adeli?: string;
  /** Identification number the CPAM gives a non-conventionné professional (R.162-133 CSS; 1 to 20 letters or digits). */
  readonly cpamNumber?: string;
  /** The employer, paid instead of the professional. */
  readonly employer?: Employer;
}

/** The coordinating structure that bills the forfait. */
export interface CoordinatingStructure {
  /** Its name. */
  readonly name: string;
  /** Its category (D.162-34 CSS). */
  readonly category: StructureCategory;
  /** Its SIRET (and/or `finess`). */
  readonly siret?: string;
  /** Its FINESS (and/or `siret`). */
  readonly finess?: string;
}

/** A projet de parcours, as parsed (what the coordinating structure fixes). */
export interface ParcoursProject {
  /** The JSON Schema the file names, ignored. */
  readonly $schema?: string;
  /** The projet's id. */
  readonly id: string;
  /** The structure that coordinates and bills. */
  readonly structure: CoordinatingStructure;
  /** The id of the parcours type it carries out. */
  readonly parcoursType: string;
  /** The day it was sent to the ARS (deemed accepted two months later, L.162-62 II CSS). */
  readonly sentToArs: IsoDate;
  /** The ARS's opposition, which blocks every path. */
  readonly opposition?: {
    /** The day the ARS opposed it. */
    readonly date: IsoDate;
    /** Why, as the ARS wrote it. */
    readonly reason?: string;
  };
  /** The professionals who take part. */
  readonly team: readonly TeamMember[];
  /** How each séquence's forfait is shared. */
  readonly distribution: Distribution;
}
