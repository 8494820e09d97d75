import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { version } from '../../package.json';
import { cliLang, readArgs, UsageError } from './args';
import type { Command, CommandOptions } from './command-table';
import { evaluateCommand } from './evaluate-command';
import { commandHelp, usageText } from './help';
import type { CliIo } from './io';
import { operationsCommand } from './operations-commands';
import { rulesCommand, schemaCommand, verifyCommand } from './other-commands';
import { reconcileCommand } from './reconcile-command';
import { simulateCommand } from './simulate-command';

/** Today's date in the machine's calendar, the default evaluation date (a local day: the user's "today"). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What a command needs besides its options: where the shipped rules are. */
export interface CliContext {
  /** The folder of the shipped rule files and their conformance cases. */
  readonly rulesDir: string;
  /** The environment's variables (`LC_ALL`, `LANG` choose the language when `--lang` is not given). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Today, `YYYY-MM-DD` (default: the machine's local day). */
  readonly today?: string;
}

/** Each command's function, receiving its own typed options; a command without one does not compile. */
const RUN: {
  readonly [C in Command]: (opts: CommandOptions<C>, io: CliIo, context: CliContext) => Promise<number> | number;
} = {
  validate: (opts, io) => evaluateCommand('validate', opts, io),
  settle: (opts, io) => evaluateCommand('settle', opts, io),
  report: (opts, io) => operationsCommand({ command: 'report', options: opts }, io),
  declare: (opts, io) => operationsCommand({ command: 'declare', options: opts }, io),
  worklist: (opts, io) => operationsCommand({ command: 'worklist', options: opts }, io),
  verify: (opts, io, context) => verifyCommand(opts, io, context.rulesDir),
  schema: (opts, io) => schemaCommand(opts, io),
  rules: (opts, io) => rulesCommand(opts, io),
  reconcile: (opts, io) => reconcileCommand(opts, io),
  simulate: (opts, io) => simulateCommand(opts, io),
};

function run<C extends Command>(command: C, opts: CommandOptions<C>, io: CliIo, context: CliContext) {
  return RUN[command](opts, io, context);
}

/**
 * Runs the `pcr` command line and resolves to its exit code: 0 nothing to report, 1 issues found, 2 bad usage. The
 * program calls it with the process's streams; tests call it with their own (`CliIo`).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), io, { rulesDir: 'rules', env: process.env });
 */
export async function runCli(argv: readonly string[], io: CliIo, context: CliContext): Promise<number> {
  const lang: Lang = cliLang(argv, context.env ?? {});
  try {
    const args = readArgs(argv, { today: context.today ?? localToday(), lang });
    if (args.command === 'version') {
      io.stdout.write(`pcr-forfait ${version}\n`);
      return 0;
    }
    if (args.command === 'help') {
      io.stdout.write(args.topic === undefined ? usageText(lang) : commandHelp(args.topic, lang));
      return 0;
    }
    return await run(args.command, args.options, io, context);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const { m, f } = outputMessagesFor(lang);
    const message = e.render(m, f);
    // No command at all: the usage. Anything else: one line, and where to find the usage.
    io.stderr.write(message ? `${m.cli.usageError({ message }, f)}\n` : usageText(lang));
    return 2;
  }
}
