import type { IsoDate } from '../dates/iso-date';
import type { SequenceStatus } from '../domain/vocabulary';
import type { Issue } from '../issues/issue';

export type { SequenceStatus } from '../domain/vocabulary';

/** One requirement of a séquence with its counts. */
export interface RequirementReport {
  readonly index: number;
  readonly codes: readonly string[];
  readonly label?: string;
  readonly min: number;
  readonly max?: number;
  readonly done: number;
  /** How many are still needed to reach `min` (0 when met). */
  readonly missing: number;
  /** Last day on which a prestation still counts for it (window end, séquence deadline or exit). */
  readonly dueBy: IsoDate;
  /** True when `missing > 0` and `dueBy` is before the evaluation date. */
  readonly overdue: boolean;
}

/** One séquence of the path. */
export interface SequenceReport {
  readonly id: string;
  readonly label?: string;
  readonly status: SequenceStatus;
  readonly start: IsoDate;
  readonly deadline: IsoDate;
  /** Date on which the last minimum was met. */
  readonly completedOn?: IsoDate;
  /** Date on which an incomplete séquence ended (exit, or its deadline). */
  readonly endedOn?: IsoDate;
  readonly requirements: readonly RequirementReport[];
  /** Number of prestations counted in the séquence (capped by each requirement's maximum). */
  readonly counted: number;
  /** Ids of the counted prestations, in date order. */
  readonly countedIds: readonly string[];
}

/** One recorded prestation as the engine read it. */
export interface PrestationReport {
  /** Position in the input's `prestations` array. */
  readonly index: number;
  readonly id: string;
  readonly code: string;
  readonly date: IsoDate;
  readonly member: string;
  readonly profession?: string;
  readonly minutes?: number;
  readonly status: 'done' | 'cancelled' | 'missed';
  readonly sequence?: string;
  readonly requirement?: number;
  readonly counted: boolean;
  /** Codes of the issues raised on this prestation. */
  readonly issueCodes: readonly string[];
}

/** Everything `validatePath` found about one patient's path on the evaluation date. */
export interface PathReport {
  readonly asOf: IsoDate;
  readonly type: { readonly id: string; readonly version: string; readonly status: string };
  readonly patientRef: string;
  readonly profile?: string;
  readonly ageAtInclusion: number;
  readonly inclusion: IsoDate;
  readonly exit?: { readonly date: IsoDate; readonly reason: string };
  /** Last day of the parcours (inclusion + duration, extended by renewals). */
  readonly parcoursEnd: IsoDate;
  /** Date on which the projet is deemed accepted (sent to the ARS + 2 months), absent when opposed. */
  readonly projectAcceptedOn?: IsoDate;
  /** True when a path-level error (type not in force, not eligible, projet opposed…) forbids any billing. */
  readonly blocked: boolean;
  readonly sequences: readonly SequenceReport[];
  readonly prestations: readonly PrestationReport[];
  readonly issues: readonly Issue[];
}
