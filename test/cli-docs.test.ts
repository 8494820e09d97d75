import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOptionTable } from '../src/cli/help';
import { pcrIn } from './helpers/cli-in-process';
import { typo } from './helpers/typography';

const DOC = readFileSync('docs/cli.md', 'utf8');

describe('docs/cli.md', () => {
  it('holds the option table generated from the command table (npm run docs:cli rewrites it)', () => {
    const table = /<!-- options:start \(npm run docs:cli\) -->\n([\s\S]*?)<!-- options:end -->/.exec(DOC)?.[1];
    expect(table).toBe(cliOptionTable('en'));
  });

  it('has examples that run: each pcr line of its Examples section, on the shipped files', async () => {
    const block = /## Examples[\s\S]*?```sh\n([\s\S]*?)```/.exec(DOC)?.[1] ?? '';
    const lines = block.split('\n').filter((l) => l.startsWith('pcr '));
    expect(lines.length).toBe(16);
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

  it('shows what pcr reconcile and pcr simulate write on the shipped example', async () => {
    /** The first text block after a heading, as lines. */
    const block = (heading: string) => {
      const section = DOC.slice(DOC.indexOf(`## ${heading}`)).split('\n## ')[0] ?? '';
      // The fences alternate: [text, sh, text, output, …]; the output is the second block.
      return (section.split('```')[3] ?? '').split('\n').filter((l) => l !== '');
    };
    const reconciled = await pcrIn([
      'reconcile',
      '--declared',
      'examples/obesite/declaration-2027-06.csv',
      '--payments',
      'examples/obesite/reglements.csv',
      '--as-of',
      '2027-08-01',
    ]);
    const shown = block('Reconciling payments');
    expect(shown.length).toBe(12);
    // The guide leaves the totals per payee out ('  …').
    const written = reconciled.out.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
    expect(shown.filter((l) => l !== '  …').map(typo)).toEqual(written);
    const simulated = await pcrIn(
      [
        'simulate',
        '--project',
        'examples/obesite/project.json',
        '--key',
        'examples/obesite/key-sessions.json',
        '--key',
        'examples/obesite/key-equal.json',
        '--from',
        '2026-01-01',
        '--to',
        '2027-12-31',
      ],
      readFileSync('examples/obesite/file-active.ndjson', 'utf8'),
    );
    expect(block('Comparing distribution keys').map(typo)).toEqual(simulated.out.split('\n').filter((l) => l !== ''));
  });
});
