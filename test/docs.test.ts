import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, issueCodeTable } from '../src/entries/testing';

describe('public contracts stay documented', () => {
  it('docs/issue-codes.md is the table generated from the catalog', () => {
    const doc = readFileSync(new URL('../docs/issue-codes.md', import.meta.url), 'utf8');
    expect(doc).toBe(issueCodeTable());
    expect(ISSUE_CODES.length).toBe(doc.split('\n').filter((l) => l.startsWith('| `')).length);
  });
});
