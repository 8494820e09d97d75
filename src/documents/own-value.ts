/**
 * The value a document's map (amounts by profile, rates by prestation code, weights by member or profession, keys by
 * séquence) gives for `key`: its own entry only, never a property inherited from `Object.prototype` (`toString`,
 * `valueOf`, `hasOwnProperty`… are valid identifiers, and a map that does not list one must give nothing for it).
 *
 * @example
 * ownValue({ A: '300.00' }, 'toString') // undefined
 */
export function ownValue<V>(map: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
