import type { Lang } from '../issues/issue';
import type { PathReport, SequenceStatus } from '../validation/report-types';

const STATUS: Record<Lang, Record<SequenceStatus, string>> = {
  fr: { pending: 'à venir', 'in-progress': 'en cours', completed: 'complète', incomplete: 'incomplète', 'not-started': 'non commencée' },
  en: { pending: 'pending', 'in-progress': 'in progress', completed: 'completed', incomplete: 'incomplete', 'not-started': 'not started' },
};

const WORDS = {
  fr: {
    path: 'Parcours', type: 'type', asOf: 'au', inclusion: 'inclusion', end: 'fin', exit: 'sortie', blocked: 'BLOQUÉ : aucune facturation possible',
    seq: 'Séquence', from: 'du', to: 'au', completedOn: 'complète le', endedOn: 'terminée le', still: 'reste', by: 'avant le',
    overdue: 'EN RETARD', issues: 'Constats', none: 'aucun', prestations: 'prestations comptées :', error: 'erreur', warning: 'alerte',
  },
  en: {
    path: 'Path', type: 'type', asOf: 'as of', inclusion: 'inclusion', end: 'end', exit: 'exit', blocked: 'BLOCKED: nothing can be billed',
    seq: 'Séquence', from: 'from', to: 'to', completedOn: 'completed on', endedOn: 'ended on', still: 'still', by: 'by',
    overdue: 'OVERDUE', issues: 'Findings', none: 'none', prestations: 'prestations counted:', error: 'error', warning: 'warning',
  },
} as const;

/**
 * Renders a path report as plain text for a person: one block per séquence with its counts and what is still
 * due, then every issue with its path.
 *
 * @example
 * console.log(formatReport(validatePath(type, project, path, { asOf: '2026-12-15' }), 'fr'));
 */
export function formatReport(report: PathReport, lang: Lang = 'fr'): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  lines.push(`${w.path} ${report.patientRef} — ${w.type} ${report.type.id} ${report.type.version} (${report.type.status}) — ${w.asOf} ${report.asOf}`);
  const exit = report.exit ? ` · ${w.exit} ${report.exit.date} (${report.exit.reason})` : '';
  lines.push(`  ${w.inclusion} ${report.inclusion} · ${w.end} ${report.parcoursEnd}${exit}${report.profile ? ` · profil ${report.profile}` : ''}`);
  if (report.blocked) lines.push(`  ${w.blocked}`);
  for (const s of report.sequences) {
    const when = s.completedOn ? ` · ${w.completedOn} ${s.completedOn}` : s.endedOn ? ` · ${w.endedOn} ${s.endedOn}` : '';
    lines.push('');
    lines.push(`${w.seq} ${s.id}${s.label ? ` (${s.label})` : ''} — ${STATUS[lang][s.status]} — ${w.from} ${s.start} ${w.to} ${s.deadline}${when}`);
    for (const r of s.requirements) {
      const range = r.max !== undefined ? `${r.min}–${r.max}` : `≥ ${r.min}`;
      const due = r.missing > 0 ? ` · ${w.still} ${r.missing} ${w.by} ${r.dueBy}${r.overdue ? ` ${w.overdue}` : ''}` : ' ✓';
      lines.push(`  ${r.codes.join(' | ').padEnd(28)} ${String(r.done).padStart(3)} / ${range}${due}`);
    }
    lines.push(`  ${w.prestations} ${s.counted}`);
  }
  lines.push('');
  lines.push(`${w.issues} (${report.issues.length}) :`.replace(' :', lang === 'fr' ? ' :' : ':'));
  if (report.issues.length === 0) lines.push(`  ${w.none}`);
  for (const i of report.issues) {
    lines.push(`  [${i.severity === 'error' ? w.error : w.warning}] ${i.code} @ ${i.document}:${i.path.join('.')} — ${i.message}`);
  }
  return lines.join('\n');
}
