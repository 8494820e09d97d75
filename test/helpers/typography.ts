/**
 * French typography of an expected message written with plain spaces: a no-break space (U+00A0) before `:`, inside
 * « » and before €, a narrow one (U+202F) before `;`, `!`, `?` and between groups of digits (`1 536,00 €`). The tests
 * write messages as a person reads them and compare them, code point by code point, with what the library renders.
 */
export function typo(text: string): string {
  return text
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ €/g, '\u00a0€')
    .replace(/(\d) (\d{3})(?!\d)/g, '$1\u202f$2');
}
