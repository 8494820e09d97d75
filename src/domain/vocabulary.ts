/**
 * Controlled vocabularies shared by the three documents. Adding a value is a compatible change; removing or
 * renaming one breaks rule files and must be announced.
 */

/** Professions a parcours team may include (health professions of the CSP, plus APA teachers). */
export const PROFESSIONS = [
  'medecin',
  'chirurgien-dentiste',
  'sage-femme',
  'pharmacien',
  'infirmier',
  'masseur-kinesitherapeute',
  'pedicure-podologue',
  'ergotherapeute',
  'psychomotricien',
  'orthophoniste',
  'orthoptiste',
  'dieteticien',
  'psychologue',
  'enseignant-apa',
  'assistant-service-social',
  'educateur-specialise',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** The nine categories of structure allowed to coordinate a PCR (D.162-34 CSS, décret 2025-394). */
export const STRUCTURE_CATEGORIES = [
  'etablissement-sante',
  'esms',
  'centre-sante',
  'msp',
  'ess',
  'cpts',
  'dac',
  'mdph',
  'pmi',
] as const;
export type StructureCategory = (typeof STRUCTURE_CATEGORIES)[number];

/** Situations that set the patient participation to zero (R.160-17-2 CSS). */
export const EXEMPTIONS = [
  'ald',
  'at-mp',
  'maternite',
  'rente-at-mp',
  'invalidite',
  'l371-6',
  'violences-sexuelles-mineur',
  'terrorisme',
] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

/** The patient's complementary cover: contrat responsable, C2S, AME, or none. */
export const COMPLEMENTARY_KINDS = ['responsable', 'c2s', 'ame', 'none'] as const;
export type ComplementaryKind = (typeof COMPLEMENTARY_KINDS)[number];

/** How a parcours type's status reads: an official arrêté, a draft, or an illustration with placeholder figures. */
export const RULE_STATUSES = ['official', 'draft', 'illustrative'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Prestation statuses in a patient's record. Only `done` counts. */
export const PRESTATION_STATUSES = ['done', 'cancelled', 'missed'] as const;
export type PrestationStatus = (typeof PRESTATION_STATUSES)[number];

/** Where a séquence stands on the evaluation date. `not-started`: the patient left before it began. */
export const SEQUENCE_STATUSES = ['pending', 'in-progress', 'completed', 'incomplete', 'not-started'] as const;
export type SequenceStatus = (typeof SEQUENCE_STATUSES)[number];

/** Why a séquence is not billed: path blocked, not ended, never started, no key, nothing due. */
export const EXCLUSION_REASONS = [
  'BLOCKED',
  'NOT_ENDED',
  'NOT_STARTED',
  'NO_KEY',
  'NOTHING_DUE',
  'AWAITING_ATTESTATION',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** The kinds of identifier the engine checks. */
export const IDENTIFIER_KINDS = ['NIR', 'RPPS', 'ADELI', 'FINESS', 'SIREN', 'SIRET', 'CPAM'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Why an identifier was refused (a reason never repeats the identifier). */
export const IDENTIFIER_REASONS = [
  'DIGITS_9',
  'DIGITS_11',
  'DIGITS_14',
  'LUHN',
  'LA_POSTE_SUM',
  'NIR_SHAPE',
  'NIR_KEY',
  'ADELI_SHAPE',
  'FINESS_SHAPE',
  'CPAM_SHAPE',
] as const;
export type IdentifierReason = (typeof IDENTIFIER_REASONS)[number];

/** Language of human-readable texts. French is the default. */
export type Lang = 'fr' | 'en';

/** Severity of an issue: an `error` excludes something (a prestation, a séquence, the whole path); a `warning` informs. */
export type Severity = 'error' | 'warning';

/**
 * What an incomplete séquence is paid under (the rule file's `incomplete.policy`): `none`, `full`, `prorata`, `tiers`.
 * The settlement's breakdown names it; `settlement/incomplete-policies.ts` checks that it is the schema's list.
 */
export type IncompletePolicyKind = 'none' | 'full' | 'prorata' | 'tiers';
