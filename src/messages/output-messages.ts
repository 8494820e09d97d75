import type { Formatter } from './format';

/** A text of one language, from its parameters and the language's formatter. */
type Text<P> = (p: P, f: Formatter) => string;

/** The commands of `pcr` (the command table, `src/cli/command-table.ts`, has one entry for each). */
export type CliCommand =
  | 'validate'
  | 'settle'
  | 'report'
  | 'declare'
  | 'worklist'
  | 'verify'
  | 'schema'
  | 'rules'
  | 'reconcile'
  | 'simulate';

/** The options of `pcr` (the command table has one entry for each). */
export type CliOption =
  | 'project'
  | 'path'
  | 'type'
  | 'cases'
  | 'as-of'
  | 'from'
  | 'to'
  | 'fail-on'
  | 'allow-draft'
  | 'previous'
  | 'declared'
  | 'payments'
  | 'grace'
  | 'key'
  | 'json'
  | 'ndjson'
  | 'csv'
  | 'fhir'
  | 'xlsx'
  | 'html'
  | 'lang';

/**
 * The sentences of the text outputs (report, settlement, file-active, FHIR notes) and of the command line, for one
 * language: `output-fr.ts` and `output-en.ts`. Apart from {@link Messages} so that the spreadsheet bundle, which
 * shows none of them, does not carry them.
 */
export interface OutputMessages {
  /** The plain-text report of a path (`formatReport`). */
  readonly report: {
    readonly header: Text<{
      ref: string;
      type: string;
      version: string;
      status: string;
      official: boolean;
      asOf: string;
    }>;
    readonly frame: Text<{ inclusion: string; end: string; exit?: string; exitReason?: string; profile?: string }>;
    readonly blocked: string;
    readonly sequence: Text<{
      id: string;
      label?: string;
      status: string;
      start: string;
      deadline: string;
      completedOn?: string;
      endedOn?: string;
    }>;
    readonly missing: Text<{ missing: number; dueFrom?: string; dueBy: string; overdue: boolean }>;
    /** What an `any` requirement counts, when it has no label. */
    readonly anyIntervention: string;
    readonly attestation: Text<{ signedOn?: string }>;
    readonly counted: Text<{ count: number }>;
    readonly findings: Text<{ count: number }>;
    readonly none: string;
  };
  /** The plain-text settlement (`formatSettlement`). */
  readonly settlement: {
    readonly header: Text<{
      ref: string;
      type: string;
      version: string;
      status: string;
      official: boolean;
      asOf: string;
    }>;
    readonly nothingBillable: string;
    readonly sequence: Text<{ id: string; completed: boolean; billableOn: string; amount: string }>;
    readonly payers: Text<{ amo: string; amc: string; patient: string }>;
    readonly shares: string;
    readonly structure: Text<{ name: string }>;
    readonly paidTo: Text<{ payee: string }>;
    readonly computation: string;
    readonly notBilled: string;
    readonly totals: Text<{ forfait: string; amo: string; amc: string; patient: string }>;
  };
  /** The plain-text file-active report (`formatFileActive`). */
  readonly fileActive: {
    readonly title: Text<{ from: string; to: string }>;
    readonly paths: Text<{ total: number; evaluated: number; excluded: number; byReason: string }>;
    readonly sequences: Text<{ byStatus: string; completion: string }>;
    readonly exits: Text<{ exits: number; dropOuts: number; rate: string }>;
    readonly billed: Text<{ count: number; forfait: string; amo: string; amc: string; patient: string }>;
    readonly byProfession: Text<{ list: string }>;
    /** One type version of the paths evaluated; `official` false: its amounts are not the law's. */
    readonly reinclusion: Text<{ ref: string; line: number; previousLine: number; end: string; allowedFrom: string }>;
    readonly typeVersion: Text<{ type: string; version: string; status: string; official: boolean; paths: number }>;
    /** An excluded path: its line, reference, reason (in words) and its first issue (message and code). */
    readonly excludedPath: Text<{ line: number; ref?: string; reason: string; message: string; code: string }>;
    readonly moreExcluded: Text<{ count: number }>;
    readonly percent: Text<{ value: string }>;
    /** Why a path of the file active is left out, in words: unreadable, no type version in force, blocked. */
    readonly pathExclusions: { readonly PARSE: string; readonly TYPE: string; readonly BLOCKED: string };
  };
  /** The file-active page (`pcr report --html`). */
  readonly html: {
    readonly title: Text<{ from: string; to: string }>;
    readonly paths: Text<{ total: number; evaluated: number; excluded: number }>;
    readonly statuses: string;
    readonly completion: string;
    readonly dropOut: string;
    readonly byPayer: string;
    readonly byPayee: string;
    readonly month: string;
    readonly payee: string;
    readonly total: string;
    readonly amo: string;
    readonly amc: string;
    readonly patient: string;
    readonly nothingBilled: string;
    readonly notOfficial: Text<{ versions: string }>;
    readonly chartOf: Text<{ what: string }>;
    /** The list of excluded paths: its title and column headers. */
    readonly excluded: string;
    readonly line: string;
    readonly reason: string;
    readonly firstIssue: string;
  };
  /** Texts written into FHIR resources. */
  readonly fhir: {
    readonly sequence: Text<{ id: string; completed: boolean }>;
    /** The note of an invoice whose type is not official (a trial declaration). */
    readonly notOfficial: Text<{ type: string; version: string; status: string }>;
  };
  /** The command line: usage, errors and batch summaries. */
  readonly cli: {
    /**
     * The texts of the usage and of each command's help; the synopses and the option lists are generated from the
     * command table (`src/cli/help.ts`), so that they cannot drift from the parser.
     */
    readonly help: {
      /** The first line of the usage: what `pcr` does. */
      readonly title: string;
      readonly usage: string;
      readonly optionsHeading: string;
      readonly helpAndVersion: string;
      readonly exitCodes: string;
      readonly example: Text<{ command: string }>;
      /** After an option's text: its default value. */
      readonly byDefault: Text<{ value: string }>;
      /** After the default format in a synopsis or a list. */
      readonly defaultFormat: string;
      /** The defaults read when the command runs. */
      readonly today: string;
      readonly environment: string;
      /** How the help names a value: `FICHIER`, `DOSSIER`, `AAAA-MM-JJ`; `input` the file active piped in. */
      readonly metavars: {
        readonly file: string;
        readonly dir: string;
        readonly date: string;
        readonly input: string;
        /** A number of days (`--grace`). */
        readonly days: string;
      };
      /** What each command does (first lines of its help), what else to know, and an example. */
      readonly commands: {
        readonly [C in CliCommand]: { readonly summary: string; readonly notes: string; readonly example: string };
      };
      /** What each option does. */
      readonly options: { readonly [O in CliOption]: string };
    };
    /** A refused command line, in one line, with where to find the usage. */
    readonly usageError: Text<{ message: string }>;
    readonly unknownOption: Text<{ option: string }>;
    readonly badOptionValue: Text<{ option: string }>;
    readonly badArguments: Text<{ reason: string }>;
    readonly notForCommand: Text<{ option: string; command: string }>;
    readonly xlsxOnTerminal: string;
    readonly unknownCommand: Text<{ command: string }>;
    /** A value out of the option's choices (`--lang de`). */
    readonly badChoice: Text<{ option: string; value: string; choices: readonly string[] }>;
    readonly badDate: Text<{ option: string; value: string }>;
    /** Options of one group given together (two output formats). */
    readonly exclusive: Text<{ options: readonly string[] }>;
    readonly required: Text<{ command: string; options: readonly string[] }>;
    readonly missingPath: Text<{ command: string }>;
    readonly unreadableFile: Text<{ file: string }>;
    readonly invalidJson: Text<{ file: string }>;
    readonly badTypeFile: Text<{ file: string; codes: string }>;
    /** A conformance case file, its projet file or a folder of cases that cannot be read, or is not JSON. */
    readonly unreadableCases: Text<{ file: string }>;
    /** A conformance case file that is not a case: the first field it lacks or has wrong. */
    readonly invalidCase: Text<{ file: string; field: string }>;
    readonly schemaNames: Text<{ names: string }>;
    /** A defect of pcr (an exception no check expected): its message, exit code 3. */
    readonly internalError: Text<{ reason: string }>;
    /** A batch line whose path was not evaluated (its issues follow, one a line); `ref` when it could be read. */
    readonly lineRejected: Text<{ line: number; ref?: string; count: number }>;
    readonly lineEvaluated: Text<{ line: number; ref: string; summary: string; count: number }>;
    readonly lineUnreadable: Text<{ line: number }>;
    readonly lineTooLong: Text<{ line: number; max: number }>;
    readonly fileTooLarge: Text<{ file: string; max: number }>;
    readonly batchSummary: Text<{
      lines: number;
      evaluated: number;
      withIssues: number;
      failing: number;
      failOn: string;
      rejected: number;
      skipped: number;
    }>;
    readonly progress: Text<{ lines: number }>;
    readonly pathsExcluded: Text<{ count: number; byReason: string }>;
    readonly casesSummary: Text<{ passed: number; failed: number }>;
    readonly noCases: Text<{ dir: string }>;
    readonly xlsxNeedsExceljs: string;
    /** `--from` after `--to`. */
    readonly reversedPeriod: Text<{ from: string; to: string }>;
    /** An argument the command does not take (`pcr settle extra`). */
    readonly unexpectedArgument: Text<{ command: string; value: string }>;
    /** A settled batch line: each billed séquence's forfait, and the path's total. */
    readonly settledSummary: Text<{ sequences: readonly { id: string; amount: string }[]; total: string }>;
    /** A refused or trial declaration, once per type version, with the number of paths it concerns. */
    readonly declarationIssue: Text<{ code: string; paths: number; message: string }>;
    readonly xlsxTooManyRows: Text<{ max: string }>;
    /** A file read and refused (previous declarations, payments, a key): its first issue, and how many more. */
    readonly fileIssues: Text<{ file: string; message: string; more: number }>;
    /** A value that is not a whole number of days (`--grace`). */
    readonly badDays: Text<{ option: string; value: string }>;
    /** `declare --previous` with paths that could not be read: no cancellation is written. */
    readonly cancellationsWithheld: Text<{ paths: number }>;
  };
  /** `pcr reconcile`'s readable table and HTML page. */
  readonly reconcile: {
    readonly title: Text<{ asOf: string; grace: number }>;
    /** Each status's word, and `unexpected` for a payment matching no declared line. */
    readonly status: { readonly [S in 'paid' | 'short' | 'over' | 'pending' | 'late' | 'unexpected']: string };
    /** A line's amounts: what was expected and received, and what is missing or in excess. */
    readonly amounts: Text<{ expected: string; received: string; missing?: string; excess?: string }>;
    readonly declaredOn: Text<{ date: string }>;
    readonly unexpected: Text<{ date: string; what: string; amount: string }>;
    readonly after: Text<{ count: number; asOf: string }>;
    readonly byPayee: string;
    readonly totals: Text<{ expected: string; received: string; missing: string; excess: string; unexpected: string }>;
    readonly total: string;
    readonly counts: string;
    readonly line: Text<{ what: string; status: string; amounts: string }>;
    /** The HTML table's column heads. */
    readonly columns: {
      readonly line: string;
      readonly payee: string;
      readonly nature: string;
      readonly declaredOn: string;
      readonly status: string;
      readonly expected: string;
      readonly received: string;
      readonly gap: string;
      readonly unexpected: string;
    };
  };
  /** `pcr simulate`'s readable table and HTML page. */
  readonly simulate: {
    readonly title: Text<{ from: string; to: string; keys: number }>;
    readonly keyTotal: Text<{ key: string; total: string; sequences: number }>;
    readonly beneficiary: string;
    readonly difference: Text<{ key: string; base: string }>;
    readonly conserved: Text<{ total: string }>;
    readonly chartOf: Text<{ who: string }>;
  };
}
