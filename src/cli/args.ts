import { parseArgs } from 'node:util';
import { isIsoDate } from '../dates/iso-date';
import type { Lang } from '../domain/vocabulary';
import type { Formatter } from '../messages/format';
import type { AllMessages } from '../messages/output-render';
import {
  COMMAND_TABLE,
  COMMANDS,
  FORMAT_OPTIONS,
  OPTIONS,
  type Command,
  type CommandOptions,
  type CommandSpec,
  type Format,
  type Invocation,
  type OptionSpec,
} from './command-table';
import { optionNames, optionsOf } from './help';

export { COMMANDS, type Command, type CommandOptions, type Invocation } from './command-table';

/** Why the arguments were refused (exit code 2): its sentence, rendered in the language of the command line. */
export class UsageError extends Error {
  constructor(readonly render: (m: AllMessages, f: Formatter) => string = () => '') {
    super('usage');
  }
}

/** What the command line asks for: a command with its options, the help (of a command) or the version. */
export type ParsedArgs =
  | Invocation
  | { readonly command: 'help'; readonly topic?: Command }
  | { readonly command: 'version' };

const isCommand = (c: string | undefined): c is Command => COMMANDS.some((k) => k === c);

/** Node's `parseArgs` configuration, from the option table: a flag is a boolean, any other option takes a value. */
const PARSE_OPTIONS: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> =
  Object.fromEntries([
    ...optionNames().map((o) => {
      const option: OptionSpec = OPTIONS[o];
      const type = option.value === 'flag' ? 'boolean' : 'string';
      return [o, option.multiple ? { type, multiple: true } : { type }] as const;
    }),
    ['help', { type: 'boolean', short: 'h' }],
    ['version', { type: 'boolean' }],
  ]);

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

/** The values read by Node, by option name: a text, a flag, the list of a repeatable option, or nothing. */
type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

function parse(argv: readonly string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: PARSE_OPTIONS });
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

/**
 * The checks of one command's values, all from the command table: options it does not take, values out of their
 * kind or choices, one option of each exclusive group, the required ones, a period in order, its operand.
 */
function check(command: Command, values: Values, positionals: readonly string[]): void {
  const spec: CommandSpec = COMMAND_TABLE[command];
  const taken = optionsOf(command);
  const given = optionNames().filter((o) => values[o] !== undefined);
  for (const o of given) {
    if (!taken.includes(o)) throw new UsageError((m, f) => m.cli.notForCommand({ option: `--${o}`, command }, f));
    const given = values[o];
    const option: OptionSpec = OPTIONS[o];
    for (const value of Array.isArray(given) ? given : [given]) {
      if (typeof value !== 'string') continue;
      if (option.value === 'date' && !isIsoDate(value))
        throw new UsageError((m, f) => m.cli.badDate({ option: o, value }, f));
      if (option.value === 'days' && !/^\d{1,9}$/.test(value))
        throw new UsageError((m, f) => m.cli.badDays({ option: o, value }, f));
      const choices = option.choices;
      if (choices !== undefined && !choices.includes(value))
        throw new UsageError((m, f) => m.cli.badChoice({ option: `--${o}`, value, choices }, f));
    }
  }
  const formats = given.filter((o) => 'exclusive' in OPTIONS[o]);
  if (formats.length > 1) throw new UsageError((m, f) => m.cli.exclusive({ options: formats.map((o) => `--${o}`) }, f));
  const missing = taken.filter((o) => spec.options[o] === 'required' && values[o] === undefined);
  if (missing.length > 0)
    throw new UsageError((m, f) => m.cli.required({ command, options: missing.map((o) => `--${o}`) }, f));
  const { from, to } = values;
  if (typeof from === 'string' && typeof to === 'string' && from > to)
    throw new UsageError((m, f) => m.cli.reversedPeriod({ from, to }, f));
  const extra = positionals[spec.operand === undefined ? 0 : 1];
  if (extra !== undefined) throw new UsageError((m, f) => m.cli.unexpectedArgument({ command, value: extra }, f));
}

/** `as-of` → `asOf`. */
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The format asked for (its option), else the command's default: the first of its formats. */
function formatOf(spec: CommandSpec, values: Values): Format {
  return (
    spec.formats.find((f) => FORMAT_OPTIONS[f] !== undefined && values[FORMAT_OPTIONS[f]] !== undefined) ??
    spec.formats[0]
  );
}

/**
 * One command's options from the checked values: each option it takes under its camelCase name (a flag true or
 * false, a default filled in: `today` and the language of the command line), its output and its operand.
 */
function optionsFor<C extends Command>(
  command: C,
  values: Values,
  positionals: readonly string[],
  context: { readonly today: string; readonly lang: Lang },
): CommandOptions<C> {
  const spec: CommandSpec = COMMAND_TABLE[command];
  const out: Record<string, unknown> = {};
  for (const o of optionsOf(command)) {
    const option: OptionSpec = OPTIONS[o];
    if (option.exclusive !== undefined) continue;
    const given = values[o];
    const value =
      option.value === 'flag'
        ? given === true
        : option.multiple
          ? (given ?? [])
          : (given ??
            (option.default === 'today'
              ? context.today
              : option.default === 'environment'
                ? context.lang
                : option.default));
    if (value !== undefined) out[camel(o)] = value;
  }
  const format = formatOf(spec, values);
  out.output = format === 'xlsx' ? { format, file: values.xlsx } : { format };
  if (spec.operand !== undefined && positionals[0] !== undefined) out.operand = positionals[0];
  // The one place where the table's runtime entries meet the types derived from it (`CommandOptions`).
  return out as CommandOptions<C>;
}

/**
 * Reads the command line with Node's own `util.parseArgs`, checked against the command table. Throws
 * {@link UsageError} on an unknown command or option, an option the command does not take, a value out of its
 * kind, two output formats, a missing required option, a reversed period or an unexpected argument.
 *
 * @example
 * const args = readArgs(['settle', '--project', 'p.json', '--as-of', '2026-12-15'], { today: '2026-11-22', lang: 'fr' });
 * args.command === 'settle' && args.options.asOf // '2026-12-15'
 */
export function readArgs(
  argv: readonly string[],
  context: { readonly today: string; readonly lang: Lang },
): ParsedArgs {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.version) return { command: 'version' };
  // `pcr --help`, `pcr help [command]`, `pcr command --help`: the usage, or the command's.
  if (values.help || command === 'help') {
    const topic = command === 'help' ? rest[0] : command;
    if (topic === undefined) return { command: 'help' };
    if (!isCommand(topic)) throw new UsageError((m, f) => m.cli.unknownCommand({ command: topic }, f));
    return { command: 'help', topic };
  }
  if (command === undefined) throw new UsageError();
  if (!isCommand(command)) throw new UsageError((m, f) => m.cli.unknownCommand({ command }, f));
  check(command, values, rest);
  return invocation(command, values, rest, context);
}

/** The invocation of one command, its options typed by the command (the union narrows on `command`). */
function invocation<C extends Command>(
  command: C,
  values: Values,
  positionals: readonly string[],
  context: { readonly today: string; readonly lang: Lang },
): Invocation {
  const options = optionsFor(command, values, positionals, context);
  const byCommand: { [K in Command]: (o: CommandOptions<K>) => Invocation } = {
    validate: (o) => ({ command: 'validate', options: o }),
    settle: (o) => ({ command: 'settle', options: o }),
    report: (o) => ({ command: 'report', options: o }),
    declare: (o) => ({ command: 'declare', options: o }),
    worklist: (o) => ({ command: 'worklist', options: o }),
    verify: (o) => ({ command: 'verify', options: o }),
    schema: (o) => ({ command: 'schema', options: o }),
    rules: (o) => ({ command: 'rules', options: o }),
    reconcile: (o) => ({ command: 'reconcile', options: o }),
    simulate: (o) => ({ command: 'simulate', options: o }),
  };
  return byCommand[command](options);
}
