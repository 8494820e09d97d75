import { addDays, type IsoDate } from '../dates/calendar';
import type { IssueCode } from '../issues/catalog';
import type { IssueParam } from '../issues/issue';
import type { IssueSink } from '../issues/make-issue';
import type { ParcoursType, PrestationDef, RequirementDef, SequenceDef } from '../documents/parcours-type';
import type { PatientPath, PrestationRecord } from '../documents/patient-path';
import type { ParcoursProject, TeamMember } from '../documents/project';
import type { PrestationReport } from './report-types';
import type { SequenceWindow, Timeline } from './timeline';
import type { Mutable } from '../domain/mutable';
import { byText } from '../domain/text-order';
import { typeIndex } from './type-index';

/** What the counting produced for one séquence. */
export interface SequenceTally {
  readonly done: number[];
  readonly countedIds: string[];
  /** Last counting day of each requirement (computed once per path). */
  readonly windowEnds: readonly IsoDate[];
  completedOn?: IsoDate;
}

/** The codes a requirement accepts. @example requirementCodes({ prestation: 'A', min: 1 }) // ['A'] */
export function requirementCodes(r: RequirementDef): readonly string[] {
  return r.prestation !== undefined ? [r.prestation] : (r.anyOf ?? []);
}

/** True when a requirement accepts a code (no list built). */
const accepts = (r: RequirementDef, code: string): boolean => (r.prestation !== undefined ? r.prestation === code : (r.anyOf?.includes(code) ?? false));

/** True when every requirement of a séquence has its minimum. */
function allMet(seq: SequenceDef, tally: SequenceTally): boolean {
  for (let i = 0; i < seq.requirements.length; i++) if ((tally.done[i] ?? 0) < (seq.requirements[i] as RequirementDef).min) return false;
  return true;
}

/** True when one of a séquence's requirements accepts a code. */
function expects(seq: SequenceDef, code: string): boolean {
  for (const r of seq.requirements) if (accepts(r, code)) return true;
  return false;
}

/**
 * Last day a prestation counts for a requirement: the window end, never past the séquence deadline.
 *
 * @example
 * requirementWindowEnd({ prestation: 'B', min: 1, withinDays: 15 }, '2026-01-31', '2026-02-28') // '2026-02-15'
 */
export function requirementWindowEnd(r: RequirementDef, start: IsoDate, deadline: IsoDate): IsoDate {
  if (r.withinDays === undefined) return deadline;
  const end = addDays(start, r.withinDays);
  return end < deadline ? end : deadline;
}

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

/** Canonical order of prestations (indices into the list), so that input order never matters. */
function canonicalOrder(list: readonly PrestationRecord[]): number[] {
  return list.map((_, i) => i).sort((i, j) => compareRecords(list[i] as PrestationRecord, list[j] as PrestationRecord));
}

interface Context {
  readonly type: ParcoursType;
  readonly path: PatientPath;
  readonly timeline: Timeline;
  readonly asOf: IsoDate;
  readonly prestationsByCode: ReadonlyMap<string, PrestationDef>;
  readonly members: ReadonlyMap<string, TeamMember>;
  readonly sink: IssueSink;
  readonly tallies: ReadonlyMap<string, SequenceTally>;
}

/**
 * Reads every recorded prestation in canonical order, raises its issues, assigns it to a séquence and a
 * requirement and counts it, up to each requirement's maximum. Cancelled and missed prestations are listed but
 * never counted.
 *
 * @example
 * const { prestations, tallies } = assignPrestations(type, project, path, timeline, '2026-11-22', sink);
 */
export function assignPrestations(
  type: ParcoursType,
  project: ParcoursProject,
  path: PatientPath,
  timeline: Timeline,
  asOf: IsoDate,
  sink: IssueSink,
): { prestations: PrestationReport[]; tallies: Map<string, SequenceTally> } {
  const tallies = new Map<string, SequenceTally>(
    type.sequences.map((s, i) => {
      const w = timeline.sequences[i] as SequenceWindow;
      return [s.id, { done: s.requirements.map(() => 0), countedIds: [], windowEnds: s.requirements.map((r) => requirementWindowEnd(r, w.start, w.deadline)) }];
    }),
  );
  const ctx: Context = {
    tallies,
    type,
    path,
    timeline,
    asOf,
    prestationsByCode: typeIndex(type).prestationsByCode,
    members: new Map(project.team.map((m) => [m.id, m])),
    sink,
  };
  const seenIds = new Set<string>();
  const prestations: PrestationReport[] = [];
  // One raiser for the whole path, pointed at the current prestation (no closure per prestation).
  const current = { index: 0, codes: [] as string[] };
  const raise: Raise = (code, field, params = {}) => {
    current.codes.push(code);
    sink.add(code, field === null ? ['prestations', current.index] : ['prestations', current.index, field], params);
  };
  for (const index of canonicalOrder(path.prestations)) {
    const p = path.prestations[index] as PrestationRecord;
    const codes: string[] = [];
    current.index = index;
    current.codes = codes;
    const member = ctx.members.get(p.member);
    const placed = place(ctx, p, seenIds, member, raise);
    seenIds.add(p.id);
    let counted = false;
    if (placed) {
      const tally = tallies.get(placed.seq.id) as SequenceTally;
      counted = true;
      tally.done[placed.req] = (tally.done[placed.req] ?? 0) + 1;
      tally.countedIds.push(p.id);
      if (!tally.completedOn && allMet(placed.seq, tally)) tally.completedOn = p.date;
    }
    prestations.push(reportLine(index, p, member, placed, counted, codes));
  }
  return { prestations, tallies };
}

/**
 * The report line of one prestation, in PrestationReport's key order. The common lines (known member, minutes
 * given) are built in one literal each, born with their final shape; the others get their optional fields one by one.
 */
function reportLine(index: number, p: PrestationRecord, member: TeamMember | undefined, placed: Placement | null, counted: boolean, issueCodes: string[]): PrestationReport {
  const { id, code, date, minutes, status } = p;
  if (member && minutes !== undefined) {
    const { profession } = member;
    return placed
      ? { index, id, code, date, member: p.member, profession, minutes, status, sequence: placed.seq.id, requirement: placed.req, counted, issueCodes }
      : { index, id, code, date, member: p.member, profession, minutes, status, counted, issueCodes };
  }
  const line: Mutable<PrestationReport> = { index, id, code, date, member: p.member } as Mutable<PrestationReport>;
  if (member) line.profession = member.profession;
  if (minutes !== undefined) line.minutes = minutes;
  line.status = status;
  if (placed) {
    line.sequence = placed.seq.id;
    line.requirement = placed.req;
  }
  line.counted = counted;
  line.issueCodes = issueCodes;
  return line;
}

/** Where a prestation counts: a séquence and the index of one of its requirements. */
interface Placement {
  readonly seq: SequenceDef;
  readonly req: number;
}

type Raise = (code: IssueCode, field: string | null, params?: Record<string, IssueParam>) => void;

/** Checks one prestation; returns where it counts, or null with the reasons raised. */
function place(
  ctx: Context,
  p: PrestationRecord,
  seenIds: ReadonlySet<string>,
  member: TeamMember | undefined,
  raise: Raise,
): Placement | null {
  if (seenIds.has(p.id)) {
    raise('PRESTATION_DUPLICATE_ID', 'id', { id: p.id });
    return null;
  }
  if (p.status !== 'done') return null;
  const def = ctx.prestationsByCode.get(p.code);
  let ok = true;
  if (!def) {
    raise('PRESTATION_UNKNOWN_CODE', 'code', { code: p.code });
    ok = false;
  }
  if (!member) {
    raise('PRESTATION_UNKNOWN_MEMBER', 'member', { member: p.member });
    ok = false;
  } else if (def && !(def.professions as readonly string[]).includes(member.profession)) {
    raise('PRESTATION_PROFESSION_NOT_ALLOWED', 'member', { code: p.code, profession: member.profession, allowed: def.professions.join(', ') });
    ok = false;
  }
  const { inclusion } = ctx.path;
  const exit = ctx.path.exit;
  if (p.date < inclusion.date) {
    raise('PRESTATION_BEFORE_INCLUSION', 'date', { date: p.date, inclusion: inclusion.date });
    ok = false;
  } else if (exit && p.date > exit.date) {
    raise('PRESTATION_AFTER_EXIT', 'date', { date: p.date, exit: exit.date });
    ok = false;
  } else if (p.date > ctx.asOf) {
    raise('PRESTATION_AFTER_AS_OF', 'date', { date: p.date, asOf: ctx.asOf });
    ok = false;
  } else if (p.date > ctx.timeline.parcoursEnd) {
    raise('PRESTATION_AFTER_DEADLINE', 'date', { date: p.date, deadline: ctx.timeline.parcoursEnd, scope: 'parcours' });
    ok = false;
  }
  if (def?.minMinutes !== undefined) {
    if (p.minutes === undefined) raise('PRESTATION_DURATION_MISSING', null, { min: def.minMinutes });
    else if (p.minutes < def.minMinutes) {
      raise('PRESTATION_TOO_SHORT', 'minutes', { minutes: p.minutes, min: def.minMinutes });
      ok = false;
    }
  }
  if (!ok) return null;
  const seqIndex = findSequence(ctx, p, raise);
  if (seqIndex < 0) return null;
  return findRequirement(ctx, p, seqIndex, raise);
}

function findSequence(ctx: Context, p: PrestationRecord, raise: Raise): number {
  const windows = ctx.timeline.sequences;
  if (p.sequence !== undefined) {
    const i = windows.findIndex((w) => w.id === p.sequence);
    const w = windows[i];
    if (!w) {
      raise('PRESTATION_UNKNOWN_SEQUENCE', 'sequence', { sequence: p.sequence });
      return -1;
    }
    if (p.date < w.start) {
      raise('PRESTATION_BEFORE_SEQUENCE', 'date', { date: p.date, sequence: w.id, start: w.start });
      return -1;
    }
    if (p.date > w.deadline) {
      raise('PRESTATION_AFTER_DEADLINE', 'date', { date: p.date, deadline: w.deadline, scope: `séquence ${w.id}` });
      return -1;
    }
    return i;
  }
  // Séquences may run in parallel (several start at inclusion): prefer one that expects this code.
  let i = -1;
  for (let j = 0; j < windows.length; j++) {
    const w = windows[j] as SequenceWindow;
    if (p.date < w.start || p.date > w.deadline) continue;
    if (i < 0) i = j;
    if (expects(ctx.type.sequences[j] as SequenceDef, p.code)) {
      i = j;
      break;
    }
  }
  if (i < 0) {
    const last = windows[windows.length - 1];
    raise('PRESTATION_AFTER_DEADLINE', 'date', { date: p.date, deadline: last?.deadline ?? ctx.timeline.parcoursEnd, scope: `séquence ${last?.id ?? ''}` });
  }
  return i;
}

function findRequirement(ctx: Context, p: PrestationRecord, seqIndex: number, raise: Raise): Placement | null {
  const seq = ctx.type.sequences[seqIndex] as SequenceDef;
  const w = ctx.timeline.sequences[seqIndex] as Timeline['sequences'][number];
  const tally = ctx.tallies.get(seq.id) as SequenceTally;
  const ends = tally.windowEnds;
  // The first requirement that takes this code, is still open on its date and is not full.
  let candidate = -1;
  let inWindow = -1;
  for (let i = 0; i < seq.requirements.length; i++) {
    const r = seq.requirements[i] as RequirementDef;
    if (!accepts(r, p.code)) continue;
    if (candidate < 0) candidate = i;
    if (p.date > (ends[i] as IsoDate)) continue;
    if (inWindow < 0) inWindow = i;
    if (r.max === undefined || (tally.done[i] ?? 0) < r.max) return { seq, req: i };
  }
  if (candidate < 0) raise('PRESTATION_NOT_IN_SEQUENCE', 'code', { code: p.code, sequence: seq.id });
  else if (inWindow < 0) raise('PRESTATION_OUT_OF_WINDOW', 'date', { date: p.date, from: w.start, to: ends[candidate] as IsoDate });
  else raise('PRESTATION_OVER_MAX', null, { max: (seq.requirements[inWindow] as RequirementDef).max ?? 0, code: p.code, sequence: seq.id });
  return null;
}
