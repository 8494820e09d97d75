import type { IdentifierKind, IdentifierReason, Severity } from './vocabulary';
import type { IsoDate } from '../dates/iso-date';

/** A JSON type as SCHEMA_INVALID_TYPE names it; `int` is a whole number. */
export type JsonTypeName =
  | 'string'
  | 'number'
  | 'int'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'undefined'
  | 'bigint'
  | 'symbol'
  | 'function';

/** Where a prestation came too late: after the end of the parcours, or after its séquence's deadline. */
export type DeadlineScope =
  | {
      /** After the end of the parcours. */
      readonly scope: 'parcours';
    }
  | {
      /** After the deadline of the séquence `sequence`. */
      readonly scope: 'sequence';
      /** The séquence's id. */
      readonly sequence: string;
    };

/**
 * The parameters of each issue code: what its message shows, kept with the issue so that it can be rendered again in
 * another language. A public contract: codes are added, never renamed or reused, and a parameter is never removed.
 * An unknown code, a missing or misspelt parameter is a type error wherever an issue is raised.
 */
export interface IssueParams {
  // ── Input shape
  INPUT_FORBIDDEN_KEY: { readonly key: string };
  INPUT_TOO_DEEP: { readonly max: number };
  INPUT_TOO_LARGE: { readonly max: number; readonly unit: 'elements' | 'keys' };
  INPUT_NOT_PLAIN: Record<string, never>;
  INPUT_NOT_PARSED: Record<string, never>;
  OPTION_INVALID: { readonly option: string; readonly expected: 'date' };
  INPUT_INVALID_JSON: Record<string, never>;
  SCHEMA_REQUIRED: Record<string, never>;
  SCHEMA_INVALID_TYPE: { readonly expected: string; readonly received: string };
  SCHEMA_UNKNOWN_KEY: { readonly key: string };
  SCHEMA_INVALID_VALUE: { readonly allowed: string };
  SCHEMA_TOO_SMALL: { readonly minimum: number };
  SCHEMA_TOO_BIG: { readonly maximum: number };
  SCHEMA_INVALID_FORMAT: { readonly format: string };
  INVALID_DATE: Record<string, never>;
  INVALID_AMOUNT: Record<string, never>;
  INVALID_DECIMAL: { readonly min: number; readonly max: number };
  // ── Identifiers
  IDENTIFIER_INVALID: { readonly kind: IdentifierKind; readonly reason: IdentifierReason };
  PATIENT_REF_IS_NIR: Record<string, never>;
  INPUT_TOO_MANY_ISSUES: { readonly shown: number; readonly more: number };
  // ── Parcours type (rule file)
  TYPE_DUPLICATE_ID: { readonly id: string };
  TYPE_UNKNOWN_PRESTATION: { readonly code: string };
  TYPE_UNKNOWN_PROFESSION: { readonly profession: string };
  TYPE_UNKNOWN_PROFILE: { readonly profile: string };
  TYPE_PROFILE_MISSING_AMOUNT: { readonly profile: string };
  TYPE_UNKNOWN_SEQUENCE: { readonly sequence: string };
  TYPE_SEQUENCE_ORDER: { readonly sequence: string };
  TYPE_INVALID_RANGE: { readonly low: string | number; readonly high: string | number };
  TYPE_REQUIREMENT_TARGET: Record<string, never>;
  TYPE_FORFAIT_AMOUNT: Record<string, never>;
  TYPE_TIERS_ORDER: Record<string, never>;
  TYPE_SEQUENCES_EXCEED_DURATION: { readonly months: number; readonly duration: number };
  TYPE_WINDOW_EXCEEDS_SEQUENCE: { readonly days: number; readonly months: number };
  TYPE_WINDOW_BEYOND_SEQUENCE: { readonly toMonths: number; readonly months: number };
  TYPE_WINDOW_AFTER_SEQUENCE: { readonly fromMonths: number; readonly months: number };
  TYPE_REQUIREMENT_WINDOW: Record<string, never>;
  TYPE_RECURRING_CONFLICT: { readonly sequence: string };
  // ── Rule catalog
  CATALOG_DUPLICATE_VERSION: { readonly type: string; readonly version: string; readonly files: string };
  CATALOG_OVERLAPPING_VERSIONS: { readonly type: string; readonly a: string; readonly b: string };
  CATALOG_UNKNOWN_TYPE: { readonly type: string };
  CATALOG_NO_VERSION_IN_FORCE: { readonly type: string; readonly date: IsoDate };
  // ── Projet de parcours
  PROJECT_DUPLICATE_MEMBER: { readonly member: string };
  PROJECT_MEMBER_NO_IDENTIFIER: { readonly member: string };
  PROJECT_STRUCTURE_NO_IDENTIFIER: Record<string, never>;
  PROJECT_OPPOSITION_BEFORE_SENT: Record<string, never>;
  KEY_UNKNOWN_MEMBER: { readonly member: string };
  KEY_RULE_ORDER: { readonly kind: string };
  KEY_RULE_INCOMPLETE: Record<string, never>;
  KEY_UNKNOWN_SEQUENCE: { readonly sequence: string };
  KEY_UNKNOWN_PRESTATION: { readonly code: string };
  KEY_MISSING: { readonly sequence: string };
  KEY_UNKNOWN_PART: { readonly part: string };
  // ── Path validation: the frame
  PROJECT_TYPE_MISMATCH: { readonly expected: string; readonly actual: string };
  TYPE_NOT_IN_FORCE: {
    readonly type: string;
    readonly version: string;
    readonly date: IsoDate;
    readonly from: IsoDate;
    readonly to?: IsoDate;
  };
  STRUCTURE_NOT_ALLOWED: { readonly category: string };
  MEMBER_PROFESSION_NOT_IN_TYPE: { readonly member: string; readonly profession: string };
  PROJECT_OPPOSED: { readonly date: IsoDate };
  PROJECT_NOT_ACCEPTED: { readonly date: IsoDate; readonly accepted: IsoDate };
  PATIENT_TOO_YOUNG: { readonly age: number; readonly min: number };
  PATIENT_TOO_OLD: { readonly age: number; readonly max: number };
  PATIENT_BORN_AFTER_INCLUSION: Record<string, never>;
  PROFILE_REQUIRED: { readonly allowed: string };
  PROFILE_UNKNOWN: { readonly profile: string; readonly allowed: string };
  EXIT_BEFORE_INCLUSION: Record<string, never>;
  INCLUSION_AFTER_AS_OF: { readonly date: IsoDate; readonly asOf: IsoDate };
  RENEWAL_NOT_ALLOWED: { readonly max: number };
  RENEWAL_OUT_OF_PERIOD: { readonly date: IsoDate; readonly start: IsoDate; readonly end: IsoDate };
  REINCLUSION_TOO_SOON: { readonly end: IsoDate; readonly allowedFrom: IsoDate; readonly months: number };
  COVERAGE_PERIOD_INVALID: { readonly from: IsoDate; readonly to: IsoDate };
  COVERAGE_OVERLAP: { readonly date: IsoDate };
  EXTENSION_NOT_ALLOWED: { readonly sequence: string };
  EXTENSION_DUPLICATE: { readonly sequence: string };
  EXTENSION_TOO_EARLY: { readonly date: IsoDate; readonly start: IsoDate; readonly sequence: string };
  EXTENSION_TOO_LATE: { readonly date: IsoDate; readonly deadline: IsoDate; readonly sequence: string };
  EXTENSION_TOO_LONG: { readonly months: number; readonly max: number; readonly sequence: string };
  ATTESTATION_UNKNOWN_SEQUENCE: { readonly sequence: string };
  ATTESTATION_NOT_REQUIRED: { readonly sequence: string };
  ATTESTATION_BEFORE_END: { readonly date: IsoDate; readonly sequence: string; readonly end: IsoDate };
  // ── Path validation: prestations
  PRESTATION_DUPLICATE_ID: { readonly id: string };
  PRESTATION_UNKNOWN_CODE: { readonly code: string };
  PRESTATION_UNKNOWN_MEMBER: { readonly member: string };
  PRESTATION_PROFESSION_NOT_ALLOWED: { readonly code: string; readonly profession: string; readonly allowed: string };
  PRESTATION_BEFORE_INCLUSION: { readonly date: IsoDate; readonly inclusion: IsoDate };
  PRESTATION_AFTER_EXIT: { readonly date: IsoDate; readonly exit: IsoDate };
  PRESTATION_AFTER_AS_OF: { readonly date: IsoDate; readonly asOf: IsoDate };
  PRESTATION_AFTER_DEADLINE: { readonly date: IsoDate; readonly deadline: IsoDate } & DeadlineScope;
  PRESTATION_BEFORE_SEQUENCE: { readonly date: IsoDate; readonly sequence: string; readonly start: IsoDate };
  PRESTATION_UNKNOWN_SEQUENCE: { readonly sequence: string };
  PRESTATION_NOT_IN_SEQUENCE: { readonly code: string; readonly sequence: string };
  PRESTATION_OUT_OF_WINDOW: { readonly date: IsoDate; readonly from: IsoDate; readonly to: IsoDate };
  PRESTATION_TOO_SHORT: { readonly minutes: number; readonly min: number };
  PRESTATION_DURATION_MISSING: { readonly min: number };
  PRESTATION_OVER_MAX: { readonly max: number; readonly code: string; readonly sequence: string };
  // ── Settlement
  SETTLEMENT_BLOCKED: Record<string, never>;
  TYPE_NOT_OFFICIAL: { readonly type: string; readonly version: string; readonly status: 'draft' | 'illustrative' };
  DECLARATION_NOT_OFFICIAL: {
    readonly type: string;
    readonly version: string;
    readonly status: 'draft' | 'illustrative';
  };
  KEY_SCALED_DOWN: { readonly sequence: string; readonly claimed: string; readonly available: string };
  KEY_WEIGHTS_EMPTY: { readonly sequence: string };
  KEY_REMAINDER_TO_STRUCTURE: { readonly sequence: string; readonly amount: string };
  COVERAGE_GAP: { readonly sequence: string; readonly date: IsoDate };
  // ── A defect of the library, never a verdict on the input
  INTERNAL_ERROR: { readonly step: 'validatePath' | 'settle'; readonly error: string };
  // ── Declarations sent before, payments received
  DECLARED_OTHER_STRUCTURE: { readonly line: number; readonly structure: string };
  DECLARED_LINE_UNREADABLE: { readonly line: number };
  DECLARED_LINE_INVALID: { readonly line: number; readonly field: string };
  DECLARED_HEADER_INVALID: { readonly column: string };
  PAYMENT_LINE_UNREADABLE: { readonly line: number };
  PAYMENT_LINE_INVALID: { readonly line: number; readonly field: string };
  PAYMENT_HEADER_INVALID: { readonly column: string };
  GRACE_DAYS_INVALID: { readonly max: number };
  // ── Avenants
  PRESTATION_MEMBER_NOT_IN_TEAM: {
    readonly member: string;
    readonly date: string;
    readonly from: string;
    readonly to: string;
  };
  AVENANT_LATE: { readonly avenant: string; readonly date: string; readonly sentOn: string; readonly days: number };
  TEAM_CHANGE_WITHOUT_AVENANT: { readonly member: string; readonly change: 'from' | 'to'; readonly date: string };
  AVENANT_DUPLICATE_ID: { readonly avenant: string };
  AVENANT_BEFORE_SENT: { readonly avenant: string; readonly date: string; readonly sentToArs: string };
  MEMBER_PERIOD_INVALID: { readonly member: string; readonly from: string; readonly to: string };
}

/** Every stable issue code. */
export type IssueCode = keyof IssueParams;

/** What the code table says of one code. */
export interface IssueCodeInfo {
  /** An `error` excludes something (a prestation, a séquence, the whole path), a `warning` informs. */
  readonly severity: Severity;
  /** A path-level error: any issue of this code makes the whole path unbillable (`PathReport.blocked`). */
  readonly blocking: boolean;
}

const ERROR = { severity: 'error', blocking: false } as const satisfies IssueCodeInfo;
const WARNING = { severity: 'warning', blocking: false } as const satisfies IssueCodeInfo;
const BLOCKING = { severity: 'error', blocking: true } as const satisfies IssueCodeInfo;

/**
 * Each code's severity and whether it blocks the path, in the order of the documentation table. A code missing here
 * is a compile error.
 */
export const ISSUE_CODE_TABLE = {
  INPUT_FORBIDDEN_KEY: ERROR,
  INPUT_TOO_DEEP: ERROR,
  INPUT_TOO_LARGE: ERROR,
  INPUT_NOT_PLAIN: ERROR,
  INPUT_NOT_PARSED: ERROR,
  OPTION_INVALID: ERROR,
  INPUT_INVALID_JSON: ERROR,
  SCHEMA_REQUIRED: ERROR,
  SCHEMA_INVALID_TYPE: ERROR,
  SCHEMA_UNKNOWN_KEY: ERROR,
  SCHEMA_INVALID_VALUE: ERROR,
  SCHEMA_TOO_SMALL: ERROR,
  SCHEMA_TOO_BIG: ERROR,
  SCHEMA_INVALID_FORMAT: ERROR,
  INVALID_DATE: ERROR,
  INVALID_AMOUNT: ERROR,
  INVALID_DECIMAL: ERROR,
  IDENTIFIER_INVALID: ERROR,
  PATIENT_REF_IS_NIR: ERROR,
  INPUT_TOO_MANY_ISSUES: ERROR,
  TYPE_DUPLICATE_ID: ERROR,
  TYPE_UNKNOWN_PRESTATION: ERROR,
  TYPE_UNKNOWN_PROFESSION: ERROR,
  TYPE_UNKNOWN_PROFILE: ERROR,
  TYPE_PROFILE_MISSING_AMOUNT: ERROR,
  TYPE_UNKNOWN_SEQUENCE: ERROR,
  TYPE_SEQUENCE_ORDER: ERROR,
  TYPE_INVALID_RANGE: ERROR,
  TYPE_REQUIREMENT_TARGET: ERROR,
  TYPE_FORFAIT_AMOUNT: ERROR,
  TYPE_TIERS_ORDER: ERROR,
  TYPE_SEQUENCES_EXCEED_DURATION: WARNING,
  TYPE_WINDOW_EXCEEDS_SEQUENCE: WARNING,
  TYPE_WINDOW_BEYOND_SEQUENCE: WARNING,
  TYPE_WINDOW_AFTER_SEQUENCE: ERROR,
  TYPE_REQUIREMENT_WINDOW: ERROR,
  TYPE_RECURRING_CONFLICT: ERROR,
  CATALOG_DUPLICATE_VERSION: ERROR,
  CATALOG_OVERLAPPING_VERSIONS: ERROR,
  CATALOG_UNKNOWN_TYPE: ERROR,
  CATALOG_NO_VERSION_IN_FORCE: ERROR,
  PROJECT_DUPLICATE_MEMBER: ERROR,
  PROJECT_MEMBER_NO_IDENTIFIER: ERROR,
  PROJECT_STRUCTURE_NO_IDENTIFIER: ERROR,
  PROJECT_OPPOSITION_BEFORE_SENT: ERROR,
  KEY_UNKNOWN_MEMBER: ERROR,
  KEY_RULE_ORDER: ERROR,
  KEY_RULE_INCOMPLETE: ERROR,
  KEY_UNKNOWN_SEQUENCE: ERROR,
  KEY_UNKNOWN_PRESTATION: ERROR,
  KEY_MISSING: ERROR,
  KEY_UNKNOWN_PART: ERROR,
  PROJECT_TYPE_MISMATCH: BLOCKING,
  TYPE_NOT_IN_FORCE: BLOCKING,
  STRUCTURE_NOT_ALLOWED: BLOCKING,
  MEMBER_PROFESSION_NOT_IN_TYPE: WARNING,
  PROJECT_OPPOSED: BLOCKING,
  PROJECT_NOT_ACCEPTED: BLOCKING,
  PATIENT_TOO_YOUNG: BLOCKING,
  PATIENT_TOO_OLD: BLOCKING,
  PATIENT_BORN_AFTER_INCLUSION: BLOCKING,
  PROFILE_REQUIRED: BLOCKING,
  PROFILE_UNKNOWN: BLOCKING,
  EXIT_BEFORE_INCLUSION: BLOCKING,
  INCLUSION_AFTER_AS_OF: WARNING,
  RENEWAL_NOT_ALLOWED: ERROR,
  RENEWAL_OUT_OF_PERIOD: ERROR,
  REINCLUSION_TOO_SOON: BLOCKING,
  COVERAGE_PERIOD_INVALID: BLOCKING,
  COVERAGE_OVERLAP: BLOCKING,
  EXTENSION_NOT_ALLOWED: ERROR,
  EXTENSION_DUPLICATE: ERROR,
  EXTENSION_TOO_EARLY: ERROR,
  EXTENSION_TOO_LATE: ERROR,
  EXTENSION_TOO_LONG: ERROR,
  ATTESTATION_UNKNOWN_SEQUENCE: ERROR,
  ATTESTATION_NOT_REQUIRED: WARNING,
  ATTESTATION_BEFORE_END: ERROR,
  PRESTATION_DUPLICATE_ID: ERROR,
  PRESTATION_UNKNOWN_CODE: ERROR,
  PRESTATION_UNKNOWN_MEMBER: ERROR,
  PRESTATION_PROFESSION_NOT_ALLOWED: ERROR,
  PRESTATION_BEFORE_INCLUSION: ERROR,
  PRESTATION_AFTER_EXIT: ERROR,
  PRESTATION_AFTER_AS_OF: ERROR,
  PRESTATION_AFTER_DEADLINE: ERROR,
  PRESTATION_BEFORE_SEQUENCE: ERROR,
  PRESTATION_UNKNOWN_SEQUENCE: ERROR,
  PRESTATION_NOT_IN_SEQUENCE: WARNING,
  PRESTATION_OUT_OF_WINDOW: ERROR,
  PRESTATION_TOO_SHORT: ERROR,
  PRESTATION_DURATION_MISSING: WARNING,
  PRESTATION_OVER_MAX: WARNING,
  SETTLEMENT_BLOCKED: ERROR,
  TYPE_NOT_OFFICIAL: WARNING,
  DECLARATION_NOT_OFFICIAL: ERROR,
  KEY_SCALED_DOWN: WARNING,
  KEY_WEIGHTS_EMPTY: WARNING,
  KEY_REMAINDER_TO_STRUCTURE: WARNING,
  COVERAGE_GAP: WARNING,
  INTERNAL_ERROR: ERROR,
  DECLARED_OTHER_STRUCTURE: ERROR,
  DECLARED_LINE_UNREADABLE: ERROR,
  DECLARED_LINE_INVALID: ERROR,
  DECLARED_HEADER_INVALID: ERROR,
  PAYMENT_LINE_UNREADABLE: ERROR,
  PAYMENT_LINE_INVALID: ERROR,
  PAYMENT_HEADER_INVALID: ERROR,
  GRACE_DAYS_INVALID: ERROR,
  PRESTATION_MEMBER_NOT_IN_TEAM: ERROR,
  AVENANT_LATE: WARNING,
  TEAM_CHANGE_WITHOUT_AVENANT: WARNING,
  AVENANT_DUPLICATE_ID: ERROR,
  AVENANT_BEFORE_SENT: ERROR,
  MEMBER_PERIOD_INVALID: ERROR,
} satisfies { readonly [C in IssueCode]: IssueCodeInfo };

/** Every issue code, in the order of the documentation table. */
export const ISSUE_CODES = Object.keys(ISSUE_CODE_TABLE).filter(isIssueCode);

/** The severity of each code (from {@link ISSUE_CODE_TABLE}). */
export const SEVERITIES = Object.fromEntries(ISSUE_CODES.map((c) => [c, ISSUE_CODE_TABLE[c].severity])) as {
  readonly [C in IssueCode]: (typeof ISSUE_CODE_TABLE)[C]['severity'];
};

/** Path-level errors (the table's `blocking` codes): any of them makes the whole path unbillable. */
export const BLOCKING_CODES: ReadonlySet<IssueCode> = new Set(ISSUE_CODES.filter((c) => ISSUE_CODE_TABLE[c].blocking));

/**
 * True when `code` is one of the issue codes (an own key of the table, never an inherited one).
 *
 * @example
 * isIssueCode('INVALID_DATE') // true
 * isIssueCode('toString')     // false
 */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(ISSUE_CODE_TABLE, code);
}
