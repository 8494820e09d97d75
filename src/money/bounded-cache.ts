/**
 * Values computed once per distinct key and kept, 4,096 at most: when the cache is full it is emptied and starts
 * again (the values it holds repeat from path to path: a few rates, forfaits and dates). The key must name every input
 * of the computation — a key that could leave one out would hand one input's value to another.
 *
 * @example
 * const squares = new BoundedCache<number>(); squares.remember('12', () => 12 * 12) // 144
 */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly max = 4096) {}

  /** The value kept for `key`, else `compute()` kept for it. */
  remember(key: string, compute: () => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute();
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }

  /** How many values are kept. @example new BoundedCache<number>().size // 0 */
  get size(): number {
    return this.values.size;
  }
}
