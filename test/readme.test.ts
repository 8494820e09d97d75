import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settle, validatePath } from '../src/index';
import { formatReport, formatSettlement } from '../src/entries/exports';
import { mustParse, readExample } from './helpers/fixtures';

describe('README', () => {
  it('shows the report and settlement that the shipped example really produces', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const type = JSON.parse(
      readFileSync(new URL('../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const d = mustParse(type, readExample('project.json'), readExample('path.json'));
    const asOf = '2027-06-15';
    expect(readme).toContain(formatReport(validatePath(d.type, d.project, d.path, { asOf }), 'fr'));
    expect(readme).toContain(formatSettlement(settle(d.type, d.project, d.path, { asOf }), 'fr'));
  });

  it('imports in its TypeScript examples only names that the package entry exports', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const entries: Record<string, string> = {
      'pcr-forfait': '../src/index.ts',
      'pcr-forfait/operations': '../src/entries/operations.ts',
      'pcr-forfait/exports': '../src/entries/exports.ts',
      'pcr-forfait/identifiers': '../src/entries/identifiers.ts',
      'pcr-forfait/testing': '../src/entries/testing.ts',
    };
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const imports = blocks.flatMap((b) => [...b.matchAll(/import \{([^}]*)\} from '([^']+)'/g)]);
    expect(imports.length).toBeGreaterThanOrEqual(2);
    const missing: string[] = [];
    for (const [, names = '', from = ''] of imports) {
      const file = entries[from];
      if (file === undefined) {
        missing.push(`${from} (no such entry)`);
        continue;
      }
      const runtime = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const raw of names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        const isType = raw.startsWith('type ');
        const name = raw.replace(/^type /, '');
        const found = isType ? new RegExp(`\\b${name}\\b`).test(source) : name in runtime;
        if (!found) missing.push(`${name} from ${from}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
