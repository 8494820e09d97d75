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
  // ── Declarations sent before, payments received
  DECLARED_OTHER_STRUCTURE: { readonly line: number; readonly structure: string };
  DECLARED_LINE_UNREADABLE: { readonly line: number };
  DECLARED_LINE_INVALID: { readonly line: number; readonly field: string };
  DECLARED_HEADER_INVALID: { readonly column: string };
  PAYMENT_LINE_UNREADABLE: { readonly line: number };
  PAYMENT_LINE_INVALID: { readonly line: number; readonly field: string };
  PAYMENT_HEADER_INVALID: { readonly column: string };
  GRACE_DAYS_INVALID: { readonly max: number };
}

/** Every stable issue code. */
export type IssueCode = keyof IssueParams;

/**
 * The severity of each code, in the order of the documentation table: an `error` excludes something (a prestation,
 * a séquence, the whole path), a `warning` informs.
 */
export const SEVERITIES = {
  INPUT_FORBIDDEN_KEY: 'error',
  INPUT_TOO_DEEP: 'error',
  INPUT_TOO_LARGE: 'error',
  INPUT_NOT_PLAIN: 'error',
  INPUT_NOT_PARSED: 'error',
  OPTION_INVALID: 'error',
  INPUT_INVALID_JSON: 'error',
  SCHEMA_REQUIRED: 'error',
  SCHEMA_INVALID_TYPE: 'error',
  SCHEMA_UNKNOWN_KEY: 'error',
  SCHEMA_INVALID_VALUE: 'error',
  SCHEMA_TOO_SMALL: 'error',
  SCHEMA_TOO_BIG: 'error',
  SCHEMA_INVALID_FORMAT: 'error',
  INVALID_DATE: 'error',
  INVALID_AMOUNT: 'error',
  INVALID_DECIMAL: 'error',
  IDENTIFIER_INVALID: 'error',
  PATIENT_REF_IS_NIR: 'error',
  INPUT_TOO_MANY_ISSUES: 'error',
  TYPE_DUPLICATE_ID: 'error',
  TYPE_UNKNOWN_PRESTATION: 'error',
  TYPE_UNKNOWN_PROFESSION: 'error',
  TYPE_UNKNOWN_PROFILE: 'error',
  TYPE_PROFILE_MISSING_AMOUNT: 'error',
  TYPE_UNKNOWN_SEQUENCE: 'error',
  TYPE_SEQUENCE_ORDER: 'error',
  TYPE_INVALID_RANGE: 'error',
  TYPE_REQUIREMENT_TARGET: 'error',
  TYPE_FORFAIT_AMOUNT: 'error',
  TYPE_TIERS_ORDER: 'error',
  TYPE_SEQUENCES_EXCEED_DURATION: 'warning',
  TYPE_WINDOW_EXCEEDS_SEQUENCE: 'warning',
  TYPE_WINDOW_BEYOND_SEQUENCE: 'warning',
  TYPE_WINDOW_AFTER_SEQUENCE: 'error',
  TYPE_REQUIREMENT_WINDOW: 'error',
  TYPE_RECURRING_CONFLICT: 'error',
  CATALOG_DUPLICATE_VERSION: 'error',
  CATALOG_OVERLAPPING_VERSIONS: 'error',
  CATALOG_UNKNOWN_TYPE: 'error',
  CATALOG_NO_VERSION_IN_FORCE: 'error',
  PROJECT_DUPLICATE_MEMBER: 'error',
  PROJECT_MEMBER_NO_IDENTIFIER: 'error',
  PROJECT_STRUCTURE_NO_IDENTIFIER: 'error',
  PROJECT_OPPOSITION_BEFORE_SENT: 'error',
  KEY_UNKNOWN_MEMBER: 'error',
  KEY_RULE_ORDER: 'error',
  KEY_RULE_INCOMPLETE: 'error',
  KEY_UNKNOWN_SEQUENCE: 'error',
  KEY_UNKNOWN_PRESTATION: 'error',
  KEY_MISSING: 'error',
  KEY_UNKNOWN_PART: 'error',
  PROJECT_TYPE_MISMATCH: 'error',
  TYPE_NOT_IN_FORCE: 'error',
  STRUCTURE_NOT_ALLOWED: 'error',
  MEMBER_PROFESSION_NOT_IN_TYPE: 'warning',
  PROJECT_OPPOSED: 'error',
  PROJECT_NOT_ACCEPTED: 'error',
  PATIENT_TOO_YOUNG: 'error',
  PATIENT_TOO_OLD: 'error',
  PATIENT_BORN_AFTER_INCLUSION: 'error',
  PROFILE_REQUIRED: 'error',
  PROFILE_UNKNOWN: 'error',
  EXIT_BEFORE_INCLUSION: 'error',
  INCLUSION_AFTER_AS_OF: 'warning',
  RENEWAL_NOT_ALLOWED: 'error',
  RENEWAL_OUT_OF_PERIOD: 'error',
  REINCLUSION_TOO_SOON: 'error',
  COVERAGE_PERIOD_INVALID: 'error',
  COVERAGE_OVERLAP: 'error',
  EXTENSION_NOT_ALLOWED: 'error',
  EXTENSION_DUPLICATE: 'error',
  EXTENSION_TOO_EARLY: 'error',
  EXTENSION_TOO_LATE: 'error',
  EXTENSION_TOO_LONG: 'error',
  ATTESTATION_UNKNOWN_SEQUENCE: 'error',
  ATTESTATION_NOT_REQUIRED: 'warning',
  ATTESTATION_BEFORE_END: 'error',
  PRESTATION_DUPLICATE_ID: 'error',
  PRESTATION_UNKNOWN_CODE: 'error',
  PRESTATION_UNKNOWN_MEMBER: 'error',
  PRESTATION_PROFESSION_NOT_ALLOWED: 'error',
  PRESTATION_BEFORE_INCLUSION: 'error',
  PRESTATION_AFTER_EXIT: 'error',
  PRESTATION_AFTER_AS_OF: 'error',
  PRESTATION_AFTER_DEADLINE: 'error',
  PRESTATION_BEFORE_SEQUENCE: 'error',
  PRESTATION_UNKNOWN_SEQUENCE: 'error',
  PRESTATION_NOT_IN_SEQUENCE: 'warning',
  PRESTATION_OUT_OF_WINDOW: 'error',
  PRESTATION_TOO_SHORT: 'error',
  PRESTATION_DURATION_MISSING: 'warning',
  PRESTATION_OVER_MAX: 'warning',
  SETTLEMENT_BLOCKED: 'error',
  TYPE_NOT_OFFICIAL: 'warning',
  DECLARATION_NOT_OFFICIAL: 'error',
  KEY_SCALED_DOWN: 'warning',
  KEY_WEIGHTS_EMPTY: 'warning',
  KEY_REMAINDER_TO_STRUCTURE: 'warning',
  COVERAGE_GAP: 'warning',
  DECLARED_OTHER_STRUCTURE: 'error',
  DECLARED_LINE_UNREADABLE: 'error',
  DECLARED_LINE_INVALID: 'error',
  DECLARED_HEADER_INVALID: 'error',
  PAYMENT_LINE_UNREADABLE: 'error',
  PAYMENT_LINE_INVALID: 'error',
  PAYMENT_HEADER_INVALID: 'error',
  GRACE_DAYS_INVALID: 'error',
} as const satisfies { readonly [C in IssueCode]: Severity };

/** Every issue code, in the order of the documentation table. */
export const ISSUE_CODES = Object.keys(SEVERITIES) as IssueCode[];

/**
 * True when `code` is one of the issue codes (an own key of the table, never an inherited one).
 *
 * @example
 * isIssueCode('INVALID_DATE') // true
 * isIssueCode('toString')     // false
 */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(SEVERITIES, code);
}
