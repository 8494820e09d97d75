// Rewrites the option table of docs/cli.md from the command line's command table (src/cli/command-table.ts), between
// its two markers. test/cli-docs.test.ts fails when the file and the table differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const built = await build({
  entryPoints: [new URL('../src/cli/help.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { cliOptionTable } = await import(
  `data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`
);
const file = new URL('../docs/cli.md', import.meta.url);
const START = '<!-- options:start (npm run docs:cli) -->';
const END = '<!-- options:end -->';
const text = readFileSync(file, 'utf8');
const [before, rest] = text.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined)
  throw new Error(`docs/cli.md: the markers ${START} and ${END} are missing`);
writeFileSync(file, `${before}${START}\n${cliOptionTable('en')}${END}${after}`);
console.log('docs/cli.md: option table written');
