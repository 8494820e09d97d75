import type { Lang } from '../domain/vocabulary';
import { outputMessagesFor } from '../messages/output-render';
import { issueMessage } from '../messages/render';
import type { PathReport } from '../validation/report-types';

/**
 * Renders a path report as plain text for a person, in `lang`: one block per séquence with its counts and what is
 * still due, then every issue with its path. The words are the message modules'.
 *
 * @example
 * formatReport(validatePath(type, project, path, { asOf: '2027-06-15' }), 'en').split('\n')[0] // 'Pathway PAT-0001 — type obesite-complexe-adulte 2026-03 (draft, amounts not official) — as of 2027-06-15'
 */
export function formatReport(report: PathReport, lang: Lang = 'fr'): string {
  const { m, f } = outputMessagesFor(lang);
  const r = m.report;
  const lines: string[] = [
    r.header(
      {
        ref: report.patientRef,
        type: report.type.id,
        version: report.type.version,
        status: report.type.status,
        official: report.type.status === 'official',
        asOf: report.asOf,
      },
      f,
    ),
  ];
  const exit = report.exit ? { exit: report.exit.date, exitReason: report.exit.reason } : {};
  lines.push(
    `  ${r.frame({ inclusion: report.inclusion, end: report.parcoursEnd, ...exit, ...(report.profile !== undefined ? { profile: report.profile } : {}) }, f)}`,
  );
  if (report.blocked) lines.push(`  ${r.blocked}`);
  for (const s of report.sequences) {
    const when =
      s.completedOn !== undefined
        ? { completedOn: s.completedOn }
        : s.endedOn !== undefined
          ? { endedOn: s.endedOn }
          : {};
    lines.push(
      '',
      r.sequence(
        {
          id: s.id,
          ...(s.label !== undefined ? { label: s.label } : {}),
          status: m.sequenceStatus[s.status],
          start: s.start,
          deadline: s.deadline,
          ...when,
        },
        f,
      ),
    );
    const nameOf = (q: (typeof s.requirements)[number]) =>
      q.label ?? (q.any === true ? r.anyIntervention : q.codes.join(' | '));
    const width = Math.max(28, ...s.requirements.map((q) => nameOf(q).length));
    for (const q of s.requirements) {
      const range = q.max !== undefined ? `${q.min}–${q.max}` : `≥ ${q.min}`;
      const window = q.dueFrom !== undefined ? { dueFrom: q.dueFrom } : {};
      const due =
        q.missing > 0
          ? ` · ${r.missing({ missing: q.missing, ...window, dueBy: q.dueBy, overdue: q.overdue }, f)}`
          : ' ✓';
      lines.push(`  ${nameOf(q).padEnd(width)} ${String(q.done).padStart(3)} / ${range}${due}`);
    }
    const ended = s.status === 'completed' || s.status === 'incomplete';
    if (s.attestation !== undefined && (ended || s.attestation.signedOn !== undefined))
      lines.push(
        `  ${r.attestation(s.attestation.signedOn !== undefined ? { signedOn: s.attestation.signedOn } : {}, f)}`,
      );
    lines.push(`  ${r.counted({ count: s.counted }, f)}`);
  }
  lines.push('', r.findings({ count: report.issues.length }, f));
  if (report.issues.length === 0) lines.push(`  ${r.none}`);
  for (const i of report.issues)
    lines.push(
      `  [${m.severity[i.severity]}] ${i.code} @ ${i.document}:${i.path.join('.')} — ${issueMessage(i, lang)}`,
    );
  return lines.join('\n');
}
