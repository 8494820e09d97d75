import { addDays, addMonths, ageOn, daysBetween, type IsoDate } from '../dates/calendar';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { ParcoursProject } from '../documents/project';
import { checkDistribution } from '../documents/key-checks';
import type { IssueSink } from '../issues/issue-sink';
import { keyFor } from './key-choice';
import type { TypeIndex } from './type-index';

/** Path-level errors: the issue-code table's `blocking` codes. */
export { BLOCKING_CODES } from '../domain/issue-codes';

/** Months after the sending to the ARS at which a projet without opposition is deemed accepted (L.162-62 II CSS). */
export const ARS_SILENCE_MONTHS = 2;

/**
 * Date on which a projet is deemed accepted: sent to the ARS + 2 months, unless the ARS opposed it.
 *
 * @example
 * projectAcceptedOn({ sentToArs: '2025-12-31' }) // '2026-02-28'
 */
export function projectAcceptedOn(project: Pick<ParcoursProject, 'sentToArs' | 'opposition'>): IsoDate | undefined {
  return project.opposition ? undefined : addMonths(project.sentToArs, ARS_SILENCE_MONTHS);
}

/**
 * Checks that the three documents fit together: the projet implements this type, the type is in force on the
 * inclusion date, the structure may coordinate it, the team's professions and the keys (the projet's and its avenants')
 * match the type, and every séquence has a key under each distribution.
 *
 * @example
 * const sink = issueSink('path', 'fr'); checkDocumentsFit({ type, project, path: { ...path, inclusion: { date: '2026-01-05' } }, index: typeIndex(type) }, sink);
 * sink.issues.map((i) => i.code) // ['TYPE_NOT_IN_FORCE'] — before the type's validFrom
 */
export function checkDocumentsFit(
  documents: { type: ParcoursType; project: ParcoursProject; path: PatientPath; index: TypeIndex },
  sink: IssueSink,
): void {
  const { type, project, path, index } = documents;
  if (project.parcoursType !== type.id)
    sink.add('PROJECT_TYPE_MISMATCH', ['parcoursType'], { expected: project.parcoursType, actual: type.id }, 'project');
  if (path.parcoursType !== type.id)
    sink.add('PROJECT_TYPE_MISMATCH', ['parcoursType'], { expected: path.parcoursType, actual: type.id }, 'path');
  const inclusion = path.inclusion.date;
  // Out of force before validFrom, or after validTo when the type has one.
  if (inclusion < type.validFrom || inclusion > (type.validTo ?? inclusion)) {
    const range = { type: type.id, version: type.version, date: inclusion, from: type.validFrom };
    sink.add(
      'TYPE_NOT_IN_FORCE',
      ['inclusion', 'date'],
      type.validTo !== undefined ? { ...range, to: type.validTo } : range,
    );
  }
  if (type.coordinators && !type.coordinators.includes(project.structure.category)) {
    sink.add('STRUCTURE_NOT_ALLOWED', ['structure', 'category'], { category: project.structure.category }, 'project');
  }
  const { professions, prestationCodes, sequenceIds, partIds } = index;
  project.team.forEach((m, i) => {
    if (!professions.has(m.profession))
      sink.add(
        'MEMBER_PROFESSION_NOT_IN_TYPE',
        ['team', i, 'profession'],
        { member: m.id, profession: m.profession },
        'project',
      );
  });
  const known = { professions, prestations: prestationCodes, sequences: sequenceIds, parts: partIds };
  checkDistribution(project.distribution, ['distribution'], { known, sink, document: 'project' });
  for (const seq of type.sequences)
    if (keyFor(seq.id, project, type) === undefined)
      sink.add('KEY_MISSING', ['distribution'], { sequence: seq.id }, 'project');
  // Each avenant's distribution, from its date: the same checks, at its own path.
  // Stryker disable next-line ArrayDeclaration: an element without a distribution is skipped, like no element
  (project.avenants ?? []).forEach((a, i) => {
    if (a.distribution === undefined) return;
    const at = ['avenants', i, 'distribution'];
    checkDistribution(a.distribution, at, { known, sink, document: 'project' });
    for (const seq of type.sequences)
      if (keyFor(seq.id, { ...project, distribution: a.distribution }, type) === undefined)
        sink.add('KEY_MISSING', at, { sequence: seq.id }, 'project');
  });
}

/**
 * Checks the projet's acceptance on the inclusion date: a path included before the projet is deemed accepted, or under
 * an opposed projet, is not financed (L.162-62 II, R.162-137 CSS) and blocks billing.
 *
 * @example
 * const sink = issueSink('path', 'fr'); checkProjectAcceptance({ ...project, sentToArs: '2026-05-01' }, path, sink);
 * sink.issues.map((i) => i.code) // ['PROJECT_NOT_ACCEPTED'] — included before 2026-07-01
 */
export function checkProjectAcceptance(project: ParcoursProject, path: PatientPath, sink: IssueSink): void {
  if (project.opposition) {
    sink.add('PROJECT_OPPOSED', ['opposition', 'date'], { date: project.opposition.date }, 'project');
    return;
  }
  const accepted = projectAcceptedOn(project) as IsoDate;
  if (path.inclusion.date < accepted)
    sink.add('PROJECT_NOT_ACCEPTED', ['inclusion', 'date'], { date: path.inclusion.date, accepted });
}

/**
 * Checks the patient's eligibility at inclusion (age bounds, profile) and the coherence of inclusion, exit and
 * birth dates. Returns the age in completed years at inclusion.
 *
 * @example
 * checkEligibility(type, path, '2026-12-15', issueSink('path', 'fr')) // 54
 */
export function checkEligibility(type: ParcoursType, path: PatientPath, asOf: IsoDate, sink: IssueSink): number {
  const inclusion = path.inclusion.date;
  const birth = path.patient.birthDate;
  let age = 0;
  if (birth > inclusion) sink.add('PATIENT_BORN_AFTER_INCLUSION', ['patient', 'birthDate'], {});
  else {
    age = ageOn(birth, inclusion);
    const { minAge, maxAge } = type.eligibility;
    // Stryker disable next-line ConditionalExpression: a number compared with undefined is false
    if (minAge !== undefined && age < minAge)
      sink.add('PATIENT_TOO_YOUNG', ['patient', 'birthDate'], { age, min: minAge });
    // Stryker disable next-line ConditionalExpression: a number compared with undefined is false
    if (maxAge !== undefined && age > maxAge)
      sink.add('PATIENT_TOO_OLD', ['patient', 'birthDate'], { age, max: maxAge });
  }
  const profiles = type.eligibility.profiles ?? [];
  const allowed = () => (profiles.length > 0 ? profiles.map((p) => p.id).join(', ') : '—');
  if (profiles.length > 0 && path.profile === undefined)
    sink.add('PROFILE_REQUIRED', ['profile'], { allowed: allowed() });
  if (path.profile !== undefined && !profiles.some((p) => p.id === path.profile))
    sink.add('PROFILE_UNKNOWN', ['profile'], { profile: path.profile, allowed: allowed() });
  if (path.exit && path.exit.date < inclusion) sink.add('EXIT_BEFORE_INCLUSION', ['exit', 'date'], {});
  if (inclusion > asOf) sink.add('INCLUSION_AFTER_AS_OF', ['inclusion', 'date'], { date: inclusion, asOf });
  return age;
}

/** Calendar days within which an avenant is sent after it takes effect (R.162-131 to R.162-137 CSS). */
export const AVENANT_DAYS = 7;

/**
 * Checks the projet's avenants against its team: an avenant sent more than 7 calendar days after its date
 * (AVENANT_LATE; exactly 7 is on time, no `sentOn` no warning); a team change without an avenant for it, one warning
 * per change (TEAM_CHANGE_WITHOUT_AVENANT): a `from` after `sentToArs` needs an avenant dated that day, a `to` one
 * dated on it or the day after.
 *
 * @example
 * const sink = issueSink('path', 'fr'); checkAvenants({ ...project, avenants: [{ id: 'AV-1', date: '2027-06-01', sentOn: '2027-06-09' }] }, sink);
 * sink.issues.map((i) => i.code) // ['AVENANT_LATE']
 */
export function checkAvenants(project: ParcoursProject, sink: IssueSink): void {
  // Stryker disable next-line ArrayDeclaration: an element without sentOn nor date is skipped, like no element
  const avenants = project.avenants ?? [];
  avenants.forEach((a, i) => {
    // Late when sent after the last day on time, compared as ISO texts (that day is kept: few avenant dates); the
    // count of days is worked out only for the warning.
    if (a.sentOn === undefined || a.sentOn <= addDays(a.date, AVENANT_DAYS)) return;
    sink.add(
      'AVENANT_LATE',
      ['avenants', i, 'sentOn'],
      { avenant: a.id, date: a.date, sentOn: a.sentOn, days: daysBetween(a.date, a.sentOn) },
      'project',
    );
  });
  const dated = new Set(avenants.map((a) => a.date));
  project.team.forEach((m, i) => {
    // Stryker disable next-line ConditionalExpression: undefined compared with a date is false
    if (m.from !== undefined && m.from > project.sentToArs && !dated.has(m.from))
      sink.add(
        'TEAM_CHANGE_WITHOUT_AVENANT',
        ['team', i, 'from'],
        { member: m.id, change: 'from', date: m.from },
        'project',
      );
    if (m.to !== undefined && !dated.has(m.to) && !dated.has(addDays(m.to, 1)))
      sink.add('TEAM_CHANGE_WITHOUT_AVENANT', ['team', i, 'to'], { member: m.id, change: 'to', date: m.to }, 'project');
  });
}
