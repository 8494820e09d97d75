import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XLSX_MAX_ROWS } from '../src/cli/xlsx-writer';

const doc = readFileSync('docs/bench.md', 'utf8');
const spill = readFileSync('src/cli/sorted-spill.ts', 'utf8');

describe('docs/bench.md says what the code does', () => {
  it('the workbook limit, the worklist runs and their fan-in', () => {
    expect(XLSX_MAX_ROWS).toBe(40_000);
    expect(doc).toContain('stops a workbook past 40,000 rows');
    expect(spill).toContain('chunk = 4_000');
    expect(spill).toContain('const FAN_IN = 16;');
    expect(doc).toContain('runs of 4,000 items in temp files, merged 16 at a time');
  });

  it('the smoke mode CI runs', () => {
    const bench = readFileSync('scripts/bench.mjs', 'utf8');
    expect(bench).toContain("process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1'");
    expect(bench).toContain('SMOKE ? 3_000 : 100_000');
    expect(doc).toContain('`npm run bench -- --smoke` (or `BENCH_SMOKE=1`) runs the same checks on 3,000 paths');
  });
});
