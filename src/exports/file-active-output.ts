import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { Dec, decimalText } from '../money/decimal';
import type { ExcludedPath, FileActiveReport } from '../operations/file-active';
import type { SequenceStatus } from '../validation/report-types';
import type { Payee } from '../settlement/settlement-types';
import type { ColumnKind } from './columns';
import { frenchCsv, frenchDecimal } from './french-csv';

/** One indicator of the file-active table: its section, key, value, and what the value is. */
export interface IndicatorRow {
  /** The section (`parcours`, `montants`, …): a public contract. */
  readonly section: string;
  /** The key within the section. */
  readonly key: string;
  /** The value, as text (amounts `1234.50`, rates `0.2500`). */
  readonly value: string;
  /** What the value is. */
  readonly kind: ColumnKind;
}

/**
 * The file-active report as indicator rows, in the order of the CSV and the workbook.
 *
 * @example
 * fileActiveRows(fileActiveReport)[0] // { section: 'periode', key: 'du', value: '2026-01-01', kind: 'date' }
 */
export function fileActiveRows(r: FileActiveReport): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const add = (section: string, key: string, value: string, kind: ColumnKind) =>
    rows.push({ section, key, value, kind });
  const payeeName = (p: Payee) => `${p.idType} ${p.id}${p.name ? ` ${p.name}` : ''}`;
  add('periode', 'du', r.from, 'date');
  add('periode', 'au', r.to, 'date');
  add('parcours', 'total', String(r.paths.total), 'count');
  add('parcours', 'evalues', String(r.paths.evaluated), 'count');
  add('parcours', 'exclus', String(r.paths.excluded), 'count');
  for (const [k, v] of Object.entries(r.paths.excludedByReason)) add('parcours_exclus', k, String(v), 'count');
  for (const v of r.typeVersions) add('type_version', `${v.id} ${v.version} ${v.status}`, String(v.paths), 'count');
  for (const x of r.reinclusions)
    add('reinclusion_trop_tot', `ligne ${x.line} ${x.ref}`, `${x.previousLine} ${x.end} ${x.allowedFrom}`, 'text');
  for (const [k, v] of Object.entries(r.sequences.byStatus)) add('sequences_statut', k, String(v), 'count');
  add('sequences', 'taux_completion', r.sequences.completionRate, 'rate');
  for (const [k, v] of Object.entries(r.sequences.notBilledByReason))
    add('sequences_non_facturees', k, String(v), 'count');
  add('sorties', 'total', String(r.dropOut.exits), 'count');
  add('sorties', 'abandons', String(r.dropOut.dropOuts), 'count');
  add('sorties', 'taux_abandon', r.dropOut.rate, 'rate');
  add('montants', 'sequences_facturees', String(r.amounts.billedSequences), 'count');
  for (const k of ['forfait', 'amo', 'amc', 'patient'] as const) add('montants', k, r.amounts[k], 'money');
  for (const l of r.amounts.byPayee) add('montant_beneficiaire', payeeName(l.payee), l.amount, 'money');
  for (const mo of r.amounts.byMonth) {
    for (const k of ['forfait', 'amo', 'amc', 'patient'] as const) add(`montants_${mo.month}`, k, mo[k], 'money');
    for (const l of mo.byPayee) add(`montants_${mo.month}`, l.payee.replace(':', ' '), l.amount, 'money');
  }
  for (const m of r.prestations.byMember)
    add('prestations_membre', `${m.member} (${m.profession})`, String(m.count), 'count');
  for (const p of r.prestations.byProfession) add('prestations_profession', p.profession, String(p.count), 'count');
  return rows;
}

/**
 * The file-active report as a French CSV with three columns, `rubrique;cle;valeur` (UTF-8 with BOM, `;`, decimal
 * comma), one indicator per row.
 *
 * @example
 * fs.writeFileSync('pilotage.csv', fileActiveCsv(report));
 */
export function fileActiveCsv(r: FileActiveReport): string {
  const decimal = (x: IndicatorRow) => (x.kind === 'money' || x.kind === 'rate' ? frenchDecimal(x.value) : x.value);
  return frenchCsv([['rubrique', 'cle', 'valeur'], ...fileActiveRows(r).map((x) => [x.section, x.key, decimal(x)])]);
}

/**
 * The issue that says best why a path was excluded: its first error, else its first issue.
 *
 * @example
 * firstIssue({ line: 2, reason: 'BLOCKED', issues: [] }) // undefined
 */
export function firstIssue(x: ExcludedPath): ExcludedPath['issues'][number] | undefined {
  return x.issues.find((i) => i.severity === 'error') ?? x.issues[0];
}

/**
 * The file-active report as a short text for a person, in `lang`.
 *
 * @example
 * const acc = fileActive({ project, types: type, from: '2026-01-01', to: '2026-12-31' }); acc.add(pathJsonOf());
 * formatFileActive(acc.report(), 'en').split('\n')[0] // 'Active caseload from 2026-01-01 to 2026-12-31'
 */
export function formatFileActive(r: FileActiveReport, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const w = m.fileActive;
  const pct = (rate: string) => w.percent({ value: decimalText(new Dec(rate).times(100), 1, true) }, f);
  const pairs = (o: Readonly<Record<string, number>>, label: (k: string) => string = (k) => k) =>
    Object.entries(o)
      .map(([k, v]) => `${label(k)} ${v}`)
      .join(', ');
  const a = r.amounts;
  const payee = (l: (typeof a.byPayee)[number]) =>
    `${l.payee.idType} ${l.payee.id}${l.payee.name ? ` ${l.payee.name}` : ''}`;
  const lines = [
    w.title({ from: r.from, to: r.to }, f),
    `  ${w.paths({ total: r.paths.total, evaluated: r.paths.evaluated, excluded: r.paths.excluded, byReason: pairs(r.paths.excludedByReason) }, f)}`,
    ...r.typeVersions.map(
      (v) =>
        `  ${w.typeVersion({ type: v.id, version: v.version, status: v.status, official: v.status === 'official', paths: v.paths }, f)}`,
    ),
    `  ${w.sequences({ byStatus: pairs(r.sequences.byStatus, (k) => m.sequenceStatus[k as SequenceStatus]), completion: pct(r.sequences.completionRate) }, f)}`,
    `  ${w.exits({ exits: r.dropOut.exits, dropOuts: r.dropOut.dropOuts, rate: pct(r.dropOut.rate) }, f)}`,
    `  ${w.billed({ count: a.billedSequences, forfait: a.forfait, amo: a.amo, amc: a.amc, patient: a.patient }, f)}`,
    ...a.byPayee.map((l) => `    ${payee(l).padEnd(56)} ${f.money(l.amount).padStart(14)}`),
    `  ${w.byProfession({ list: r.prestations.byProfession.map((p) => `${p.profession} ${p.count}`).join(', ') }, f)}`,
  ];
  for (const x of r.reinclusions) lines.push(`  ${w.reinclusion(x, f)}`);
  // The first 20 excluded paths the report lists; the others (beyond them or beyond the report's cap) are counted.
  const shown = r.excludedPaths.slice(0, 20);
  for (const x of shown) {
    const first = firstIssue(x);
    lines.push(
      `  ${w.excludedPath({ line: x.line, ...(x.ref !== undefined ? { ref: x.ref } : {}), reason: w.pathExclusions[x.reason], message: first?.message ?? '', code: first?.code ?? '' }, f)}`,
    );
  }
  const more = r.paths.excluded - shown.length;
  if (more > 0) lines.push(`  ${w.moreExcluded({ count: more }, f)}`);
  return lines.join('\n');
}
