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
    const asOf = '2026-12-15';
    expect(readme).toContain(formatReport(validatePath(d.type, d.project, d.path, { asOf }), 'fr'));
    expect(readme).toContain(formatSettlement(settle(d.type, d.project, d.path, { asOf }), 'fr'));
  });
});
