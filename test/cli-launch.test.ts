import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_TABLE, COMMANDS } from '../src/cli/command-table';

describe('the launcher', () => {
  it('caps the heap of exactly the commands the command table says read a batch', () => {
    // launch.ts imports nothing (it stays small), so it writes the list out: this holds it to the table.
    const source = readFileSync(new URL('../src/cli/launch.ts', import.meta.url), 'utf8');
    const listed = /const BATCH = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const batch = [...listed.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(batch).toEqual(COMMANDS.filter((c) => COMMAND_TABLE[c].batch).sort());
    expect(batch).toEqual(['declare', 'report', 'settle', 'simulate', 'validate', 'worklist']);
  });
});
