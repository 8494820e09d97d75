import { describe, expect, it } from 'vitest';
import { LatestPaths, fnv1a32 } from '../src/operations/latest-paths';

const path = (line: number) => ({ inclusion: '2026-01-05', end: '2027-01-04', line });

describe('LatestPaths: exact keys, whatever the hash', () => {
  it('two patients whose hashes collide are kept apart (every key hashed to 7)', () => {
    const t = new LatestPaths(() => 7);
    t.set('obesite\u0000PAT-1', path(1));
    t.set('obesite\u0000PAT-2', path(2));
    t.set('autre\u0000PAT-1', path(3));
    expect(t.get('obesite\u0000PAT-1')).toEqual(path(1));
    expect(t.get('obesite\u0000PAT-2')).toEqual(path(2));
    expect(t.get('autre\u0000PAT-1')).toEqual(path(3));
    // A third patient of the same hash is unknown: the collision flags nobody.
    expect(t.get('obesite\u0000PAT-3')).toBeUndefined();
    // A name that is a prefix of another, or longer, is another key.
    expect(t.get('obesite\u0000PAT-')).toBeUndefined();
    expect(t.get('obesite\u0000PAT-11')).toBeUndefined();
    t.set('obesite\u0000PAT-2', { inclusion: '2027-03-01', end: '2028-02-29', line: 9 });
    expect(t.get('obesite\u0000PAT-2')).toEqual({ inclusion: '2027-03-01', end: '2028-02-29', line: 9 });
    expect(t.get('obesite\u0000PAT-1')).toEqual(path(1));
    expect(t.size).toBe(3);
  });

  it('collisions survive growth: 5,000 patients on 4 hashes, then each found with its own line', () => {
    const t = new LatestPaths((key) => key.length % 4);
    for (let i = 0; i < 5000; i++) t.set(`obesite\u0000P${i}`, path(i));
    expect(t.size).toBe(5000);
    for (const i of [0, 1, 9, 10, 999, 4999]) expect(t.get(`obesite\u0000P${i}`)?.line).toBe(i);
    expect(t.get('obesite\u0000P5000')).toBeUndefined();
  });

  it('names are compared as UTF-8 bytes: accented references stay distinct', () => {
    const t = new LatestPaths(() => 0);
    t.set('obesite\u0000RÉF-é', path(1));
    t.set('obesite\u0000REF-e', path(2));
    expect(t.get('obesite\u0000RÉF-é')?.line).toBe(1);
    expect(t.get('obesite\u0000REF-e')?.line).toBe(2);
    expect(t.get('obesite\u0000RÉF-e')).toBeUndefined();
  });

  it('a million patients: 48 MB, within 20 % of the earlier hash-only table (2^21 slots of 20 bytes: 42 MB)', () => {
    const t = new LatestPaths();
    for (let i = 0; i < 1_000_000; i++) t.set(`obesite-complexe-adulte\u0000PAT-${i}`, path(i));
    expect(t.get('obesite-complexe-adulte\u0000PAT-765432')?.line).toBe(765_432);
    // slots 2^21 × 4 + entries 2^20 × 22 + names 2^24 (9,888,890 bytes used) + 256 of scratch.
    expect(t.bytes).toBe(2 ** 21 * 4 + 2 ** 20 * 22 + 4 + 2 ** 24 + 256);
    expect(t.bytes).toBeLessThan(2 ** 21 * 20 * 1.2);
  });

  it('the default hash is FNV-1a 32-bit', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5 | 0);
    expect(fnv1a32('a')).toBe(0xe40c292c | 0);
  });
});
