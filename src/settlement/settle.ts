import type { Lang } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/make-issue';
import { formatCents, type Cents } from '../money/decimal';
import type { DistributionKey } from '../documents/distribution-key';
import type { ParcoursType, SequenceDef } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject, TeamMember } from '../documents/project';
import type { PathReport, SequenceReport } from '../validation/report-types';
import { validatePath, type EvaluationOptions } from '../validation/validate-path';
import { applyKey } from './apply-key';
import { forfaitFor } from './forfait-amount';
import { splitPayers } from './payer-split';
import { resolveBeneficiary } from './payees';
import type { ExcludedSequence, SequenceSettlement, Settlement, Share } from './settlement-types';
import { totalsOf, type SequenceCents } from './totals';
import { TraceBuilder } from './trace';
import type { CountedPrestation } from './weights-rule';

const EXCLUDED: Record<ExcludedSequence['reason'], Record<Lang, string>> = {
  BLOCKED: { fr: 'parcours bloqué par une erreur (voir les constats)', en: 'path blocked by an error (see the issues)' },
  NOT_ENDED: { fr: 'séquence ni complète ni terminée à cette date', en: 'séquence neither completed nor ended on this date' },
  NOT_STARTED: { fr: 'séquence jamais commencée (sortie avant son début)', en: 'séquence never started (exit before it began)' },
  NO_KEY: { fr: 'aucune clé de répartition pour cette séquence', en: 'no distribution key for this séquence' },
  NOTHING_DUE: { fr: 'rien n\u2019est dû selon la règle de sortie incomplète', en: 'nothing is due under the incomplete policy' },
};

/**
 * The key that applies to a séquence: the projet's for it, the projet's default, then the type's.
 *
 * @example
 * keyFor('S1', project, type)?.source // 'projet, clé par défaut'
 */
export function keyFor(seq: string, project: ParcoursProject, type: ParcoursType): { key: DistributionKey; source: string } | undefined {
  const p = project.distribution;
  const t = type.distribution;
  if (p.bySequence?.[seq]) return { key: p.bySequence[seq], source: `projet, séquence ${seq}` };
  if (p.default) return { key: p.default, source: 'projet, clé par défaut' };
  if (t?.bySequence?.[seq]) return { key: t.bySequence[seq], source: `type, séquence ${seq}` };
  if (t?.default) return { key: t.default, source: 'type, clé par défaut' };
  return undefined;
}

/**
 * Settles one patient's path on `asOf`: for each séquence that is billable (completed, or ended incomplete and
 * paid under its policy), the forfait, the AMO / AMC / patient split and each beneficiary's share, with a trace
 * that redoes every amount. Shares always sum to the forfait and the payer parts too, to the cent. An invalid
 * prestation is left out and said so; a path-level error makes nothing billable. Never throws.
 *
 * @example
 * const s = settle(type, project, path, { asOf: '2026-12-15' });
 * for (const q of s.sequences) console.log(q.sequence, q.forfait.amount, q.payers, q.shares.map((x) => x.amount));
 */
export function settle(type: ParcoursType, project: ParcoursProject, path: PatientPath, options: EvaluationOptions): Settlement {
  const report = validatePath(type, project, path, options);
  const lang: Lang = options?.lang === 'en' ? 'en' : 'fr';
  try {
    return settleReport(type, project, path, report, lang);
  } catch {
    const issue = makeIssue('INPUT_NOT_PARSED', 'input', [], {}, lang);
    return emptySettlement(report, report.issues.concat(issue), []);
  }
}

/** The counted prestations of each séquence, in one pass over the report. */
function countedBySequence(report: PathReport): Map<string, CountedPrestation[]> {
  const out = new Map<string, CountedPrestation[]>();
  for (const p of report.prestations) {
    if (!p.counted || p.sequence === undefined) continue;
    const list = out.get(p.sequence) ?? [];
    if (list.length === 0) out.set(p.sequence, list);
    list.push(p); // the report's line has the member, code and minutes the key reads: no copy
  }
  return out;
}

function emptySettlement(report: PathReport, issues: Settlement['issues'], excluded: ExcludedSequence[]): Settlement {
  return {
    asOf: report.asOf,
    type: report.type,
    patientRef: report.patientRef,
    sequences: [],
    excluded,
    totals: totalsOf([]),
    issues,
  };
}

/**
 * Settles from a report already computed by `validatePath` for the same documents and date (saves validating twice).
 *
 * @example
 * const report = validatePath(type, project, path, { asOf }); const s = settleReport(type, project, path, report, 'fr');
 */
export function settleReport(type: ParcoursType, project: ParcoursProject, path: PatientPath, report: PathReport, lang: Lang): Settlement {
  const sink = issueSink('path', lang);
  const exclude = (seq: SequenceReport, reason: ExcludedSequence['reason']): ExcludedSequence => ({ sequence: seq.id, status: seq.status, reason, message: EXCLUDED[reason][lang] });
  if (report.blocked) {
    sink.add('SETTLEMENT_BLOCKED', []);
    return emptySettlement(report, report.issues.concat(sink.issues), report.sequences.map((s) => exclude(s, 'BLOCKED')));
  }
  const team = new Map<string, TeamMember>();
  for (const m of project.team) team.set(m.id, m);
  const counted = countedBySequence(report);
  const billed: SequenceSettlement[] = [];
  const billedCents: SequenceCents[] = [];
  const excluded: ExcludedSequence[] = [];
  for (let i = 0; i < type.sequences.length; i++) {
    const def = type.sequences[i] as SequenceDef;
    const seq = report.sequences[i] as SequenceReport;
    if (seq.status === 'not-started') {
      excluded.push(exclude(seq, 'NOT_STARTED'));
      continue;
    }
    if (seq.status !== 'completed' && seq.status !== 'incomplete') {
      excluded.push(exclude(seq, 'NOT_ENDED'));
      continue;
    }
    const chosen = keyFor(def.id, project, type);
    if (!chosen) {
      excluded.push(exclude(seq, 'NO_KEY'));
      continue;
    }
    const settled = settleSequence(type, project, path, def, seq, chosen, team, counted.get(def.id) ?? [], sink, lang);
    if (!settled) {
      excluded.push(exclude(seq, 'NOTHING_DUE'));
      continue;
    }
    billed.push(settled.settlement);
    billedCents.push(settled.cents);
  }
  return {
    asOf: report.asOf,
    type: report.type,
    patientRef: report.patientRef,
    sequences: billed,
    excluded,
    totals: totalsOf(billedCents),
    issues: report.issues.concat(sink.issues),
  };
}

function settleSequence(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  def: SequenceDef,
  seq: SequenceReport,
  chosen: { key: DistributionKey; source: string },
  team: ReadonlyMap<string, TeamMember>,
  counted: readonly CountedPrestation[],
  sink: ReturnType<typeof issueSink>,
  lang: Lang,
): { settlement: SequenceSettlement; cents: SequenceCents } | undefined {
  const trace = new TraceBuilder(lang);
  const { breakdown, cents } = forfaitFor(type, def, seq, path, trace);
  if (cents === 0) return undefined;
  const payers = splitPayers(cents, type.participation, path, trace);
  trace.add('KEY_SOURCE', { source: chosen.source });
  const ledger = applyKey(chosen.key, cents, project.team, counted, def.id, sink, trace);
  let sum: Cents = 0;
  const shares: Share[] = [];
  const shareCents: SequenceCents['shares'][number][] = [];
  for (const { key, parts } of ledger.entries()) {
    let total = 0;
    const written: Share['parts'][number][] = [];
    for (const p of parts) {
      total += p.cents;
      written.push({ basis: p.basis, amount: formatCents(p.cents) });
    }
    sum += total;
    const { beneficiary, payee } = resolveBeneficiary(key, project, team);
    shares.push({ beneficiary, payee, amount: formatCents(total), parts: written });
    shareCents.push({ beneficiary, payee, cents: total });
  }
  trace.add('CHECK', { sum: trace.eur(sum), amount: trace.eur(cents) }, sum);
  return {
    settlement: {
      sequence: def.id,
      status: seq.status as 'completed' | 'incomplete',
      billableOn: seq.completedOn ?? seq.endedOn ?? seq.deadline,
      forfait: breakdown,
      payers: payers.split,
      shares,
      trace: trace.steps,
    },
    cents: { forfait: cents, amo: payers.cents.amo, amc: payers.cents.amc, patient: payers.cents.patient, shares: shareCents },
  };
}
