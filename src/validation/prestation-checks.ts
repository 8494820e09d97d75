import type { IsoDate } from '../dates/iso-date';
import type { IssueCode, IssueParams } from '../domain/issue-codes';
import type { ParcoursType, PrestationDef } from '../documents/parcours-type';
import type { PatientPath, PrestationRecord } from '../documents/patient-path';
import type { TeamMember } from '../documents/project';
import type { SequenceTally } from './sequence-tally';
import type { Timeline } from './timeline';

/** Raises an issue on the prestation being read, at one of its fields (null: the prestation itself). */
export type Raise = <C extends IssueCode>(code: C, field: string | null, params: IssueParams[C]) => void;

/** What checking a path's prestations reads. */
export interface PrestationContext {
  readonly type: ParcoursType;
  readonly path: PatientPath;
  readonly timeline: Timeline;
  readonly asOf: IsoDate;
  readonly prestationsByCode: ReadonlyMap<string, PrestationDef>;
  readonly members: ReadonlyMap<string, TeamMember>;
  readonly tallies: ReadonlyMap<string, SequenceTally>;
}

/**
 * The checks of one done prestation that do not depend on its séquence: a known code, a known member whose profession
 * may perform it and who is in the team on its date, a date within the inclusion, the exit, `asOf` and the end of the parcours, and its minimum duration
 * (a missing duration is only a warning). Returns true when none of them refuses it; each refusal is raised.
 *
 * @example
 * const { ctx, raise, raised } = examplePrestationContext();
 * checkPrestation(ctx, { id: 'p1', code: 'SEANCE_DIET', date: '2026-06-15', member: 'diet-leroy', minutes: 20, status: 'done' }, team.get('diet-leroy'), raise) // false
 * raised // ['PRESTATION_TOO_SHORT']
 */
export function checkPrestation(
  ctx: PrestationContext,
  p: PrestationRecord,
  member: TeamMember | undefined,
  raise: Raise,
): boolean {
  const def = ctx.prestationsByCode.get(p.code);
  let ok = true;
  if (!def) {
    raise('PRESTATION_UNKNOWN_CODE', 'code', { code: p.code });
    ok = false;
  }
  if (!member) {
    raise('PRESTATION_UNKNOWN_MEMBER', 'member', { member: p.member });
    ok = false;
  } else if (def && !def.professions.includes(member.profession)) {
    raise('PRESTATION_PROFESSION_NOT_ALLOWED', 'member', {
      code: p.code,
      profession: member.profession,
      allowed: def.professions.join(', '),
    });
    ok = false;
  }
  if (member && !inTeamOn(member, p.date)) {
    raise('PRESTATION_MEMBER_NOT_IN_TEAM', 'date', {
      member: member.id,
      date: p.date,
      from: member.from ?? '',
      to: member.to ?? '',
    });
    ok = false;
  }
  if (!checkDate(ctx, p, raise)) ok = false;
  if (def?.minMinutes !== undefined) {
    if (p.minutes === undefined) raise('PRESTATION_DURATION_MISSING', null, { min: def.minMinutes });
    else if (p.minutes < def.minMinutes) {
      raise('PRESTATION_TOO_SHORT', 'minutes', { minutes: p.minutes, min: def.minMinutes });
      ok = false;
    }
  }
  return ok;
}

/**
 * True when a team member is in the team on a day: on or after their `from`, on or before their `to` (both inclusive,
 * both optional).
 *
 * @example
 * inTeamOn({ from: '2027-06-01' }, '2027-05-31') // false
 * inTeamOn({ to: '2027-06-30' }, '2027-06-30') // true
 */
export function inTeamOn(member: Pick<TeamMember, 'from' | 'to'>, date: IsoDate): boolean {
  return (member.from === undefined || date >= member.from) && (member.to === undefined || date <= member.to);
}

/** A date within the inclusion, the exit, `asOf` and the end of the parcours (the first one crossed is raised). */
function checkDate(ctx: PrestationContext, p: PrestationRecord, raise: Raise): boolean {
  const { inclusion, exit } = ctx.path;
  if (p.date < inclusion.date)
    raise('PRESTATION_BEFORE_INCLUSION', 'date', { date: p.date, inclusion: inclusion.date });
  else if (exit && p.date > exit.date) raise('PRESTATION_AFTER_EXIT', 'date', { date: p.date, exit: exit.date });
  else if (p.date > ctx.asOf) raise('PRESTATION_AFTER_AS_OF', 'date', { date: p.date, asOf: ctx.asOf });
  else if (p.date > ctx.timeline.parcoursEnd)
    raise('PRESTATION_AFTER_DEADLINE', 'date', { date: p.date, deadline: ctx.timeline.parcoursEnd, scope: 'parcours' });
  else return true;
  return false;
}
