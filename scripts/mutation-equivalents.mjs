// The equivalent mutants of the mutated folders: read from the source's `// Stryker disable next-line` comments,
// written to test/mutation/equivalent-mutants.md (scripts/mutation-testing.mjs --equivalents), checked by
// test/mutation-equivalents.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EQUIVALENTS = 'test/mutation/equivalent-mutants.md';
/** The folders a mutation run mutates (test/mutation/stryker.config.mjs, scripts/mutation-testing.mjs). */
export const FOLDERS = ['money', 'settlement', 'validation', 'documents'];

/** Every `// Stryker disable next-line Mutator: reason` of the mutated folders, in file order. */
export function equivalentMutants() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const lines = readFileSync(p, 'utf8').split('\n');
        lines.forEach((line, i) => {
          const m = /\/\/ Stryker disable next-line ([\w, ]+?):\s*(.+)$/.exec(line);
          if (m)
            out.push({
              file: p,
              line: i + 2,
              mutators: m[1].trim(),
              reason: m[2].trim(),
              code: (lines[i + 1] ?? '').trim(),
            });
          else if (/Stryker disable/.test(line))
            out.push({ file: p, line: i + 1, mutators: '', reason: '', code: line.trim() });
        });
      }
    }
  };
  for (const f of FOLDERS) walk(join('src', f));
  return out;
}

/** The text of equivalent-mutants.md. */
export function equivalentsPage() {
  const rows = equivalentMutants();
  const esc = (s) => s.replaceAll('|', '\\|');
  return [
    '# Equivalent mutants',
    '',
    'Mutants that no test can kill because the mutated code behaves exactly as the original for every input. Each',
    'is marked in the source by a `// Stryker disable next-line <mutator>: <reason>` comment on the line before it;',
    'this page is written from those comments by `npm run test:mutation -- --equivalents`, and',
    '`test/mutation-equivalents.test.ts` checks that it is up to date and that every comment names its mutator and',
    'gives its reason.',
    '',
    `${rows.length} mutant line(s).`,
    '',
    '| file | line | mutator | reason | code |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.file} | ${r.line} | ${r.mutators} | ${esc(r.reason)} | \`${esc(r.code)}\` |`),
    '',
  ].join('\n');
}
