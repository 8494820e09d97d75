import { isIsoDate, type IsoDate } from '../dates/calendar';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { parsedDocuments } from '../documents/parse';
import { internalError } from '../issues/internal-error';
import { langOf, optionOf, type Issue, type Lang } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/issue-sink';
import {
  BLOCKING_CODES,
  checkAvenants,
  checkDocumentsFit,
  checkEligibility,
  checkProjectAcceptance,
  projectAcceptedOn,
} from './frame-checks';
import { assignPrestations } from './prestation-assignment';
import type { PathReport } from './report-types';
import type { SequenceTally } from './sequence-tally';
import { sequenceReport } from './sequence-status';
import { checkAttestationTargets, checkCoverage, checkReinclusion } from './path-records';
import { buildTimeline } from './timeline';
import { typeIndex } from './type-index';

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
 * validatePath(type, project, path, { asOf: '2027-06-15' }).sequences.map((s) => s.status) // ['completed', 'in-progress']
 */
export function validatePath(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  options: EvaluationOptions,
): PathReport {
  const lang = langOf(options);
  const asOf: unknown = optionOf(options, 'asOf');
  if (!isIsoDate(asOf))
    return unusableReport(
      makeIssue('OPTION_INVALID', {
        document: 'input',
        path: ['asOf'],
        params: { option: 'asOf', expected: 'date' },
        lang,
      }),
    );
  const documents = parsedDocuments(type, project, path);
  if (documents === undefined)
    return unusableReport(makeIssue('INPUT_NOT_PARSED', { document: 'input', path: [], params: {}, lang }), asOf);
  try {
    return evaluate({ ...documents, asOf, lang });
  } catch (e) {
    return unusableReport(internalError('validatePath', e, lang), asOf);
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

function evaluate(input: {
  type: ParcoursType;
  project: ParcoursProject;
  path: PatientPath;
  asOf: IsoDate;
  lang: Lang;
}): PathReport {
  const { type, project, path, asOf, lang } = input;
  const sink = issueSink('path', lang);
  const index = typeIndex(type);
  checkDocumentsFit({ type, project, path, index }, sink);
  checkProjectAcceptance(project, path, sink);
  checkAvenants(project, sink);
  const ageAtInclusion = checkEligibility(type, path, asOf, sink);
  checkReinclusion(type, path, sink);
  checkCoverage(path, sink);
  const timeline = buildTimeline(type, path, sink);
  checkAttestationTargets(path, timeline.sequences, sink);
  const { prestations, tallies } = assignPrestations({ type, project, path, timeline, asOf, index, sink });
  const { typeCodes } = index;
  const sequences = timeline.sequences.map((window) =>
    sequenceReport({ window, tally: tallies.get(window.id) as SequenceTally, path, asOf, typeCodes, sink }),
  );
  const acceptedOn = projectAcceptedOn(project);
  return {
    asOf,
    type: { id: type.id, version: type.version, status: type.status },
    patientRef: path.patient.ref,
    profile: path.profile,
    ageAtInclusion,
    inclusion: path.inclusion.date,
    exit: path.exit ? { date: path.exit.date, reason: path.exit.reason } : undefined,
    parcoursEnd: timeline.parcoursEnd,
    projectAcceptedOn: acceptedOn,
    blocked: sink.issues.some((i) => BLOCKING_CODES.has(i.code)),
    sequences,
    prestations,
    issues: sink.issues,
  };
}
