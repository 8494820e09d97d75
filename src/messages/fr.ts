import { fr as t, NBSP } from './format';
import type { Messages } from './messages';

const jsonTypes: Messages['jsonTypes'] = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'booléen',
  object: 'objet',
  array: 'liste',
  null: 'null',
  undefined: 'rien',
  bigint: 'grand entier',
  symbol: 'symbole',
  function: 'fonction',
};
const jt = (name: string): string => (jsonTypes as Record<string, string>)[name] ?? name;

const identifierReasons: Messages['identifierReasons'] = {
  DIGITS_9: '9 chiffres attendus',
  DIGITS_11: '11 chiffres attendus',
  DIGITS_14: '14 chiffres attendus',
  LUHN: 'clé de contrôle Luhn incorrecte',
  LA_POSTE_SUM: 'somme des chiffres non divisible par 5 (La Poste)',
  NIR_SHAPE: '15 caractères attendus (sexe, année, mois, lieu, ordre, clé)',
  NIR_KEY: 'clé de contrôle incorrecte',
  ADELI_SHAPE: '9 caractères attendus',
  FINESS_SHAPE: '9 caractères attendus (département puis 7 chiffres)',
  CPAM_SHAPE: '1 à 20 lettres ou chiffres attendus',
};

const cover: Messages['cover'] = {
  responsable: 'contrat responsable, participation prise en charge par l’AMC',
  c2s: 'C2S, participation prise en charge',
  ame: 'AME, prise en charge intégrale par l’Assurance Maladie',
  none: 'sans complémentaire, participation due par le patient',
};

const sequenceStatus: Messages['sequenceStatus'] = {
  pending: 'à venir',
  'in-progress': 'en cours',
  completed: 'complète',
  incomplete: 'incomplète',
  'not-started': 'non commencée',
};

/** Every sentence of the library and the command line, in French (typography: no-break spaces, « »). */
export const FR: Messages = {
  issues: {
    INPUT_FORBIDDEN_KEY: (p) =>
      t`Clé interdite « ${p.key} » : les clés __proto__, constructor et prototype sont refusées.`,
    INPUT_TOO_LARGE: (p) =>
      t`${p.unit === 'elements' ? 'Liste' : 'Objet'} trop grand (plus de ${p.max} ${p.unit === 'elements' ? 'éléments' : 'champs'}) : il n’est pas lu.`,
    INPUT_TOO_DEEP: (p) => t`Document trop imbriqué (plus de ${p.max} niveaux).`,
    INPUT_NOT_PLAIN: () =>
      t`Valeur non JSON (fonction, objet cyclique ou partagé, instance de classe, valeur illisible).`,
    INPUT_NOT_PARSED: () =>
      t`Documents illisibles : passez-les d’abord par parseParcoursType, parseProject et parsePatientPath.`,
    OPTION_INVALID: (p) => t`Option « ${p.option} » invalide : attendu une date AAAA-MM-JJ.`,
    INPUT_INVALID_JSON: () => t`Ligne illisible : ce n’est pas du JSON.`,
    SCHEMA_REQUIRED: () => t`Champ obligatoire manquant.`,
    SCHEMA_INVALID_TYPE: (p) => t`Type invalide : attendu ${jt(p.expected)}, reçu ${jt(p.received)}.`,
    SCHEMA_UNKNOWN_KEY: (p) => t`Champ inconnu « ${p.key} ».`,
    SCHEMA_INVALID_VALUE: (p) => t`Valeur non autorisée. Valeurs possibles : ${p.allowed}.`,
    SCHEMA_TOO_SMALL: (p, f) => t`Valeur trop petite (minimum ${f.number(p.minimum)}).`,
    SCHEMA_TOO_BIG: (p, f) => t`Valeur trop grande (maximum ${f.number(p.maximum)}).`,
    SCHEMA_INVALID_FORMAT: (p) => t`Format invalide (attendu : ${p.format}).`,
    INVALID_DATE: () => t`Date invalide : attendu une date du calendrier AAAA-MM-JJ entre 1900 et 2199.`,
    INVALID_AMOUNT: () =>
      t`Montant invalide : attendu un montant positif en euros avec au plus deux décimales (ex. « 1500.00 »).`,
    INVALID_DECIMAL: (p, f) =>
      t`Nombre décimal invalide : attendu un nombre entre ${f.number(p.min)} et ${f.number(p.max)} avec au plus 6 décimales.`,
    PATIENT_REF_IS_NIR: () =>
      t`La référence du patient est un NIR : elle doit être un pseudonyme, le NIR ne va que dans « patient.nir » (il n’est écrit dans aucune sortie).`,
    INPUT_TOO_MANY_ISSUES: (p) =>
      t`Trop de constats : les ${p.shown} premiers sont donnés, ${p.more} autres sont omis.`,
    IDENTIFIER_INVALID: (p) => t`Identifiant ${p.kind} invalide (${identifierReasons[p.reason] ?? p.reason}).`,
    TYPE_DUPLICATE_ID: (p) => t`Identifiant en double : « ${p.id} ».`,
    TYPE_UNKNOWN_PRESTATION: (p) =>
      t`Prestation « ${p.code} » inconnue : elle n’est pas déclarée dans les prestations du type.`,
    TYPE_UNKNOWN_PROFESSION: (p) => t`Profession « ${p.profession} » inconnue ou absente des professions du type.`,
    TYPE_UNKNOWN_PROFILE: (p) => t`Profil « ${p.profile} » non déclaré dans l’éligibilité du type.`,
    TYPE_PROFILE_MISSING_AMOUNT: (p) => t`Forfait sans montant pour le profil « ${p.profile} ».`,
    TYPE_UNKNOWN_SEQUENCE: (p) => t`Séquence « ${p.sequence} » inconnue.`,
    TYPE_SEQUENCE_ORDER: (p) => t`La séquence « ${p.sequence} » doit suivre une séquence déclarée avant elle.`,
    TYPE_INVALID_RANGE: (p) => t`Bornes incohérentes : ${p.low} est supérieur à ${p.high}.`,
    TYPE_REQUIREMENT_TARGET: () =>
      t`Une exigence nomme une prestation (« prestation »), une liste (« anyOf ») ou toute intervention (« any »), une seule de ces trois.`,
    TYPE_FORFAIT_AMOUNT: () =>
      t`Le forfait a un montant unique (« amount »), un montant par profil (« byProfile ») ou des parts (« parts »), un seul des trois.`,
    TYPE_TIERS_ORDER: () => t`Les paliers doivent être croissants en nombre de prestations et en part du forfait.`,
    TYPE_SEQUENCES_EXCEED_DURATION: (p) =>
      t`Les séquences durent ${p.months} mois, plus que la durée du parcours (${p.duration} mois).`,
    TYPE_WINDOW_EXCEEDS_SEQUENCE: (p) => t`Fenêtre de ${p.days} jours plus longue que la séquence (${p.months} mois).`,
    TYPE_WINDOW_BEYOND_SEQUENCE: (p) =>
      t`Fenêtre jusqu’au mois ${p.toMonths}, au-delà de la séquence (${p.months} mois au plus) : elle s’arrête à l’échéance.`,
    TYPE_WINDOW_AFTER_SEQUENCE: (p) =>
      t`Fenêtre à partir du mois ${p.fromMonths}, après la fin de la séquence (${p.months} mois au plus) : l’exigence ne peut pas être remplie.`,
    TYPE_REQUIREMENT_WINDOW: () =>
      t`Une exigence a soit un délai en jours (« withinDays »), soit une fenêtre en mois (« window »), pas les deux.`,
    TYPE_RECURRING_CONFLICT: (p) =>
      t`La séquence « ${p.sequence} » se répète : elle ne peut pas être prolongée, et aucune séquence ne peut commencer après elle.`,
    CATALOG_DUPLICATE_VERSION: (p) => t`Le type ${p.type} version ${p.version} est déclaré deux fois (${p.files}).`,
    CATALOG_OVERLAPPING_VERSIONS: (p) =>
      t`Les versions ${p.a} et ${p.b} du type ${p.type} sont en vigueur en même temps.`,
    CATALOG_UNKNOWN_TYPE: (p) => t`Type de parcours « ${p.type} » absent du catalogue.`,
    CATALOG_NO_VERSION_IN_FORCE: (p) => t`Aucune version du type ${p.type} n’est en vigueur le ${p.date}.`,
    PROJECT_DUPLICATE_MEMBER: (p) => t`Membre de l’équipe en double : « ${p.member} ».`,
    PROJECT_MEMBER_NO_IDENTIFIER: (p) =>
      t`Le membre « ${p.member} » n’a ni RPPS, ni ADELI, ni numéro d’identification CPAM.`,
    PROJECT_STRUCTURE_NO_IDENTIFIER: () => t`La structure doit avoir un SIRET ou un FINESS.`,
    PROJECT_OPPOSITION_BEFORE_SENT: () => t`L’opposition de l’ARS est datée d’avant l’envoi du projet.`,
    KEY_UNKNOWN_MEMBER: (p) => t`Clé de répartition : membre « ${p.member} » absent de l’équipe.`,
    KEY_RULE_ORDER: (p) =>
      t`Clé de répartition : la règle « ${p.kind} » est mal placée (ordre attendu : coordination, montants fixes, tarifs unitaires et parts, pondération, reliquat ; une seule pondération et un seul reliquat).`,
    KEY_RULE_INCOMPLETE: () =>
      t`Règle incomplète : une coordination indique soit un taux (« rate »), soit un montant (« amount ») ; une part indique soit un membre (« member »), soit une profession (« profession »).`,
    KEY_UNKNOWN_SEQUENCE: (p) => t`Clé de répartition pour une séquence « ${p.sequence} » que le type ne connaît pas.`,
    KEY_UNKNOWN_PRESTATION: (p) =>
      t`Clé de répartition : tarif pour une prestation « ${p.code} » que le type ne connaît pas.`,
    KEY_MISSING: (p) =>
      t`Aucune clé de répartition pour la séquence « ${p.sequence} » (ni dans le projet, ni par défaut dans le type).`,
    KEY_UNKNOWN_PART: (p) => t`Clé de répartition : part « ${p.part} » que les forfaits du type ne déclarent pas.`,
    PROJECT_TYPE_MISMATCH: (p) => t`Le projet met en œuvre le type « ${p.expected} », pas « ${p.actual} ».`,
    TYPE_NOT_IN_FORCE: (p) =>
      t`Le type ${p.type} version ${p.version} n’est pas en vigueur à la date d’inclusion du ${p.date} (validité : ${p.from} → ${p.to ?? '…'}).`,
    STRUCTURE_NOT_ALLOWED: (p) =>
      t`Une structure de catégorie « ${p.category} » ne peut pas coordonner ce type de parcours.`,
    MEMBER_PROFESSION_NOT_IN_TYPE: (p) =>
      t`Le membre « ${p.member} » (${p.profession}) exerce une profession que le type ne prévoit pas.`,
    PROJECT_OPPOSED: (p) => t`L’ARS s’est opposée au projet le ${p.date} : aucune inclusion n’est possible.`,
    PROJECT_NOT_ACCEPTED: (p) =>
      t`Parcours non financé : inclusion le ${p.date}, avant que le projet soit réputé accepté (le ${p.accepted}, envoi à l’ARS + 2 mois ; L.162-62 II et R.162-137 CSS).`,
    PATIENT_TOO_YOUNG: (p) => t`Patient non éligible : ${p.age} ans à l’inclusion, âge minimum ${p.min} ans.`,
    PATIENT_TOO_OLD: (p) => t`Patient non éligible : ${p.age} ans à l’inclusion, âge maximum ${p.max} ans.`,
    PATIENT_BORN_AFTER_INCLUSION: () => t`La date de naissance est postérieure à la date d’inclusion.`,
    PROFILE_REQUIRED: (p) => t`Profil du patient manquant : ce type en exige un parmi ${p.allowed}.`,
    PROFILE_UNKNOWN: (p) => t`Profil « ${p.profile} » inconnu pour ce type (profils : ${p.allowed}).`,
    EXIT_BEFORE_INCLUSION: () => t`La date de sortie précède la date d’inclusion.`,
    INCLUSION_AFTER_AS_OF: (p) => t`Inclusion le ${p.date}, postérieure à la date d’évaluation ${p.asOf}.`,
    RENEWAL_NOT_ALLOWED: (p) => t`Renouvellement non prévu : le type en autorise ${p.max}.`,
    RENEWAL_OUT_OF_PERIOD: (p) => t`Renouvellement du ${p.date} hors de la période en cours (${p.start} → ${p.end}).`,
    REINCLUSION_TOO_SOON: (p) =>
      t`Nouvelle inclusion trop tôt : un parcours de ce type s’est terminé le ${p.end} ; une nouvelle inclusion est possible à partir du ${p.allowedFrom} (${p.months} mois).`,
    COVERAGE_PERIOD_INVALID: (p) =>
      t`Période de couverture incohérente : fin le ${p.to}, avant son début le ${p.from}.`,
    COVERAGE_OVERLAP: (p) => t`Deux périodes de complémentaire se chevauchent le ${p.date}.`,
    EXTENSION_NOT_ALLOWED: (p) => t`La séquence « ${p.sequence} » ne peut pas être prolongée (ou n’existe pas).`,
    EXTENSION_DUPLICATE: (p) =>
      t`Prolongation de la séquence « ${p.sequence} » enregistrée deux fois : la première compte.`,
    EXTENSION_TOO_EARLY: (p) =>
      t`Prolongation décidée le ${p.date}, avant le début de la séquence « ${p.sequence} » (${p.start}).`,
    EXTENSION_TOO_LATE: (p) =>
      t`Prolongation décidée le ${p.date}, après l’échéance de la séquence « ${p.sequence} » (${p.deadline}) : elle doit l’être avant.`,
    EXTENSION_TOO_LONG: (p) =>
      t`Prolongation de ${p.months} mois de la séquence « ${p.sequence} » : ${p.max} mois au plus.`,
    ATTESTATION_UNKNOWN_SEQUENCE: (p) => t`Attestation pour une séquence « ${p.sequence} » que le parcours n’a pas.`,
    ATTESTATION_NOT_REQUIRED: (p) =>
      t`La séquence « ${p.sequence} » ne demande pas d’attestation : celle-ci est ignorée.`,
    ATTESTATION_BEFORE_END: (p) =>
      t`Attestation du ${p.date}, avant la fin de la séquence « ${p.sequence} » (${p.end}) : elle doit être signée après cette fin.`,
    PRESTATION_DUPLICATE_ID: (p) =>
      t`Prestation en double : l’identifiant « ${p.id} » est déjà utilisé ; celle-ci n’est pas comptée.`,
    PRESTATION_UNKNOWN_CODE: (p) => t`Code de prestation « ${p.code} » inconnu pour ce type de parcours.`,
    PRESTATION_UNKNOWN_MEMBER: (p) => t`Intervenant « ${p.member} » absent de l’équipe du projet.`,
    PRESTATION_PROFESSION_NOT_ALLOWED: (p) =>
      t`La prestation ${p.code} ne peut pas être réalisée par un(e) ${p.profession} (autorisé : ${p.allowed}).`,
    PRESTATION_BEFORE_INCLUSION: (p) => t`Prestation du ${p.date} antérieure à l’inclusion du ${p.inclusion}.`,
    PRESTATION_AFTER_EXIT: (p) => t`Prestation du ${p.date} postérieure à la sortie du ${p.exit}.`,
    PRESTATION_AFTER_AS_OF: (p) => t`Prestation du ${p.date} postérieure à la date d’évaluation ${p.asOf}.`,
    PRESTATION_AFTER_DEADLINE: (p) =>
      t`Prestation du ${p.date} après l’échéance du ${p.deadline} (${p.scope === 'parcours' ? 'parcours' : t`séquence ${p.sequence}`}).`,
    PRESTATION_BEFORE_SEQUENCE: (p) =>
      t`Prestation du ${p.date} antérieure au début de la séquence ${p.sequence} (${p.start}).`,
    PRESTATION_UNKNOWN_SEQUENCE: (p) => t`Séquence « ${p.sequence} » inconnue pour ce type.`,
    PRESTATION_NOT_IN_SEQUENCE: (p) =>
      t`La prestation ${p.code} n’est pas attendue dans la séquence ${p.sequence} : elle n’est pas comptée.`,
    PRESTATION_OUT_OF_WINDOW: (p) =>
      t`Prestation du ${p.date} hors de sa fenêtre (${p.from} → ${p.to}) : elle n’est pas comptée.`,
    PRESTATION_TOO_SHORT: (p) =>
      t`Prestation de ${p.minutes}${NBSP}min, sous la durée minimale de ${p.min}${NBSP}min : elle n’est pas comptée.`,
    PRESTATION_DURATION_MISSING: (p) =>
      t`Durée non renseignée alors qu’un minimum de ${p.min}${NBSP}min est exigé : comptée, à vérifier.`,
    PRESTATION_OVER_MAX: (p) =>
      t`Au-delà du maximum de ${p.max} ${p.code} dans la séquence ${p.sequence} : cette prestation n’est pas comptée.`,
    SETTLEMENT_BLOCKED: () => t`Aucune séquence n’est facturable : le parcours a des erreurs bloquantes.`,
    COVERAGE_GAP: (p) =>
      t`Séquence « ${p.sequence} » : aucune période de complémentaire le ${p.date} ; la participation reste au patient.`,
    TYPE_NOT_OFFICIAL: (p) =>
      t`Montants non officiels : le type « ${p.type} » version ${p.version} est ${p.status === 'draft' ? 'un projet (draft)' : 'une illustration (illustrative)'}, pas un arrêté publié.`,
    DECLARATION_NOT_OFFICIAL: (p) =>
      t`Déclaration refusée : le type « ${p.type} » version ${p.version} est ${p.status === 'draft' ? 'un projet (draft)' : 'une illustration (illustrative)'} ; ses montants ne se déclarent pas (--allow-draft pour un essai).`,
    KEY_SCALED_DOWN: (p, f) =>
      t`Séquence ${p.sequence} : montants fixes et tarifs unitaires (${f.money(p.claimed)}) supérieurs au disponible (${f.money(p.available)}), réduits au prorata.`,
    KEY_WEIGHTS_EMPTY: (p) =>
      t`Séquence ${p.sequence} : la pondération ne s’applique à personne (poids nuls) ; le reste va à la règle suivante.`,
    KEY_REMAINDER_TO_STRUCTURE: (p, f) =>
      t`Séquence ${p.sequence} : ${f.money(p.amount)} non attribués par la clé sont versés à la structure.`,
    INTERNAL_ERROR: (p) =>
      t`Erreur interne dans ${p.step} (${p.error}) : un défaut de cette bibliothèque, pas un verdict sur vos documents. Rien n’a été calculé ; signalez-le aux mainteneurs avec des documents qui le reproduisent (données inventées, jamais celles d’un vrai patient).`,
    DECLARED_OTHER_STRUCTURE: (p) =>
      t`Déclaration précédente, ligne ${p.line} : elle est d’une autre structure (${p.structure}) ; refusée.`,
    DECLARED_LINE_UNREADABLE: (p) => t`Déclaration précédente, ligne ${p.line} : illisible.`,
    DECLARED_LINE_INVALID: (p) =>
      t`Déclaration précédente, ligne ${p.line} : champ « ${p.field} » manquant ou invalide.`,
    DECLARED_HEADER_INVALID: (p) =>
      t`Déclaration précédente : l’en-tête n’est pas celui d’une déclaration (colonne « ${p.column} » attendue).`,
    PAYMENT_LINE_UNREADABLE: (p) => t`Règlements, ligne ${p.line} : illisible.`,
    PAYMENT_LINE_INVALID: (p) => t`Règlements, ligne ${p.line} : champ « ${p.field} » manquant ou invalide.`,
    PAYMENT_HEADER_INVALID: (p) => t`Règlements : l’en-tête n’a pas la colonne « ${p.column} ».`,
    GRACE_DAYS_INVALID: (p) => t`Délai de règlement invalide : attendu un nombre entier de jours de 0 à ${p.max}.`,
    PRESTATION_MEMBER_NOT_IN_TEAM: (p) =>
      t`Intervenant « ${p.member} » hors de l’équipe le ${p.date} (dans l’équipe du ${p.from || '…'} au ${p.to || '…'}) : prestation non comptée.`,
    AVENANT_LATE: (p) =>
      t`Avenant « ${p.avenant} » du ${p.date} envoyé le ${p.sentOn}, ${p.days} jours après : au-delà de 7 jours.`,
    TEAM_CHANGE_WITHOUT_AVENANT: (p) =>
      t`${p.change === 'from' ? 'Arrivée' : 'Départ'} de « ${p.member} » le ${p.date} sans avenant${p.change === 'from' ? ' daté de ce jour' : ' daté de ce jour ou du lendemain'}.`,
    AVENANT_DUPLICATE_ID: (p) => t`Avenant « ${p.avenant} » en double.`,
    AVENANT_BEFORE_SENT: (p) =>
      t`Avenant « ${p.avenant} » daté du ${p.date}, avant l’envoi du projet à l’ARS (${p.sentToArs}).`,
    MEMBER_PERIOD_INVALID: (p) => t`Membre « ${p.member} » : fin (${p.to}) avant le début (${p.from}).`,
  },
  trace: {
    FORFAIT_PART: (p, f) => t`Part « ${p.id} » du forfait : ${f.money(p.amount)}`,
    PARTS_DUE: (p, f) =>
      t`Parts du montant dû (${f.money(p.amount)}, au prorata des parts, au plus fort reste) : ${p.parts.map((x) => `${x.id} ${f.money(x.amount)}`).join(', ')}`,
    COVERAGE: (p) =>
      t`Couverture le ${p.date} : ${cover[p.complementary]}${p.exemptions.length > 0 ? ` ; exonérations : ${p.exemptions.join(', ')}` : ''}${p.unrelated.length > 0 ? ` ; sans lien avec le parcours, donc sans effet : ${p.unrelated.join(', ')}` : ''}`,
    BASE: (p, f) =>
      t`Forfait de base${p.profile !== undefined ? t` (profil ${p.profile})` : ''} : ${f.money(p.amount)}`,
    MODULATION: (p, f) => t`Coefficient « ${p.id} » × ${f.number(p.factor)} (territoire ${p.territory})`,
    MODULATED: (p, f) =>
      t`Forfait modulé : ${f.money(p.base)} × ${f.number(p.factor)} = ${f.money(p.exact)}, arrondi au centime : ${f.money(p.amount)}`,
    COMPLETED: (p, f) => t`Séquence complète le ${p.date} : forfait dû en entier, ${f.money(p.amount)}`,
    POLICY_FULL: (p, f) =>
      t`Séquence incomplète (fin le ${p.date}), règle « full » : forfait dû en entier, ${f.money(p.amount)}`,
    POLICY_PRORATA: (p, f) =>
      t`Séquence incomplète (fin le ${p.date}), règle « prorata » : ${p.met} exigences satisfaites sur ${p.required} ; ${f.money(p.modulated)} × ${p.met}/${p.required} = ${f.money(p.exact)}, arrondi : ${f.money(p.amount)}`,
    POLICY_TIERS: (p, f) =>
      t`Séquence incomplète (fin le ${p.date}), règle « paliers » : ${p.done} prestations comptées, palier atteint ${p.minDone !== undefined ? `≥${NBSP}${p.minDone}` : '—'} → part ${f.number(p.share)} ; ${f.money(p.modulated)} × ${f.number(p.share)} = ${f.money(p.amount)}`,
    PARTICIPATION_NONE: () => t`Participation du patient : aucune pour ce type`,
    PARTICIPATION_EXEMPT: (p, f) =>
      t`Participation du patient : ${f.money('0')} (exonération ${p.exemption}, R.160-17-2 CSS)`,
    PARTICIPATION_RATE: (p, f) =>
      t`Participation du patient : ${f.money(p.forfait)} × ${f.number(p.rate)} = ${f.money(p.exact)}, arrondi : ${f.money(p.amount)}`,
    PARTICIPATION_FLAT: (p, f) => t`Participation forfaitaire du patient : ${f.money(p.amount)} (plafonnée au forfait)`,
    PAYERS: (p, f) =>
      t`Répartition : AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)} = ${f.money(p.total)} (couverture : ${cover[p.cover]})`,
    KEY_SOURCE: (p) =>
      t`Clé de répartition : ${p.from === 'project' ? 'projet' : 'type'}, ${p.sequence !== undefined ? t`séquence ${p.sequence}` : 'clé par défaut'}${p.avenant !== undefined ? t` (avenant ${p.avenant})` : ''}`,
    COORDINATION_RATE: (p, f) =>
      t`Coordination ${f.number(p.rate)} : ${f.money(p.forfait)} × ${f.number(p.rate)} = ${f.money(p.exact)}, arrondi : ${f.money(p.amount)} → structure`,
    COORDINATION_AMOUNT: (p, f) => t`Coordination, montant fixe : ${f.money(p.amount)} → structure`,
    CLAIM_FIXED: (p, f) => t`Montant fixe : ${f.money(p.amount)} → ${p.member}`,
    CLAIM_PART: (p, f) => t`Part « ${p.part} » : ${f.money(p.amount)} → ${p.member}`,
    CLAIM_UNIT: (p, f) =>
      t`Tarif unitaire ${p.code} : ${p.count} × ${f.money(p.rate)} = ${f.money(p.amount)} → ${p.member}`,
    CLAIMS_SCALED: (p, f) =>
      t`Montants fixes et tarifs unitaires : ${f.money(p.claimed)} demandés pour ${f.money(p.available)} disponibles ; réduits au prorata du total de chaque membre, puis entre ses lignes (plus forts restes) : ${p.paid.map((x) => `${x.member} ${f.money(x.amount)}`).join(', ')}`,
    REST: (p, f) => t`Reste à répartir : ${f.money(p.amount)}`,
    WEIGHTS: (p, f) =>
      t`Pondération par ${p.by === 'member' ? 'membre' : 'profession'} sur ${p.basis === 'sessions' ? 'les séances' : p.basis === 'minutes' ? 'les minutes' : 'parts égales'} : ${p.parts.map((x) => `${x.name} ${f.number(x.weight)}`).join(', ')} (total ${f.number(p.total)}) ; ${f.money(p.amount)} réparti au plus fort reste : ${p.parts.map((x) => `${x.name} ${f.money(x.amount)}`).join(', ')}`,
    WEIGHTS_WITHIN: (p, f) =>
      t`Au sein de la profession ${p.profession} : ${p.parts.map((x) => `${x.name} ${f.number(x.weight)}`).join(', ')} ; ${f.money(p.amount)} → ${p.parts.map((x) => `${x.name} ${f.money(x.amount)}`).join(', ')}`,
    WEIGHTS_EMPTY: () => t`Pondération : aucun poids non nul, rien n’est réparti par cette règle`,
    REMAINDER: (p, f) => t`Reliquat : ${f.money(p.amount)} → ${p.member ?? 'structure'}`,
    CHECK: (p, f) => t`Contrôle : somme des parts ${f.money(p.sum)} = forfait ${f.money(p.amount)}`,
  },
  jsonTypes,
  identifierReasons,
  sequenceStatus,
  exclusionReasons: {
    BLOCKED: 'parcours bloqué par une erreur (voir les constats)',
    NOT_ENDED: 'séquence ni complète ni terminée à cette date',
    NOT_STARTED: 'séquence jamais commencée (sortie avant son début)',
    NO_KEY: 'aucune clé de répartition pour cette séquence',
    NOTHING_DUE: 'rien n’est dû selon la règle de sortie incomplète',
    AWAITING_ATTESTATION: 'attestation signée par le patient pas encore enregistrée',
  },
  cover,
  severity: { error: 'erreur', warning: 'alerte' },
  sheet: {
    ranges: {
      project: 'Projet',
      team: 'Équipe',
      patient: 'Patient',
      prestations: 'Prestations',
      amount: 'montant',
      weights: 'poids',
      asOf: 'date d’évaluation',
      type: 'type',
    },
    sequencesHeader: [
      'séquence',
      'statut',
      'début',
      'échéance',
      'comptées',
      'manquantes',
      'constats',
      'montant',
      'non facturée',
    ],
    quotePartsHeader: ['séquence', 'bénéficiaire', 'versé à', 'identifiant', 'montant'],
    at: (p) => (p.row === undefined ? p.range : t`${p.range}, ligne ${p.row}`),
    where: (p) => t`${p.at} : ${p.message}`,
    missingRow: (p) => t`ligne « ${p.key} » manquante (obligatoire)`,
    missingColumn: (p) => t`colonne « ${p.column} » manquante (obligatoire)`,
    invalidDate: 'date invalide',
    dateOutOfRange: 'date hors de 1900–2199',
    invalidSerial: 'numéro de série Excel invalide',
    isoDateExpected: 'date AAAA-MM-JJ attendue',
    rangeWithHeader: 'plage attendue, avec une ligne d’en-tête',
    twoColumns: 'plage de deux colonnes (clé, valeur) attendue',
    dateExpected: 'date attendue',
    invalidNumber: 'nombre attendu (1\u202f000,50 ou 1000.5)',
    invalidAmount: 'montant invalide (deux décimales au plus)',
    invalidWeights: (p) => t`poids invalides (${p.reason})`,
    keyNotJson: (p) => t`la clé de répartition « ${p.key} » doit être du JSON, ou « type » pour la clé du type`,
    badEntry: (p) => t`valeur attendue : ${p.expected}`,
    internalError: 'erreur interne',
    findingsHeader: ['gravité', 'où', 'code', 'message'],
  },
  conformance: {
    doesNotParse: (p) => t`${p.document === 'path' ? 'le parcours' : 'le projet'} ne se lit pas : ${p.issues}`,
    resolution: (p) => t`résolution : attendu ${p.expected}, obtenu ${p.actual}`,
    differs: (p) => t`${p.what} : attendu ${p.expected}, obtenu ${p.actual}`,
  },
};
