import type { IsoDate } from '../dates/iso-date';
import { byText } from '../domain/text-order';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath, PrestationRecord } from '../documents/patient-path';
import type { ParcoursProject, TeamMember } from '../documents/project';
import type { IssueSink } from '../issues/issue-sink';
import { checkPrestation, type PrestationContext, type Raise } from './prestation-checks';
import type { PrestationReport } from './report-types';
import { findRequirement, findSequence, type Placement } from './sequence-placement';
import { count, emptyTally, type SequenceTally } from './sequence-tally';
import type { Timeline } from './timeline';
import type { TypeIndex } from './type-index';

/** Orders two prestations by date, then id, then the rest of their content (minutes compared as text). */
function compareRecords(a: PrestationRecord, b: PrestationRecord): number {
  return (
    byText(a.date, b.date) ||
    byText(a.id, b.id) ||
    byText(a.code, b.code) ||
    byText(a.member, b.member) ||
    byText(a.status, b.status) ||
    byText(String(a.minutes ?? ''), String(b.minutes ?? '')) ||
    byText(a.sequence ?? '', b.sequence ?? '')
  );
}

/**
 * The report line of one prestation, in PrestationReport's key order. Every line has every key (an absent optional
 * field is `undefined`, which JSON leaves out): the lines of a report share one shape.
 */
function reportLine(index: number, p: PrestationRecord, checked: Checked): PrestationReport {
  const { member, placed, issueCodes } = checked;
  return {
    index,
    id: p.id,
    code: p.code,
    date: p.date,
    member: p.member,
    profession: member?.profession,
    minutes: p.minutes,
    status: p.status,
    sequence: placed?.window.id,
    requirement: placed?.requirements[0],
    counted: placed !== null,
    issueCodes,
  };
}

/** What checking one prestation found: its team member, where it counts (or null), the codes raised. */
interface Checked {
  readonly member: TeamMember | undefined;
  readonly placed: Placement | null;
  readonly issueCodes: string[];
}

/** What assigning a path's prestations needs: the documents, the path's dates, the evaluation date, the sink. */
export interface Assignment {
  readonly type: ParcoursType;
  readonly project: ParcoursProject;
  readonly path: PatientPath;
  readonly timeline: Timeline;
  readonly asOf: IsoDate;
  readonly index: TypeIndex;
  readonly sink: IssueSink;
}

/**
 * Reads every recorded prestation in canonical order (date, id, then content: input order never matters), raises
 * its issues, assigns it to a séquence and a requirement and counts it, up to each requirement's maximum. A duplicate
 * id is never counted; cancelled and missed prestations are listed but never counted.
 *
 * @example
 * const sink = issueSink('path', 'fr'); const timeline = buildTimeline(type, path, sink);
 * assignPrestations({ type, project, path, timeline, asOf: '2027-06-15', index: typeIndex(type), sink }).tallies.get('S1')?.done // [13, 1, 1]
 */
export function assignPrestations(a: Assignment): {
  prestations: PrestationReport[];
  tallies: Map<string, SequenceTally>;
} {
  const { type, project, path, timeline, sink } = a;
  const tallies = new Map<string, SequenceTally>(timeline.sequences.map((w) => [w.id, emptyTally(w.def, w)]));
  const ctx: PrestationContext = {
    type,
    path,
    timeline,
    asOf: a.asOf,
    prestationsByCode: a.index.prestationsByCode,
    members: new Map(project.team.map((m) => [m.id, m])),
    tallies,
  };
  const seenIds = new Set<string>();
  const prestations: PrestationReport[] = [];
  const records = path.prestations;
  // Canonical order: the indices of the records, by date, id, then content.
  const order = records
    .map((_, i) => i)
    .sort((i, j) => compareRecords(records[i] as PrestationRecord, records[j] as PrestationRecord));
  // One raise for the whole path, on the prestation being read.
  let index = 0;
  // Set to a new list before each prestation is read.
  let codes: string[];
  const raise: Raise = (code, field, params) => {
    codes.push(code);
    sink.add(code, field === null ? ['prestations', index] : ['prestations', index, field], params);
  };
  for (const i of order) {
    index = i;
    codes = [];
    const p = records[index] as PrestationRecord;
    const member = ctx.members.get(p.member);
    let placed: Placement | null = null;
    if (seenIds.has(p.id)) raise('PRESTATION_DUPLICATE_ID', 'id', { id: p.id });
    else placed = place(ctx, p, member, raise);
    seenIds.add(p.id);
    if (placed) count(placed.window.def, placed.tally, placed.requirements, p);
    prestations.push(reportLine(index, p, { member, placed, issueCodes: codes }));
  }
  return { prestations, tallies };
}

/** Checks one prestation (its id not seen before); returns where it counts, or null with the reasons raised. */
function place(
  ctx: PrestationContext,
  p: PrestationRecord,
  member: TeamMember | undefined,
  raise: Raise,
): Placement | null {
  if (p.status !== 'done' || !checkPrestation(ctx, p, member, raise)) return null;
  const seqIndex = findSequence(ctx, p, raise);
  // Stryker disable next-line ConditionalExpression: findRequirement gives null for -1 too
  return seqIndex < 0 ? null : findRequirement(ctx, p, seqIndex, raise);
}
