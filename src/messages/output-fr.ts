import { fr as t, NBSP } from './format';
import type { OutputMessages } from './output-messages';

const USAGE = t`pcr — parcours coordonnés renforcés : valider un parcours, répartir le forfait au centime.

Usage :
  pcr validate --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [options]
  pcr settle   --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [options]
  pcr report   --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--csv|--json|--xlsx FICHIER|--html]
               < file-active.ndjson
  pcr declare  --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--csv (défaut)|--json|--fhir|--xlsx FICHIER]
               [--allow-draft] < file-active.ndjson
  pcr worklist --project FICHIER [--as-of AAAA-MM-JJ] [--csv|--json|--xlsx FICHIER] < file-active.ndjson
  pcr verify   [--cases DOSSIER]            cas de conformité (par défaut : ceux du paquet)
  pcr schema   parcours-type|project|patient-path
  pcr rules    [--json]                     types de parcours du catalogue
  pcr help [COMMANDE] · pcr --version

  --path -   ou pas de --path : un parcours par ligne (NDJSON) sur l’entrée standard.
  --type     fichier de règles ; sinon, la version du catalogue en vigueur à la date d’inclusion.
  --as-of    date d’évaluation (défaut : aujourd’hui).
  --json     sortie JSON ; --ndjson : une ligne JSON par parcours ; --csv : CSV (;, virgule décimale) ;
             --fhir : Bundle FHIR R4 de factures (Invoice) ; --xlsx FICHIER : classeur Excel (- : sortie standard) ;
             --html : page autonome avec graphiques (report).
  --lang     fr (défaut) ou en.
  --fail-on  error (défaut) | warning | never : quels constats donnent le code de sortie 1.
  --allow-draft  declare : déclare aussi les séquences d’un type draft ou illustrative (essai), marquées comme telles.

Codes de sortie : 0 rien à signaler, 1 constats (ou cas en échec, lignes ignorées), 2 mauvais usage.
`;

const HELP: OutputMessages['cli']['help'] = {
  validate: t`pcr validate — où en est le parcours d’un patient : séquences, exigences faites et à faire, constats.

  pcr validate --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [--json|--ndjson]
               [--fail-on error|warning|never] [--lang fr|en]

  Sans --path (ou --path -) : un parcours par ligne (NDJSON) sur l’entrée standard, un résultat par ligne.
  Code de sortie 1 quand un constat atteint le seuil --fail-on (défaut : error).

  Exemple : pcr validate --project projet.json --path parcours.json --as-of 2027-06-15
`,
  settle: t`pcr settle — le règlement d’un parcours : forfait de chaque séquence, parts AMO / AMC / patient, quote-part
de chaque professionnel et de la structure, détail du calcul.

  pcr settle --project FICHIER --path FICHIER [--type FICHIER] [--as-of AAAA-MM-JJ] [--json|--ndjson]
             [--fail-on error|warning|never] [--lang fr|en]

  Sans --path (ou --path -) : un parcours par ligne (NDJSON) sur l’entrée standard, un règlement par ligne.

  Exemple : pcr settle --project projet.json --path parcours.json --as-of 2027-06-15 --json
`,
  report: t`pcr report — la file active d’une période : statuts des séquences, achèvement, sorties, montants facturés
par payeur et par profession.

  pcr report --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--type FICHIER]
             [--csv|--json|--xlsx FICHIER|--html] [--lang fr|en] < file-active.ndjson

  --xlsx FICHIER  classeur Excel (- : sortie standard, refusé sur un terminal).
  --html          une page HTML autonome (graphiques SVG, aucun accès réseau) sur la sortie standard.

  Exemple : pcr report --project projet.json --from 2027-01-01 --to 2027-12-31 --html < file-active.ndjson > fa.html
`,
  declare: t`pcr declare — la déclaration de facturation d’une période : une ligne par bénéficiaire de chaque séquence
facturable (date facturable dans la période).

  pcr declare --project FICHIER --from AAAA-MM-JJ --to AAAA-MM-JJ [--type FICHIER]
              [--csv (défaut)|--json|--fhir|--xlsx FICHIER] [--allow-draft] [--lang fr|en] < file-active.ndjson

  --allow-draft   déclare aussi les séquences d’un type draft ou illustrative (essai), marquées comme telles.
  Ouvrez le classeur (--xlsx) dans un tableur ; le CSV est pour les programmes.

  Exemple : pcr declare --project projet.json --from 2027-01-01 --to 2027-03-31 --xlsx declaration.xlsx < fa.ndjson
`,
  worklist: t`pcr worklist — ce qu’il reste à faire, par échéance : prestations manquantes, attestations à recueillir,
qui peut les faire, et le forfait qu’elles débloquent.

  pcr worklist --project FICHIER [--as-of AAAA-MM-JJ] [--type FICHIER] [--csv|--json|--xlsx FICHIER]
               [--lang fr|en] < file-active.ndjson

  Exemple : pcr worklist --project projet.json --as-of 2027-06-15 --csv < file-active.ndjson > a-faire.csv
`,
  verify: t`pcr verify — exécute les cas de conformité (attendus écrits à la main) et dit lesquels passent.

  pcr verify [--cases DOSSIER] [--lang fr|en]

  Sans --cases : les cas livrés avec le paquet. Un dossier sans cas est un échec (code 1).
`,
  schema: t`pcr schema — écrit le JSON Schema d’un document sur la sortie standard.

  pcr schema parcours-type|project|patient-path

  Exemple : pcr schema patient-path > patient-path.schema.json
`,
  rules: t`pcr rules — les types de parcours du catalogue livré, avec leurs versions, dates et statuts.

  pcr rules [--json] [--lang fr|en]
`,
};

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
      t`facturé sur la période : ${p.count} séquences, ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
    byProfession: (p) => t`prestations comptées par profession : ${p.list === '' ? '—' : p.list}`,
    reinclusion: (p) =>
      t`ligne ${p.line} : patient « ${p.ref} » inclus trop tôt (parcours de la ligne ${p.previousLine} terminé le ${p.end}, nouvelle inclusion possible à partir du ${p.allowedFrom})`,
    typeVersion: (p) =>
      t`type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', MONTANTS NON OFFICIELS'}) : ${p.paths} parcours`,
    excludedPath: (p) => t`exclu ligne ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''} : ${p.reason} — ${p.codes}`,
    moreExcluded: (p) => t`… ${p.count} autres exclus`,
    percent: (p, f) => `${f.number(p.value)}${NBSP}%`,
  },
  html: {
    title: (p) => t`File active du ${p.from} au ${p.to}`,
    paths: (p) => t`${p.total} parcours lus, ${p.evaluated} évalués, ${p.excluded} exclus`,
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
  },
  fhir: {
    sequence: (p) => t`Séquence ${p.id} (${p.completed ? 'complète' : 'incomplète'})`,
    notOfficial: (p) =>
      t`Essai : type ${p.type} version ${p.version} au statut ${p.status}, montants non officiels — ne pas transmettre.`,
  },
  cli: {
    usage: USAGE,
    help: HELP,
    usageError: (p) => t`pcr : ${p.message} (aide : pcr --help)`,
    unknownOption: (p) => t`option inconnue : ${p.option}`,
    badOptionValue: (p) => t`${p.option} : valeur manquante ou invalide`,
    badArguments: (p) => t`arguments invalides (${p.reason})`,
    notForCommand: (p) => t`${p.option} ne s’applique pas à pcr ${p.command}`,
    xlsxOnTerminal: t`--xlsx - : un classeur ne s’écrit pas sur un terminal ; donnez un fichier ou redirigez la sortie`,
    unknownCommand: (p) => t`commande inconnue : ${p.command}`,
    badLang: (p) => t`--lang : fr ou en, pas ${p.value}`,
    badFailOn: (p) => t`--fail-on : error, warning ou never, pas ${p.value}`,
    badDate: (p) => t`--${p.option} : date AAAA-MM-JJ attendue, pas ${p.value}`,
    exclusiveOutputs: '--json, --ndjson, --csv et --fhir sont exclusifs',
    required: (p) => t`${p.command} : ${p.options} obligatoire(s)`,
    missingPath: (p) => t`${p.command} : --path manquant (ou des lignes NDJSON sur l’entrée standard)`,
    unreadableFile: (p) => t`fichier illisible : ${p.file}`,
    invalidJson: (p) => t`JSON invalide : ${p.file}`,
    badTypeFile: (p) => t`${p.file} : ${p.codes}`,
    unreadableCases: (p) => t`cas illisibles : ${p.dir}`,
    schemaNames: (p) => t`schema : ${p.names}`,
    internalError: (p) => t`erreur interne — ${p.reason}`,
    lineRejected: (p) => t`ligne ${p.line} : ${p.codes}`,
    lineEvaluated: (p) => t`ligne ${p.line} ${p.ref} : ${p.summary} · ${p.count} constat(s)`,
    lineTooLong: (p) => t`ligne ${p.line} : plus de ${p.max} caractères, ligne ignorée`,
    fileTooLarge: (p) => t`${p.file} : plus de ${p.max} octets, fichier refusé`,
    lineUnreadable: (p) => t`ligne ${p.line} : JSON illisible, ligne ignorée`,
    batchSummary: (p) =>
      t`${p.lines} lignes : ${p.evaluated} parcours évalués (${p.withIssues} avec constats, ${p.failing} au seuil --fail-on ${p.failOn}), ${p.rejected} rejetés, ${p.skipped} ignorés (JSON illisible)`,
    progress: (p) => t`${p.lines} lignes…`,
    pathsExcluded: (p) => t`${p.count} parcours exclus : ${p.byReason}`,
    casesSummary: (p) => `${p.passed} réussis, ${p.failed} en échec`,
    noCases: (p) => t`aucun cas de conformité dans ${p.dir} : rien n’a été vérifié`,
    xlsxNeedsExceljs: t`--xlsx écrit le classeur avec exceljs, qui n’est pas installé : npm install exceljs`,
    xlsxTooManyRows: (p) =>
      t`--xlsx : plus de ${p.max} lignes, davantage qu’un classeur n’en écrit en mémoire bornée ; pour un tel lot, écrivez --csv, --json ou --fhir`,
  },
};
