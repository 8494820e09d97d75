import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOptionTable } from '../src/cli/help';
import { pcrIn } from './helpers/cli-in-process';

const DOC = readFileSync('docs/cli.md', 'utf8');

describe('docs/cli.md', () => {
  it('holds the option table generated from the command table (npm run docs:cli rewrites it)', () => {
    const table = /<!-- options:start \(npm run docs:cli\) -->\n([\s\S]*?)<!-- options:end -->/.exec(DOC)?.[1];
    expect(table).toBe(cliOptionTable('en'));
  });

  it('has examples that run: each pcr line of its Examples section, on the shipped files', async () => {
    const block = /## Examples[\s\S]*?```sh\n([\s\S]*?)```/.exec(DOC)?.[1] ?? '';
    const lines = block.split('\n').filter((l) => l.startsWith('pcr '));
    expect(lines.length).toBe(13);
    const dir = mkdtempSync(join(tmpdir(), 'pcr-docs-'));
    for (const line of lines) {
      // `< file` is standard input, `> file` standard output (written into a temporary folder), `--xlsx FILE` too.
      const [command = '', input] = line.split(/ [<>] /);
      const args = command
        .trim()
        .split(/\s+/)
        .slice(1)
        .map((a) => (a.endsWith('.xlsx') ? join(dir, a) : a));
      const r = await pcrIn(args, input === undefined ? undefined : readFileSync(input.trim(), 'utf8'));
      // The shipped paths have findings (exit 1); a refused command line would be 2.
      expect([line, r.code === 0 || r.code === 1, args.includes('--xlsx') || r.out.length > 0]).toEqual([
        line,
        true,
        true,
      ]);
      if (args.includes('--xlsx')) expect(statSync(args[args.indexOf('--xlsx') + 1] ?? '').size).toBeGreaterThan(4000);
    }
  }, 60_000);
});
