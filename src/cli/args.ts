import { parseArgs } from 'node:util';
import { isIsoDate } from '../dates/iso-date';
import type { Lang } from '../domain/vocabulary';
import type { Formatter } from '../messages/format';
import type { CliCommand } from '../messages/output-messages';
import type { AllMessages } from '../messages/output-render';

/** Options shared by the commands. */
export interface CliOptions {
  readonly command: Command | 'help' | 'version';
  readonly positionals: readonly string[];
  readonly project?: string;
  readonly path?: string;
  readonly type?: string;
  readonly cases?: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly output: 'table' | 'json' | 'ndjson' | 'csv' | 'fhir' | 'xlsx' | 'html';
  /** `--xlsx FILE`: where the workbook goes (`-`: standard output, refused on a terminal). */
  readonly xlsxFile?: string;
  readonly from?: string;
  readonly to?: string;
  readonly failOn: 'error' | 'warning' | 'never';
  /** `declare`: declare the séquences of a draft or illustrative type too (a trial). */
  readonly allowDraft: boolean;
}

/** Why the arguments were refused (exit code 2): its sentence, rendered in the language of the command line. */
export class UsageError extends Error {
  constructor(readonly render: (m: AllMessages, f: Formatter) => string = () => '') {
    super('usage');
  }
}

/** The commands of `pcr`, in the order of the usage text. */
export const COMMANDS = [
  'validate',
  'settle',
  'report',
  'declare',
  'worklist',
  'verify',
  'schema',
  'rules',
] as const satisfies readonly CliCommand[];
/** One command of `pcr`. */
export type Command = (typeof COMMANDS)[number];
const isCommand = (c: string | undefined): c is Command => (COMMANDS as readonly string[]).includes(c ?? '');
const NEEDS_PROJECT = ['validate', 'settle', 'report', 'declare', 'worklist'];

const OPTIONS = {
  project: { type: 'string' },
  path: { type: 'string' },
  type: { type: 'string' },
  cases: { type: 'string' },
  'as-of': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  csv: { type: 'boolean' },
  fhir: { type: 'boolean' },
  xlsx: { type: 'string' },
  html: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  'fail-on': { type: 'string' },
  'allow-draft': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/**
 * The language of the command line, read before anything else so that even a refused command line is answered in
 * it: `--lang`, else English when the environment's language (`LC_ALL`, `LANG`) is English, else French.
 *
 * @example
 * cliLang(['settle', '--lang', 'en'], {}) // 'en'
 */
export function cliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.slice('--lang='.length) : argv[i + 1];
  if (asked === 'en' || asked === 'fr') return asked;
  return /^en/i.test(env.LC_ALL || env.LANG || '') ? 'en' : 'fr';
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    // Node's sentences are English only: the option named in them is kept, the sentence is ours.
    const { code, message } = e as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError((m, f) => m.cli.unknownOption({ option }, f));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError((m, f) => m.cli.badOptionValue({ option }, f));
    throw new UsageError((m, f) => m.cli.badArguments({ reason: message }, f));
  }
}

type Values = ReturnType<typeof parse>['values'];

/** The checks of the values that do not depend on the command: language, threshold, dates, one output. */
function checkValues(values: Values): void {
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en')
    throw new UsageError((m, f) => m.cli.badLang({ value: values.lang ?? '' }, f));
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning' && failOn !== 'never')
    throw new UsageError((m, f) => m.cli.badFailOn({ value: failOn }, f));
  for (const option of ['as-of', 'from', 'to'] as const) {
    const value = values[option];
    if (value !== undefined && !isIsoDate(value)) throw new UsageError((m, f) => m.cli.badDate({ option, value }, f));
  }
  const outputs = [values.json, values.ndjson, values.csv, values.fhir, values.xlsx !== undefined, values.html];
  if (outputs.filter(Boolean).length > 1) throw new UsageError((m) => m.cli.exclusiveOutputs);
}

/** The checks that depend on the command: a projet for the evaluations, a period for a report or a declaration. */
function checkCommand(command: string, values: Values): void {
  if (NEEDS_PROJECT.includes(command) && values.project === undefined)
    throw new UsageError((m, f) => m.cli.required({ command, options: '--project' }, f));
  if ((command === 'report' || command === 'declare') && (values.from === undefined || values.to === undefined)) {
    throw new UsageError((m, f) => m.cli.required({ command, options: '--from, --to' }, f));
  }
  if (values.xlsx !== undefined && !['report', 'declare', 'worklist'].includes(command))
    throw new UsageError((m, f) => m.cli.notForCommand({ option: '--xlsx', command }, f));
  if (values.html && command !== 'report')
    throw new UsageError((m, f) => m.cli.notForCommand({ option: '--html', command }, f));
  if (values.fhir && command !== 'declare')
    throw new UsageError((m, f) => m.cli.notForCommand({ option: '--fhir', command }, f));
}

const outputOf = (v: Values): CliOptions['output'] =>
  v.json
    ? 'json'
    : v.ndjson
      ? 'ndjson'
      : v.csv
        ? 'csv'
        : v.fhir
          ? 'fhir'
          : v.xlsx !== undefined
            ? 'xlsx'
            : v.html
              ? 'html'
              : 'table';

/**
 * Reads the command line with Node's own `util.parseArgs`. Throws {@link UsageError} on an unknown command or
 * option, or a value out of its set.
 *
 * @example
 * readArgs(['settle', '--project', 'p.json', '--as-of', '2026-12-15'], { today: '2026-11-22', lang: 'fr' }).asOf // '2026-12-15'
 */
export function readArgs(
  argv: readonly string[],
  context: { readonly today: string; readonly lang: Lang },
): CliOptions {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  const base = {
    asOf: context.today,
    lang: context.lang,
    output: 'table',
    failOn: 'error',
    allowDraft: false,
  } as const;
  if (values.version) return { ...base, command: 'version', positionals: [] };
  // `pcr --help`, `pcr help [command]`, `pcr command --help`: the usage, or the command's.
  if (values.help || command === 'help') {
    const topic = command === 'help' ? rest[0] : command;
    if (topic !== undefined && !isCommand(topic))
      throw new UsageError((m, f) => m.cli.unknownCommand({ command: topic }, f));
    return { ...base, command: 'help', positionals: topic === undefined ? [] : [topic] };
  }
  if (command === undefined) throw new UsageError();
  if (!isCommand(command)) throw new UsageError((m, f) => m.cli.unknownCommand({ command }, f));
  checkValues(values);
  checkCommand(command, values);
  const optional = <K extends 'project' | 'path' | 'type' | 'cases' | 'from' | 'to'>(k: K) =>
    values[k] !== undefined ? { [k]: values[k] } : {};
  return {
    command,
    positionals: rest,
    ...optional('project'),
    ...optional('path'),
    ...optional('type'),
    ...optional('cases'),
    ...optional('from'),
    ...optional('to'),
    asOf: values['as-of'] ?? context.today,
    lang: context.lang,
    output: outputOf(values),
    failOn: (values['fail-on'] ?? 'error') as CliOptions['failOn'],
    allowDraft: values['allow-draft'] === true,
    ...(values.xlsx !== undefined ? { xlsxFile: values.xlsx } : {}),
  };
}
