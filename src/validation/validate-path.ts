import type { IsoDate } from '../dates/calendar';
import { isIsoDate } from '../dates/calendar';
import type { Issue, Lang } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/make-issue';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { BLOCKING_CODES, checkDocumentsFit, checkEligibility, checkProjectAcceptance, projectAcceptedOn } from './frame-checks';
import { assignPrestations, type SequenceTally } from './prestation-assignment';
import type { PathReport } from './report-types';
import { sequenceReport } from './sequence-status';
import { buildTimeline, type SequenceWindow } from './timeline';
import type { Mutable } from '../domain/mutable';

/** Options of {@link validatePath} and `settle`. */
export interface EvaluationOptions {
  /** The evaluation date `YYYY-MM-DD`: what is known and due is judged on that day. Required, for reproducibility. */
  readonly asOf: IsoDate;
  /** Language of messages; French by default. */
  readonly lang?: Lang;
}

/**
 * Validates one patient's path against its parcours type and the structure's projet, on the date `asOf`.
 * Pure: never throws on the parsed documents, never mutates them, and gives the same report whatever the
 * order of prestations or team members and whatever the machine's time zone.
 *
 * @example
 * const report = validatePath(type, project, path, { asOf: '2026-11-22' });
 * for (const s of report.sequences) console.log(s.id, s.status, s.deadline);
 * for (const i of report.issues) console.log(i.code, i.path.join('.'), i.message);
 */
export function validatePath(type: ParcoursType, project: ParcoursProject, path: PatientPath, options: EvaluationOptions): PathReport {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'fr';
  if (!isIsoDate(options?.asOf)) {
    return unusableReport(makeIssue('OPTION_INVALID', 'input', ['asOf'], { option: 'asOf', expected: 'AAAA-MM-JJ' }, lang));
  }
  try {
    return evaluate(type, project, path, options.asOf, lang);
  } catch {
    return unusableReport(makeIssue('INPUT_NOT_PARSED', 'input', [], {}, lang), options.asOf);
  }
}

/** The report returned when the arguments cannot be evaluated at all: blocked, with the one issue that says why. */
function unusableReport(issue: Issue, asOf: IsoDate = ''): PathReport {
  return {
    asOf,
    type: { id: '', version: '', status: '' },
    patientRef: '',
    ageAtInclusion: 0,
    inclusion: '',
    parcoursEnd: '',
    blocked: true,
    sequences: [],
    prestations: [],
    issues: [issue],
  };
}

function evaluate(type: ParcoursType, project: ParcoursProject, path: PatientPath, asOf: IsoDate, lang: Lang): PathReport {
  const sink = issueSink('path', lang);
  checkDocumentsFit(type, project, path, sink);
  checkProjectAcceptance(project, path, sink);
  const ageAtInclusion = checkEligibility(type, path, asOf, sink);
  const timeline = buildTimeline(type, path, sink);
  const { prestations, tallies } = assignPrestations(type, project, path, timeline, asOf, sink);
  const sequences = type.sequences.map((def, i) =>
    sequenceReport(def, timeline.sequences[i] as SequenceWindow, tallies.get(def.id) as SequenceTally, path, asOf),
  );
  const acceptedOn = projectAcceptedOn(project);
  // Optional fields are set one by one (object spreads of conditional literals are slow in a hot loop); key order
  // stays that of PathReport.
  const report: Mutable<PathReport> = { asOf, type: { id: type.id, version: type.version, status: type.status }, patientRef: path.patient.ref } as Mutable<PathReport>;
  if (path.profile !== undefined) report.profile = path.profile;
  report.ageAtInclusion = ageAtInclusion;
  report.inclusion = path.inclusion.date;
  if (path.exit) report.exit = { date: path.exit.date, reason: path.exit.reason };
  report.parcoursEnd = timeline.parcoursEnd;
  if (acceptedOn !== undefined) report.projectAcceptedOn = acceptedOn;
  let blocked = false;
  for (const i of sink.issues) if (BLOCKING_CODES.has(i.code as never)) blocked = true;
  report.blocked = blocked;
  report.sequences = sequences;
  report.prestations = prestations;
  report.issues = sink.issues;
  return report;
}
