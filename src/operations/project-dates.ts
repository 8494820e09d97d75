import { addDays, addMonths, type IsoDate } from '../dates/calendar';
import type { ParcoursProject } from '../documents/project';
import { AVENANT_DAYS, projectAcceptedOn } from '../validation/frame-checks';

/** Days within which a change to the projet must be the object of an avenant (R.162-131 to R.162-137 CSS). */
export { AVENANT_DAYS };
/** Months of a formal notice after a non-conformity, before forfait payment ends. */
export const FORMAL_NOTICE_MONTHS = 6;

/** The dates that follow from a projet's life. */
export interface ProjectDates {
  /** The day the projet was sent to the ARS. */
  readonly sentToArs: IsoDate;
  /** Sent + 2 months when the ARS did not object; absent when it did. */
  readonly deemedAcceptedOn?: IsoDate;
  /** The day the ARS opposed it. */
  readonly opposedOn?: IsoDate;
  /** Last day to send each of the projet's avenants, by date. */
  readonly avenantsDue: readonly {
    /** The avenant's id. */
    readonly avenant: string;
    /** The day the projet changed (the avenant's date). */
    readonly changedOn: IsoDate;
    /** The last day to send it (its date + 7 days). */
    readonly dueBy: IsoDate;
    /** The day it was sent, when recorded. */
    readonly sentOn?: IsoDate;
  }[];
  /** Last day of the formal notice, when one was given. */
  readonly formalNoticeEndsOn?: IsoDate;
}

/**
 * The projet's dates: deemed accepted on sent + 2 months unless opposed (L.162-62 II CSS), each of its avenants to
 * send within 7 days of its date, and the end of a 6-month formal notice.
 *
 * @example
 * projectDates({ ...project, avenants: [{ id: 'AV-1', date: '2026-04-28' }] }, { formalNotice: '2026-08-31' })
 * // { avenantsDue: [{ avenant: 'AV-1', changedOn: '2026-04-28', dueBy: '2026-05-05' }], formalNoticeEndsOn: '2027-02-28', … }
 */
export function projectDates(
  project: Pick<ParcoursProject, 'sentToArs' | 'opposition' | 'avenants'>,
  events: { readonly formalNotice?: IsoDate } = {},
): ProjectDates {
  const accepted = projectAcceptedOn(project);
  return {
    sentToArs: project.sentToArs,
    ...(accepted !== undefined ? { deemedAcceptedOn: accepted } : {}),
    ...(project.opposition ? { opposedOn: project.opposition.date } : {}),
    avenantsDue: [...(project.avenants ?? [])]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((a) => ({
        avenant: a.id,
        changedOn: a.date,
        dueBy: addDays(a.date, AVENANT_DAYS),
        ...(a.sentOn !== undefined ? { sentOn: a.sentOn } : {}),
      })),
    ...(events.formalNotice !== undefined
      ? { formalNoticeEndsOn: addMonths(events.formalNotice, FORMAL_NOTICE_MONTHS) }
      : {}),
  };
}
