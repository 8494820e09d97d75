import type { ParcoursProject, TeamMember } from '../documents/project';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ExclusionReason } from '../domain/vocabulary';
import { parsedDocuments } from '../documents/parse';
import { internalError } from '../issues/internal-error';
import { langOf, optionOf, type Lang } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/issue-sink';
import type { PathReport, SequenceReport } from '../validation/report-types';
import { validatePath, type EvaluationOptions } from '../validation/validate-path';
import type { CountedPrestation } from './key-rules/key-context';
import { keyFor, type ChosenKey } from '../validation/key-choice';
import { billableDate, settleSequence } from './settle-sequence';
import { writeSettlement, type SequenceCents, type SettlementCents } from './settlement-cents';
import type { ExcludedSequence, Settlement } from './settlement-types';

/** Options of {@link settle}. */
export interface SettleOptions extends EvaluationOptions {
  /** The report `validatePath` gave for the same documents and date, when it is already at hand (not validated twice). */
  readonly report?: PathReport;
}

/**
 * Settles one patient's path on `asOf`: for each séquence that is billable (completed, or ended incomplete and
 * paid under its policy), the forfait, the AMO / AMC / patient split and each beneficiary's share, with a trace
 * that redoes every amount (as data: `traceStepText` renders it). Shares always sum to the forfait and the payer
 * parts too, to the cent. An invalid prestation is left out and said so; a path-level error makes nothing billable.
 * A type that is not `official` (a draft, an illustration) gets TYPE_NOT_OFFICIAL: its euros are not the law's.
 * Never throws.
 *
 * @example
 * settle(type, project, path, { asOf: '2027-06-15' }).totals.forfait // '1061.40'
 */
export function settle(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  options: SettleOptions,
): Settlement {
  return writeSettlement(settleInCents(type, project, path, options));
}

/**
 * {@link settle} before its amounts are written: every amount in integer cents, for the callers that add them up
 * (the file active); `writeSettlement` turns it into the `Settlement`.
 *
 * @example
 * settleInCents(type, project, path, { asOf: '2027-06-15' }).sequences[0].forfait.amount // 106140
 */
export function settleInCents(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  options: SettleOptions,
): SettlementCents {
  const lang = langOf(options);
  const given = optionOf(options, 'report') as PathReport | undefined;
  // Documents the parse functions refuse are said so up front (validatePath reports INPUT_NOT_PARSED), not caught.
  const documents = parsedDocuments(type, project, path);
  if (documents === undefined) {
    const report = given ?? validatePath(type, project, path, options);
    const issue = makeIssue('INPUT_NOT_PARSED', { document: 'input', path: [], params: {}, lang });
    return emptySettlement(report, given === undefined ? report.issues : report.issues.concat(issue), []);
  }
  const report = given ?? validatePath(documents.type, documents.project, documents.path, options);
  try {
    return settleReport({ ...documents, report, lang });
  } catch (e) {
    return emptySettlement(report, report.issues.concat(internalError('settle', e, lang)), []);
  }
}

/**
 * The counted prestations of each séquence, in one pass over the report. A counted line names its séquence (the
 * report's lines are counted exactly when placed); one that would not is filed under undefined, which no séquence
 * id reads.
 */
function countedBySequence(report: PathReport): Map<string | undefined, CountedPrestation[]> {
  const out = new Map<string | undefined, CountedPrestation[]>();
  for (const p of report.prestations) {
    if (!p.counted) continue;
    const list = out.get(p.sequence);
    if (list) list.push(p);
    else out.set(p.sequence, [p]);
  }
  return out;
}

function emptySettlement(
  report: PathReport,
  issues: Settlement['issues'],
  excluded: ExcludedSequence[],
): SettlementCents {
  return { asOf: report.asOf, type: report.type, patientRef: report.patientRef, sequences: [], excluded, issues };
}

/** Why an ended séquence of the report is not billed before its amount is known, or undefined. */
function exclusionOf(seq: SequenceReport, chosen: ChosenKey | undefined): ExclusionReason | undefined {
  if (seq.status === 'not-started') return 'NOT_STARTED';
  if (seq.status !== 'completed' && seq.status !== 'incomplete') return 'NOT_ENDED';
  return chosen === undefined ? 'NO_KEY' : undefined;
}

/** True when the séquence requires an attestation that the path has not recorded yet. */
const awaitingAttestation = (seq: SequenceReport): boolean =>
  seq.attestation !== undefined && seq.attestation.signedOn === undefined;

/** Settles from the report of the same documents and date. */
function settleReport(input: {
  type: ParcoursType;
  project: ParcoursProject;
  path: PatientPath;
  report: PathReport;
  lang: Lang;
}): SettlementCents {
  const { type, project, path, report, lang } = input;
  const sink = issueSink('path', lang);
  if (type.status !== 'official')
    sink.add('TYPE_NOT_OFFICIAL', ['status'], { type: type.id, version: type.version, status: type.status }, 'type');
  const exclude = (seq: SequenceReport, reason: ExclusionReason): ExcludedSequence => ({
    sequence: seq.id,
    status: seq.status,
    reason,
  });
  if (report.blocked) {
    sink.add('SETTLEMENT_BLOCKED', [], {});
    return emptySettlement(
      report,
      report.issues.concat(sink.issues),
      report.sequences.map((s) => exclude(s, 'BLOCKED')),
    );
  }
  const members = new Map<string, TeamMember>(project.team.map((m) => [m.id, m]));
  const counted = countedBySequence(report);
  const billed: SequenceCents[] = [];
  const excluded: ExcludedSequence[] = [];
  const defs = new Map(type.sequences.map((d) => [d.id, d]));
  for (const seq of report.sequences) {
    const def = defs.get(seq.of ?? seq.id);
    if (def === undefined) continue;
    const chosen = keyFor(def.id, project, type, billableDate(seq));
    const reason = exclusionOf(seq, chosen);
    // The séquence's own issues (a coverage gap, a scaled-down key) count only when it is billed.
    const own = issueSink('path', lang);
    // A séquence not ended is never settled (settleSequence gives undefined for it); one without a key cannot be.
    const settled =
      chosen === undefined
        ? undefined
        : settleSequence({
            type,
            def,
            path,
            seq,
            project,
            members,
            chosen,
            // Stryker disable next-line ArrayDeclaration: every reader of the counted lines (tiers' of, weights, parts, unit rates) picks them by code or member, which a text in place of a line has not: it counts as no line
            counted: counted.get(seq.id) ?? [],
            sink: own,
          });
    if (settled === undefined) {
      excluded.push(exclude(seq, reason ?? 'NOTHING_DUE'));
      continue;
    }
    if (awaitingAttestation(seq)) {
      excluded.push(exclude(seq, 'AWAITING_ATTESTATION'));
      continue;
    }
    sink.addAll(own.issues);
    billed.push(settled);
  }
  return {
    asOf: report.asOf,
    type: report.type,
    patientRef: report.patientRef,
    sequences: billed,
    excluded,
    issues: report.issues.concat(sink.issues),
  };
}
