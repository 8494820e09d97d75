import { SCHEMA_DOCUMENTS } from '../documents/json-schema';
import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor, type AllMessages } from '../messages/output-render';
import {
  COMMAND_TABLE,
  COMMANDS,
  COMMON_OPTIONS,
  FORMAT_OPTIONS,
  OPTIONS,
  type Command,
  type CommandSpec,
  type Format,
  type OptionName,
  type OptionSpec,
} from './command-table';

type HelpTexts = AllMessages['cli']['help'];

/** The options a command takes, in the order of {@link OPTIONS}: its own, its formats', and the common ones. */
export function optionsOf(command: Command): OptionName[] {
  const spec: CommandSpec = COMMAND_TABLE[command];
  // A command with one format takes no option for it.
  const formats: readonly (OptionName | undefined)[] =
    spec.formats.length > 1 ? spec.formats.map((f) => FORMAT_OPTIONS[f]) : [];
  const common: readonly OptionName[] = COMMON_OPTIONS;
  return optionNames().filter((o) => spec.options[o] !== undefined || formats.includes(o) || common.includes(o));
}

/** Every option's name, in the order of the table. */
export function optionNames(): OptionName[] {
  return Object.keys(OPTIONS).filter((o): o is OptionName => Object.hasOwn(OPTIONS, o));
}

/** How the help names an option's value: `FICHIER`, `AAAA-MM-JJ`, `fr|en`; nothing for a flag. */
function metavar(option: OptionName, h: HelpTexts): string {
  const spec: OptionSpec = OPTIONS[option];
  if (spec.choices) return spec.choices.join('|');
  if (spec.value === 'file') return h.metavars.file;
  if (spec.value === 'dir') return h.metavars.dir;
  if (spec.value === 'date') return h.metavars.date;
  if (spec.value === 'days') return h.metavars.days;
  return '';
}

/** `--option VALUE`. */
function written(option: OptionName, h: HelpTexts): string {
  const value = metavar(option, h);
  return value === '' ? `--${option}` : `--${option} ${value}`;
}

/** The option's default as the help says it, or undefined. */
function defaultOf(option: OptionName, h: HelpTexts): string | undefined {
  const spec: OptionSpec = OPTIONS[option];
  if (spec.default === 'today') return h.today;
  if (spec.default === 'environment') return h.environment;
  return spec.default;
}

/** The words of one command's synopsis, each kept whole when the line is wrapped. */
function synopsisWords(command: Command, h: HelpTexts): string[] {
  const spec: CommandSpec = COMMAND_TABLE[command];
  const plain = optionsOf(command).filter((o) => !('exclusive' in OPTIONS[o]) && o !== 'lang');
  const words = [
    ...plain.filter((o) => spec.options[o] === 'required').map((o) => written(o, h)),
    ...(spec.operand ? [Object.keys(SCHEMA_DOCUMENTS).join('|')] : []),
    ...plain.filter((o) => spec.options[o] === 'optional').map((o) => `[${written(o, h)}]`),
  ];
  const formats = (spec.formats.length > 1 ? spec.formats : [])
    .map((f, i) => {
      const option = FORMAT_OPTIONS[f];
      if (option === undefined) return undefined;
      return `${written(option, h)}${i === 0 ? ` ${h.defaultFormat}` : ''}`;
    })
    .filter((w): w is string => w !== undefined);
  if (formats.length > 0) words.push(`[${formats.join('|')}]`);
  words.push(`[${written('lang', h)}]`);
  if (spec.batch) words.push(`[< ${h.metavars.input}]`);
  return words;
}

/** Words joined into lines of at most `width` characters, each continuation indented. */
function wrap(words: readonly string[], first: string, indent: string, width = 110): string {
  const lines: string[] = [];
  let line = first;
  for (const w of words) {
    if (line.length + 1 + w.length > width && line.trim() !== first.trim()) {
      lines.push(line);
      line = `${indent}${w}`;
    } else line = `${line} ${w}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `  pcr declare --project FICHIER …`, wrapped. */
function synopsis(command: Command, h: HelpTexts, lead = '  '): string {
  const first = `${lead}pcr ${command}`;
  return wrap(synopsisWords(command, h), first, ' '.repeat(first.length + 1));
}

/** One option's line in a list: `--as-of AAAA-MM-JJ   date d'évaluation (défaut : aujourd'hui)`. */
function optionLine(option: OptionName, h: HelpTexts, formats?: readonly Format[]): string {
  const byDefault = defaultOf(option, h);
  const isDefaultFormat = formats !== undefined && FORMAT_OPTIONS[formats[0] ?? 'table'] === option;
  const text = [
    h.options[option],
    byDefault !== undefined ? h.byDefault({ value: byDefault }, noFormatter) : '',
    isDefaultFormat ? h.defaultFormat : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
  const head = `  ${written(option, h)}`.padEnd(OPTION_COLUMN - 1);
  return wrap(text.split(' '), head, ' '.repeat(OPTION_COLUMN));
}

/** Where an option's text starts in a list. */
const OPTION_COLUMN = 32;

/** The help texts take no amount: the formatter is never called. */
const noFormatter = outputMessagesFor('fr').f;

/**
 * `pcr --help`: what `pcr` does, every command's synopsis, every option with its text and default, the exit codes —
 * all generated from the command table.
 *
 * @example
 * usageText('en').split('\n')[2] // 'Usage:'
 */
export function usageText(lang: Lang): string {
  const { m } = outputMessagesFor(lang);
  const h = m.cli.help;
  return [
    h.title,
    '',
    h.usage,
    ...COMMANDS.map((c) => synopsis(c, h)),
    `  ${h.helpAndVersion}`,
    '',
    h.optionsHeading,
    ...optionNames().map((o) => optionLine(o, h)),
    '',
    h.exitCodes,
    '',
  ].join('\n');
}

/**
 * `pcr help COMMAND`: what the command does, its synopsis, its options with their texts and defaults, what else to
 * know and an example — the synopsis and the options generated from the command table.
 *
 * @example
 * commandHelp('declare', 'en').includes('--fhir') // true
 */
export function commandHelp(command: Command, lang: Lang): string {
  const { m } = outputMessagesFor(lang);
  const h = m.cli.help;
  const texts = h.commands[command];
  const formats: readonly Format[] = COMMAND_TABLE[command].formats;
  const notes = texts.notes === '' ? [] : ['', ...texts.notes.split('\n').map((l) => `  ${l}`)];
  return [
    texts.summary,
    '',
    synopsis(command, h),
    '',
    ...optionsOf(command).map((o) => optionLine(o, h, formats)),
    ...notes,
    '',
    `  ${h.example({ command: texts.example }, noFormatter)}`,
    '',
  ].join('\n');
}

/** A command's entry, as the common shape of every entry. */
const specOf = (command: Command): CommandSpec => COMMAND_TABLE[command];

/** A cell of a Markdown table: `|` escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The option table of `docs/cli.md`, in Markdown, generated from the command table: each option, its value, its
 * default, the commands that take it and what it does. A test holds `docs/cli.md` to it; `npm run docs:cli` (the
 * script `scripts/write-cli-docs.mjs`) writes it.
 *
 * @example
 * cliOptionTable('en').split('\n')[0] // '| option | value | default | commands (**required**) | meaning |'
 */
export function cliOptionTable(lang: Lang): string {
  const { m } = outputMessagesFor(lang);
  const h = m.cli.help;
  const rows = optionNames().map((o) => {
    const commands = COMMANDS.filter((c) => optionsOf(c).includes(o));
    const required = commands.filter((c) => specOf(c).options[o] === 'required');
    const defaultFormatOf = commands.filter((c) => FORMAT_OPTIONS[COMMAND_TABLE[c].formats[0]] === o);
    const byDefault =
      defaultOf(o, h) ?? (defaultFormatOf.length > 0 ? `${defaultFormatOf.join(', ')} ${h.defaultFormat}` : '');
    const which =
      commands.length === COMMANDS.length
        ? '*'
        : commands.map((c) => (required.includes(c) ? `**${c}**` : c)).join(', ');
    const value = [metavar(o, h), 'exclusive' in OPTIONS[o] ? 'format' : ''].filter((x) => x !== '').join(', ');
    return `| \`--${o}\` | ${cell(value || '—')} | ${cell(byDefault || '—')} | ${which} | ${cell(h.options[o])} |`;
  });
  return [
    '| option | value | default | commands (**required**) | meaning |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
