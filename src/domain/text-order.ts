/**
 * Compares two texts by UTF-16 code units (the order of `<` and of a sort without comparator), for sorts that must
 * give the same order on every machine (`localeCompare` depends on the locale).
 *
 * @example
 * ['b', 'a'].sort(byText) // ['a', 'b']
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
