import type { Lang } from '../domain/vocabulary';

/** A no-break space (before `:` and inside « » in French, between an amount and €). */
export const NBSP = '\u00a0';
/** A narrow no-break space (before `;`, `!`, `?` in French, and between groups of digits). */
export const NNBSP = '\u202f';

/**
 * French typography for the fixed words of a message (a tagged template): a no-break space before `:` and inside
 * « », a narrow one before `;`, `!` and `?`. The values put in the message (names, codes, amounts) are left as they
 * are.
 *
 * @example
 * fr`Champ inconnu « ${'x'} » : ${'y'} ; fin` // 'Champ inconnu «\u00a0x\u00a0»\u00a0: y\u202f; fin'
 */
export function fr(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let parts = TYPESET.get(strings);
  if (parts === undefined) {
    parts = strings.map((s) =>
      s
        .replace(/ :/g, `${NBSP}:`)
        .replace(/ ([;!?])/g, `${NNBSP}$1`)
        .replace(/« /g, `«${NBSP}`)
        .replace(/ »/g, `${NBSP}»`),
    );
    TYPESET.set(strings, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 0; i < values.length; i++) out += String(values[i]) + (parts[i + 1] ?? '');
  return out;
}

/** The fixed words of each French template, typeset once (a template's strings are one object per call site). */
const TYPESET = new WeakMap<TemplateStringsArray, readonly string[]>();

/** How numbers and amounts are written for a reader of one language. */
export interface Formatter {
  readonly lang: Lang;
  /** An amount of euros given as exact decimal text, with at least two decimals: `1 536,00 €` or `€1,536.00`. */
  money(amount: string): string;
  /** A decimal given as text or a number, exactly, its integer part grouped: `0,3`, `1 000` or `0.3`, `1,000`. */
  number(value: string | number): string;
}

const groupers: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** The integer part grouped by the language's convention (Intl.NumberFormat, made once per language). */
function grouped(digits: string, lang: Lang): string {
  let g = groupers[lang];
  if (g === undefined) {
    g = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 });
    groupers[lang] = g;
  }
  return g.format(BigInt(digits));
}

/** Sign, integer digits and decimals of a plain decimal text (`-12.5` → ['-', '12', '5']). */
function parts(value: string | number): [string, string, string] {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  return m ? [m[1] ?? '', m[2] ?? '0', m[3] ?? ''] : ['', text, ''];
}

const FORMATTERS: Record<Lang, Formatter> = {
  fr: {
    lang: 'fr',
    money(amount) {
      const [sign, int, dec] = parts(amount);
      if (!/^\d+$/.test(int)) return `${amount}${NBSP}€`;
      return `${sign}${grouped(int, 'fr')},${dec.padEnd(2, '0')}${NBSP}€`;
    },
    number(value) {
      const [sign, int, dec] = parts(value);
      return `${sign}${/^\d+$/.test(int) ? grouped(int, 'fr') : int}${dec === '' ? '' : `,${dec}`}`;
    },
  },
  en: {
    lang: 'en',
    money(amount) {
      const [sign, int, dec] = parts(amount);
      if (!/^\d+$/.test(int)) return `€${amount}`;
      return `${sign}€${grouped(int, 'en')}.${dec.padEnd(2, '0')}`;
    },
    number(value) {
      const [sign, int, dec] = parts(value);
      return `${sign}${/^\d+$/.test(int) ? grouped(int, 'en') : int}${dec === '' ? '' : `.${dec}`}`;
    },
  },
};

/**
 * The formatter of a language.
 *
 * @example
 * formatterFor('fr').money('1536') // '1\u202f536,00\u00a0€'
 * formatterFor('en').money('160.8') // '€160.80'
 */
export function formatterFor(lang: Lang): Formatter {
  return FORMATTERS[lang];
}
