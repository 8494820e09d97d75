import { fr as t, NBSP } from './format';
import type { OutputMessages } from './output-messages';

/** More than one (French: 0 and 1 take the singular). */
const many = (count: number): boolean => count > 1;
const s = (count: number): string => (many(count) ? 's' : '');

const HELP: OutputMessages['cli']['help'] = {
  title: t`pcr — parcours coordonnés renforcés : valider un parcours, répartir le forfait au centime.`,
  usage: t`Usage :`,
  optionsHeading: t`Options :`,
  helpAndVersion: t`pcr help [COMMANDE] · pcr --version`,
  exitCodes: t`Codes de sortie : 0 rien à signaler, 1 constats (ou cas en échec, lignes rejetées ou ignorées), 2 mauvais usage, 3 erreur interne, 128 + n traitement arrêté par le signal n.`,
  example: (p) => t`Exemple : ${p.command}`,
  byDefault: (p) => t`(défaut : ${p.value})`,
  defaultFormat: '(défaut)',
  today: 'aujourd’hui',
  environment: t`LC_ALL / LANG, sinon fr`,
  metavars: { file: 'FICHIER', dir: 'DOSSIER', date: 'AAAA-MM-JJ', input: 'file-active.ndjson', days: 'JOURS' },
  commands: {
    validate: {
      summary: t`pcr validate — où en est le parcours d’un patient : séquences, exigences faites et à faire, constats.`,
      notes: t`Sans --path (ou --path -) : un parcours par ligne (NDJSON) sur l’entrée standard, un résultat par ligne.
Code de sortie 1 quand un constat atteint le seuil --fail-on.`,
      example: 'pcr validate --project projet.json --path parcours.json --as-of 2027-06-15',
    },
    settle: {
      summary: t`pcr settle — le règlement d’un parcours : forfait de chaque séquence, parts AMO / AMC / patient, quote-part
de chaque professionnel et de la structure, détail du calcul.`,
      notes: t`Sans --path (ou --path -) : un parcours par ligne (NDJSON) sur l’entrée standard, un règlement par ligne.
Un parcours illisible donne { "ok": false, "issues": [...] } en --json et --ndjson.`,
      example: 'pcr settle --project projet.json --path parcours.json --as-of 2027-06-15 --json',
    },
    report: {
      summary: t`pcr report — la file active d’une période : statuts des séquences, achèvement, sorties, montants facturés
par payeur et par profession.`,
      notes: t`Chaque parcours est évalué au dernier jour de la période (--to).`,
      example:
        'pcr report --project projet.json --from 2027-01-01 --to 2027-12-31 --html < file-active.ndjson > fa.html',
    },
    declare: {
      summary: t`pcr declare — la déclaration de facturation d’une période : une ligne par bénéficiaire de chaque séquence
facturable (date facturable dans la période).`,
      notes: t`Ouvrez le classeur (--xlsx) dans un tableur ; le CSV est pour les programmes.
Avec --previous (chaque fichier déjà envoyé, CSV, JSON ou NDJSON, dans l’ordre d’envoi) : seulement ce qui doit
être envoyé — initiale, rectificative ou annulation —, daté de --as-of ; rien quand rien n’a changé.`,
      example:
        'pcr declare --project projet.json --from 2027-01-01 --to 2027-03-31 --xlsx declaration.xlsx < file-active.ndjson',
    },
    reconcile: {
      summary: t`pcr reconcile — les règlements reçus rapprochés des déclarations : chaque ligne déclarée payée, insuffisante,
en excédent, en attente ou en retard, et chaque règlement inattendu, avec les totaux par bénéficiaire.`,
      notes: t`Code de sortie 1 quand une ligne est insuffisante, en excédent ou en retard, ou qu’un règlement est
inattendu. Avec --project, une ligne déclarée d’une autre structure est refusée. Un règlement daté après --as-of
n’est pas compté.`,
      example:
        'pcr reconcile --declared declaration-2027-06.csv --payments reglements.csv --as-of 2027-08-01 --html > rapprochement.html',
    },
    simulate: {
      summary: t`pcr simulate — la même file active répartie sous plusieurs clés : ce que chaque bénéficiaire reçoit sous
chacune, et l’écart avec la première.`,
      notes: t`Une clé est la distribution d’un projet ({ "default": [...], "bySequence": {...} }), qui remplace celle de
--project. Chaque parcours est évalué au dernier jour de la période (--to). Le total facturé est le même sous
chaque clé : une clé déplace l’argent, elle n’en crée pas.`,
      example:
        'pcr simulate --project projet.json --key cle-seances.json --key cle-egale.json --from 2027-01-01 --to 2027-12-31 --html < file-active.ndjson > simulation.html',
    },
    worklist: {
      summary: t`pcr worklist — ce qu’il reste à faire, par échéance : prestations manquantes, attestations à recueillir,
qui peut les faire, et le forfait qu’elles débloquent.`,
      notes: '',
      example: 'pcr worklist --project projet.json --as-of 2027-06-15 --csv < file-active.ndjson > a-faire.csv',
    },
    verify: {
      summary: t`pcr verify — exécute les cas de conformité (attendus écrits à la main) et dit lesquels passent.`,
      notes: t`Un dossier sans cas est un échec (code 1).`,
      example: 'pcr verify --cases rules/obesite-complexe-adulte',
    },
    schema: {
      summary: t`pcr schema — écrit le JSON Schema d’un document sur la sortie standard.`,
      notes: '',
      example: 'pcr schema patient-path > patient-path.schema.json',
    },
    rules: {
      summary: t`pcr rules — les types de parcours du catalogue livré, avec leurs versions, dates et statuts.`,
      notes: '',
      example: 'pcr rules --json',
    },
  },
  options: {
    project: t`le projet de la structure : équipe, clé de répartition`,
    path: t`un parcours (fichier JSON) ; - ou pas de --path : un parcours par ligne (NDJSON) sur l’entrée standard`,
    type: t`un fichier de règles ; sinon, la version du catalogue en vigueur à la date d’inclusion de chaque parcours`,
    cases: t`un dossier de cas de conformité (défaut : ceux du paquet)`,
    'as-of': t`date d’évaluation`,
    from: t`premier jour de la période`,
    to: t`dernier jour de la période, où chaque parcours est évalué`,
    'fail-on': t`quels constats donnent le code de sortie 1`,
    'allow-draft': t`déclare aussi les séquences d’un type draft ou illustrative (essai), marquées comme telles`,
    previous: t`une déclaration déjà envoyée (CSV, JSON ou NDJSON) ; répétable, dans l’ordre d’envoi`,
    declared: t`les déclarations envoyées (CSV, JSON ou NDJSON) ; répétable, dans l’ordre d’envoi`,
    payments: t`les règlements reçus (CSV avec sa ligne d’en-tête, ou JSON)`,
    key: t`une clé de répartition à essayer (la distribution d’un projet, JSON) ; répétable, la première sert de référence`,
    grace: t`jours après la déclaration pendant lesquels une ligne sans règlement est en attente, puis en retard`,
    json: t`sortie JSON`,
    ndjson: t`une ligne JSON par parcours (ou par élément)`,
    csv: t`CSV pour les programmes (;, virgule décimale, UTF-8 avec BOM)`,
    fhir: t`Bundle FHIR R4 de factures (Invoice)`,
    xlsx: t`classeur Excel (- : sortie standard, refusé sur un terminal)`,
    html: t`page HTML autonome avec graphiques (SVG, aucun accès réseau)`,
    lang: t`langue de tout ce qu’écrit pcr : rapports, messages, aide et erreurs`,
  },
};

/** A list in a sentence: `a, b et c`. */
const list = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
/** A list of choices: `a, b ou c`. */
const choices = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;

/** The sentences of the text outputs and the command line, in French. */
export const OUTPUT_FR: OutputMessages = {
  report: {
    header: (p) =>
      t`Parcours ${p.ref} — type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', montants non officiels'}) — au ${p.asOf}`,
    frame: (p) =>
      t`inclusion ${p.inclusion} · fin ${p.end}${p.exit !== undefined ? t` · sortie ${p.exit} (${p.exitReason})` : ''}${p.profile !== undefined ? t` · profil ${p.profile}` : ''}`,
    blocked: t`BLOQUÉ : aucune facturation possible`,
    sequence: (p) =>
      t`Séquence ${p.id}${p.label !== undefined ? ` (${p.label})` : ''} — ${p.status} — du ${p.start} au ${p.deadline}${p.completedOn !== undefined ? t` · complète le ${p.completedOn}` : p.endedOn !== undefined ? t` · terminée le ${p.endedOn}` : ''}`,
    missing: (p) =>
      t`reste ${p.missing} ${p.dueFrom !== undefined ? `du ${p.dueFrom} au` : 'avant le'} ${p.dueBy}${p.overdue ? ' EN RETARD' : ''}`,
    anyIntervention: 'toute intervention',
    attestation: (p) =>
      p.signedOn !== undefined
        ? t`attestation du patient signée le ${p.signedOn}`
        : t`attestation du patient : à recueillir, la séquence n’est pas facturable sans elle`,
    counted: (p) => t`prestations comptées : ${p.count}`,
    findings: (p) => t`Constats (${p.count}) :`,
    none: 'aucun',
  },
  settlement: {
    header: (p) =>
      t`Règlement ${p.ref} — ${p.type} ${p.version} (${p.status}${p.official ? '' : ', MONTANTS NON OFFICIELS'}) — ${p.asOf}`,
    nothingBillable: 'aucune séquence facturable',
    sequence: (p, f) =>
      t`Séquence ${p.id} (${p.completed ? 'complète' : 'incomplète'}, facturable le ${p.billableOn}) — forfait ${f.money(p.amount)}`,
    payers: (p, f) => t`Payeurs : AMO ${f.money(p.amo)} · AMC ${f.money(p.amc)} · patient ${f.money(p.patient)}`,
    shares: t`Parts :`,
    structure: (p) => t`structure (${p.name})`,
    paidTo: (p) => t`versé à ${p.payee}`,
    computation: t`Détail du calcul :`,
    notBilled: t`Non facturé :`,
    totals: (p, f) =>
      t`Totaux du parcours : forfait ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
  },
  fileActive: {
    title: (p) => t`File active du ${p.from} au ${p.to}`,
    paths: (p) =>
      t`parcours : ${p.total} — évalués ${p.evaluated}, exclus ${p.excluded}${p.byReason === '' ? '' : ` (${p.byReason})`}`,
    sequences: (p) => t`séquences : ${p.byStatus} — complétion ${p.completion}`,
    exits: (p) => t`sorties : ${p.exits}, abandons ${p.dropOuts} (${p.rate})`,
    billed: (p, f) =>
      t`facturé sur la période : ${p.count} séquence${s(p.count)}, ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
    byProfession: (p) => t`prestations comptées par profession : ${p.list === '' ? '—' : p.list}`,
    reinclusion: (p) =>
      t`ligne ${p.line} : patient « ${p.ref} » inclus trop tôt (parcours de la ligne ${p.previousLine} terminé le ${p.end}, nouvelle inclusion possible à partir du ${p.allowedFrom})`,
    typeVersion: (p) =>
      t`type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', MONTANTS NON OFFICIELS'}) : ${p.paths} parcours`,
    excludedPath: (p) =>
      t`exclu ligne ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''} : ${p.reason} (${p.code}) — ${p.message}`,
    moreExcluded: (p) => t`… ${p.count} autre${s(p.count)} exclu${s(p.count)}`,
    percent: (p, f) => `${f.number(p.value)}${NBSP}%`,
    pathExclusions: {
      PARSE: 'parcours illisible',
      TYPE: 'aucune version du type en vigueur',
      BLOCKED: 'parcours bloqué par une erreur',
    },
  },
  html: {
    title: (p) => t`File active du ${p.from} au ${p.to}`,
    paths: (p) =>
      t`${p.total} parcours lu${s(p.total)}, ${p.evaluated} évalué${s(p.evaluated)}, ${p.excluded} exclu${s(p.excluded)}`,
    statuses: 'Statut des séquences',
    completion: 'Achèvement (complètes / terminées)',
    dropOut: 'Abandons (sorties avant la fin / parcours évalués)',
    byPayer: 'Montants facturés par payeur et par mois',
    byPayee: 'Montants par bénéficiaire et par mois',
    month: 'Mois',
    payee: 'Bénéficiaire',
    total: 'Total',
    amo: 'AMO',
    amc: 'AMC',
    patient: 'Patient',
    nothingBilled: 'Aucune séquence facturée sur la période.',
    notOfficial: (p) => t`Essai : ${p.versions} — montants non officiels, ne pas transmettre.`,
    chartOf: (p) => t`Graphique : ${p.what}`,
    excluded: 'Parcours exclus',
    line: 'Ligne',
    reason: 'Motif',
    firstIssue: 'Premier constat',
  },
  fhir: {
    sequence: (p) => t`Séquence ${p.id} (${p.completed ? 'complète' : 'incomplète'})`,
    notOfficial: (p) =>
      t`Essai : type ${p.type} version ${p.version} au statut ${p.status}, montants non officiels — ne pas transmettre.`,
  },
  cli: {
    help: HELP,
    usageError: (p) => t`pcr : ${p.message} (aide : pcr --help)`,
    unknownOption: (p) => t`option inconnue : ${p.option}`,
    badOptionValue: (p) => t`${p.option} : valeur manquante ou invalide`,
    badArguments: (p) => t`arguments invalides (${p.reason})`,
    notForCommand: (p) => t`${p.option} ne s’applique pas à pcr ${p.command}`,
    xlsxOnTerminal: t`--xlsx - : un classeur ne s’écrit pas sur un terminal ; donnez un fichier ou redirigez la sortie`,
    unknownCommand: (p) => t`commande inconnue : ${p.command}`,
    badChoice: (p) => t`${p.option} : ${choices(p.choices)}, pas ${p.value}`,
    badDate: (p) => t`--${p.option} : date AAAA-MM-JJ attendue, pas ${p.value}`,
    exclusive: (p) => t`${list(p.options)} sont exclusives (un seul format de sortie)`,
    required: (p) => t`${p.command} : ${list(p.options)} obligatoire${s(p.options.length)}`,
    missingPath: (p) => t`${p.command} : --path manquant (ou des lignes NDJSON sur l’entrée standard)`,
    unreadableFile: (p) => t`fichier illisible : ${p.file}`,
    invalidJson: (p) => t`JSON invalide : ${p.file}`,
    badTypeFile: (p) => t`${p.file} : ${p.codes}`,
    unreadableCases: (p) => t`cas illisible : ${p.file} (absent, ou JSON invalide)`,
    invalidCase: (p) => t`${p.file} n’est pas un cas de conformité (champ « ${p.field} »)`,
    schemaNames: (p) => t`schema : ${p.names}`,
    internalError: (p) => t`pcr : erreur interne — ${p.reason}`,
    lineRejected: (p) =>
      t`ligne ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''} : parcours rejeté, ${p.count} constat${s(p.count)}`,
    lineEvaluated: (p) => t`ligne ${p.line} ${p.ref} : ${p.summary} · ${p.count} constat${s(p.count)}`,
    lineTooLong: (p) => t`ligne ${p.line} : plus de ${p.max} caractères, ligne ignorée`,
    fileTooLarge: (p) => t`${p.file} : plus de ${p.max} octets, fichier refusé`,
    lineUnreadable: (p) => t`ligne ${p.line} : JSON illisible, ligne ignorée`,
    batchSummary: (p) =>
      t`${p.lines} ligne${s(p.lines)} : ${p.evaluated} parcours évalué${s(p.evaluated)} (${p.withIssues} avec constats, ${p.failing} au seuil --fail-on ${p.failOn}), ${p.rejected} rejeté${s(p.rejected)}, ${p.skipped} ignoré${s(p.skipped)} (JSON illisible)`,
    progress: (p) => t`${p.lines} lignes…`,
    pathsExcluded: (p) => t`${p.count} parcours exclu${s(p.count)} : ${p.byReason}`,
    casesSummary: (p) => `${p.passed} réussi${s(p.passed)}, ${p.failed} en échec`,
    noCases: (p) => t`aucun cas de conformité dans ${p.dir} : rien n’a été vérifié`,
    xlsxNeedsExceljs: t`--xlsx écrit le classeur avec exceljs, qui n’est pas installé : npm install exceljs`,
    reversedPeriod: (p) => t`période à l’envers : --from ${p.from} est après --to ${p.to}`,
    unexpectedArgument: (p) => t`${p.command} : argument inattendu ${p.value}`,
    settledSummary: (p, f) =>
      `${p.sequences.map((q) => `${q.id} ${f.money(q.amount)}`).join(', ') || 'rien de facturable'} · total ${f.money(p.total)}`,
    declarationIssue: (p) => `${p.code} (${p.paths} parcours) — ${p.message}`,
    xlsxTooManyRows: (p) =>
      t`--xlsx : plus de ${p.max} lignes, davantage qu’un classeur n’en écrit en mémoire bornée ; pour un tel lot, écrivez --csv, --json ou --fhir`,
    fileIssues: (p) =>
      t`${p.file} : ${p.message}${p.more > 0 ? ` (et ${p.more} autre${s(p.more)} erreur${s(p.more)})` : ''}`,
    badDays: (p) => t`--${p.option} : nombre entier de jours attendu, pas ${p.value}`,
    cancellationsWithheld: (p) =>
      t`${p.paths} parcours illisible${s(p.paths)} ou de type inconnu : aucune annulation écrite (corrigez-les, puis déclarez à nouveau)`,
  },
  reconcile: {
    title: (p) => t`Rapprochement au ${p.asOf} (délai de grâce : ${p.grace} jour${s(p.grace)})`,
    status: {
      paid: 'payé',
      short: 'insuffisant',
      over: 'excédent',
      pending: 'en attente',
      late: 'en retard',
      unexpected: 'inattendu',
    },
    amounts: (p) =>
      t`attendu ${p.expected}, reçu ${p.received}${p.missing !== undefined ? t`, manque ${p.missing}` : ''}${p.excess !== undefined ? t`, en trop ${p.excess}` : ''}`,
    declaredOn: (p) => t`déclaré le ${p.date}`,
    unexpected: (p) => t`Règlement inattendu : ${p.date} ${p.what} — ${p.amount}`,
    after: (p) => t`${p.count} règlement${s(p.count)} daté${s(p.count)} après le ${p.asOf} : non compté${s(p.count)}`,
    byPayee: t`Par bénéficiaire :`,
    totals: (p) =>
      t`attendu ${p.expected}, reçu ${p.received}, manque ${p.missing}, en trop ${p.excess}, inattendu ${p.unexpected}`,
    total: 'Total',
    counts: t`Statuts :`,
    line: (p) => t`${p.what} — ${p.status} : ${p.amounts}`,
    columns: {
      line: 'Séquence',
      payee: 'Bénéficiaire',
      nature: 'Nature',
      declaredOn: 'Déclaré le',
      status: 'Statut',
      expected: 'Attendu',
      received: 'Reçu',
      gap: 'Manque / en trop',
      unexpected: 'Inattendu',
    },
  },
  simulate: {
    title: (p) => t`Simulation de ${p.keys} clé${s(p.keys)} de répartition, du ${p.from} au ${p.to}`,
    keyTotal: (p) => t`clé ${p.key} : ${p.total} facturés (${p.sequences} séquence${s(p.sequences)})`,
    beneficiary: 'Bénéficiaire',
    difference: (p) => t`${p.key} − ${p.base}`,
    conserved: (p) => t`Même total sous chaque clé : ${p.total} (une clé déplace l’argent, elle n’en crée pas).`,
    chartOf: (p) => t`Montant de ${p.who} sous chaque clé`,
  },
};
