import type { Cents } from '../money/decimal';
import { byText } from '../domain/text-order';

/** Who receives money inside one séquence: the structure, or a team member by id. */
export type LedgerKey = { readonly kind: 'structure' } | { readonly kind: 'member'; readonly id: string };

/** Accumulates the parts paid to each beneficiary of one séquence, and what is left of the forfait. */
export class Ledger {
  private readonly parts = new Map<string, { key: LedgerKey; parts: { basis: string; cents: Cents }[] }>();
  constructor(public left: Cents) {}

  /** Pays `cents` out of what is left to `key`, for `basis`. Zero amounts are not recorded. */
  pay(key: LedgerKey, basis: string, cents: Cents): void {
    if (cents < 0 || cents > this.left) throw new RangeError('ledger: payment outside what is left');
    if (cents === 0) return;
    const id = key.kind === 'structure' ? '\u0000structure' : key.id;
    const entry = this.parts.get(id) ?? { key, parts: [] };
    entry.parts.push({ basis, cents });
    this.parts.set(id, entry);
    this.left -= cents;
  }

  /** Entries in a stable order: the structure first, then members by id. */
  entries(): { key: LedgerKey; parts: { basis: string; cents: Cents }[] }[] {
    return [...this.parts.entries()].sort(([a], [b]) => byText(a, b)).map(([, entry]) => entry);
  }
}
