import { fileURLToPath } from 'node:url';
import { outputMessagesFor } from '../messages/output-render';
import { version } from '../../package.json';
import { cliLang, COMMANDS, readArgs, UsageError } from './args';
import { evaluateCommand } from './evaluate-command';
import { readFileCapped, type CliIo } from './io';
import { operationsCommand } from './operations-commands';
import { rulesCommand, schemaCommand, verifyCommand } from './other-commands';

/** Today's date in the machine's calendar, the default evaluation date (a local day: the user's "today"). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Runs the `pcr` command line and resolves to its exit code: 0 nothing to report, 1 issues found, 2 bad usage.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), io, 'rules');
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  rulesDir: string,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  const lang = cliLang(argv, env);
  try {
    const opts = readArgs(argv, { today: today(), lang });
    switch (opts.command) {
      case 'help': {
        const { m } = outputMessagesFor(lang);
        const topic = COMMANDS.find((c) => c === opts.positionals[0]);
        io.stdout.write(topic === undefined ? m.cli.usage : m.cli.help[topic]);
        return 0;
      }
      case 'version':
        io.stdout.write(`pcr-forfait ${version}\n`);
        return 0;
      case 'validate':
      case 'settle':
        return await evaluateCommand(opts, io);
      case 'verify':
        return verifyCommand(opts, io, rulesDir);
      case 'schema':
        return schemaCommand(opts, io);
      case 'rules':
        return rulesCommand(opts, io);
      case 'report':
      case 'declare':
      case 'worklist':
        return await operationsCommand(opts, io);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const { m, f } = outputMessagesFor(lang);
    const message = e.render(m, f);
    // No command at all: the usage. Anything else: one line, and where to find the usage.
    io.stderr.write(message ? `${m.cli.usageError({ message }, f)}\n` : m.cli.usage);
    return 2;
  }
}

const io: CliIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: readFileCapped,
};
// A reader that stops early (`pcr report | head -1`) closes the pipe: the command ends there, quietly, exit 0.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
const lang = cliLang(process.argv.slice(2), process.env);
// The built file is dist/cli.js; the rule files and their cases ship beside dist/ in rules/.
runCli(process.argv.slice(2), io, fileURLToPath(new URL('../rules/', import.meta.url)), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const { m, f } = outputMessagesFor(lang);
    process.stderr.write(`pcr: ${m.cli.internalError({ reason: (e as Error).message }, f)}\n`);
    process.exitCode = 2;
  },
);
