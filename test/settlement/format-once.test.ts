import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settle, settleInCents } from '../../src/settlement/settle';
import { writeSettlement } from '../../src/settlement/settlement-cents';
import { mustParse, readExample } from '../helpers/fixtures';

const src = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(src, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const calls = (file: string, fn: string): number => readFileSync(join(src, file), 'utf8').split(`${fn}(`).length - 1;

describe('the settlement computes in cents, then writes its texts once', () => {
  it('formatCents is called only where the settlement is written, and for the issues that show an amount', () => {
    const callers = Object.fromEntries(
      files('settlement')
        .map((f) => [f, calls(f, 'formatCents')] as const)
        .filter(([, n]) => n > 0),
    );
    expect(callers).toEqual({
      'settlement/settlement-cents.ts': 15,
      'settlement/trace.ts': 2,
      // KEY_SCALED_DOWN's `claimed` and `available`, KEY_REMAINDER_TO_STRUCTURE's `amount`.
      'settlement/key-rules/claims.ts': 2,
      'settlement/key-rules/remainder.ts': 1,
    });
  });

  it('no operation or export parses an amount text back into cents', () => {
    for (const dir of ['operations', 'exports'])
      for (const f of files(dir)) expect({ f, toCents: calls(f, 'toCents') }).toEqual({ f, toCents: 0 });
  });

  it('settle is the cents settlement written: 1,061.40 € of S1 as 106140 cents, then as "1061.40"', () => {
    const type = JSON.parse(
      readFileSync(new URL('../../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8'),
    );
    const d = mustParse(type, readExample('project.json'), readExample('path.json'));
    const options = { asOf: '2027-06-15' };
    const cents = settleInCents(d.type, d.project, d.path, options);
    expect(cents.sequences[0]?.forfait.amount).toBe(106140);
    expect(cents.sequences[0]?.shares.reduce((n, s) => n + s.cents, 0)).toBe(106140);
    const written = writeSettlement(cents);
    expect(written.sequences[0]?.forfait.amount).toBe('1061.40');
    expect(written.totals.forfait).toBe('1061.40');
    expect(written).toEqual(settle(d.type, d.project, d.path, options));
  });
});
