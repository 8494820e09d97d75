import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { Dec, decimalText } from '../money/decimal';
import type { FileActiveReport } from '../operations/file-active';
import type { SequenceStatus } from '../validation/report-types';
import { frenchCsv, frenchDecimal } from './french-csv';

/**
 * The file-active report as a French CSV with three columns, `rubrique;cle;valeur` (UTF-8 with BOM, `;`, decimal
 * comma), one indicator per row.
 *
 * @example
 * fs.writeFileSync('pilotage.csv', fileActiveCsv(report));
 */
export function fileActiveCsv(r: FileActiveReport): string {
  const rows: string[][] = [['rubrique', 'cle', 'valeur']];
  rows.push(['periode', 'du', r.from], ['periode', 'au', r.to]);
  rows.push(
    ['parcours', 'total', String(r.paths.total)],
    ['parcours', 'evalues', String(r.paths.evaluated)],
    ['parcours', 'exclus', String(r.paths.excluded)],
  );
  for (const [k, v] of Object.entries(r.paths.excludedByReason)) rows.push(['parcours_exclus', k, String(v)]);
  for (const v of r.typeVersions) rows.push(['type_version', `${v.id} ${v.version} ${v.status}`, String(v.paths)]);
  for (const x of r.reinclusions)
    rows.push(['reinclusion_trop_tot', `ligne ${x.line} ${x.ref}`, `${x.previousLine} ${x.end} ${x.allowedFrom}`]);
  for (const [k, v] of Object.entries(r.sequences.byStatus)) rows.push(['sequences_statut', k, String(v)]);
  rows.push(['sequences', 'taux_completion', frenchDecimal(r.sequences.completionRate)]);
  for (const [k, v] of Object.entries(r.sequences.notBilledByReason))
    rows.push(['sequences_non_facturees', k, String(v)]);
  rows.push(
    ['sorties', 'total', String(r.dropOut.exits)],
    ['sorties', 'abandons', String(r.dropOut.dropOuts)],
    ['sorties', 'taux_abandon', frenchDecimal(r.dropOut.rate)],
  );
  rows.push(['montants', 'sequences_facturees', String(r.amounts.billedSequences)]);
  for (const k of ['forfait', 'amo', 'amc', 'patient'] as const)
    rows.push(['montants', k, frenchDecimal(r.amounts[k])]);
  for (const l of r.amounts.byPayee)
    rows.push([
      'montant_beneficiaire',
      `${l.payee.idType} ${l.payee.id}${l.payee.name ? ` ${l.payee.name}` : ''}`,
      frenchDecimal(l.amount),
    ]);
  for (const m of r.prestations.byMember)
    rows.push(['prestations_membre', `${m.member} (${m.profession})`, String(m.count)]);
  for (const p of r.prestations.byProfession) rows.push(['prestations_profession', p.profession, String(p.count)]);
  return frenchCsv(rows);
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
  for (const x of r.excludedPaths.slice(0, 20)) {
    lines.push(
      `  ${w.excludedPath({ line: x.line, ...(x.ref !== undefined ? { ref: x.ref } : {}), reason: x.reason, codes: x.issues.map((i) => i.code).join(', ') }, f)}`,
    );
  }
  if (r.excludedPaths.length > 20) lines.push(`  ${w.moreExcluded({ count: r.excludedPaths.length - 20 }, f)}`);
  return lines.join('\n');
}
