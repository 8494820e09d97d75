import type { IssueParam, Severity } from './issue';

type Params = Readonly<Record<string, IssueParam>>;
type Render = (p: Params) => string;

/** One entry of the issue catalog: default severity and the message in each language. */
export interface IssueDefinition {
  readonly severity: Severity;
  readonly fr: Render;
  readonly en: Render;
}

/**
 * A parameter as text, '?' when it is missing. Renderers read their parameters by name (`p.date`), never by a
 * computed key: each read site then sees one shape, which keeps ~10 messages per path cheap (a shared
 * `p[key]` reader was megamorphic and cost a third of validation's garbage collection).
 */
const s = (v: IssueParam | undefined): string => (v === undefined ? '?' : String(v));

const JSON_TYPES: Record<'fr' | 'en', Record<string, string>> = {
  fr: { string: 'texte', number: 'nombre', int: 'nombre entier', boolean: 'booléen', object: 'objet', array: 'liste', null: 'null', undefined: 'rien' },
  en: { string: 'text', number: 'number', int: 'whole number', boolean: 'boolean', object: 'object', array: 'list', null: 'null', undefined: 'nothing' },
};
const jt = (lang: 'fr' | 'en', v: IssueParam | undefined): string => JSON_TYPES[lang][s(v)] ?? s(v);

/**
 * The public table of issue codes. Codes are stable identifiers: add new ones, never rename or reuse one.
 * The README's table is generated from this object (`npm run docs:codes`) and a test keeps them in sync.
 */
export const ISSUE_CATALOG = {
  // ── Input shape ────────────────────────────────────────────────────────────
  INPUT_FORBIDDEN_KEY: {
    severity: 'error',
    fr: (p) => `Clé interdite « ${s(p.key)} » : les clés __proto__, constructor et prototype sont refusées.`,
    en: (p) => `Forbidden key "${s(p.key)}": __proto__, constructor and prototype keys are rejected.`,
  },
  INPUT_TOO_DEEP: {
    severity: 'error',
    fr: (p) => `Document trop imbriqué (plus de ${s(p.max)} niveaux).`,
    en: (p) => `Document nested too deeply (more than ${s(p.max)} levels).`,
  },
  INPUT_NOT_PLAIN: {
    severity: 'error',
    fr: () => `Valeur non JSON (fonction, objet cyclique ou instance de classe).`,
    en: () => `Not a JSON value (function, cyclic object or class instance).`,
  },
  INPUT_NOT_PARSED: {
    severity: 'error',
    fr: () => `Documents illisibles : passez-les d'abord par parseParcoursType, parseProject et parsePatientPath.`,
    en: () => `Unreadable documents: run them through parseParcoursType, parseProject and parsePatientPath first.`,
  },
  OPTION_INVALID: {
    severity: 'error',
    fr: (p) => `Option « ${s(p.option)} » invalide : attendu ${s(p.expected)}.`,
    en: (p) => `Invalid option "${s(p.option)}": expected ${s(p.expected)}.`,
  },
  INPUT_INVALID_JSON: {
    severity: 'error',
    fr: () => `Ligne illisible : ce n'est pas du JSON.`,
    en: () => `Unreadable line: not JSON.`,
  },
  SCHEMA_REQUIRED: {
    severity: 'error',
    fr: () => `Champ obligatoire manquant.`,
    en: () => `Required field is missing.`,
  },
  SCHEMA_INVALID_TYPE: {
    severity: 'error',
    fr: (p) => `Type invalide : attendu ${jt('fr', p.expected)}, reçu ${jt('fr', p.received)}.`,
    en: (p) => `Invalid type: expected ${jt('en', p.expected)}, received ${jt('en', p.received)}.`,
  },
  SCHEMA_UNKNOWN_KEY: {
    severity: 'error',
    fr: (p) => `Champ inconnu « ${s(p.key)} ».`,
    en: (p) => `Unknown field "${s(p.key)}".`,
  },
  SCHEMA_INVALID_VALUE: {
    severity: 'error',
    fr: (p) => `Valeur non autorisée. Valeurs possibles : ${s(p.allowed)}.`,
    en: (p) => `Value not allowed. Allowed values: ${s(p.allowed)}.`,
  },
  SCHEMA_TOO_SMALL: {
    severity: 'error',
    fr: (p) => `Valeur trop petite (minimum ${s(p.minimum)}).`,
    en: (p) => `Value too small (minimum ${s(p.minimum)}).`,
  },
  SCHEMA_TOO_BIG: {
    severity: 'error',
    fr: (p) => `Valeur trop grande (maximum ${s(p.maximum)}).`,
    en: (p) => `Value too big (maximum ${s(p.maximum)}).`,
  },
  SCHEMA_INVALID_FORMAT: {
    severity: 'error',
    fr: (p) => `Format invalide (attendu : ${s(p.format)}).`,
    en: (p) => `Invalid format (expected: ${s(p.format)}).`,
  },
  INVALID_DATE: {
    severity: 'error',
    fr: () => `Date invalide : attendu une date du calendrier AAAA-MM-JJ entre 1900 et 2199.`,
    en: () => `Invalid date: expected a calendar date YYYY-MM-DD between 1900 and 2199.`,
  },
  INVALID_AMOUNT: {
    severity: 'error',
    fr: () => `Montant invalide : attendu un montant positif en euros avec au plus deux décimales (ex. "1500.00").`,
    en: () => `Invalid amount: expected a non-negative euro amount with at most two decimals (e.g. "1500.00").`,
  },
  INVALID_DECIMAL: {
    severity: 'error',
    fr: (p) => `Nombre décimal invalide : attendu un nombre entre ${s(p.min)} et ${s(p.max)} avec au plus 6 décimales.`,
    en: (p) => `Invalid decimal: expected a number between ${s(p.min)} and ${s(p.max)} with at most 6 decimals.`,
  },
  // ── Identifiers ────────────────────────────────────────────────────────────
  IDENTIFIER_INVALID: {
    severity: 'error',
    fr: (p) => `Identifiant ${s(p.kind)} invalide (${s(p.reason)}).`,
    en: (p) => `Invalid ${s(p.kind)} identifier (${s(p.reason)}).`,
  },
  // ── Parcours type (rule file) ──────────────────────────────────────────────
  TYPE_DUPLICATE_ID: {
    severity: 'error',
    fr: (p) => `Identifiant en double : « ${s(p.id)} ».`,
    en: (p) => `Duplicate identifier: "${s(p.id)}".`,
  },
  TYPE_UNKNOWN_PRESTATION: {
    severity: 'error',
    fr: (p) => `Prestation « ${s(p.code)} » inconnue : elle n'est pas déclarée dans les prestations du type.`,
    en: (p) => `Unknown prestation "${s(p.code)}": it is not declared in the type's prestations.`,
  },
  TYPE_UNKNOWN_PROFESSION: {
    severity: 'error',
    fr: (p) => `Profession « ${s(p.profession)} » inconnue ou absente des professions du type.`,
    en: (p) => `Profession "${s(p.profession)}" is unknown or not among the type's professions.`,
  },
  TYPE_UNKNOWN_PROFILE: {
    severity: 'error',
    fr: (p) => `Profil « ${s(p.profile)} » non déclaré dans l'éligibilité du type.`,
    en: (p) => `Profile "${s(p.profile)}" is not declared in the type's eligibility.`,
  },
  TYPE_PROFILE_MISSING_AMOUNT: {
    severity: 'error',
    fr: (p) => `Forfait sans montant pour le profil « ${s(p.profile)} ».`,
    en: (p) => `Forfait has no amount for profile "${s(p.profile)}".`,
  },
  TYPE_UNKNOWN_SEQUENCE: {
    severity: 'error',
    fr: (p) => `Séquence « ${s(p.sequence)} » inconnue.`,
    en: (p) => `Unknown séquence "${s(p.sequence)}".`,
  },
  TYPE_SEQUENCE_ORDER: {
    severity: 'error',
    fr: (p) => `La séquence « ${s(p.sequence)} » doit suivre une séquence déclarée avant elle.`,
    en: (p) => `Séquence "${s(p.sequence)}" must follow a séquence declared before it.`,
  },
  TYPE_INVALID_RANGE: {
    severity: 'error',
    fr: (p) => `Bornes incohérentes : ${s(p.low)} est supérieur à ${s(p.high)}.`,
    en: (p) => `Inconsistent bounds: ${s(p.low)} is greater than ${s(p.high)}.`,
  },
  TYPE_REQUIREMENT_TARGET: {
    severity: 'error',
    fr: () => `Une exigence nomme soit une prestation (« prestation »), soit une liste (« anyOf »), pas les deux ni aucune.`,
    en: () => `A requirement names either one prestation ("prestation") or a list ("anyOf"), not both and not neither.`,
  },
  TYPE_FORFAIT_AMOUNT: {
    severity: 'error',
    fr: () => `Le forfait a soit un montant unique (« amount »), soit un montant par profil (« byProfile »), pas les deux ni aucun.`,
    en: () => `The forfait has either one amount ("amount") or one per profile ("byProfile"), not both and not neither.`,
  },
  TYPE_TIERS_ORDER: {
    severity: 'error',
    fr: () => `Les paliers doivent être croissants en nombre de prestations et en part du forfait.`,
    en: () => `Tiers must increase in number of prestations and in share of the forfait.`,
  },
  TYPE_SEQUENCES_EXCEED_DURATION: {
    severity: 'warning',
    fr: (p) => `Les séquences durent ${s(p.months)} mois, plus que la durée du parcours (${s(p.duration)} mois).`,
    en: (p) => `Séquences last ${s(p.months)} months, longer than the parcours (${s(p.duration)} months).`,
  },
  TYPE_WINDOW_EXCEEDS_SEQUENCE: {
    severity: 'warning',
    fr: (p) => `Fenêtre de ${s(p.days)} jours plus longue que la séquence (${s(p.months)} mois).`,
    en: (p) => `Window of ${s(p.days)} days is longer than the séquence (${s(p.months)} months).`,
  },
  // ── Rule catalog ───────────────────────────────────────────────────────────
  CATALOG_DUPLICATE_VERSION: {
    severity: 'error',
    fr: (p) => `Le type ${s(p.type)} version ${s(p.version)} est déclaré deux fois (${s(p.files)}).`,
    en: (p) => `Type ${s(p.type)} version ${s(p.version)} is declared twice (${s(p.files)}).`,
  },
  CATALOG_OVERLAPPING_VERSIONS: {
    severity: 'error',
    fr: (p) => `Les versions ${s(p.a)} et ${s(p.b)} du type ${s(p.type)} sont en vigueur en même temps.`,
    en: (p) => `Versions ${s(p.a)} and ${s(p.b)} of type ${s(p.type)} are in force at the same time.`,
  },
  CATALOG_UNKNOWN_TYPE: {
    severity: 'error',
    fr: (p) => `Type de parcours « ${s(p.type)} » absent du catalogue.`,
    en: (p) => `Parcours type "${s(p.type)}" is not in the catalog.`,
  },
  CATALOG_NO_VERSION_IN_FORCE: {
    severity: 'error',
    fr: (p) => `Aucune version du type ${s(p.type)} n'est en vigueur le ${s(p.date)}.`,
    en: (p) => `No version of type ${s(p.type)} is in force on ${s(p.date)}.`,
  },
  // ── Projet de parcours ─────────────────────────────────────────────────────
  PROJECT_DUPLICATE_MEMBER: {
    severity: 'error',
    fr: (p) => `Membre de l'équipe en double : « ${s(p.member)} ».`,
    en: (p) => `Duplicate team member: "${s(p.member)}".`,
  },
  PROJECT_MEMBER_NO_IDENTIFIER: {
    severity: 'error',
    fr: (p) => `Le membre « ${s(p.member)} » n'a ni RPPS, ni ADELI, ni numéro d'identification CPAM.`,
    en: (p) => `Member "${s(p.member)}" has no RPPS, ADELI or CPAM identification number.`,
  },
  PROJECT_STRUCTURE_NO_IDENTIFIER: {
    severity: 'error',
    fr: () => `La structure doit avoir un SIRET ou un FINESS.`,
    en: () => `The structure needs a SIRET or a FINESS number.`,
  },
  PROJECT_OPPOSITION_BEFORE_SENT: {
    severity: 'error',
    fr: () => `L'opposition de l'ARS est datée d'avant l'envoi du projet.`,
    en: () => `The ARS opposition is dated before the projet was sent.`,
  },
  KEY_UNKNOWN_MEMBER: {
    severity: 'error',
    fr: (p) => `Clé de répartition : membre « ${s(p.member)} » absent de l'équipe.`,
    en: (p) => `Distribution key: member "${s(p.member)}" is not in the team.`,
  },
  KEY_RULE_ORDER: {
    severity: 'error',
    fr: (p) => `Clé de répartition : la règle « ${s(p.kind)} » est mal placée (ordre attendu : coordination, montants fixes et tarifs unitaires, pondération, reliquat ; une seule pondération et un seul reliquat).`,
    en: (p) => `Distribution key: rule "${s(p.kind)}" is out of place (expected order: coordination, fixed amounts and unit rates, weights, remainder; one weights rule and one remainder rule at most).`,
  },
  KEY_RULE_INCOMPLETE: {
    severity: 'error',
    fr: () => `Règle de coordination : indiquer soit un taux (« rate »), soit un montant (« amount »).`,
    en: () => `Coordination rule: give either a rate ("rate") or an amount ("amount").`,
  },
  KEY_UNKNOWN_SEQUENCE: {
    severity: 'error',
    fr: (p) => `Clé de répartition pour une séquence « ${s(p.sequence)} » que le type ne connaît pas.`,
    en: (p) => `Distribution key for a séquence "${s(p.sequence)}" the type does not define.`,
  },
  KEY_UNKNOWN_PRESTATION: {
    severity: 'error',
    fr: (p) => `Clé de répartition : tarif pour une prestation « ${s(p.code)} » que le type ne connaît pas.`,
    en: (p) => `Distribution key: rate for a prestation "${s(p.code)}" the type does not define.`,
  },
  KEY_MISSING: {
    severity: 'error',
    fr: (p) => `Aucune clé de répartition pour la séquence « ${s(p.sequence)} » (ni dans le projet, ni par défaut dans le type).`,
    en: (p) => `No distribution key for séquence "${s(p.sequence)}" (neither in the projet nor as the type's default).`,
  },
  // ── Path validation: the frame ─────────────────────────────────────────────
  PROJECT_TYPE_MISMATCH: {
    severity: 'error',
    fr: (p) => `Le projet met en œuvre le type « ${s(p.expected)} », pas « ${s(p.actual)} ».`,
    en: (p) => `The projet implements type "${s(p.expected)}", not "${s(p.actual)}".`,
  },
  TYPE_NOT_IN_FORCE: {
    severity: 'error',
    fr: (p) => `Le type ${s(p.type)} version ${s(p.version)} n'est pas en vigueur à la date d'inclusion du ${s(p.date)} (validité : ${s(p.from)} → ${s(p.to)}).`,
    en: (p) => `Type ${s(p.type)} version ${s(p.version)} is not in force on the inclusion date ${s(p.date)} (valid ${s(p.from)} → ${s(p.to)}).`,
  },
  STRUCTURE_NOT_ALLOWED: {
    severity: 'error',
    fr: (p) => `Une structure de catégorie « ${s(p.category)} » ne peut pas coordonner ce type de parcours.`,
    en: (p) => `A structure of category "${s(p.category)}" may not coordinate this parcours type.`,
  },
  MEMBER_PROFESSION_NOT_IN_TYPE: {
    severity: 'warning',
    fr: (p) => `Le membre « ${s(p.member)} » (${s(p.profession)}) exerce une profession que le type ne prévoit pas.`,
    en: (p) => `Member "${s(p.member)}" (${s(p.profession)}) has a profession the type does not provide for.`,
  },
  PROJECT_OPPOSED: {
    severity: 'error',
    fr: (p) => `L'ARS s'est opposée au projet le ${s(p.date)} : aucune inclusion n'est possible.`,
    en: (p) => `The ARS opposed the projet on ${s(p.date)}: no inclusion is possible.`,
  },
  PROJECT_NOT_ACCEPTED: {
    severity: 'warning',
    fr: (p) => `Inclusion le ${s(p.date)} avant l'acceptation tacite du projet (réputé accepté le ${s(p.accepted)}, envoi à l'ARS + 2 mois).`,
    en: (p) => `Inclusion on ${s(p.date)} before the projet is deemed accepted (${s(p.accepted)}, sent to the ARS + 2 months).`,
  },
  PATIENT_TOO_YOUNG: {
    severity: 'error',
    fr: (p) => `Patient non éligible : ${s(p.age)} ans à l'inclusion, âge minimum ${s(p.min)} ans.`,
    en: (p) => `Patient not eligible: ${s(p.age)} years old at inclusion, minimum age ${s(p.min)}.`,
  },
  PATIENT_TOO_OLD: {
    severity: 'error',
    fr: (p) => `Patient non éligible : ${s(p.age)} ans à l'inclusion, âge maximum ${s(p.max)} ans.`,
    en: (p) => `Patient not eligible: ${s(p.age)} years old at inclusion, maximum age ${s(p.max)}.`,
  },
  PATIENT_BORN_AFTER_INCLUSION: {
    severity: 'error',
    fr: () => `La date de naissance est postérieure à la date d'inclusion.`,
    en: () => `The birth date is after the inclusion date.`,
  },
  PROFILE_REQUIRED: {
    severity: 'error',
    fr: (p) => `Profil du patient manquant : ce type en exige un parmi ${s(p.allowed)}.`,
    en: (p) => `Patient profile missing: this type requires one of ${s(p.allowed)}.`,
  },
  PROFILE_UNKNOWN: {
    severity: 'error',
    fr: (p) => `Profil « ${s(p.profile)} » inconnu pour ce type (profils : ${s(p.allowed)}).`,
    en: (p) => `Profile "${s(p.profile)}" is unknown for this type (profiles: ${s(p.allowed)}).`,
  },
  EXIT_BEFORE_INCLUSION: {
    severity: 'error',
    fr: () => `La date de sortie précède la date d'inclusion.`,
    en: () => `The exit date is before the inclusion date.`,
  },
  INCLUSION_AFTER_AS_OF: {
    severity: 'warning',
    fr: (p) => `Inclusion le ${s(p.date)}, postérieure à la date d'évaluation ${s(p.asOf)}.`,
    en: (p) => `Inclusion on ${s(p.date)}, after the evaluation date ${s(p.asOf)}.`,
  },
  RENEWAL_NOT_ALLOWED: {
    severity: 'error',
    fr: (p) => `Renouvellement non prévu : le type en autorise ${s(p.max)}.`,
    en: (p) => `Renewal not allowed: the type allows ${s(p.max)}.`,
  },
  RENEWAL_OUT_OF_PERIOD: {
    severity: 'error',
    fr: (p) => `Renouvellement du ${s(p.date)} hors de la période en cours (${s(p.start)} → ${s(p.end)}).`,
    en: (p) => `Renewal on ${s(p.date)} is outside the current period (${s(p.start)} → ${s(p.end)}).`,
  },
  // ── Path validation: prestations ───────────────────────────────────────────
  PRESTATION_DUPLICATE_ID: {
    severity: 'error',
    fr: (p) => `Prestation en double : l'identifiant « ${s(p.id)} » est déjà utilisé ; celle-ci n'est pas comptée.`,
    en: (p) => `Duplicate prestation: id "${s(p.id)}" is already used; this one is not counted.`,
  },
  PRESTATION_UNKNOWN_CODE: {
    severity: 'error',
    fr: (p) => `Code de prestation « ${s(p.code)} » inconnu pour ce type de parcours.`,
    en: (p) => `Prestation code "${s(p.code)}" is unknown for this parcours type.`,
  },
  PRESTATION_UNKNOWN_MEMBER: {
    severity: 'error',
    fr: (p) => `Intervenant « ${s(p.member)} » absent de l'équipe du projet.`,
    en: (p) => `Professional "${s(p.member)}" is not in the projet's team.`,
  },
  PRESTATION_PROFESSION_NOT_ALLOWED: {
    severity: 'error',
    fr: (p) => `La prestation ${s(p.code)} ne peut pas être réalisée par un(e) ${s(p.profession)} (autorisé : ${s(p.allowed)}).`,
    en: (p) => `Prestation ${s(p.code)} cannot be performed by a ${s(p.profession)} (allowed: ${s(p.allowed)}).`,
  },
  PRESTATION_BEFORE_INCLUSION: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} antérieure à l'inclusion du ${s(p.inclusion)}.`,
    en: (p) => `Prestation on ${s(p.date)} is before the inclusion on ${s(p.inclusion)}.`,
  },
  PRESTATION_AFTER_EXIT: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} postérieure à la sortie du ${s(p.exit)}.`,
    en: (p) => `Prestation on ${s(p.date)} is after the exit on ${s(p.exit)}.`,
  },
  PRESTATION_AFTER_AS_OF: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} postérieure à la date d'évaluation ${s(p.asOf)}.`,
    en: (p) => `Prestation on ${s(p.date)} is after the evaluation date ${s(p.asOf)}.`,
  },
  PRESTATION_AFTER_DEADLINE: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} après l'échéance du ${s(p.deadline)} (${s(p.scope)}).`,
    en: (p) => `Prestation on ${s(p.date)} is after the deadline ${s(p.deadline)} (${s(p.scope)}).`,
  },
  PRESTATION_BEFORE_SEQUENCE: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} antérieure au début de la séquence ${s(p.sequence)} (${s(p.start)}).`,
    en: (p) => `Prestation on ${s(p.date)} is before séquence ${s(p.sequence)} starts (${s(p.start)}).`,
  },
  PRESTATION_UNKNOWN_SEQUENCE: {
    severity: 'error',
    fr: (p) => `Séquence « ${s(p.sequence)} » inconnue pour ce type.`,
    en: (p) => `Séquence "${s(p.sequence)}" is unknown for this type.`,
  },
  PRESTATION_NOT_IN_SEQUENCE: {
    severity: 'warning',
    fr: (p) => `La prestation ${s(p.code)} n'est pas attendue dans la séquence ${s(p.sequence)} : elle n'est pas comptée.`,
    en: (p) => `Prestation ${s(p.code)} is not expected in séquence ${s(p.sequence)}: it is not counted.`,
  },
  PRESTATION_OUT_OF_WINDOW: {
    severity: 'error',
    fr: (p) => `Prestation du ${s(p.date)} hors de sa fenêtre (${s(p.from)} → ${s(p.to)}) : elle n'est pas comptée.`,
    en: (p) => `Prestation on ${s(p.date)} is outside its window (${s(p.from)} → ${s(p.to)}): it is not counted.`,
  },
  PRESTATION_TOO_SHORT: {
    severity: 'error',
    fr: (p) => `Prestation de ${s(p.minutes)} min, sous la durée minimale de ${s(p.min)} min : elle n'est pas comptée.`,
    en: (p) => `Prestation of ${s(p.minutes)} min, under the minimum of ${s(p.min)} min: it is not counted.`,
  },
  PRESTATION_DURATION_MISSING: {
    severity: 'warning',
    fr: (p) => `Durée non renseignée alors qu'un minimum de ${s(p.min)} min est exigé : comptée, à vérifier.`,
    en: (p) => `Duration missing although a minimum of ${s(p.min)} min applies: counted, to be checked.`,
  },
  PRESTATION_OVER_MAX: {
    severity: 'warning',
    fr: (p) => `Au-delà du maximum de ${s(p.max)} ${s(p.code)} dans la séquence ${s(p.sequence)} : cette prestation n'est pas comptée.`,
    en: (p) => `Beyond the maximum of ${s(p.max)} ${s(p.code)} in séquence ${s(p.sequence)}: this prestation is not counted.`,
  },
  // ── Settlement ─────────────────────────────────────────────────────────────
  SETTLEMENT_BLOCKED: {
    severity: 'error',
    fr: () => `Aucune séquence n'est facturable : le parcours a des erreurs bloquantes.`,
    en: () => `No séquence is billable: the path has blocking errors.`,
  },
  KEY_SCALED_DOWN: {
    severity: 'warning',
    fr: (p) => `Séquence ${s(p.sequence)} : montants fixes et tarifs unitaires (${s(p.claimed)} €) supérieurs au disponible (${s(p.available)} €), réduits au prorata.`,
    en: (p) => `Séquence ${s(p.sequence)}: fixed amounts and unit rates (€${s(p.claimed)}) exceed what is available (€${s(p.available)}), scaled down in proportion.`,
  },
  KEY_WEIGHTS_EMPTY: {
    severity: 'warning',
    fr: (p) => `Séquence ${s(p.sequence)} : la pondération ne s'applique à personne (poids nuls) ; le reste va à la règle suivante.`,
    en: (p) => `Séquence ${s(p.sequence)}: the weights apply to nobody (all zero); the rest goes to the next rule.`,
  },
  KEY_REMAINDER_TO_STRUCTURE: {
    severity: 'warning',
    fr: (p) => `Séquence ${s(p.sequence)} : ${s(p.amount)} € non attribués par la clé sont versés à la structure.`,
    en: (p) => `Séquence ${s(p.sequence)}: €${s(p.amount)} left by the key is paid to the structure.`,
  },
} satisfies Record<string, IssueDefinition>;

/** Every stable issue code. */
export type IssueCode = keyof typeof ISSUE_CATALOG;
