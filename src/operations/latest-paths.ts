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

/**
 * FNV-1a 32-bit hash of a key: where the table starts looking for it. Never what says two keys are the same.
 *
 * @example
 * fnv1a32('obesite\u0000PAT-1') === fnv1a32('obesite\u0000PAT-1') // true
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

const encoder = new TextEncoder();

/** A typed array of `size` elements holding the first elements of `old`. */
function grown<A extends Int32Array | Uint16Array | Uint8Array>(old: A, size: number, make: (n: number) => A): A {
  const out = make(size);
  out.set(old.subarray(0, Math.min(old.length, size)));
  return out;
}

/**
 * The latest path of each patient and type, for the reinclusion rule over a file active, in typed arrays. A key is
 * `scope\u0000name` (the type id, then the patient reference): the scopes (a few type ids) are kept once, each name
 * once in UTF-8 in one byte arena. A 32-bit hash only says where to look: a key matches only when its scope and its
 * name bytes are those stored, so two patients whose hashes collide are never taken for one another.
 *
 * Memory: an index of 4-byte slots (at most half full) and, per entry, 22 bytes (hash, scope, name offset, inclusion,
 * end, line) plus the name's bytes — about 48 MB for a million patients with 10-character references, where the
 * earlier 52-bit-hash table of 20-byte slots took 42 MB and a `Map` of strings about 180.
 *
 * @example
 * const t = new LatestPaths(); t.set('obesite\u0000PAT-1', { inclusion: '2026-01-05', end: '2027-07-04', line: 1 });
 * t.get('obesite\u0000PAT-1')?.end // '2027-07-04'
 */
export class LatestPaths {
  /** Entry index + 1 by slot; 0 is an empty slot. */
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  private scopeOf = new Uint16Array(1 << 11);
  /** Where each entry's name starts in `names`; it ends where the next one starts (`starts[count]`: bytes used). */
  private starts = new Int32Array((1 << 11) + 1);
  private inclusions = new Int32Array(1 << 11);
  private ends = new Int32Array(1 << 11);
  private lines = new Int32Array(1 << 11);
  private names = new Uint8Array(1 << 15);
  private count = 0;
  private readonly scopes = new Map<string, number>();
  /** The name being looked up, in UTF-8 (`scratchLength` bytes). */
  private scratch = new Uint8Array(256);
  private scratchLength = 0;

  /** `hash` only spreads keys over the table (tests give a weak one to force collisions). */
  constructor(private readonly hash: (key: string) => number = fnv1a32) {}

  /** How many keys are kept. @example new LatestPaths().size // 0 */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the typed arrays. @example new LatestPaths().bytes > 0 // true */
  get bytes(): number {
    const arrays = [this.slots, this.hashes, this.scopeOf, this.starts, this.inclusions, this.ends, this.lines];
    return arrays.reduce((n, a) => n + a.byteLength, this.names.byteLength + this.scratch.byteLength);
  }

  /** The path remembered for `key`, if any. */
  get(key: string): RememberedPath | undefined {
    const found = this.find(key, false);
    if (found.entry < 0) return undefined;
    const e = found.entry;
    return {
      inclusion: unpackDate(this.inclusions[e] ?? 0),
      end: unpackDate(this.ends[e] ?? 0),
      line: this.lines[e] ?? 0,
    };
  }

  /** Remembers `path` for `key`, in place of the one before. */
  set(key: string, path: RememberedPath): void {
    if ((this.count + 1) * 2 > this.slots.length) this.growSlots();
    const found = this.find(key, true);
    let e = found.entry;
    if (e < 0) e = this.append(found);
    this.inclusions[e] = packDate(path.inclusion);
    this.ends[e] = packDate(path.end);
    this.lines[e] = path.line;
  }

  /**
   * The entry of `key` (-1 when absent), with what inserting it needs: its hash, scope, and the first empty slot of
   * its probe. The key's name is left encoded in `scratch`.
   */
  private find(key: string, adding: boolean): { entry: number; slot: number; hash: number; scope: number } {
    const cut = key.lastIndexOf('\u0000');
    const scopeText = cut < 0 ? '' : key.slice(0, cut);
    let scope = this.scopes.get(scopeText);
    if (scope === undefined) {
      if (!adding) return { entry: -1, slot: -1, hash: 0, scope: -1 };
      scope = this.scopes.size;
      if (scope > 0xffff) throw new RangeError('LatestPaths: more than 65,536 scopes');
      this.scopes.set(scopeText, scope);
    }
    this.encode(cut < 0 ? key : key.slice(cut + 1));
    const hash = this.hash(key) | 0;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const at = this.slots[slot] ?? 0;
      if (at === 0) return { entry: -1, slot, hash, scope };
      const e = at - 1;
      if (this.hashes[e] === hash && this.scopeOf[e] === scope && this.sameName(e))
        return { entry: e, slot, hash, scope };
      slot = (slot + 1) & mask;
    }
  }

  /** Encodes `name` in UTF-8 into `scratch`. */
  private encode(name: string): void {
    if (name.length * 3 > this.scratch.length) this.scratch = new Uint8Array(name.length * 3);
    this.scratchLength = encoder.encodeInto(name, this.scratch).written ?? 0;
  }

  /** True when entry `e`'s name is the bytes in `scratch`. */
  private sameName(e: number): boolean {
    const start = this.starts[e] ?? 0;
    const length = (this.starts[e + 1] ?? 0) - start;
    if (length !== this.scratchLength) return false;
    for (let i = 0; i < length; i++) if (this.names[start + i] !== this.scratch[i]) return false;
    return true;
  }

  /** Adds a new entry for the key `find` just looked up, in its empty slot. */
  private append(found: { slot: number; hash: number; scope: number }): number {
    const e = this.count;
    if (e === this.hashes.length) this.growEntries();
    const start = this.starts[e] ?? 0;
    const end = start + this.scratchLength;
    if (end > this.names.length)
      this.names = grown(this.names, Math.max(end, this.names.length * 2), (n) => new Uint8Array(n));
    this.names.set(this.scratch.subarray(0, this.scratchLength), start);
    this.starts[e + 1] = end;
    this.hashes[e] = found.hash;
    this.scopeOf[e] = found.scope;
    this.slots[found.slot] = e + 1;
    this.count++;
    return e;
  }

  /** Doubles the room for entries. */
  private growEntries(): void {
    const size = this.hashes.length * 2;
    const int32 = (n: number) => new Int32Array(n);
    this.hashes = grown(this.hashes, size, int32);
    this.scopeOf = grown(this.scopeOf, size, (n) => new Uint16Array(n));
    this.starts = grown(this.starts, size + 1, int32);
    this.inclusions = grown(this.inclusions, size, int32);
    this.ends = grown(this.ends, size, int32);
    this.lines = grown(this.lines, size, int32);
  }

  /** Doubles the index and puts every entry back by its stored hash. */
  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = (this.hashes[e] ?? 0) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = e + 1;
    }
  }
}
