import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOG, issueCodeTable } from '../src/index';

describe('public contracts stay documented', () => {
  it('docs/issue-codes.md is the table generated from the catalog', () => {
    const doc = readFileSync(new URL('../docs/issue-codes.md', import.meta.url), 'utf8');
    expect(doc).toBe(issueCodeTable());
    expect(Object.keys(ISSUE_CATALOG).length).toBe(doc.split('\n').filter((l) => l.startsWith('| `')).length);
  });
});
