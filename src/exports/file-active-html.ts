import type { Lang, SequenceStatus } from '../domain/vocabulary';
import type { Formatter } from '../messages/format';
import { outputMessagesFor } from '../messages/output-render';
import { Dec, decimalText } from '../money/decimal';
import type { FileActiveReport } from '../operations/file-active';
import { firstIssue } from './file-active-output';
import { escapeHtml, htmlPage } from './html-page';

/** Text put into HTML: `& < > " '` escaped. */
const esc = escapeHtml;

const STATUS_ORDER: readonly SequenceStatus[] = ['completed', 'in-progress', 'pending', 'not-started', 'incomplete'];
const STATUS_COLOURS: Readonly<Record<SequenceStatus, string>> = {
  completed: '#2e7d32',
  'in-progress': '#1565c0',
  pending: '#90a4ae',
  'not-started': '#cfd8dc',
  incomplete: '#c62828',
};
const PAYER_COLOURS = { amo: '#1565c0', amc: '#6a1b9a', patient: '#ef6c00' } as const;

/** One horizontal bar split in parts, with a legend under it. */
function stackedBar(parts: readonly { label: string; value: number; colour: string }[], title: string): string {
  const total = parts.reduce((s, p) => s + p.value, 0);
  const width = 600;
  let x = 0;
  const rects = parts
    .filter((p) => p.value > 0)
    .map((p) => {
      const w = total === 0 ? 0 : (p.value / total) * width;
      const r = `<rect class="part" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="28" fill="${p.colour}"><title>${esc(p.label)} (${p.value})</title></rect>`;
      x += w;
      return r;
    })
    .join('');
  const legend = parts
    .map(
      (p, i) =>
        `<g transform="translate(${(i % 3) * 200},${44 + Math.floor(i / 3) * 20})"><rect width="12" height="12" fill="${p.colour}"/><text x="18" y="11">${esc(p.label)} ${p.value}</text></g>`,
    )
    .join('');
  const height = 44 + Math.ceil(parts.length / 3) * 20;
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${esc(title)}</title><rect x="0" y="0" width="${width}" height="28" fill="#eceff1"/>${rects}${legend}</svg>`;
}

/** A rate as a gauge: a bar filled to the rate, and the percentage. */
function gauge(rate: string, label: string, f: Formatter, colour: string): string {
  const value = Number(rate);
  const pct = decimalText(new Dec(rate).times(100), 1, true);
  return `<figure class="gauge"><figcaption>${esc(label)}</figcaption><svg role="img" aria-label="${esc(label)} ${esc(f.number(pct))} %" viewBox="0 0 300 24" width="300" height="24"><title>${esc(label)}</title><rect width="300" height="24" fill="#eceff1"/><rect class="fill" width="${(value * 300).toFixed(1)}" height="24" fill="${colour}"/></svg><span class="figure">${esc(f.number(pct))}\u00a0%</span></figure>`;
}

/** AMO / AMC / patient by month, as stacked columns. */
function monthColumns(
  r: FileActiveReport,
  labels: Record<'amo' | 'amc' | 'patient', string>,
  f: Formatter,
  title: string,
): string {
  const months = r.amounts.byMonth;
  const max = Math.max(...months.map((m) => Number(m.forfait)), 1);
  const col = 48;
  const h = 200;
  const width = Math.max(months.length * col + 100, 420);
  const bars = months
    .map((m, i) => {
      let y = h;
      const rects = (['amo', 'amc', 'patient'] as const)
        .map((k) => {
          const bh = (Number(m[k]) / max) * (h - 20);
          y -= bh;
          return `<rect class="month-part" data-payer="${k}" x="${90 + i * col}" y="${y.toFixed(1)}" width="${col - 12}" height="${bh.toFixed(1)}" fill="${PAYER_COLOURS[k]}"><title>${esc(m.month)} · ${esc(labels[k])} · ${esc(f.money(m[k]))}</title></rect>`;
        })
        .join('');
      // Each month's label slanted under its column, so that neighbouring labels never run together.
      const x = 90 + i * col + (col - 12) / 2;
      return `${rects}<text class="month" x="${x}" y="${h + 14}" text-anchor="end" transform="rotate(-40 ${x} ${h + 14})">${esc(m.month)}</text>`;
    })
    .join('');
  const axis = `<text x="0" y="14">${esc(f.money(String(max)))}</text><line x1="86" y1="${h}" x2="${width}" y2="${h}" stroke="#607d8b"/>`;
  const legend = (['amo', 'amc', 'patient'] as const)
    .map(
      (k, i) =>
        `<g transform="translate(${90 + i * 110},${h + 62})"><rect width="12" height="12" fill="${PAYER_COLOURS[k]}"/><text x="18" y="11">${esc(labels[k])}</text></g>`,
    )
    .join('');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${h + 82}" width="${width}" height="${h + 82}"><title>${esc(title)}</title>${axis}${bars}${legend}</svg>`;
}

/**
 * The file-active report as one self-contained HTML page (inline CSS and SVG, no script, no network access): the
 * séquence statuses, completion and drop-out, the amounts by payer and by payee per month, and the excluded paths
 * (line, patient reference, reason, first issue in words; up to the report's cap, the others counted). What `pcr report
 * --html` writes.
 *
 * @example
 * fs.writeFileSync('file-active.html', fileActiveHtml(report, 'fr'));
 */
export function fileActiveHtml(r: FileActiveReport, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const h = m.html;
  const labels = { amo: h.amo, amc: h.amc, patient: h.patient };
  const trials = r.typeVersions.filter((v) => v.status !== 'official');
  const banner =
    trials.length > 0
      ? `<p class="trial" role="alert">${esc(h.notOfficial({ versions: trials.map((v) => `${v.id} ${v.version} (${v.status})`).join(', ') }, f))}</p>`
      : '';
  const statuses = stackedBar(
    STATUS_ORDER.map((s) => ({
      label: m.sequenceStatus[s],
      value: r.sequences.byStatus[s],
      colour: STATUS_COLOURS[s],
    })),
    h.statuses,
  );
  const months = r.amounts.byMonth;
  const payerRows = months
    .map(
      (mo) =>
        `<tr><td>${esc(mo.month)}</td><td class="n">${mo.billedSequences}</td>${(['forfait', 'amo', 'amc', 'patient'] as const).map((k) => `<td class="n">${esc(f.money(mo[k]))}</td>`).join('')}</tr>`,
    )
    .join('');
  const a = r.amounts;
  const payerTable = `<table id="by-payer"><thead><tr><th>${esc(h.month)}</th><th>n</th><th>${esc(h.total)}</th><th>${esc(h.amo)}</th><th>${esc(h.amc)}</th><th>${esc(h.patient)}</th></tr></thead><tbody>${payerRows}</tbody><tfoot><tr><th>${esc(h.total)}</th><td class="n">${a.billedSequences}</td>${(['forfait', 'amo', 'amc', 'patient'] as const).map((k) => `<td class="n">${esc(f.money(a[k]))}</td>`).join('')}</tr></tfoot></table>`;
  const payeeRows = a.byPayee
    .map((p) => {
      const key = `${p.payee.idType}:${p.payee.id}`;
      const cells = months
        .map((mo) => mo.byPayee.find((x) => x.payee === key)?.amount ?? '0.00')
        .map((v) => `<td class="n">${esc(f.money(v))}</td>`)
        .join('');
      const name = `${p.payee.name ?? ''} ${p.payee.idType} ${p.payee.id}`.trim();
      return `<tr><th scope="row">${esc(name)}</th>${cells}<td class="n">${esc(f.money(p.amount))}</td></tr>`;
    })
    .join('');
  const payeeTable = `<table id="by-payee"><thead><tr><th>${esc(h.payee)}</th>${months.map((mo) => `<th>${esc(mo.month)}</th>`).join('')}<th>${esc(h.total)}</th></tr></thead><tbody>${payeeRows}</tbody></table>`;
  const billed =
    months.length === 0
      ? `<p>${esc(h.nothingBilled)}</p>`
      : `${monthColumns(r, labels, f, h.byPayer)}${payerTable}<h2>${esc(h.byPayee)}</h2>${payeeTable}`;
  // The excluded paths the report lists (up to its cap), each with its reason and first issue in words.
  const excludedRows = r.excludedPaths
    .map((x) => {
      const first = firstIssue(x);
      return `<tr><td class="n">${x.line}</td><td class="ref">${esc(x.ref ?? '')}</td><td>${esc(m.fileActive.pathExclusions[x.reason])}</td><td>${esc(first?.message ?? '')} <code>${esc(first?.code ?? '')}</code></td></tr>`;
    })
    .join('');
  const more = r.paths.excluded - r.excludedPaths.length;
  const excluded =
    r.paths.excluded === 0
      ? ''
      : `<h2>${esc(h.excluded)}</h2><table id="excluded"><thead><tr><th>${esc(h.line)}</th><th>${esc(h.patient)}</th><th>${esc(h.reason)}</th><th>${esc(h.firstIssue)}</th></tr></thead><tbody>${excludedRows}</tbody></table>${more > 0 ? `<p>${esc(m.fileActive.moreExcluded({ count: more }, f))}</p>` : ''}`;
  const title = h.title({ from: r.from, to: r.to }, f);
  return htmlPage({
    lang,
    title,
    style: `.trial{background:#fff3e0;border-left:4px solid #ef6c00;padding:.5rem 1rem}
.gauges{display:flex;gap:3rem;flex-wrap:wrap}code{font-size:.8rem;color:#607d8b}td.ref{white-space:nowrap}#excluded td{vertical-align:top}.gauge{margin:0}.gauge figcaption{margin-bottom:.25rem}.figure{margin-left:.5rem;font-weight:600}`,
    body: `${banner}
<p>${esc(h.paths({ total: r.paths.total, evaluated: r.paths.evaluated, excluded: r.paths.excluded }, f))}</p>
<h2>${esc(h.statuses)}</h2>
<div id="statuses">${statuses}</div>
<div class="gauges" id="rates">${gauge(r.sequences.completionRate, h.completion, f, '#2e7d32')}${gauge(r.dropOut.rate, h.dropOut, f, '#c62828')}</div>
<h2>${esc(h.byPayer)}</h2>
<div id="amounts">${billed}</div>
${excluded}`,
  });
}
