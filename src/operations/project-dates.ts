import { addDays, addMonths, type IsoDate } from '../dates/calendar';
import type { ParcoursProject } from '../documents/project';
import { projectAcceptedOn } from '../validation/frame-checks';

/** Days within which a change to the projet must be the object of an avenant (R.162-131 to R.162-137 CSS). */
export const AVENANT_DAYS = 7;
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
  /** Last day to sign the avenant for each change given. */
  readonly avenantsDue: readonly {
    /** The day the projet changed. */
    readonly changedOn: IsoDate;
    /** The last day to sign its avenant. */
    readonly dueBy: IsoDate;
  }[];
  /** Last day of the formal notice, when one was given. */
  readonly formalNoticeEndsOn?: IsoDate;
}

/**
 * The projet's dates: deemed accepted on sent + 2 months unless opposed (L.162-62 II CSS), an avenant 7 days after
 * each change, and the end of a 6-month formal notice.
 *
 * @example
 * projectDates(project, { changes: ['2026-04-28'], formalNotice: '2026-08-31' })
 * // { deemedAcceptedOn: '2026-05-10', avenantsDue: [{ changedOn: '2026-04-28', dueBy: '2026-05-05' }], formalNoticeEndsOn: '2027-02-28', … }
 */
export function projectDates(
  project: Pick<ParcoursProject, 'sentToArs' | 'opposition'>,
  events: { readonly changes?: readonly IsoDate[]; readonly formalNotice?: IsoDate } = {},
): ProjectDates {
  const accepted = projectAcceptedOn(project);
  return {
    sentToArs: project.sentToArs,
    ...(accepted !== undefined ? { deemedAcceptedOn: accepted } : {}),
    ...(project.opposition ? { opposedOn: project.opposition.date } : {}),
    avenantsDue: [...(events.changes ?? [])]
      .sort()
      .map((changedOn) => ({ changedOn, dueBy: addDays(changedOn, AVENANT_DAYS) })),
    ...(events.formalNotice !== undefined
      ? { formalNoticeEndsOn: addMonths(events.formalNotice, FORMAL_NOTICE_MONTHS) }
      : {}),
  };
}
