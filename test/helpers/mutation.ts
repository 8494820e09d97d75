import fc from 'fast-check';

type Json = Record<string, unknown>;

/** Replaces the value at a random path of a document by a hostile one (or deletes it). */
export const mutation = fc.record({
  depth: fc.nat({ max: 4 }),
  pick: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  value: fc.oneof(
    fc.anything(),
    fc.constantFrom(null, '', '2025-02-30', '12.345', 1e21, -1, Number.MAX_VALUE, '__proto__', 'x'.repeat(600), [], {}),
    fc.constant(undefined),
  ),
});

export function mutate(doc: Json, m: { depth: number; pick: number[]; value: unknown }): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  let node: unknown = copy;
  for (let d = 0; d <= m.depth; d++) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node as object);
    if (keys.length === 0) break;
    const key = keys[(m.pick[d] ?? 0) % keys.length] as string;
    const child = (node as Json)[key];
    if (d === m.depth || child === null || typeof child !== 'object') {
      if (m.value === undefined) delete (node as Json)[key];
      else (node as Json)[key] = m.value;
      break;
    }
    node = child;
  }
  return copy;
}
