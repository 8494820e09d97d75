import * as z from 'zod/mini';
import { EXEMPTIONS, PROFESSIONS, RULE_STATUSES, STRUCTURE_CATEGORIES } from '../domain/vocabulary';
import type { IsoDate } from '../dates/iso-date';
import type { Exemption, Profession, RuleStatus, StructureCategory } from '../domain/vocabulary';
import { type Distribution, DistributionSchema } from './distribution-key';
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

const source = z.strictObject({
  title: text,
  url: z.optional(z.string()),
  date: z.optional(isoDate),
  note: z.optional(text),
});

const profile = z.strictObject({ id: identifier, label: z.optional(text) });

const eligibility = z.strictObject({
  minAge: z.optional(count),
  maxAge: z.optional(count),
  profiles: z.optional(z.array(profile)),
  criteria: z.optional(z.array(text)),
  reinclusionAfterMonths: z.optional(months),
});

const nonEmpty = z.minLength(1);

const prestation = z.strictObject({
  code: identifier,
  label: z.optional(text),
  professions: z.array(profession).check(nonEmpty),
  minMinutes: z.optional(count),
  collective: z.optional(z.boolean()),
});

const requirement = z.strictObject({
  prestation: z.optional(identifier),
  anyOf: z.optional(z.array(identifier).check(nonEmpty)),
  any: z.optional(z.literal(true)),
  min: count,
  max: z.optional(count),
  withinDays: z.optional(count),
  window: z.optional(z.strictObject({ fromMonths: monthOffset, toMonths: months })),
  label: z.optional(text),
});

const forfaitPart = z.strictObject({
  id: identifier,
  label: z.optional(text),
  amount,
  profiles: z.optional(z.array(identifier).check(nonEmpty)),
});

const forfait = z.strictObject({
  amount: z.optional(amount),
  byProfile: z.optional(z.record(mapKey, amount)),
  parts: z.optional(z.array(forfaitPart).check(nonEmpty)),
});

const tier = z.strictObject({ minDone: count, share: rate, of: z.optional(z.array(identifier).check(nonEmpty)) });

const incomplete = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('none') }),
  z.strictObject({ policy: z.literal('full') }),
  z.strictObject({ policy: z.literal('prorata') }),
  z.strictObject({ policy: z.literal('tiers'), tiers: z.array(tier).check(nonEmpty) }),
]);

const sequence = z.strictObject({
  id: identifier,
  label: z.optional(text),
  start: z.union([z.literal('inclusion'), z.strictObject({ after: identifier })]),
  months: months,
  requirements: z.array(requirement),
  forfait,
  incomplete,
  extension: z.optional(z.strictObject({ maxMonths: months, label: z.optional(text) })),
  recurring: z.optional(z.boolean()),
  requiresAttestation: z.optional(z.boolean()),
});

/** Most coefficients a type may declare (the arithmetic's exactness rests on it: ../money/decimal.ts). */
export const MODULATIONS_MAX = 8;

const modulation = z.strictObject({
  id: identifier,
  label: z.optional(text),
  when: z.strictObject({ departments: z.array(territory).check(nonEmpty) }),
  factor,
});

const exemptionList = z.array(z.enum(EXEMPTIONS));
DEFINITIONS.add(exemptionList, { id: 'exemptions' });
const exemptions = z.optional(exemptionList);

const participation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('rate'), rate, exemptions }),
  z.strictObject({ kind: z.literal('flat'), amount, exemptions }),
]);

/** Schema of a parcours type rule file (what the arrêté fixes). */
export const ParcoursTypeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: identifier,
  title: text,
  status: z.enum(RULE_STATUSES),
  sources: z.array(source).check(nonEmpty),
  notes: z.optional(z.array(text)),
  validFrom: isoDate,
  validTo: z.optional(isoDate),
  eligibility,
  professions: z.array(profession).check(nonEmpty),
  coordinators: z.optional(z.array(z.enum(STRUCTURE_CATEGORIES)).check(nonEmpty)),
  duration: z.strictObject({
    months: months,
    renewals: z.optional(z.strictObject({ max: z.int().check(z.minimum(0), z.maximum(RENEWALS_MAX)), months: months })),
  }),
  prestations: z.array(prestation).check(nonEmpty),
  sequences: z.array(sequence).check(nonEmpty),
  modulations: z.optional(z.array(modulation).check(z.maxLength(MODULATIONS_MAX))),
  participation,
  distribution: z.optional(DistributionSchema),
});

/** A source a rule file rests on (an arrêté, a cahier des charges, a circular). */
export interface RuleSource {
  /** The text's title, as published. */
  readonly title: string;
  /** Where to read it. */
  readonly url?: string;
  /** Its publication or signature date. */
  readonly date?: IsoDate;
  /** What the rule file takes from it. */
  readonly note?: string;
}

/** A patient profile the forfait may depend on (a severity, an age group). */
export interface ProfileDef {
  /** The profile's id, which a path names in `profile`. */
  readonly id: string;
  /** What it means. */
  readonly label?: string;
}

/** Who may enter the parcours. */
export interface Eligibility {
  /** Youngest age at inclusion, in completed years. */
  readonly minAge?: number;
  /** Oldest age at inclusion, in completed years. */
  readonly maxAge?: number;
  /** The profiles of the type: when given, every path names one. */
  readonly profiles?: readonly ProfileDef[];
  /** Clinical criteria, for people (not checked by the engine). */
  readonly criteria?: readonly string[];
  /**
   * Months that must pass after the end of a previous parcours of this type before the same patient is included
   * again (a path's `previousParcours`, and the patients of a file active).
   */
  readonly reinclusionAfterMonths?: number;
}

/** One kind of prestation the type pays for. */
export interface PrestationDef {
  /** The prestation's code, which requirements and recorded prestations name. */
  readonly code: string;
  /** What it is. */
  readonly label?: string;
  /** The professions that may perform it. */
  readonly professions: readonly Profession[];
  /** Shortest duration, in minutes (a shorter prestation is not counted). */
  readonly minMinutes?: number;
  /** True for a group session. */
  readonly collective?: boolean;
}

/** How many prestations of some codes a séquence needs, and by when. */
export interface RequirementDef {
  /** The one code that counts (or `anyOf`, or `any`). */
  readonly prestation?: string;
  /** The codes that count (or `prestation`, or `any`). */
  readonly anyOf?: readonly string[];
  /**
   * Every intervention counts ("at least 10 interventions"): each prestation counted in the séquence, whatever
   * requirement took it, and those no other requirement expects (or `prestation`, or `anyOf`).
   */
  readonly any?: true;
  /** How many the séquence needs to be completed. */
  readonly min: number;
  /** How many count at most (beyond, a prestation is listed but not counted). */
  readonly max?: number;
  /** Days from the séquence start within which they count (else up to its deadline). */
  readonly withinDays?: number;
  /** Months from the séquence start within which they count, "date à date" (a review at month 6: 5 to 7). */
  readonly window?: {
    /** Start of the window, in months from the séquence start (0: its first day). */
    readonly fromMonths: number;
    /** End of the window (inclusive), in months from the séquence start; never past its deadline. */
    readonly toMonths: number;
  };
  /** What it is, for people. */
  readonly label?: string;
}

/** A named part of a forfait (a base, a supplement for some profiles), traced and distributable on its own. */
export interface ForfaitPart {
  /** The part's id, which a key's `part` rule names. */
  readonly id: string;
  /** What it pays for. */
  readonly label?: string;
  /** Its amount in euros, a two-decimal string once parsed. */
  readonly amount: string;
  /** The profiles it applies to (else every profile). */
  readonly profiles?: readonly string[];
}

/** The forfait of a séquence: one amount, one per profile, or a sum of named parts. */
export interface ForfaitDef {
  /** The amount in euros, a two-decimal string once parsed. */
  readonly amount?: string;
  /** The amount of each profile id. */
  readonly byProfile?: Readonly<Record<string, string>>;
  /** Named parts: a profile's forfait is the sum of the parts that apply to it. */
  readonly parts?: readonly ForfaitPart[];
}

/** One tier of the `tiers` policy. */
export interface PolicyTier {
  /** Prestations counted from which the tier applies. */
  readonly minDone: number;
  /** The share of the forfait it pays, a decimal string of [0, 1]. */
  readonly share: string;
  /** The codes counted for `minDone` (else every counted prestation). */
  readonly of?: readonly string[];
}

/**
 * What is paid when a séquence ends before completion: nothing, the whole forfait, a prorata of the prestations
 * required, or the share of the highest tier reached.
 */
export type IncompletePolicy =
  | { readonly policy: 'none' }
  | { readonly policy: 'full' }
  | { readonly policy: 'prorata' }
  | {
      readonly policy: 'tiers';
      /** The tiers, by increasing `minDone` and share. */
      readonly tiers: readonly PolicyTier[];
    };

/** One séquence de prise en charge: a period, what it needs, and the forfait it pays. */
export interface SequenceDef {
  /** The séquence's id (`S1`…). */
  readonly id: string;
  /** What it is. */
  readonly label?: string;
  /** When it starts: at inclusion, or the day after another séquence's deadline. */
  readonly start:
    | 'inclusion'
    | {
        /** The id of the séquence after which it starts. */
        readonly after: string;
      };
  /** Its length in months, "date à date". */
  readonly months: number;
  /** What it needs to be completed. */
  readonly requirements: readonly RequirementDef[];
  /** What it pays. */
  readonly forfait: ForfaitDef;
  /** What it pays when it ends before completion. */
  readonly incomplete: IncompletePolicy;
  /**
   * An extension up to `maxMonths` in all, granted by a decision the path records (`extensions`) before the nominal
   * deadline; the séquences after it move by as much.
   */
  readonly extension?: {
    /** The longest the séquence may last, in months (at least `months`). */
    readonly maxMonths: number;
    /** What it is, for people. */
    readonly label?: string;
  };
  /** The séquence starts again the day after its deadline until the parcours ends (a yearly forfait): `S.1`, `S.2`… */
  readonly recurring?: boolean;
  /** Not billable until the path records a service attestation signed by the patient (`attestations`) after its end. */
  readonly requiresAttestation?: boolean;
}

/** A coefficient of the forfait for patients of some départements. */
export interface Modulation {
  /** The coefficient's id. */
  readonly id: string;
  /** What it is. */
  readonly label?: string;
  /** When it applies. */
  readonly when: {
    /** The département codes of the patient's territory. */
    readonly departments: readonly string[];
  };
  /** The coefficient, a decimal string of [0.01, 10]. */
  readonly factor: string;
}

/**
 * The patient participation: none, a rate of the forfait, or a flat amount (capped at the forfait); `exemptions`
 * lists the exemptions that waive it (without it, every exemption of R.160-17-2 CSS does).
 */
export type Participation =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'rate';
      /** The rate of the forfait, a decimal string of [0, 1]. */
      readonly rate: string;
      /** The exemptions that waive it. */
      readonly exemptions?: readonly Exemption[];
    }
  | {
      readonly kind: 'flat';
      /** The amount in euros, a two-decimal string. */
      readonly amount: string;
      /** The exemptions that waive it. */
      readonly exemptions?: readonly Exemption[];
    };

/** A parcours type, as parsed (what the arrêté fixes): amounts are two-decimal strings, rates and factors decimal strings. */
export interface ParcoursType {
  /** The JSON Schema the file names, ignored. */
  readonly $schema?: string;
  /** The type's id, which projets and paths name. */
  readonly id: string;
  /** The version's id, unique within the type. */
  readonly version: string;
  /** The type's title. */
  readonly title: string;
  /** `official` (a published arrêté), `draft` or `illustrative`. */
  readonly status: RuleStatus;
  /** The texts the file rests on. */
  readonly sources: readonly RuleSource[];
  /** Remarks, for people. */
  readonly notes?: readonly string[];
  /** First day of the version (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day of the version (inclusive), else open. */
  readonly validTo?: IsoDate;
  /** Who may enter the parcours. */
  readonly eligibility: Eligibility;
  /** The professions that may take part. */
  readonly professions: readonly Profession[];
  /** The categories of structure that may coordinate it (else every category). */
  readonly coordinators?: readonly StructureCategory[];
  /** The parcours' length and renewals. */
  readonly duration: {
    /** Its length in months from inclusion. */
    readonly months: number;
    /** How many renewals, of how many months each. */
    readonly renewals?: {
      /** How many renewals at most. */
      readonly max: number;
      /** The months each adds to the parcours. */
      readonly months: number;
    };
  };
  /** The prestations the type pays for. */
  readonly prestations: readonly PrestationDef[];
  /** The séquences, each with its forfait. */
  readonly sequences: readonly SequenceDef[];
  /** Coefficients of the forfait by territory (8 at most). */
  readonly modulations?: readonly Modulation[];
  /** The patient participation. */
  readonly participation: Participation;
  /** The default distribution of the forfait, when a projet has none for a séquence. */
  readonly distribution?: Distribution;
}
