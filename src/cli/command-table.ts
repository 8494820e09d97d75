import type { CliCommand, CliOption } from '../messages/output-messages';

/**
 * What an option's value is: how it is read and checked, and how the help names it (`FICHIER`, `AAAA-MM-JJ`…).
 * A flag takes no value.
 */
export type ValueKind = 'flag' | 'file' | 'dir' | 'date' | 'choice' | 'days';

/** One option of the command line. Its help text is `m.cli.options[name]` in each language. */
export interface OptionSpec {
  readonly value: ValueKind;
  /** The values a `choice` takes. */
  readonly choices?: readonly string[];
  /** The value when the option is not given; `today` and `environment` are read when the command runs. */
  readonly default?: string;
  /** Options of one group exclude each other (one output format). */
  readonly exclusive?: 'format';
  /** The option may be given several times (`--previous a.csv --previous b.csv`): its value is the list, in order. */
  readonly multiple?: true;
}

/**
 * Every option of `pcr` (one entry for each {@link CliOption}: a missing or an extra one does not compile). The
 * output formats are options of the group `format` (one at a time); which commands take which option is said by
 * {@link COMMAND_TABLE}, never here.
 */
export const OPTIONS = {
  project: { value: 'file' },
  path: { value: 'file' },
  type: { value: 'file' },
  cases: { value: 'dir' },
  'as-of': { value: 'date', default: 'today' },
  from: { value: 'date' },
  to: { value: 'date' },
  'fail-on': { value: 'choice', choices: ['error', 'warning', 'never'], default: 'error' },
  'allow-draft': { value: 'flag' },
  previous: { value: 'file', multiple: true },
  declared: { value: 'file', multiple: true },
  payments: { value: 'file' },
  grace: { value: 'days', default: '30' },
  key: { value: 'file', multiple: true },
  json: { value: 'flag', exclusive: 'format' },
  ndjson: { value: 'flag', exclusive: 'format' },
  csv: { value: 'flag', exclusive: 'format' },
  fhir: { value: 'flag', exclusive: 'format' },
  xlsx: { value: 'file', exclusive: 'format' },
  html: { value: 'flag', exclusive: 'format' },
  lang: { value: 'choice', choices: ['fr', 'en'], default: 'environment' },
} as const satisfies Record<CliOption, OptionSpec>;

/** One option's name, as written after `--`. */
export type OptionName = keyof typeof OPTIONS;

/** The output formats: `table` is the readable text (no option); each other one is the option of its name. */
export type Format = 'table' | 'json' | 'ndjson' | 'csv' | 'fhir' | 'xlsx' | 'html';

/** The option that asks for each format (`table`: none, it is what a command writes without one). */
export const FORMAT_OPTIONS = {
  table: undefined,
  json: 'json',
  ndjson: 'ndjson',
  csv: 'csv',
  fhir: 'fhir',
  xlsx: 'xlsx',
  html: 'html',
} as const satisfies Record<Format, OptionName | undefined>;

/** How a command takes an option: it must be given, or it may be. */
export type Presence = 'required' | 'optional';

/** One command: its options, its formats (the first is the default), its operand, and whether it reads a batch. */
export interface CommandSpec {
  readonly options: { readonly [N in OptionName]?: Presence };
  readonly formats: readonly [Format, ...Format[]];
  /** The one operand the command takes: `pcr schema NAME`, a document's name (the help lists them). */
  readonly operand?: 'document';
  /** Reads a file active as NDJSON on standard input when no `--path` names a file. */
  readonly batch: boolean;
}

const evaluation = {
  options: { project: 'required', path: 'optional', type: 'optional', 'as-of': 'optional', 'fail-on': 'optional' },
  formats: ['table', 'json', 'ndjson'],
  batch: true,
} as const;

/**
 * The commands of `pcr`, in the order of the usage text: parsing, the usage, each command's help, `docs/cli.md`'s
 * option table and the usage errors are all read from this table (and `--lang` goes with every command). A new
 * command is a compile error until it has its entry here, its help texts and its function in `run.ts`.
 */
export const COMMAND_TABLE = {
  validate: evaluation,
  settle: evaluation,
  report: {
    options: { project: 'required', from: 'required', to: 'required', path: 'optional', type: 'optional' },
    formats: ['table', 'csv', 'json', 'ndjson', 'xlsx', 'html'],
    batch: true,
  },
  declare: {
    options: {
      project: 'required',
      from: 'required',
      to: 'required',
      path: 'optional',
      type: 'optional',
      'allow-draft': 'optional',
      previous: 'optional',
      'as-of': 'optional',
    },
    formats: ['csv', 'json', 'ndjson', 'fhir', 'xlsx'],
    batch: true,
  },
  reconcile: {
    options: {
      project: 'optional',
      declared: 'required',
      payments: 'required',
      'as-of': 'required',
      grace: 'optional',
    },
    formats: ['table', 'csv', 'json', 'xlsx', 'html'],
    batch: false,
  },
  simulate: {
    options: {
      project: 'required',
      key: 'required',
      from: 'required',
      to: 'required',
      path: 'optional',
      type: 'optional',
    },
    formats: ['table', 'csv', 'json', 'html'],
    batch: true,
  },
  worklist: {
    options: { project: 'required', 'as-of': 'optional', path: 'optional', type: 'optional' },
    formats: ['table', 'csv', 'json', 'ndjson', 'xlsx'],
    batch: true,
  },
  verify: { options: { cases: 'optional' }, formats: ['table', 'json', 'ndjson'], batch: false },
  schema: { options: {}, formats: ['json'], operand: 'document', batch: false },
  rules: { options: {}, formats: ['table', 'json', 'ndjson'], batch: false },
} as const satisfies Record<CliCommand, CommandSpec>;

/** One command of `pcr`. */
export type Command = keyof typeof COMMAND_TABLE;

/** The commands, in the order of the usage text. */
export const COMMANDS: readonly Command[] = Object.keys(COMMAND_TABLE).filter((c): c is Command =>
  Object.hasOwn(COMMAND_TABLE, c),
);

/** The options every command takes, besides its own. */
export const COMMON_OPTIONS = ['lang'] as const satisfies readonly OptionName[];

// ── The options a command receives, typed from its entry ──────────────────────────────────────────────────────────

/** `as-of` → `asOf`. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;

type Spec<C extends Command> = (typeof COMMAND_TABLE)[C];
type OptionsOf<C extends Command> = Spec<C>['options'] & { readonly lang: 'optional' };
type Opt<N extends OptionName> = (typeof OPTIONS)[N];

/** The value an option gives: its choices, true or false for a flag, the list of a repeatable one, else a text. */
type ValueOf<N extends OptionName> =
  Opt<N> extends { readonly choices: readonly (infer V)[] }
    ? V
    : Opt<N>['value'] extends 'flag'
      ? boolean
      : Opt<N> extends { readonly multiple: true }
        ? readonly string[]
        : string;

/** Always there: required, with a default, a flag (false when not given) or a repeatable one (empty when not given). */
type Present<C extends Command, N> = N extends OptionName
  ? OptionsOf<C>[N & keyof OptionsOf<C>] extends 'required'
    ? N
    : Opt<N> extends { readonly default: string } | { readonly value: 'flag' } | { readonly multiple: true }
      ? N
      : never
  : never;

/** The output a command was asked for; `xlsx` comes with the file it goes to (`-`: standard output). */
export type Output<F extends Format> = F extends 'xlsx'
  ? { readonly format: 'xlsx'; readonly file: string }
  : { readonly format: F };

/**
 * The options one command receives, named in camelCase, typed from its entry of {@link COMMAND_TABLE}: a required
 * option or one with a default is always there, a flag is a boolean, a choice is one of its values; `output` is one
 * of the command's formats.
 */
export type CommandOptions<C extends Command> = {
  readonly [N in Present<C, keyof OptionsOf<C>> as Camel<N>]: ValueOf<N>;
} & {
  readonly [N in Exclude<keyof OptionsOf<C> & OptionName, Present<C, keyof OptionsOf<C>>> as Camel<N>]?: ValueOf<N>;
} & {
  readonly output: Output<Spec<C>['formats'][number]>;
} & (Spec<C> extends { readonly operand: string } ? { readonly operand?: string } : unknown);

/** A command line read: the command and its own options. */
export type Invocation = {
  readonly [C in Command]: { readonly command: C; readonly options: CommandOptions<C> };
}[Command];
