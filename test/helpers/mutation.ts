import fc from 'fast-check';

type Json = Record<string, unknown>;

/** Replaces the value at a random path of a document by a hostile one (or deletes it). */
export const mutation = fc.record({
  depth: fc.nat({ max: 4 }),
  pick: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  value: fc.oneof(
    fc.anything(),
    // Values JSON cannot hold: class instances, null-prototype objects, sparse arrays, bigints.
    fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true, withBigInt: true }),
    fc.constantFrom(null, '', '2025-02-30', '12.345', 1e21, -1, Number.MAX_VALUE, '__proto__', 'x'.repeat(600), [], {}),
    fc.constant(undefined),
  ),
});

const isPlain = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

/** A copy of the document's arrays and plain objects; any other value (a bigint, a Map, a Date…) is kept as it is. */
function copyTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyTree);
  if (!isPlain(value)) return value;
  const out: Json = Object.getPrototypeOf(value) === null ? (Object.create(null) as Json) : {};
  for (const k of Object.keys(value as object)) Object.defineProperty(out, k, { value: copyTree((value as Json)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

export function mutate(doc: Json, m: { depth: number; pick: number[]; value: unknown }): Json {
  const copy = copyTree(doc) as Json;
  let node: unknown = copy;
  for (let d = 0; d <= m.depth; d++) {
    if (!isPlain(node)) break;
    const keys = Object.keys(node as object);
    if (keys.length === 0) break;
    const key = keys[(m.pick[d] ?? 0) % keys.length] as string;
    const child = (node as Json)[key];
    if (d === m.depth || !isPlain(child)) {
      if (m.value === undefined) delete (node as Json)[key];
      else (node as Json)[key] = m.value;
      break;
    }
    node = child;
  }
  return copy;
}
