import type { Lang } from '../issues/issue';
import { toCents } from '../money/decimal';
import type { Beneficiary, Payee, Settlement } from '../settlement/settlement-types';
import { euros } from '../settlement/trace';

const W = {
  fr: { title: 'Règlement', seq: 'Séquence', billable: 'facturable le', forfait: 'forfait', payers: 'Payeurs', shares: 'Parts', trace: 'Détail du calcul', excluded: 'Non facturé', totals: 'Totaux du parcours', structure: 'structure', payee: 'versé à', none: 'aucune séquence facturable' },
  en: { title: 'Settlement', seq: 'Séquence', billable: 'billable on', forfait: 'forfait', payers: 'Payers', shares: 'Shares', trace: 'Computation', excluded: 'Not billed', totals: 'Path totals', structure: 'structure', payee: 'paid to', none: 'no billable séquence' },
} as const;

const STATUS = { fr: { completed: 'complète', incomplete: 'incomplète' }, en: { completed: 'completed', incomplete: 'incomplete' } } as const;

function who(b: Beneficiary, lang: Lang): string {
  return b.kind === 'structure' ? `${W[lang].structure} (${b.name})` : `${b.id} (${b.profession})`;
}
function payee(p: Payee): string {
  return `${p.name ? `${p.name} ` : ''}${p.idType} ${p.id}`;
}

/**
 * Renders a settlement as plain text: per billable séquence the forfait, the payer split, the shares and the
 * numbered trace; then the séquences not billed and the path totals.
 *
 * @example
 * console.log(formatSettlement(settle(type, project, path, { asOf: '2026-12-15' })));
 */
export function formatSettlement(s: Settlement, lang: Lang = 'fr'): string {
  const w = W[lang];
  const e = (amount: string) => euros(toCents(amount), lang);
  const out: string[] = [`${w.title} ${s.patientRef} — ${s.type.id} ${s.type.version} (${s.type.status}) — ${s.asOf}`];
  if (s.sequences.length === 0) out.push(`  ${w.none}`);
  for (const q of s.sequences) {
    out.push('', `${w.seq} ${q.sequence} (${STATUS[lang][q.status]}, ${w.billable} ${q.billableOn}) — ${w.forfait} ${e(q.forfait.amount)}`);
    out.push(`  ${w.payers} : AMO ${e(q.payers.amo)} · AMC ${e(q.payers.amc)} · patient ${e(q.payers.patient)}`.replace(' :', lang === 'fr' ? ' :' : ':'));
    out.push(`  ${w.shares} :`.replace(' :', lang === 'fr' ? ' :' : ':'));
    for (const sh of q.shares) out.push(`    ${who(sh.beneficiary, lang).padEnd(36)} ${e(sh.amount).padStart(12)}   ${w.payee} ${payee(sh.payee)}`);
    out.push(`  ${w.trace} :`.replace(' :', lang === 'fr' ? ' :' : ':'));
    q.trace.forEach((t, i) => out.push(`    ${String(i + 1).padStart(2)}. ${t.text}`));
  }
  if (s.excluded.length > 0) {
    out.push('', `${w.excluded} :`.replace(' :', lang === 'fr' ? ' :' : ':'));
    for (const x of s.excluded) out.push(`  ${x.sequence} — ${x.message}`);
  }
  out.push('', `${w.totals} : ${w.forfait} ${e(s.totals.forfait)} = AMO ${e(s.totals.amo)} + AMC ${e(s.totals.amc)} + patient ${e(s.totals.patient)}`.replace(' :', lang === 'fr' ? ' :' : ':'));
  for (const t of s.totals.byPayee) out.push(`  ${payee(t.who).padEnd(50)} ${e(t.amount).padStart(12)}`);
  return out.join('\n');
}
