import type { OutputMessages } from './output-messages';

const USAGE = `pcr — coordinated care pathways (PCR): validate a patient's pathway, split the bundled payment to the cent.

Usage:
  pcr validate --project FILE --path FILE [--type FILE] [--as-of YYYY-MM-DD] [options]
  pcr settle   --project FILE --path FILE [--type FILE] [--as-of YYYY-MM-DD] [options]
  pcr report   --project FILE --from YYYY-MM-DD --to YYYY-MM-DD [--csv|--json|--xlsx FILE|--html]
               < caseload.ndjson
  pcr declare  --project FILE --from YYYY-MM-DD --to YYYY-MM-DD [--csv (default)|--json|--fhir|--xlsx FILE]
               [--allow-draft] < caseload.ndjson
  pcr worklist --project FILE [--as-of YYYY-MM-DD] [--csv|--json|--xlsx FILE] < caseload.ndjson
  pcr verify   [--cases FOLDER]             conformance cases (default: the package's)
  pcr schema   parcours-type|project|patient-path
  pcr rules    [--json]                     pathway types of the catalog
  pcr help [COMMAND] · pcr --version

  --path -   or no --path: one pathway per line (NDJSON) on standard input.
  --type     rule file; otherwise, the catalog version in force on the inclusion date.
  --as-of    evaluation date (default: today).
  --json     JSON output; --ndjson: one JSON line per pathway; --csv: CSV (;, decimal comma);
             --fhir: FHIR R4 Bundle of Invoices; --xlsx FILE: Excel workbook (-: standard output);
             --html: self-contained page with charts (report).
  --lang     fr (default) or en.
  --fail-on  error (default) | warning | never: which findings give exit code 1.
  --allow-draft  declare: also declare the sequences of a draft or illustrative type (a trial), marked as such.

Exit codes: 0 nothing to report, 1 findings (or failed cases, skipped lines), 2 bad usage.
`;

const HELP: OutputMessages['cli']['help'] = {
  validate: `pcr validate — where a patient's pathway stands: sequences, requirements done and to do, findings.

  pcr validate --project FILE --path FILE [--type FILE] [--as-of YYYY-MM-DD] [--json|--ndjson]
               [--fail-on error|warning|never] [--lang fr|en]

  Without --path (or --path -): one pathway per line (NDJSON) on standard input, one result per line.
  Exit code 1 when a finding reaches the --fail-on threshold (default: error).

  Example: pcr validate --project project.json --path path.json --as-of 2027-06-15
`,
  settle: `pcr settle — a pathway's settlement: each sequence's bundled payment, the AMO / AMC / patient parts, each
professional's and the structure's share, the computation.

  pcr settle --project FILE --path FILE [--type FILE] [--as-of YYYY-MM-DD] [--json|--ndjson]
             [--fail-on error|warning|never] [--lang fr|en]

  Without --path (or --path -): one pathway per line (NDJSON) on standard input, one settlement per line.

  Example: pcr settle --project project.json --path path.json --as-of 2027-06-15 --json
`,
  report: `pcr report — the caseload of a period: sequence statuses, completion, exits, amounts billed by payer and by
profession.

  pcr report --project FILE --from YYYY-MM-DD --to YYYY-MM-DD [--type FILE]
             [--csv|--json|--xlsx FILE|--html] [--lang fr|en] < caseload.ndjson

  --xlsx FILE  Excel workbook (-: standard output, refused on a terminal).
  --html       one self-contained HTML page (SVG charts, no network access) on standard output.

  Example: pcr report --project project.json --from 2027-01-01 --to 2027-12-31 --html < caseload.ndjson > fa.html
`,
  declare: `pcr declare — the billing declaration of a period: one line per beneficiary of each billable sequence (billable
date within the period).

  pcr declare --project FILE --from YYYY-MM-DD --to YYYY-MM-DD [--type FILE]
              [--csv (default)|--json|--fhir|--xlsx FILE] [--allow-draft] [--lang fr|en] < caseload.ndjson

  --allow-draft   also declare the sequences of a draft or illustrative type (a trial), marked as such.
  Open the workbook (--xlsx) in a spreadsheet; the CSV is for programs.

  Example: pcr declare --project project.json --from 2027-01-01 --to 2027-03-31 --xlsx declaration.xlsx < fa.ndjson
`,
  worklist: `pcr worklist — what is left to do, by due date: missing services, attestations to collect, who can do them,
and the payment they unlock.

  pcr worklist --project FILE [--as-of YYYY-MM-DD] [--type FILE] [--csv|--json|--xlsx FILE]
               [--lang fr|en] < caseload.ndjson

  Example: pcr worklist --project project.json --as-of 2027-06-15 --csv < caseload.ndjson > to-do.csv
`,
  verify: `pcr verify — runs the conformance cases (hand-written expectations) and says which pass.

  pcr verify [--cases FOLDER] [--lang fr|en]

  Without --cases: the cases shipped with the package. A folder without any case is a failure (code 1).
`,
  schema: `pcr schema — writes a document's JSON Schema on standard output.

  pcr schema parcours-type|project|patient-path

  Example: pcr schema patient-path > patient-path.schema.json
`,
  rules: `pcr rules — the pathway types of the shipped catalog, with their versions, dates and statuses.

  pcr rules [--json] [--lang fr|en]
`,
};

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
      `billed in the period: ${p.count} sequences, ${f.money(p.forfait)} = AMO ${f.money(p.amo)} + AMC ${f.money(p.amc)} + patient ${f.money(p.patient)}`,
    byProfession: (p) => `services counted by profession: ${p.list === '' ? '—' : p.list}`,
    reinclusion: (p) =>
      `line ${p.line}: patient "${p.ref}" included too soon (pathway on line ${p.previousLine} ended on ${p.end}, new inclusion possible from ${p.allowedFrom})`,
    typeVersion: (p) =>
      `type ${p.type} ${p.version} (${p.status}${p.official ? '' : ', AMOUNTS NOT OFFICIAL'}): ${p.paths} pathways`,
    excludedPath: (p) => `excluded line ${p.line}${p.ref !== undefined ? ` ${p.ref}` : ''}: ${p.reason} — ${p.codes}`,
    moreExcluded: (p) => `… ${p.count} more excluded`,
    percent: (p, f) => `${f.number(p.value)}%`,
  },
  html: {
    title: (p) => `Active caseload from ${p.from} to ${p.to}`,
    paths: (p) => `${p.total} pathways read, ${p.evaluated} evaluated, ${p.excluded} excluded`,
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
  },
  fhir: {
    sequence: (p) => `Sequence ${p.id} (${p.completed ? 'completed' : 'incomplete'})`,
    notOfficial: (p) =>
      `Trial: type ${p.type} version ${p.version} with status ${p.status}, amounts not official — do not send.`,
  },
  cli: {
    usage: USAGE,
    help: HELP,
    usageError: (p) => `pcr: ${p.message} (help: pcr --help)`,
    unknownOption: (p) => `unknown option: ${p.option}`,
    badOptionValue: (p) => `${p.option}: missing or invalid value`,
    badArguments: (p) => `invalid arguments (${p.reason})`,
    notForCommand: (p) => `${p.option} does not apply to pcr ${p.command}`,
    xlsxOnTerminal: '--xlsx -: a workbook is not written to a terminal; give a file or redirect the output',
    unknownCommand: (p) => `unknown command: ${p.command}`,
    badLang: (p) => `--lang: fr or en, not ${p.value}`,
    badFailOn: (p) => `--fail-on: error, warning or never, not ${p.value}`,
    badDate: (p) => `--${p.option}: a date YYYY-MM-DD expected, not ${p.value}`,
    exclusiveOutputs: '--json, --ndjson, --csv and --fhir exclude one another',
    required: (p) => `${p.command}: ${p.options} required`,
    missingPath: (p) => `${p.command}: --path missing (or NDJSON lines on standard input)`,
    unreadableFile: (p) => `unreadable file: ${p.file}`,
    invalidJson: (p) => `invalid JSON: ${p.file}`,
    badTypeFile: (p) => `${p.file}: ${p.codes}`,
    unreadableCases: (p) => `unreadable cases: ${p.dir}`,
    schemaNames: (p) => `schema: ${p.names}`,
    internalError: (p) => `internal error — ${p.reason}`,
    lineRejected: (p) => `line ${p.line}: ${p.codes}`,
    lineEvaluated: (p) => `line ${p.line} ${p.ref}: ${p.summary} · ${p.count} finding(s)`,
    lineTooLong: (p) => `line ${p.line}: over ${p.max} characters, line skipped`,
    fileTooLarge: (p) => `${p.file}: over ${p.max} bytes, file refused`,
    lineUnreadable: (p) => `line ${p.line}: unreadable JSON, line skipped`,
    batchSummary: (p) =>
      `${p.lines} lines: ${p.evaluated} pathways evaluated (${p.withIssues} with findings, ${p.failing} at the --fail-on ${p.failOn} threshold), ${p.rejected} rejected, ${p.skipped} skipped (unreadable JSON)`,
    progress: (p) => `${p.lines} lines…`,
    pathsExcluded: (p) => `${p.count} pathways excluded: ${p.byReason}`,
    casesSummary: (p) => `${p.passed} passed, ${p.failed} failed`,
    noCases: (p) => `no conformance case in ${p.dir}: nothing was verified`,
    xlsxNeedsExceljs: '--xlsx writes the workbook with exceljs, which is not installed: npm install exceljs',
    xlsxTooManyRows: (p) =>
      `--xlsx: over ${p.max} rows, more than a workbook is written with bounded memory; for such a batch, write --csv, --json or --fhir`,
  },
};
