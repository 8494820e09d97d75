import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedSpill } from '../src/cli/sorted-spill';
import { LatestPaths } from '../src/operations/latest-paths';

describe('bounded memory helpers', () => {
  it('sortedSpill gives the same order as an in-memory stable sort, with and without temp files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ k: fc.constantFrom('2027-01-01', '2027-01-02', '2026-12-31', 'é'), n: fc.nat() }), {
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 50 }),
        async (items, chunk) => {
          const s = sortedSpill<{ k: string; n: number }>((x) => x.k, chunk);
          for (const x of items) s.add(x);
          const out: { k: string; n: number }[] = [];
          for await (const x of s.sorted()) out.push(x);
          expect(out).toEqual([...items].sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sortedSpill merges 500 runs 16 at a time (three levels), stable for equal keys', async () => {
    // 1,000 items by runs of 2: 500 runs, merged into 32, then 2, then streamed.
    const s = sortedSpill<{ k: string; n: number }>((x) => x.k, 2);
    for (let n = 0; n < 1000; n++) s.add({ k: String((n * 7919) % 13).padStart(2, '0'), n });
    const out: string[] = [];
    for await (const x of s.sorted()) out.push(`${x.k}:${x.n}`);
    expect(out.length).toBe(1000);
    // Key 00 holds n = 0, 13, 26, … (7919 is prime to 13, so n × 7919 ≡ 0 mod 13 exactly when 13 divides n), in order.
    expect(out.slice(0, 4)).toEqual(['00:0', '00:13', '00:26', '00:39']);
    // 7919 ≡ 2 (mod 13): key 12 when 2n ≡ 12, n ≡ 6 (mod 13); the last such n below 1,000 is 994.
    expect(out[999]).toBe('12:994');
    const keys = out.map((x) => x.slice(0, 2));
    expect(keys).toEqual([...keys].sort());
    for (let i = 1; i < out.length; i++)
      if (keys[i] === keys[i - 1]) expect(Number(out[i]?.slice(3))).toBeGreaterThan(Number(out[i - 1]?.slice(3)));
  });

  it('LatestPaths keeps the latest path of 100,000 patients exactly, through its growth', () => {
    const t = new LatestPaths();
    for (let i = 0; i < 100_000; i++)
      t.set(`obesite\u0000PAT-${i}`, { inclusion: '2026-01-05', end: '2027-01-04', line: i });
    t.set('obesite\u0000PAT-7', { inclusion: '2027-02-01', end: '2028-01-31', line: 100_007 });
    expect(t.get('obesite\u0000PAT-7')).toEqual({ inclusion: '2027-02-01', end: '2028-01-31', line: 100_007 });
    expect(t.get('obesite\u0000PAT-99999')).toEqual({ inclusion: '2026-01-05', end: '2027-01-04', line: 99_999 });
    expect(t.get('obesite\u0000PAT-100000')).toBeUndefined();
    expect(t.get('autre\u0000PAT-7')).toBeUndefined();
  });
});
