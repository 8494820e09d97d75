import type { OutputMessages } from './output-messages';

/** A count with its noun: `1 line`, `2 lines`, `0 lines`. */
const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const HELP: OutputMessages['cli']['help'] = {
  title: "pcr — coordinated care pathways (PCR): validate a patient's pathway, split the bundled payment to the cent.",
  usage: 'Usage:',
  optionsHeading: 'Options:',
  helpAndVersion: 'pcr help [COMMAND] · pcr --version',
  exitCodes:
    'Exit codes: 0 nothing to report, 1 findings (or failed cases, rejected or skipped lines), 2 bad usage, 3 internal error, 128 + n batch ended by signal n.',
  example: (p) => `Example: ${p.command}`,
  byDefault: (p) => `(default: ${p.value})`,
  defaultFormat: '(default)',
  today: 'today',
  environment: 'LC_ALL / LANG, else fr',
  metavars: { file: 'FILE', dir: 'FOLDER', date: 'YYYY-MM-DD', input: 'caseload.ndjson', days: 'DAYS' },
  commands: {
    validate: {
      summary: "pcr validate — where a patient's pathway stands: sequences, requirements done and to do, findings.",
      notes: `Without --path (or --path -): one pathway per line (NDJSON) on standard input, one result per line.
Exit code 1 when a finding reaches the --fail-on threshold.`,
      example: 'pcr validate --project project.json --path path.json --as-of 2027-06-15',
    },
    settle: {
      summary: `pcr settle — a pathway's settlement: each sequence's bundled payment, the AMO / AMC / patient parts, each
professional's and the structure's share, the computation.`,
      notes: `Without --path (or --path -): one pathway per line (NDJSON) on standard input, one settlement per line.
A pathway that cannot be read gives { "ok": false, "issues": [...] } with --json and --ndjson.`,
      example: 'pcr settle --project project.json --path path.json --as-of 2027-06-15 --json',
    },
    report: {
      summary: `pcr report — the caseload of a period: sequence statuses, completion, exits, amounts billed by payer and by
profession.`,
      notes: 'Each pathway is evaluated on the last day of the period (--to).',
      example: 'pcr report --project project.json --from 2027-01-01 --to 2027-12-31 --html < caseload.ndjson > fa.html',
    },
    declare: {
      summary: `pcr declare — the billing declaration of a period: one line per beneficiary of each billable sequence (billable
date within the period).`,
      notes: `Open the workbook (--xlsx) in a spreadsheet; the CSV is for programs.
With --previous (each file already sent, CSV, JSON or NDJSON, in the order sent): only what must be sent —
initiale, rectificative or annulation —, dated --as-of; nothing when nothing changed.`,
      example:
        'pcr declare --project project.json --from 2027-01-01 --to 2027-03-31 --xlsx declaration.xlsx < caseload.ndjson',
    },
    reconcile: {
      summary: `pcr reconcile — the payments received checked against the declarations: each declared line paid, short,
over, pending or late, and each unexpected payment, with the totals per payee.`,
      notes: `Exit code 1 when a line is short, over or late, or a payment is unexpected. With --project, a declared line
of another structure is refused. A payment dated after --as-of is not counted.`,
      example:
        'pcr reconcile --declared declaration-2027-06.csv --payments payments.csv --as-of 2027-08-01 --html > reconciliation.html',
    },
    simulate: {
      summary: `pcr simulate — the same caseload distributed under several keys: what each beneficiary receives under
each one, and the difference with the first.`,
      notes: `A key is a project's distribution ({ "default": [...], "bySequence": {...} }), replacing --project's. Each
pathway is evaluated on the period's last day (--to). The total billed is the same under every key: a key moves
money, it never creates any.`,
      example:
        'pcr simulate --project project.json --key key-sessions.json --key key-equal.json --from 2027-01-01 --to 2027-12-31 --html < caseload.ndjson > simulation.html',
    },
    worklist: {
      summary: `pcr worklist — what is left to do, by due date: missing services, attestations to collect, who can do them,
and the payment they unlock.`,
      notes: '',
      example: 'pcr worklist --project project.json --as-of 2027-06-15 --csv < caseload.ndjson > to-do.csv',
    },
    verify: {
      summary: 'pcr verify — runs the conformance cases (hand-written expectations) and says which pass.',
      notes: 'A folder without any case is a failure (code 1).',
      example: 'pcr verify --cases rules/obesite-complexe-adulte',
    },
    schema: {
      summary: "pcr schema — writes a document's JSON Schema on standard output.",
      notes: '',
      example: 'pcr schema patient-path > patient-path.schema.json',
    },
    rules: {
      summary: 'pcr rules — the pathway types of the shipped catalog, with their versions, dates and statuses.',
      notes: '',
      example: 'pcr rules --json',
    },
  },
  options: {
    project: "the structure's project: team, distribution key",
    path: 'one pathway (a JSON file); - or no --path: one pathway per line (NDJSON) on standard input',
    type: "a rule file; otherwise, the catalog version in force on each pathway's inclusion date",
    cases: "a folder of conformance cases (default: the package's)",
    'as-of': 'evaluation date',
    from: 'first day of the period',
    to: 'last day of the period, on which each pathway is evaluated',
    'fail-on': 'which findings give exit code 1',
    'allow-draft': 'also declare the sequences of a draft or illustrative type (a trial), marked as such',
    previous: 'a declaration already sent (CSV, JSON or NDJSON); repeatable, in the order sent',
    declared: 'the declarations sent (CSV, JSON or NDJSON); repeatable, in the order sent',
    payments: 'the payments received (CSV with its header row, or JSON)',
    key: "a distribution key to try (a project's distribution, JSON); repeatable, the first is the reference",
    grace: 'days after the declaration during which a line without payment is pending, then late',
    json: 'JSON output',
    ndjson: 'one JSON line per pathway (or per item)',
    csv: 'CSV for programs (;, decimal comma, UTF-8 with BOM)',
    fhir: 'FHIR R4 Bundle of Invoices',
    xlsx: 'Excel workbook (-: standard output, refused on a terminal)',
    html: 'self-contained HTML page with charts (SVG, no network access)',
    lang: 'language of everything pcr writes: reports, messages, help and errors',
  },
};

/** A list in a sentence: `a, b and c`. */
const list = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
/** A list of choices: `a, b or c`. */
const choices = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/** The sentences of the text outputs and the command line, in English. */
export const OUTPUT_EN: OutputMessages = {
  report: {
    header: (p) =>
      `Pathway ${p.ref} — type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', amounts not official'}) — as of ${p.asOf}`,
    frame: (p) =>
      `inclusion ${p.inclusion} · end ${p.end}${p.exit !== undefined ? ` · exit ${p.exit} (${p.exitReason})` : ''}${p.profile !== undefined ? ` · profile ${p.profile}` : ''}`,
    blocked: 'BLOCKED: nothing can be billed',
    sequence: (p) =>
      `Sequence ${p.id}${p.label !== undefined ? ` (${p.label})` : ''} — ${p.status} — from ${p.start} to ${p.deadline}${p.completedOn !== undefined ? ` · completed on ${p.completedOn}` : p.endedOn !== undefined ? ` · ended on ${p.endedOn}` : ''}`,
    missing: (p) =>
      `still ${p.missing} ${p.dueFrom !== undefined ? `from ${p.dueFrom} to` : 'by'} ${p.dueBy}${p.overdue ? ' OVERDUE' : ''}`,
    anyIntervention: 'any intervention',
    attestation: (p) =>
      p.signedOn !== undefined
        ? `patient attestation signed on ${p.signedOn}`
        : 'patient attestation: to be collected, the sequence cannot be billed without it',
    counted: (p) => `services counted: ${p.count}`,
    findings: (p) => `Findings (${p.count}):`,
    none: 'none',
  },
  settlement: {
    header: (p) =>
      `Settlement ${p.ref} — ${p.type} ${p.version} (${p.status}${p.official ? '' : ', AMOUNTS NOT OFFICIAL'}) — ${p.asOf}`,
    nothingBillable: 'no billable sequence',
    sequence: (p, f) =>
      `Sequence ${p.id} (${p.completed ? 'completed' : 'incomplete'}, billable on ${p.billableOn}) — payment ${f.money(p.amount)}`,
    payers: (p, f) => `Payers: AMO ${f.money(p.amo)} · AMC ${f.money(p.amc)} · patient ${f.money(p.patient)}`,
    shares: 'Shares:',
    structure: (p) => `structure (${p.name})`,
    paidTo: (p) => `paid to ${p.payee}`,
    computation: 'Computation:',
    notBilled: 'Not billed:',
    totals: (p, f) =>
      `Pathway totals: payment ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
  },
  fileActive: {
    title: (p) => `Active caseload from ${p.from} to ${p.to}`,
    paths: (p) =>
      `pathways: ${p.total} — evaluated ${p.evaluated}, excluded ${p.excluded}${p.byReason === '' ? '' : ` (${p.byReason})`}`,
    sequences: (p) => `sequences: ${p.byStatus} — completion ${p.completion}`,
    exits: (p) => `exits: ${p.exits}, drop-outs ${p.dropOuts} (${p.rate})`,
    billed: (p, f) =>
      `billed in the period: ${n(p.count, 'sequence')}, ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
    byProfession: (p) => `services counted by profession: ${p.list === '' ? '—' : p.list}`,
    reinclusion: (p) =>
      `line ${p.line}: patient "${p.ref}" included too soon (pathway on line ${p.previousLine} ended on ${p.end}, new inclusion possible from ${p.allowedFrom})`,
    typeVersion: (p) =>
      `type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', AMOUNTS NOT OFFICIAL'}): ${n(p.paths, 'pathway')}`,
    excludedPath: (p) =>
      `excluded line ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''}: ${p.reason} (${p.code}) — ${p.message}`,
    moreExcluded: (p) => `… ${p.count} more excluded`,
    percent: (p, f) => `${f.number(p.value)}%`,
    pathExclusions: {
      PARSE: 'unreadable path',
      TYPE: 'no version of the type in force',
      BLOCKED: 'path blocked by an error',
    },
  },
  html: {
    title: (p) => `Active caseload from ${p.from} to ${p.to}`,
    paths: (p) => `${n(p.total, 'pathway')} read, ${p.evaluated} evaluated, ${p.excluded} excluded`,
    statuses: 'Sequence statuses',
    completion: 'Completion (completed / ended)',
    dropOut: 'Drop-out (exits before the end / pathways evaluated)',
    byPayer: 'Amounts billed by payer and by month',
    byPayee: 'Amounts by payee and by month',
    month: 'Month',
    payee: 'Payee',
    total: 'Total',
    amo: 'AMO',
    amc: 'AMC',
    patient: 'Patient',
    nothingBilled: 'No sequence billed in the period.',
    notOfficial: (p) => `Trial: ${p.versions} — amounts not official, do not send.`,
    chartOf: (p) => `Chart: ${p.what}`,
    excluded: 'Excluded paths',
    line: 'Line',
    reason: 'Reason',
    firstIssue: 'First finding',
  },
  fhir: {
    sequence: (p) => `Sequence ${p.id} (${p.completed ? 'completed' : 'incomplete'})`,
    notOfficial: (p) =>
      `Trial: type ${p.type} version ${p.version} with status ${p.status}, amounts not official — do not send.`,
  },
  cli: {
    help: HELP,
    usageError: (p) => `pcr: ${p.message} (help: pcr --help)`,
    unknownOption: (p) => `unknown option: ${p.option}`,
    badOptionValue: (p) => `${p.option}: missing or invalid value`,
    badArguments: (p) => `invalid arguments (${p.reason})`,
    notForCommand: (p) => `${p.option} does not apply to pcr ${p.command}`,
    xlsxOnTerminal: '--xlsx -: a workbook is not written to a terminal; give a file or redirect the output',
    unknownCommand: (p) => `unknown command: ${p.command}`,
    badChoice: (p) => `${p.option}: ${choices(p.choices)}, not ${p.value}`,
    badDate: (p) => `--${p.option}: a date YYYY-MM-DD expected, not ${p.value}`,
    exclusive: (p) => `${list(p.options)} exclude one another (one output format)`,
    required: (p) => `${p.command}: ${list(p.options)} required`,
    missingPath: (p) => `${p.command}: --path missing (or NDJSON lines on standard input)`,
    unreadableFile: (p) => `unreadable file: ${p.file}`,
    invalidJson: (p) => `invalid JSON: ${p.file}`,
    badTypeFile: (p) => `${p.file}: ${p.codes}`,
    unreadableCases: (p) => `unreadable case: ${p.file} (missing, or not JSON)`,
    invalidCase: (p) => `${p.file} is not a conformance case (field "${p.field}")`,
    schemaNames: (p) => `schema: ${p.names}`,
    internalError: (p) => `pcr: internal error — ${p.reason}`,
    lineRejected: (p) =>
      `line ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''}: pathway rejected, ${n(p.count, 'finding')}`,
    lineEvaluated: (p) => `line ${p.line} ${p.ref}: ${p.summary} · ${n(p.count, 'finding')}`,
    lineTooLong: (p) => `line ${p.line}: over ${p.max} characters, line skipped`,
    fileTooLarge: (p) => `${p.file}: over ${p.max} bytes, file refused`,
    lineUnreadable: (p) => `line ${p.line}: unreadable JSON, line skipped`,
    batchSummary: (p) =>
      `${n(p.lines, 'line')}: ${n(p.evaluated, 'pathway')} evaluated (${p.withIssues} with findings, ${p.failing} at the --fail-on ${p.failOn} threshold), ${p.rejected} rejected, ${p.skipped} skipped (unreadable JSON)`,
    progress: (p) => `${p.lines} lines…`,
    pathsExcluded: (p) => `${n(p.count, 'pathway')} excluded: ${p.byReason}`,
    casesSummary: (p) => `${p.passed} passed, ${p.failed} failed`,
    noCases: (p) => `no conformance case in ${p.dir}: nothing was verified`,
    xlsxNeedsExceljs: '--xlsx writes the workbook with exceljs, which is not installed: npm install exceljs',
    reversedPeriod: (p) => `reversed period: --from ${p.from} is after --to ${p.to}`,
    unexpectedArgument: (p) => `${p.command}: unexpected argument ${p.value}`,
    settledSummary: (p, f) =>
      `${p.sequences.map((q) => `${q.id} ${f.money(q.amount)}`).join(', ') || 'nothing billable'} · total ${f.money(p.total)}`,
    declarationIssue: (p) => `${p.code} (${n(p.paths, 'pathway')}) — ${p.message}`,
    xlsxTooManyRows: (p) =>
      `--xlsx: over ${p.max} rows, more than a workbook is written with bounded memory; for such a batch, write --csv, --json or --fhir`,
    fileIssues: (p) => `${p.file}: ${p.message}${p.more > 0 ? ` (and ${n(p.more, 'other error')})` : ''}`,
    badDays: (p) => `--${p.option}: a whole number of days expected, not ${p.value}`,
    cancellationsWithheld: (p) =>
      `${n(p.paths, 'pathway')} unreadable or of an unknown type: no cancellation written (correct them, then declare again)`,
  },
  reconcile: {
    title: (p) => `Reconciliation on ${p.asOf} (grace period: ${n(p.grace, 'day')})`,
    status: {
      paid: 'paid',
      short: 'short',
      over: 'over',
      pending: 'pending',
      late: 'late',
      unexpected: 'unexpected',
    },
    amounts: (p) =>
      `expected ${p.expected}, received ${p.received}${p.missing !== undefined ? `, missing ${p.missing}` : ''}${p.excess !== undefined ? `, excess ${p.excess}` : ''}`,
    declaredOn: (p) => `declared on ${p.date}`,
    unexpected: (p) => `Unexpected payment: ${p.date} ${p.what} — ${p.amount}`,
    after: (p) => `${n(p.count, 'payment')} dated after ${p.asOf}: not counted`,
    byPayee: 'By payee:',
    totals: (p) =>
      `expected ${p.expected}, received ${p.received}, missing ${p.missing}, excess ${p.excess}, unexpected ${p.unexpected}`,
    total: 'Total',
    counts: 'Statuses:',
    line: (p) => `${p.what} — ${p.status}: ${p.amounts}`,
    columns: {
      line: 'Sequence',
      payee: 'Payee',
      nature: 'Nature',
      declaredOn: 'Declared on',
      status: 'Status',
      expected: 'Expected',
      received: 'Received',
      gap: 'Missing / excess',
      unexpected: 'Unexpected',
    },
  },
  simulate: {
    title: (p) => `Simulation of ${n(p.keys, 'distribution key')}, ${p.from} to ${p.to}`,
    keyTotal: (p) => `key ${p.key}: ${p.total} billed (${n(p.sequences, 'sequence')})`,
    beneficiary: 'Beneficiary',
    difference: (p) => `${p.key} − ${p.base}`,
    conserved: (p) => `Same total under every key: ${p.total} (a key moves money, it never creates any).`,
    chartOf: (p) => `Amount of ${p.who} under each key`,
  },
};
