import type { Lang } from '../issues/issue';
import { formatCents, type Cents } from '../money/decimal';
import type { TraceStep } from './settlement-types';

type P = Readonly<Record<string, string | number>>;

/** Formats cents as euros for a reader of `lang`: `1 234,56 €` or `€1,234.56`. @example euros(123456, 'fr') // '1 234,56 €' */
export function euros(cents: Cents, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const dec = rest < 10 ? `0${rest}` : String(rest);
  return lang === 'fr' ? `${sign}${grouped((abs - rest) / 100, ' ')},${dec} €` : `${sign}€${grouped((abs - rest) / 100, ',')}.${dec}`;
}

/** Digits in groups of three: grouped(1234567, ' ') is '1 234 567'. */
function grouped(n: number, separator: string): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** Formats a decimal string for `lang` (decimal comma in French). @example num('0.3', 'fr') // '0,3' */
export function num(value: string | number, lang: Lang): string {
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}

const TRACE: Record<string, Record<Lang, (p: P) => string>> = {
  BASE: {
    fr: (p) => `Forfait de base${p.profile ? ` (profil ${p.profile})` : ''} : ${p.amount}`,
    en: (p) => `Base forfait${p.profile ? ` (profile ${p.profile})` : ''}: ${p.amount}`,
  },
  MODULATION: {
    fr: (p) => `Coefficient « ${p.id} » × ${p.factor} (territoire ${p.territory})`,
    en: (p) => `Coefficient "${p.id}" × ${p.factor} (territory ${p.territory})`,
  },
  MODULATED: {
    fr: (p) => `Forfait modulé : ${p.base} × ${p.factor} = ${p.exact}, arrondi au centime : ${p.amount}`,
    en: (p) => `Modulated forfait: ${p.base} × ${p.factor} = ${p.exact}, rounded to the cent: ${p.amount}`,
  },
  COMPLETED: {
    fr: (p) => `Séquence complète le ${p.date} : forfait dû en entier, ${p.amount}`,
    en: (p) => `Séquence completed on ${p.date}: forfait due in full, ${p.amount}`,
  },
  POLICY_FULL: {
    fr: (p) => `Séquence incomplète (fin le ${p.date}), règle « full » : forfait dû en entier, ${p.amount}`,
    en: (p) => `Séquence incomplete (ended ${p.date}), policy "full": forfait due in full, ${p.amount}`,
  },
  POLICY_PRORATA: {
    fr: (p) => `Séquence incomplète (fin le ${p.date}), règle « prorata » : ${p.met} exigences satisfaites sur ${p.required} ; ${p.modulated} × ${p.met}/${p.required} = ${p.exact}, arrondi : ${p.amount}`,
    en: (p) => `Séquence incomplete (ended ${p.date}), policy "prorata": ${p.met} of ${p.required} requirements met; ${p.modulated} × ${p.met}/${p.required} = ${p.exact}, rounded: ${p.amount}`,
  },
  POLICY_TIERS: {
    fr: (p) => `Séquence incomplète (fin le ${p.date}), règle « paliers » : ${p.done} prestations comptées, palier atteint ${p.tier} → part ${p.share} ; ${p.modulated} × ${p.share} = ${p.amount}`,
    en: (p) => `Séquence incomplete (ended ${p.date}), policy "tiers": ${p.done} prestations counted, tier reached ${p.tier} → share ${p.share}; ${p.modulated} × ${p.share} = ${p.amount}`,
  },
  PARTICIPATION_NONE: {
    fr: () => `Participation du patient : aucune pour ce type`,
    en: () => `Patient participation: none for this type`,
  },
  PARTICIPATION_EXEMPT: {
    fr: (p) => `Participation du patient : 0,00 € (exonération ${p.exemption}, R.160-17-2 CSS)`,
    en: (p) => `Patient participation: €0.00 (exemption ${p.exemption}, R.160-17-2 CSS)`,
  },
  PARTICIPATION_RATE: {
    fr: (p) => `Participation du patient : ${p.amount_base} × ${p.rate} = ${p.exact}, arrondi : ${p.amount}`,
    en: (p) => `Patient participation: ${p.amount_base} × ${p.rate} = ${p.exact}, rounded: ${p.amount}`,
  },
  PARTICIPATION_FLAT: {
    fr: (p) => `Participation forfaitaire du patient : ${p.amount} (plafonnée au forfait)`,
    en: (p) => `Flat patient participation: ${p.amount} (capped at the forfait)`,
  },
  PAYERS: {
    fr: (p) => `Répartition : AMO ${p.amo} + AMC ${p.amc} + patient ${p.patient} = ${p.total} (couverture : ${p.cover})`,
    en: (p) => `Split: AMO ${p.amo} + AMC ${p.amc} + patient ${p.patient} = ${p.total} (cover: ${p.cover})`,
  },
  KEY_SOURCE: {
    fr: (p) => `Clé de répartition : ${p.source}`,
    en: (p) => `Distribution key: ${p.source}`,
  },
  COORDINATION_RATE: {
    fr: (p) => `Coordination ${p.rate} : ${p.forfait} × ${p.rate} = ${p.exact}, arrondi : ${p.amount} → structure`,
    en: (p) => `Coordination ${p.rate}: ${p.forfait} × ${p.rate} = ${p.exact}, rounded: ${p.amount} → structure`,
  },
  COORDINATION_AMOUNT: {
    fr: (p) => `Coordination, montant fixe : ${p.amount} → structure`,
    en: (p) => `Coordination, fixed amount: ${p.amount} → structure`,
  },
  CLAIM_FIXED: {
    fr: (p) => `Montant fixe : ${p.amount} → ${p.member}`,
    en: (p) => `Fixed amount: ${p.amount} → ${p.member}`,
  },
  CLAIM_UNIT: {
    fr: (p) => `Tarif unitaire ${p.code} : ${p.count} × ${p.rate} = ${p.amount} → ${p.member}`,
    en: (p) => `Unit rate ${p.code}: ${p.count} × ${p.rate} = ${p.amount} → ${p.member}`,
  },
  CLAIMS_SCALED: {
    fr: (p) => `Montants fixes et tarifs unitaires : ${p.claimed} demandés pour ${p.available} disponibles ; réduits au prorata du total de chaque membre, puis entre ses lignes (plus forts restes) : ${p.list}`,
    en: (p) => `Fixed amounts and unit rates: ${p.claimed} claimed for ${p.available} available; scaled down in proportion to each member's total, then between its lines (largest remainders): ${p.list}`,
  },
  REST: {
    fr: (p) => `Reste à répartir : ${p.amount}`,
    en: (p) => `Left to share: ${p.amount}`,
  },
  WEIGHTS: {
    fr: (p) => `Pondération par ${p.by === 'member' ? 'membre' : 'profession'} sur ${p.basis === 'sessions' ? 'les séances' : p.basis === 'minutes' ? 'les minutes' : 'parts égales'} : ${p.list} (total ${p.total}) ; ${p.amount} réparti au plus fort reste : ${p.result}`,
    en: (p) => `Weights by ${p.by} on ${p.basis}: ${p.list} (total ${p.total}); ${p.amount} shared by largest remainder: ${p.result}`,
  },
  WEIGHTS_WITHIN: {
    fr: (p) => `Au sein de la profession ${p.profession} : ${p.list} ; ${p.amount} → ${p.result}`,
    en: (p) => `Within profession ${p.profession}: ${p.list}; ${p.amount} → ${p.result}`,
  },
  WEIGHTS_EMPTY: {
    fr: () => `Pondération : aucun poids non nul, rien n'est réparti par cette règle`,
    en: () => `Weights: no non-zero weight, nothing is shared by this rule`,
  },
  REMAINDER: {
    fr: (p) => `Reliquat : ${p.amount} → ${p.to}`,
    en: (p) => `Remainder: ${p.amount} → ${p.to}`,
  },
  CHECK: {
    fr: (p) => `Contrôle : somme des parts ${p.sum} = forfait ${p.amount}`,
    en: (p) => `Check: sum of shares ${p.sum} = forfait ${p.amount}`,
  },
};

/** Collects the trace of one séquence in one language. */
export class TraceBuilder {
  readonly steps: TraceStep[] = [];
  constructor(readonly lang: Lang) {}

  /** Adds a step; `amount` (cents) is recorded with it when given. */
  add(step: keyof typeof TRACE, params: P, amount?: Cents): void {
    const render = TRACE[step]?.[this.lang];
    const text = render ? render(params) : step;
    this.steps.push(amount === undefined ? { step, text } : { step, text, amount: formatCents(amount) });
  }

  /** Euros for this trace's language. */
  eur(cents: Cents): string {
    return euros(cents, this.lang);
  }

  /** A decimal for this trace's language. */
  num(value: string | number): string {
    return num(value, this.lang);
  }
}
