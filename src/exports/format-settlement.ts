import type { Lang } from '../domain/vocabulary';
import { messagesFor, traceStepText } from '../messages/render';
import type { Beneficiary, Payee, Settlement } from '../settlement/settlement-types';

/** A payee as a reader names it: its name, then its identifier. */
const payeeText = (p: Payee): string => `${p.name ? `${p.name} ` : ''}${p.idType} ${p.id}`;

/**
 * Renders a settlement as plain text, in `lang`: per billable séquence the forfait, the payer split, the shares and
 * the numbered trace; then the séquences not billed and the path totals. A settlement made in one language reads in
 * the other: the trace is data, rendered here.
 *
 * @example
 * formatSettlement(settle(type, project, path, { asOf: '2026-12-15' }), 'en').split('\n')[0] // 'Settlement PAT-0001 — obesite-complexe-adulte 2026-03 (illustrative) — 2026-12-15'
 */
export function formatSettlement(s: Settlement, lang: Lang = 'fr'): string {
  const { m, f } = messagesFor(lang);
  const w = m.settlement;
  const who = (b: Beneficiary): string =>
    b.kind === 'structure' ? w.structure({ name: b.name }, f) : `${b.id} (${b.profession})`;
  const out: string[] = [
    w.header({ ref: s.patientRef, type: s.type.id, version: s.type.version, status: s.type.status, asOf: s.asOf }, f),
  ];
  if (s.sequences.length === 0) out.push(`  ${w.nothingBillable}`);
  for (const q of s.sequences) {
    out.push(
      '',
      w.sequence(
        { id: q.sequence, completed: q.status === 'completed', billableOn: q.billableOn, amount: q.forfait.amount },
        f,
      ),
    );
    out.push(`  ${w.payers(q.payers, f)}`, `  ${w.shares}`);
    for (const sh of q.shares)
      out.push(
        `    ${who(sh.beneficiary).padEnd(36)} ${f.money(sh.amount).padStart(12)}   ${w.paidTo({ payee: payeeText(sh.payee) }, f)}`,
      );
    out.push(`  ${w.computation}`);
    for (const [i, t] of q.trace.entries()) out.push(`    ${String(i + 1).padStart(2)}. ${traceStepText(t, lang)}`);
  }
  if (s.excluded.length > 0) {
    out.push('', w.notBilled);
    for (const x of s.excluded) out.push(`  ${x.sequence} — ${m.exclusionReasons[x.reason]}`);
  }
  out.push('', w.totals(s.totals, f));
  for (const t of s.totals.byPayee) out.push(`  ${payeeText(t.who).padEnd(50)} ${f.money(t.amount).padStart(12)}`);
  return out.join('\n');
}
