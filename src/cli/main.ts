import { fileURLToPath } from 'node:url';
import { outputMessagesFor } from '../messages/output-render';
import { cliLang } from './args';
import { readFileCapped, type CliIo } from './io';
import { runCli } from './run';

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
const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
runCli(process.argv.slice(2), io, { rulesDir, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const { m, f } = outputMessagesFor(lang);
    process.stderr.write(`${m.cli.internalError({ reason: (e as Error).message }, f)}\n`);
    // A defect of pcr, not a verdict on the input nor bad usage (docs/cli.md, exit codes).
    process.exitCode = 3;
  },
);
