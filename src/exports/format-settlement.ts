import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { issueMessage, traceStepText } from '../messages/render';
import type { Beneficiary, Payee, Settlement } from '../settlement/settlement-types';

/** A payee as a reader names it: its name, then its identifier. */
const payeeText = (p: Payee): string => `${p.name ? `${p.name} ` : ''}${p.idType} ${p.id}`;

/**
 * Renders a settlement as plain text, in `lang`: per billable séquence the forfait, the payer split, the shares and
 * the numbered trace; then the séquences not billed, the path totals and every issue (the validation's, then the
 * settlement's). A settlement made in one language reads in
 * the other: the trace is data, rendered here.
 *
 * @example
 * formatSettlement(settle(type, project, path, { asOf: '2027-06-15' }), 'en').split('\n')[0] // 'Settlement PAT-0001 — obesite-complexe-adulte 2026-03 (draft, AMOUNTS NOT OFFICIAL) — 2027-06-15'
 */
export function formatSettlement(s: Settlement, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const w = m.settlement;
  const who = (b: Beneficiary): string =>
    b.kind === 'structure' ? w.structure({ name: b.name }, f) : `${b.id} (${b.profession})`;
  const out: string[] = [
    w.header(
      {
        ref: s.patientRef,
        type: s.type.id,
        version: s.type.version,
        status: s.type.status,
        official: s.type.status === 'official',
        asOf: s.asOf,
      },
      f,
    ),
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
    const width = Math.max(...q.shares.map((sh) => who(sh.beneficiary).length));
    for (const sh of q.shares)
      out.push(
        `    ${who(sh.beneficiary).padEnd(width)} ${f.money(sh.amount).padStart(12)}   ${w.paidTo({ payee: payeeText(sh.payee) }, f)}`,
      );
    out.push(`  ${w.computation}`);
    for (const [i, t] of q.trace.entries()) out.push(`    ${String(i + 1).padStart(2)}. ${traceStepText(t, lang)}`);
  }
  if (s.excluded.length > 0) {
    out.push('', w.notBilled);
    for (const x of s.excluded) out.push(`  ${x.sequence} — ${m.exclusionReasons[x.reason]}`);
  }
  out.push('', w.totals(s.totals, f));
  const width = Math.max(0, ...s.totals.byPayee.map((t) => payeeText(t.who).length));
  for (const t of s.totals.byPayee) out.push(`  ${payeeText(t.who).padEnd(width)} ${f.money(t.amount).padStart(12)}`);
  out.push('', m.report.findings({ count: s.issues.length }, f));
  if (s.issues.length === 0) out.push(`  ${m.report.none}`);
  for (const i of s.issues)
    out.push(`  [${m.severity[i.severity]}] ${i.code} @ ${i.document}:${i.path.join('.')} — ${issueMessage(i, lang)}`);
  return out.join('\n');
}
