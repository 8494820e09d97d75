import * as z from 'zod/mini';
import { EXEMPTIONS, PROFESSIONS, RULE_STATUSES, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import { DistributionSchema } from './distribution-key';
import type { Parsed, Strict } from './document-type';
import {
  amount,
  count,
  DEFINITIONS,
  factor,
  identifier,
  isoDate,
  mapKey,
  monthOffset,
  months,
  RENEWALS_MAX,
  rate,
  territory,
  text,
} from './primitives';

const profession = z.enum(PROFESSIONS);
DEFINITIONS.add(profession, { id: 'profession' });

const nonEmpty = z.minLength(1);

const sourceFields = {
  /** The text's title, as published. */
  title: text,
  /** Where to read it. */
  url: z.optional(z.string()),
  /** Its publication or signature date. */
  date: z.optional(isoDate),
  /** What the rule file takes from it. */
  note: z.optional(text),
};
/** A source a rule file rests on (an arrêté, a cahier des charges, a circular). */
const source: Strict<typeof sourceFields> = z.strictObject(sourceFields);

const profileFields = {
  /** The profile's id, which a path names in `profile`. */
  id: identifier,
  /** What it means. */
  label: z.optional(text),
};
/** A patient profile the forfait may depend on (a severity, an age group). */
const profile: Strict<typeof profileFields> = z.strictObject(profileFields);

const eligibilityFields = {
  /** Youngest age at inclusion, in completed years. */
  minAge: z.optional(count),
  /** Oldest age at inclusion, in completed years. */
  maxAge: z.optional(count),
  /** The profiles of the type: when given, every path names one. */
  profiles: z.optional(z.array(profile)),
  /** Clinical criteria, for people (not checked by the engine). */
  criteria: z.optional(z.array(text)),
  /**
   * Months that must pass after the end of a previous parcours of this type before the same patient is included
   * again (a path's `previousParcours`, and the patients of a file active).
   */
  reinclusionAfterMonths: z.optional(months),
};
/** Who may enter the parcours. */
const eligibility: Strict<typeof eligibilityFields> = z.strictObject(eligibilityFields);

const prestationFields = {
  /** The prestation's code, which requirements and recorded prestations name. */
  code: identifier,
  /** What it is. */
  label: z.optional(text),
  /** The professions that may perform it. */
  professions: z.array(profession).check(nonEmpty),
  /** Shortest duration, in minutes (a shorter prestation is not counted). */
  minMinutes: z.optional(count),
  /** True for a group session. */
  collective: z.optional(z.boolean()),
};
/** One kind of prestation the type pays for. */
const prestation: Strict<typeof prestationFields> = z.strictObject(prestationFields);

const windowFields = {
  /** Start of the window, in months from the séquence start (0: its first day). */
  fromMonths: monthOffset,
  /** End of the window (inclusive), in months from the séquence start; never past its deadline. */
  toMonths: months,
};
const requirementWindow: Strict<typeof windowFields> = z.strictObject(windowFields);

const requirementFields = {
  /** The one code that counts (or `anyOf`, or `any`). */
  prestation: z.optional(identifier),
  /** The codes that count (or `prestation`, or `any`). */
  anyOf: z.optional(z.array(identifier).check(nonEmpty)),
  /**
   * Every intervention counts ("at least 10 interventions"): each prestation counted in the séquence, whatever
   * requirement took it, and those no other requirement expects (or `prestation`, or `anyOf`).
   */
  any: z.optional(z.literal(true)),
  /** How many the séquence needs to be completed. */
  min: count,
  /** How many count at most (beyond, a prestation is listed but not counted). */
  max: z.optional(count),
  /** Days from the séquence start within which they count (else up to its deadline). */
  withinDays: z.optional(count),
  /** Months from the séquence start within which they count, "date à date" (a review at month 6: 5 to 7). */
  window: z.optional(requirementWindow),
  /** What it is, for people. */
  label: z.optional(text),
};
/** How many prestations of some codes a séquence needs, and by when. */
const requirement: Strict<typeof requirementFields> = z.strictObject(requirementFields);

const forfaitPartFields = {
  /** The part's id, which a key's `part` rule names. */
  id: identifier,
  /** What it pays for. */
  label: z.optional(text),
  /** Its amount in euros, a two-decimal string once parsed. */
  amount,
  /** The profiles it applies to (else every profile). */
  profiles: z.optional(z.array(identifier).check(nonEmpty)),
};
/** A named part of a forfait (a base, a supplement for some profiles), traced and distributable on its own. */
const forfaitPart: Strict<typeof forfaitPartFields> = z.strictObject(forfaitPartFields);

const forfaitFields = {
  /** The amount in euros, a two-decimal string once parsed. */
  amount: z.optional(amount),
  /** The amount of each profile id. */
  byProfile: z.optional(z.record(mapKey, amount)),
  /** Named parts: a profile's forfait is the sum of the parts that apply to it. */
  parts: z.optional(z.array(forfaitPart).check(nonEmpty)),
};
/** The forfait of a séquence: one amount, one per profile, or a sum of named parts. */
const forfait: Strict<typeof forfaitFields> = z.strictObject(forfaitFields);

const tierFields = {
  /** Prestations counted from which the tier applies. */
  minDone: count,
  /** The share of the forfait it pays, a decimal string of [0, 1]. */
  share: rate,
  /** The codes counted for `minDone` (else every counted prestation). */
  of: z.optional(z.array(identifier).check(nonEmpty)),
};
/** One tier of the `tiers` policy. */
const tier: Strict<typeof tierFields> = z.strictObject(tierFields);

const noneFields = { policy: z.literal('none') };
const fullFields = { policy: z.literal('full') };
const prorataFields = { policy: z.literal('prorata') };
const tiersFields = {
  policy: z.literal('tiers'),
  /** The tiers, by increasing `minDone` and share. */
  tiers: z.array(tier).check(nonEmpty),
};
const noneIncomplete: Strict<typeof noneFields> = z.strictObject(noneFields);
const fullIncomplete: Strict<typeof fullFields> = z.strictObject(fullFields);
const prorataIncomplete: Strict<typeof prorataFields> = z.strictObject(prorataFields);
const tiersIncomplete: Strict<typeof tiersFields> = z.strictObject(tiersFields);
/**
 * What is paid when a séquence ends before completion: nothing, the whole forfait, a prorata of the prestations
 * required, or the share of the highest tier reached.
 */
const incomplete = z.discriminatedUnion('policy', [noneIncomplete, fullIncomplete, prorataIncomplete, tiersIncomplete]);

const afterFields = {
  /** The id of the séquence after which it starts. */
  after: identifier,
};
const startAfter: Strict<typeof afterFields> = z.strictObject(afterFields);

const extensionFields = {
  /** The longest the séquence may last, in months (at least `months`). */
  maxMonths: months,
  /** What it is, for people. */
  label: z.optional(text),
};
const extension: Strict<typeof extensionFields> = z.strictObject(extensionFields);

const sequenceFields = {
  /** The séquence's id (`S1`…). */
  id: identifier,
  /** What it is. */
  label: z.optional(text),
  /** When it starts: at inclusion, or the day after another séquence's deadline. */
  start: z.union([z.literal('inclusion'), startAfter]),
  /** Its length in months, "date à date". */
  months: months,
  /** What it needs to be completed. */
  requirements: z.array(requirement),
  /** What it pays. */
  forfait,
  /** What it pays when it ends before completion. */
  incomplete,
  /**
   * An extension up to `maxMonths` in all, granted by a decision the path records (`extensions`) before the nominal
   * deadline; the séquences after it move by as much.
   */
  extension: z.optional(extension),
  /** The séquence starts again the day after its deadline until the parcours ends (a yearly forfait): `S.1`, `S.2`… */
  recurring: z.optional(z.boolean()),
  /** Not billable until the path records a service attestation signed by the patient (`attestations`) after its end. */
  requiresAttestation: z.optional(z.boolean()),
};
/** One séquence de prise en charge: a period, what it needs, and the forfait it pays. */
const sequence: Strict<typeof sequenceFields> = z.strictObject(sequenceFields);

/** Most coefficients a type may declare (the arithmetic's exactness rests on it: ../money/decimal.ts). */
export const MODULATIONS_MAX = 8;

const whenFields = {
  /** The département codes of the patient's territory. */
  departments: z.array(territory).check(nonEmpty),
};
const modulationWhen: Strict<typeof whenFields> = z.strictObject(whenFields);

const modulationFields = {
  /** The coefficient's id. */
  id: identifier,
  /** What it is. */
  label: z.optional(text),
  /** When it applies. */
  when: modulationWhen,
  /** The coefficient, a decimal string of [0.01, 10]. */
  factor,
};
/** A coefficient of the forfait for patients of some départements. */
const modulation: Strict<typeof modulationFields> = z.strictObject(modulationFields);

const exemptionList = z.array(z.enum(EXEMPTIONS));
DEFINITIONS.add(exemptionList, { id: 'exemptions' });
/** The exemptions that waive the participation. */
const exemptions = z.optional(exemptionList);

const noParticipationFields = { kind: z.literal('none') };
const rateParticipationFields = {
  kind: z.literal('rate'),
  /** The rate of the forfait, a decimal string of [0, 1]. */
  rate,
  /** The exemptions that waive it. */
  exemptions,
};
const flatParticipationFields = {
  kind: z.literal('flat'),
  /** The amount in euros, a two-decimal string. */
  amount,
  /** The exemptions that waive it. */
  exemptions,
};
const noParticipation: Strict<typeof noParticipationFields> = z.strictObject(noParticipationFields);
const rateParticipation: Strict<typeof rateParticipationFields> = z.strictObject(rateParticipationFields);
const flatParticipation: Strict<typeof flatParticipationFields> = z.strictObject(flatParticipationFields);
/**
 * The patient participation: none, a rate of the forfait, or a flat amount (capped at the forfait); `exemptions`
 * lists the exemptions that waive it (without it, every exemption of R.160-17-2 CSS does).
 */
const participation = z.discriminatedUnion('kind', [noParticipation, rateParticipation, flatParticipation]);

const renewalsFields = {
  /** How many renewals at most. */
  max: z.int().check(z.minimum(0), z.maximum(RENEWALS_MAX)),
  /** The months each adds to the parcours. */
  months: months,
};
const renewals: Strict<typeof renewalsFields> = z.strictObject(renewalsFields);

const durationFields = {
  /** Its length in months from inclusion. */
  months: months,
  /** How many renewals, of how many months each. */
  renewals: z.optional(renewals),
};
const duration: Strict<typeof durationFields> = z.strictObject(durationFields);

const parcoursTypeFields = {
  /** The JSON Schema the file names, ignored. */
  $schema: z.optional(z.string()),
  /** The type's id, which projets and paths name. */
  id: identifier,
  /** The version's id, unique within the type. */
  version: identifier,
  /** The type's title. */
  title: text,
  /** `official` (a published arrêté), `draft` or `illustrative`. */
  status: z.enum(RULE_STATUSES),
  /** The texts the file rests on. */
  sources: z.array(source).check(nonEmpty),
  /** Remarks, for people. */
  notes: z.optional(z.array(text)),
  /** First day of the version (inclusive). */
  validFrom: isoDate,
  /** Last day of the version (inclusive), else open. */
  validTo: z.optional(isoDate),
  /** Who may enter the parcours. */
  eligibility,
  /** The professions that may take part. */
  professions: z.array(profession).check(nonEmpty),
  /** The categories of structure that may coordinate it (else every category). */
  coordinators: z.optional(z.array(z.enum(STRUCTURE_CATEGORIES)).check(nonEmpty)),
  /** The parcours' length and renewals. */
  duration,
  /** The prestations the type pays for. */
  prestations: z.array(prestation).check(nonEmpty),
  /** The séquences, each with its forfait. */
  sequences: z.array(sequence).check(nonEmpty),
  /** Coefficients of the forfait by territory (8 at most). */
  modulations: z.optional(z.array(modulation).check(z.maxLength(MODULATIONS_MAX))),
  /** The patient participation. */
  participation,
  /** The default distribution of the forfait, when a projet has none for a séquence. */
  distribution: z.optional(DistributionSchema),
};
/** Schema of a parcours type rule file (what the arrêté fixes): the only declaration of {@link ParcoursType}. */
export const ParcoursTypeSchema: Strict<typeof parcoursTypeFields> = z.strictObject(parcoursTypeFields);

/** A parcours type, as parsed (what the arrêté fixes): amounts are two-decimal strings, rates and factors decimal strings. */
export type ParcoursType = Parsed<typeof ParcoursTypeSchema>;
/** A source a rule file rests on (an arrêté, a cahier des charges, a circular). */
export type RuleSource = Parsed<typeof source>;
/** A patient profile the forfait may depend on (a severity, an age group). */
export type ProfileDef = Parsed<typeof profile>;
/** Who may enter the parcours. */
export type Eligibility = Parsed<typeof eligibility>;
/** One kind of prestation the type pays for. */
export type PrestationDef = Parsed<typeof prestation>;
/** How many prestations of some codes a séquence needs, and by when. */
export type RequirementDef = Parsed<typeof requirement>;
/** A named part of a forfait (a base, a supplement for some profiles), traced and distributable on its own. */
export type ForfaitPart = Parsed<typeof forfaitPart>;
/** The forfait of a séquence: one amount, one per profile, or a sum of named parts. */
export type ForfaitDef = Parsed<typeof forfait>;
/** One tier of the `tiers` policy. */
export type PolicyTier = Parsed<typeof tier>;
/** What is paid when a séquence ends before completion: nothing, the whole forfait, a prorata, or a tier's share. */
export type IncompletePolicy = Parsed<typeof incomplete>;
/** One séquence de prise en charge: a period, what it needs, and the forfait it pays. */
export type SequenceDef = Parsed<typeof sequence>;
/** A coefficient of the forfait for patients of some départements. */
export type Modulation = Parsed<typeof modulation>;
/** The patient participation: none, a rate of the forfait, or a flat amount (capped at the forfait). */
export type Participation = Parsed<typeof participation>;
