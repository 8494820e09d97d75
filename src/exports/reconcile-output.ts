import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import type {
  Payment,
  PayeeIdentifier,
  ReconciledLine,
  Reconciliation,
  ReconcileTotals,
} from '../operations/reconcile';
import type { Column, Row } from './columns';
import { escapeHtml, htmlPage } from './html-page';

/**
 * Columns of `pcr reconcile --csv` and `--xlsx`, in order. A public contract: change it deliberately. One row per
 * declared line (`statut` its status), one per unexpected payment (`statut` `unexpected`, `date_reglement` and
 * `inattendu` filled), then one total per payee and the overall total (`statut` `total`).
 */
export const RECONCILE_TABLE: readonly Column[] = [
  { name: 'statut', kind: 'text' },
  { name: 'patient', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'sequence', kind: 'text' },
  { name: 'type_identifiant', kind: 'text' },
  { name: 'identifiant', kind: 'text' },
  { name: 'nature', kind: 'text' },
  { name: 'date_declaration', kind: 'date' },
  { name: 'date_reglement', kind: 'date' },
  { name: 'attendu', kind: 'money' },
  { name: 'recu', kind: 'money' },
  { name: 'manque', kind: 'money' },
  { name: 'excedent', kind: 'money' },
  { name: 'inattendu', kind: 'money' },
];

const lineRow = (l: ReconciledLine): Row => [
  l.status,
  l.patientRef,
  l.type,
  l.sequence,
  l.payee.idType,
  l.payee.id,
  l.nature,
  l.declaredOn,
  '',
  l.expected,
  l.received,
  l.missing ?? '',
  l.excess ?? '',
  '',
];
const unexpectedRow = (p: Payment): Row => [
  'unexpected',
  p.patientRef,
  p.type,
  p.sequence,
  p.payee.idType,
  p.payee.id,
  '',
  '',
  p.date,
  '',
  '',
  '',
  '',
  p.amount,
];
const totalRow = (t: ReconcileTotals, payee?: PayeeIdentifier): Row => [
  'total',
  '',
  '',
  '',
  payee?.idType ?? '',
  payee?.id ?? '',
  '',
  '',
  '',
  t.expected,
  t.received,
  t.missing,
  t.excess,
  t.unexpected,
];

/**
 * The rows of a reconciliation, in the columns of {@link RECONCILE_TABLE}: each declared line, each unexpected
 * payment, each payee's total, the overall total. Amounts `1234.50`, dates `YYYY-MM-DD`.
 *
 * @example
 * for (const row of reconciliationRows(reconciliation)) sheet.add(row);
 */
export function reconciliationRows(r: Reconciliation): Row[] {
  return [
    ...r.lines.map(lineRow),
    ...r.unexpected.map(unexpectedRow),
    ...r.byPayee.map((t) => totalRow(t, t.payee)),
    totalRow(r.total),
  ];
}

const payeeText = (p: PayeeIdentifier): string => `${p.idType} ${p.id}`;
const STATUSES = ['paid', 'short', 'over', 'pending', 'late', 'unexpected'] as const;

/**
 * A reconciliation as readable text: one line per declared line with its status and amounts, each unexpected
 * payment, the totals per payee and overall, and the count of each status.
 *
 * @example
 * process.stdout.write(formatReconciliation(reconcile(declared, payments, { asOf: '2027-08-01' }).value, 'en'));
 */
export function formatReconciliation(r: Reconciliation, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const x = m.reconcile;
  const money = (a: string) => f.money(a);
  const out = [x.title({ asOf: r.asOf, grace: r.graceDays }, f)];
  for (const l of r.lines) {
    const amounts = x.amounts(
      {
        expected: money(l.expected),
        received: money(l.received),
        ...(l.missing !== undefined ? { missing: money(l.missing) } : {}),
        ...(l.excess !== undefined ? { excess: money(l.excess) } : {}),
      },
      f,
    );
    const what = `${l.patientRef} ${l.type} ${l.sequence} ${payeeText(l.payee)}`;
    const when = l.status === 'pending' || l.status === 'late' ? ` (${x.declaredOn({ date: l.declaredOn }, f)})` : '';
    out.push(x.line({ what, status: x.status[l.status], amounts: `${amounts}${when}` }, f));
  }
  for (const p of r.unexpected)
    out.push(
      x.unexpected(
        {
          date: p.date,
          what: `${p.patientRef} ${p.type} ${p.sequence} ${payeeText(p.payee)}`,
          amount: money(p.amount),
        },
        f,
      ),
    );
  if (r.after.length > 0) out.push(x.after({ count: r.after.length, asOf: r.asOf }, f));
  const totals = (t: ReconcileTotals) =>
    x.totals(
      {
        expected: money(t.expected),
        received: money(t.received),
        missing: money(t.missing),
        excess: money(t.excess),
        unexpected: money(t.unexpected),
      },
      f,
    );
  out.push(x.byPayee);
  for (const t of r.byPayee) out.push(`  ${payeeText(t.payee)} — ${totals(t)}`);
  out.push(`${x.total} — ${totals(r.total)}`);
  out.push(`${x.counts} ${STATUSES.map((s) => `${x.status[s]} ${r.total.counts[s]}`).join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** Text put into HTML: `& < > " '` escaped. */
const esc = escapeHtml;

const STATUS_COLOURS = {
  paid: '#2e7d32',
  short: '#c62828',
  over: '#6a1b9a',
  pending: '#90a4ae',
  late: '#ef6c00',
  unexpected: '#ad1457',
} as const;

/**
 * A reconciliation as a self-contained HTML page (no script, no network): the declared lines with their status,
 * the unexpected payments, the totals per payee and overall.
 *
 * @example
 * fs.writeFileSync('rapprochement.html', reconciliationHtml(reconcile(declared, payments, { asOf: '2027-08-01' }).value));
 */
export function reconciliationHtml(r: Reconciliation, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const x = m.reconcile;
  const c = x.columns;
  const money = (a: string | undefined) => (a === undefined || a === '' ? '' : esc(f.money(a)));
  const status = (s: keyof typeof STATUS_COLOURS) =>
    `<td><span class="s" style="background:${STATUS_COLOURS[s]}"></span>${esc(x.status[s])}</td>`;
  const lines = r.lines
    .map(
      (l) =>
        `<tr><td>${esc(`${l.patientRef} ${l.type} ${l.sequence}`)}</td><td>${esc(payeeText(l.payee))}</td><td>${esc(l.nature)}</td><td>${esc(l.declaredOn)}</td>${status(l.status)}<td class="n">${money(l.expected)}</td><td class="n">${money(l.received)}</td><td class="n">${money(l.missing ?? l.excess)}</td><td class="n"></td></tr>`,
    )
    .join('');
  const unexpected = r.unexpected
    .map(
      (p) =>
        `<tr><td>${esc(`${p.patientRef} ${p.type} ${p.sequence}`)}</td><td>${esc(payeeText(p.payee))}</td><td></td><td>${esc(p.date)}</td>${status('unexpected')}<td></td><td></td><td></td><td class="n">${money(p.amount)}</td></tr>`,
    )
    .join('');
  const totalCells = (t: ReconcileTotals) =>
    `<td class="n">${money(t.expected)}</td><td class="n">${money(t.received)}</td><td class="n">${money(t.missing)}</td><td class="n">${money(t.excess)}</td><td class="n">${money(t.unexpected)}</td>`;
  const payees = r.byPayee
    .map((t) => `<tr><th scope="row">${esc(payeeText(t.payee))}</th>${totalCells(t)}</tr>`)
    .join('');
  const title = x.title({ asOf: r.asOf, grace: r.graceDays }, f);
  const head = [c.line, c.payee, c.nature, c.declaredOn, c.status, c.expected, c.received, c.gap, c.unexpected]
    .map((h) => `<th>${esc(h)}</th>`)
    .join('');
  const totalsHead = [c.payee, c.expected, c.received, m.reconcile.status.short, m.reconcile.status.over, c.unexpected]
    .map((h) => `<th>${esc(h)}</th>`)
    .join('');
  const counts = STATUSES.map((s) => `${esc(x.status[s])} ${r.total.counts[s]}`).join(' · ');
  return htmlPage({
    lang,
    title,
    style: `.s{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em}`,
    body: `<p>${esc(x.counts)} ${counts}</p>
<table id="lines"><thead><tr>${head}</tr></thead><tbody>${lines}${unexpected}</tbody></table>
<h2>${esc(x.byPayee)}</h2>
<table id="by-payee"><thead><tr>${totalsHead}</tr></thead><tbody>${payees}</tbody><tfoot><tr><th scope="row">${esc(x.total)}</th>${totalCells(r.total)}</tr></tfoot></table>`,
  });
}
