// Mutations of documents for the fuzz properties (test/properties) and the equivalence run (scripts/equivalence.mjs):
// a value at a random path is replaced by a hostile one, or deleted. Plain JavaScript with JSDoc types, so that
// Node runs it as it is and the TypeScript tests import it.
import fc from 'fast-check';

/** @typedef {Record<string, unknown>} Json */
/** @typedef {{ depth: number; pick: number[]; value: unknown }} Mutation */

/** Replaces the value at a random path of a document by a hostile one (or deletes it). */
export const mutation = fc.record({
  depth: fc.nat({ max: 4 }),
  pick: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  value: fc.oneof(
    fc.anything(),
    // Values JSON cannot hold: class instances, null-prototype objects, sparse arrays, bigints.
    fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      withDate: true,
      withBigInt: true,
    }),
    fc.constantFrom(null, '', '2025-02-30', '12.345', 1e21, -1, Number.MAX_VALUE, '__proto__', 'x'.repeat(600), [], {}),
    fc.constant(undefined),
  ),
});

/** @param {unknown} value */
const isPlain = (value) => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

/**
 * A copy of the document's arrays and plain objects; any other value (a bigint, a Map, a Date…) is kept as it is.
 * @param {unknown} value
 * @returns {unknown}
 */
function copyTree(value) {
  if (Array.isArray(value)) return value.map(copyTree);
  if (!isPlain(value)) return value;
  /** @type {Json} */
  const out = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const k of Object.keys(/** @type {object} */ (value)))
    Object.defineProperty(out, k, {
      value: copyTree(/** @type {Json} */ (value)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/**
 * The document with one mutation applied (a copy: the document is never changed).
 * @param {Json} doc
 * @param {Mutation} m
 * @returns {Json}
 */
export function mutate(doc, m) {
  const copy = /** @type {Json} */ (copyTree(doc));
  /** @type {unknown} */
  let node = copy;
  for (let d = 0; d <= m.depth; d++) {
    if (!isPlain(node)) break;
    const keys = Object.keys(/** @type {object} */ (node));
    if (keys.length === 0) break;
    const key = /** @type {string} */ (keys[(m.pick[d] ?? 0) % keys.length]);
    const child = /** @type {Json} */ (node)[key];
    if (d === m.depth || !isPlain(child)) {
      if (m.value === undefined) delete (/** @type {Json} */ (node)[key]);
      /** @type {Json} */ else node[key] = m.value;
      break;
    }
    node = child;
  }
  return copy;
}
