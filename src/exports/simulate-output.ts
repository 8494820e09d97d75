import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { Dec } from '../money/decimal';
import type { Simulation } from '../operations/simulate';
import type { Column, Row } from './columns';
import { escapeHtml, htmlPage } from './html-page';

/**
 * Columns of `pcr simulate --csv`, in order. A public contract: change it deliberately. One row per key and
 * beneficiary (`ligne` `beneficiaire`: its amount under the key, and the difference with the first key, empty for
 * the first), then one per key (`ligne` `total`: the total billed and the number of séquences).
 */
export const SIMULATION_TABLE: readonly Column[] = [
  { name: 'ligne', kind: 'text' },
  { name: 'cle', kind: 'text' },
  { name: 'beneficiaire', kind: 'text' },
  { name: 'profession', kind: 'text' },
  { name: 'montant', kind: 'money' },
  { name: 'difference', kind: 'money' },
  { name: 'sequences', kind: 'count' },
];

/**
 * The rows of a simulation, in the columns of {@link SIMULATION_TABLE}. Amounts `1234.50`.
 *
 * @example
 * for (const row of simulationRows(sim.result())) sheet.add(row);
 */
export function simulationRows(s: Simulation): Row[] {
  const rows: Row[] = [];
  s.keys.forEach((k, i) => {
    for (const b of s.beneficiaries)
      rows.push([
        'beneficiaire',
        k.name,
        b.beneficiary,
        b.profession ?? '',
        b.amounts[i] ?? '0.00',
        i === 0 ? '' : (b.differences[i - 1] ?? ''),
        '',
      ]);
  });
  for (const k of s.keys) rows.push(['total', k.name, '', '', k.total, '', String(k.sequences)]);
  return rows;
}

const signed = (a: string, money: (x: string) => string): string => (a.startsWith('-') ? money(a) : `+${money(a)}`);

/**
 * A simulation as readable text: each key's total, then one line per beneficiary with its amount under each key
 * and the differences with the first key.
 *
 * @example
 * process.stdout.write(formatSimulation(sim.result(), 'en'));
 */
export function formatSimulation(s: Simulation, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const x = m.simulate;
  const money = (a: string) => f.money(a);
  const out = [x.title({ from: s.from, to: s.to, keys: s.keys.length }, f)];
  for (const k of s.keys) out.push(x.keyTotal({ key: k.name, total: money(k.total), sequences: k.sequences }, f));
  const base = s.keys[0]?.name ?? '';
  const head = [
    x.beneficiary,
    ...s.keys.map((k) => k.name),
    ...s.keys.slice(1).map((k) => x.difference({ key: k.name, base }, f)),
  ];
  const rows = s.beneficiaries.map((b) => [
    b.beneficiary,
    ...b.amounts.map(money),
    ...b.differences.map((d) => signed(d, money)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  out.push('', line(head), ...rows.map(line));
  const totals = new Set(s.keys.map((k) => k.total));
  if (totals.size === 1 && s.keys[0]) out.push('', x.conserved({ total: money(s.keys[0].total) }, f));
  return `${out.join('\n')}\n`;
}

/** Text put into HTML: `& < > " '` escaped. */
const esc = escapeHtml;

const KEY_COLOURS = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#c62828', '#00838f'] as const;

/**
 * A simulation as a self-contained HTML page (inline SVG, no script, no network): each key's total, and per
 * beneficiary a horizontal bar chart of its amount under each key, with the table of figures.
 *
 * @example
 * fs.writeFileSync('simulation.html', simulationHtml(sim.result(), 'fr'));
 */
export function simulationHtml(s: Simulation, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const x = m.simulate;
  const money = (a: string) => f.money(a);
  const title = x.title({ from: s.from, to: s.to, keys: s.keys.length }, f);
  const max = Math.max(1, ...s.beneficiaries.flatMap((b) => b.amounts.map((a) => Math.abs(new Dec(a).toNumber()))));
  const colour = (i: number) => KEY_COLOURS[i % KEY_COLOURS.length] as string;
  const BAR = 22;
  const LABEL = 150;
  const WIDTH = 520;
  const charts = s.beneficiaries
    .map((b) => {
      const height = s.keys.length * BAR + 4;
      const bars = s.keys
        .map((k, i) => {
          const amount = b.amounts[i] ?? '0.00';
          const w = Math.round((Math.abs(new Dec(amount).toNumber()) / max) * WIDTH);
          const y = i * BAR + 2;
          return `<text x="0" y="${y + 15}">${esc(k.name)}</text><rect x="${LABEL}" y="${y}" width="${w}" height="${BAR - 6}" fill="${colour(i)}"><title>${esc(`${k.name} — ${money(amount)}`)}</title></rect><text x="${LABEL + w + 6}" y="${y + 15}">${esc(money(amount))}</text>`;
        })
        .join('');
      const who = b.profession !== undefined ? `${b.beneficiary} (${b.profession})` : b.beneficiary;
      return `<figure><figcaption>${esc(who)}</figcaption><svg role="img" aria-label="${esc(x.chartOf({ who }, f))}" width="${LABEL + WIDTH + 120}" height="${height}" viewBox="0 0 ${LABEL + WIDTH + 120} ${height}">${bars}</svg></figure>`;
    })
    .join('\n');
  const base = s.keys[0]?.name ?? '';
  const head = [
    x.beneficiary,
    ...s.keys.map((k) => k.name),
    ...s.keys.slice(1).map((k) => x.difference({ key: k.name, base }, f)),
  ]
    .map((h) => `<th>${esc(h)}</th>`)
    .join('');
  const rows = s.beneficiaries
    .map(
      (b) =>
        `<tr><th scope="row">${esc(b.beneficiary)}</th>${[...b.amounts.map(money), ...b.differences.map((d) => signed(d, money))].map((c) => `<td class="n">${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  const totals = s.keys
    .map((k) => `<li>${esc(x.keyTotal({ key: k.name, total: money(k.total), sequences: k.sequences }, f))}</li>`)
    .join('');
  const conserved =
    new Set(s.keys.map((k) => k.total)).size === 1 && s.keys[0]
      ? `<p>${esc(x.conserved({ total: money(s.keys[0].total) }, f))}</p>`
      : '';
  return htmlPage({
    lang,
    title,
    style: `figure{margin:1rem 0}figcaption{font-weight:600}`,
    body: `<ul>${totals}</ul>
${conserved}
${charts}
<table id="by-beneficiary"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
  });
}
