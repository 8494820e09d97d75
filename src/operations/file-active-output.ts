import type { Lang } from '../issues/issue';
import { Dec, decimalText, toCents } from '../money/decimal';
import { euros, num } from '../settlement/trace';
import type { FileActiveReport } from './file-active';
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
  rows.push(['parcours', 'total', String(r.paths.total)], ['parcours', 'evalues', String(r.paths.evaluated)], ['parcours', 'exclus', String(r.paths.excluded)]);
  for (const [k, v] of Object.entries(r.paths.excludedByReason)) rows.push(['parcours_exclus', k, String(v)]);
  for (const [k, v] of Object.entries(r.sequences.byStatus)) rows.push(['sequences_statut', k, String(v)]);
  rows.push(['sequences', 'taux_completion', frenchDecimal(r.sequences.completionRate)]);
  for (const [k, v] of Object.entries(r.sequences.notBilledByReason)) rows.push(['sequences_non_facturees', k, String(v)]);
  rows.push(['sorties', 'total', String(r.dropOut.exits)], ['sorties', 'abandons', String(r.dropOut.dropOuts)], ['sorties', 'taux_abandon', frenchDecimal(r.dropOut.rate)]);
  rows.push(['montants', 'sequences_facturees', String(r.amounts.billedSequences)]);
  for (const k of ['forfait', 'amo', 'amc', 'patient'] as const) rows.push(['montants', k, frenchDecimal(r.amounts[k])]);
  for (const l of r.amounts.byPayee) rows.push(['montant_beneficiaire', `${l.payee.idType} ${l.payee.id}${l.payee.name ? ` ${l.payee.name}` : ''}`, frenchDecimal(l.amount)]);
  for (const m of r.prestations.byMember) rows.push(['prestations_membre', `${m.member} (${m.profession})`, String(m.count)]);
  for (const p of r.prestations.byProfession) rows.push(['prestations_profession', p.profession, String(p.count)]);
  return frenchCsv(rows);
}

/**
 * The file-active report as a short text for a person (French or English).
 *
 * @example
 * console.log(formatFileActive(report, 'fr'));
 */
export function formatFileActive(r: FileActiveReport, lang: Lang = 'fr'): string {
  const fr = lang === 'fr';
  const e = (a: string) => euros(toCents(a), lang);
  const pct = (x: string) => `${num(decimalText(new Dec(x).times(100), 1, true), lang)} %`;
  const lines = [
    `${fr ? 'File active du' : 'File active from'} ${r.from} ${fr ? 'au' : 'to'} ${r.to}`,
    `  ${fr ? 'parcours' : 'paths'} : ${r.paths.total} — ${fr ? 'évalués' : 'evaluated'} ${r.paths.evaluated}, ${fr ? 'exclus' : 'excluded'} ${r.paths.excluded}${Object.keys(r.paths.excludedByReason).length ? ` (${Object.entries(r.paths.excludedByReason).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`,
    `  ${fr ? 'séquences' : 'séquences'} : ${Object.entries(r.sequences.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')} — ${fr ? 'complétion' : 'completion'} ${pct(r.sequences.completionRate)}`,
    `  ${fr ? 'sorties' : 'exits'} : ${r.dropOut.exits}, ${fr ? 'abandons' : 'drop-outs'} ${r.dropOut.dropOuts} (${pct(r.dropOut.rate)})`,
    `  ${fr ? 'facturé sur la période' : 'billed in the period'} : ${r.amounts.billedSequences} ${fr ? 'séquences' : 'séquences'}, ${e(r.amounts.forfait)} = AMO ${e(r.amounts.amo)} + AMC ${e(r.amounts.amc)} + patient ${e(r.amounts.patient)}`,
    ...r.amounts.byPayee.map((l) => `    ${`${l.payee.idType} ${l.payee.id}${l.payee.name ? ` ${l.payee.name}` : ''}`.padEnd(56)} ${e(l.amount).padStart(14)}`),
    `  ${fr ? 'prestations comptées par profession' : 'counted prestations by profession'} : ${r.prestations.byProfession.map((p) => `${p.profession} ${p.count}`).join(', ') || '—'}`,
  ];
  for (const x of r.excludedPaths.slice(0, 20)) lines.push(`  ${fr ? 'exclu' : 'excluded'} ${fr ? 'ligne' : 'line'} ${x.line}${x.ref ? ` ${x.ref}` : ''} : ${x.reason} — ${x.issues.map((i) => i.code).join(', ')}`);
  if (r.excludedPaths.length > 20) lines.push(`  … ${r.excludedPaths.length - 20} ${fr ? 'autres exclus' : 'more excluded'}`);
  return lines.join('\n');
}
