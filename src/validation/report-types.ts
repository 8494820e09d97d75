import type { IsoDate } from '../dates/iso-date';
import type { PrestationStatus, Profession, RuleStatus, SequenceStatus } from '../domain/vocabulary';
import type { ExitReason } from '../documents/patient-path';
import type { Issue } from '../issues/issue';

export type { SequenceStatus } from '../domain/vocabulary';

/** One requirement of a séquence with its counts. */
export interface RequirementReport {
  /** Position in the séquence's `requirements`. */
  readonly index: number;
  /** The prestation codes that count for it. */
  readonly codes: readonly string[];
  /** True for a requirement that counts every intervention (`any`). */
  readonly any?: true;
  /** The requirement's label, from the type. */
  readonly label?: string;
  /** How many the séquence needs. */
  readonly min: number;
  /** How many count at most. */
  readonly max?: number;
  /** How many were counted (never above `max`). */
  readonly done: number;
  /** How many are still needed to reach `min` (0 when met). */
  readonly missing: number;
  /** First day on which a prestation counts for it, when its window starts after the séquence start. */
  readonly dueFrom?: IsoDate;
  /** Last day on which a prestation still counts for it (window end, séquence deadline or exit). */
  readonly dueBy: IsoDate;
  /** True when `missing > 0` and `dueBy` is before the evaluation date. */
  readonly overdue: boolean;
}

/** One séquence of the path. */
export interface SequenceReport {
  /** The séquence's id; an occurrence of a recurring séquence is `ID.1`, `ID.2`… */
  readonly id: string;
  /** For an occurrence of a recurring séquence: the séquence's id in the type. */
  readonly of?: string;
  /** For an occurrence of a recurring séquence: its number, from 1. */
  readonly occurrence?: number;
  /** Its label, from the type. */
  readonly label?: string;
  /** Where it stands on the evaluation date. */
  readonly status: SequenceStatus;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day (inclusive), extended by renewals for the séquence that ends with the parcours. */
  readonly deadline: IsoDate;
  /** When the séquence was extended: its deadline without the extension. */
  readonly nominalDeadline?: IsoDate;
  /** Date on which the last minimum was met. */
  readonly completedOn?: IsoDate;
  /** Date on which an incomplete séquence ended (exit, or its deadline). */
  readonly endedOn?: IsoDate;
  /** Each requirement with its counts, in the type's order. */
  readonly requirements: readonly RequirementReport[];
  /** Number of prestations counted in the séquence (capped by each requirement's maximum). */
  readonly counted: number;
  /** Ids of the counted prestations, in date order. */
  readonly countedIds: readonly string[];
  /** When the type requires a service attestation signed by the patient: the day it was (absent: not yet). */
  readonly attestation?: {
    /** The day the attestation was signed, on or after the séquence's end. */
    readonly signedOn?: IsoDate;
  };
}

/** One recorded prestation as the engine read it. */
export interface PrestationReport {
  /** Position in the input's `prestations` array. */
  readonly index: number;
  /** The record's id. */
  readonly id: string;
  /** The prestation's code. */
  readonly code: string;
  /** The day it was performed. */
  readonly date: IsoDate;
  /** The id of the team member who performed it. */
  readonly member: string;
  /** The member's profession, when the member is in the team. */
  readonly profession?: Profession;
  /** Its duration in minutes, as recorded. */
  readonly minutes?: number;
  /** As recorded: only `done` counts. */
  readonly status: PrestationStatus;
  /** The séquence it counts in, when counted. */
  readonly sequence?: string;
  /** The index of the requirement it counts for, when counted. */
  readonly requirement?: number;
  /** True when it counts toward a requirement. */
  readonly counted: boolean;
  /** Codes of the issues raised on this prestation. */
  readonly issueCodes: readonly string[];
}

/** Everything `validatePath` found about one patient's path on the evaluation date. */
export interface PathReport {
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The type version the path was judged on. */
  readonly type: TypeVersion;
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The patient's profile, as recorded. */
  readonly profile?: string;
  /** Age at inclusion, in completed years. */
  readonly ageAtInclusion: number;
  /** The inclusion date. */
  readonly inclusion: IsoDate;
  /** The exit, as recorded. */
  readonly exit?: {
    /** The day the patient left. */
    readonly date: IsoDate;
    /** Why. */
    readonly reason: ExitReason;
  };
  /** Last day of the parcours (inclusion + duration, extended by renewals). */
  readonly parcoursEnd: IsoDate;
  /** Date on which the projet is deemed accepted (sent to the ARS + 2 months), absent when opposed. */
  readonly projectAcceptedOn?: IsoDate;
  /** True when a path-level error (type not in force, not eligible, projet opposed…) forbids any billing. */
  readonly blocked: boolean;
  /** Each séquence, in the type's order. */
  readonly sequences: readonly SequenceReport[];
  /** Each recorded prestation, in canonical order (date, id, then content). */
  readonly prestations: readonly PrestationReport[];
  /** Every issue found, path-level first, then prestation by prestation. */
  readonly issues: readonly Issue[];
}

/**
 * The version of a parcours type a path was judged on. Its three fields are empty texts in the report of arguments
 * that could not be read at all (`INPUT_NOT_PARSED`, `OPTION_INVALID`).
 */
export interface TypeVersion {
  /** The type's id. */
  readonly id: string;
  /** The version's id. */
  readonly version: string;
  /** `official`, `draft` or `illustrative`: a draft or illustrative type's amounts are not the law's. */
  readonly status: RuleStatus | '';
}
