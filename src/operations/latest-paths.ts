import type { IsoDate } from '../dates/iso-date';

/** A path as the reinclusion rule remembers it: its inclusion, its end and its line in the input. */
export interface RememberedPath {
  readonly inclusion: IsoDate;
  readonly end: IsoDate;
  readonly line: number;
}

/** `YYYY-MM-DD` as the whole number `YYYYMMDD` (same order), and back. */
const packDate = (d: IsoDate): number => Number(d.slice(0, 4) + d.slice(5, 7) + d.slice(8, 10));
const unpackDate = (n: number): IsoDate => {
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** Two FNV-1a 32-bit hashes of the text (different offsets), as one 52-bit number, never 0. */
function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  const h = (a >>> 0) * 2 ** 20 + ((b >>> 0) & 0xfffff);
  return h === 0 ? 1 : h;
}

/**
 * The latest path of each patient and type, for the reinclusion rule over a file active: an open-addressing table
 * of typed arrays, 20 bytes a slot, at most two slots a patient (40 MB for a million), where a `Map` of strings took about 180. A key
 * is known by a 52-bit hash of the type and the patient reference: two different patients share one with a
 * probability below 1 in 10,000 over a million paths (then the later path would be flagged for the other's, with
 * both line numbers, for a person to check).
 *
 * @example
 * const t = new LatestPaths(); t.set('obesite PAT-1', { inclusion: '2026-01-05', end: '2027-07-04', line: 1 });
 * t.get('obesite PAT-1')?.end // '2027-07-04'
 */
export class LatestPaths {
  private keys = new Float64Array(1 << 12);
  private inclusions = new Int32Array(1 << 12);
  private ends = new Int32Array(1 << 12);
  private lines = new Int32Array(1 << 12);
  private count = 0;

  /** The path remembered for `key`, if any. */
  get(key: string): RememberedPath | undefined {
    const slot = this.slotOf(hash52(key));
    if (this.keys[slot] === 0) return undefined;
    return {
      inclusion: unpackDate(this.inclusions[slot] as number),
      end: unpackDate(this.ends[slot] as number),
      line: this.lines[slot] as number,
    };
  }

  /** Remembers `path` for `key`, in place of the one before. */
  set(key: string, path: RememberedPath): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const h = hash52(key);
    const slot = this.slotOf(h);
    if (this.keys[slot] === 0) this.count++;
    this.keys[slot] = h;
    this.inclusions[slot] = packDate(path.inclusion);
    this.ends[slot] = packDate(path.end);
    this.lines[slot] = path.line;
  }

  /** The slot of hash `h`: its own, or the first empty one after it (linear probing). */
  private slotOf(h: number): number {
    const mask = this.keys.length - 1;
    let slot = (h % this.keys.length) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== h) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the table and puts every entry back. */
  private grow(): void {
    const { keys, inclusions, ends, lines } = this;
    const size = keys.length * 2;
    this.keys = new Float64Array(size);
    this.inclusions = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.lines = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const h = keys[i] as number;
      if (h === 0) continue;
      const slot = this.slotOf(h);
      this.keys[slot] = h;
      this.inclusions[slot] = inclusions[i] as number;
      this.ends[slot] = ends[i] as number;
      this.lines[slot] = lines[i] as number;
    }
  }
}
