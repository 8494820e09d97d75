import type { IssueCode, IssueParams, JsonTypeName } from '../domain/issue-codes';
import type { TraceKind, TraceParams } from '../domain/trace-steps';
import type {
  ComplementaryKind,
  ExclusionReason,
  IdentifierReason,
  SequenceStatus,
  Severity,
} from '../domain/vocabulary';
import type { Formatter } from './format';

/** A text of one language, from its parameters and the language's formatter. */
type Text<P> = (p: P, f: Formatter) => string;

/**
 * Every sentence the library and the command line show, for one language: `fr.ts` and `en.ts` are the two modules of
 * this shape (a test holds them to the same keys and parameters). Domain code never writes a sentence: it gives codes
 * and parameters, and these render them.
 */
export interface Messages {
  /** The message of each issue code. */
  readonly issues: { readonly [C in IssueCode]: Text<IssueParams[C]> };
  /** Each step of a settlement's trace. */
  readonly trace: { readonly [K in TraceKind]: Text<TraceParams[K]> };
  /** JSON types as SCHEMA_INVALID_TYPE names them. */
  readonly jsonTypes: { readonly [T in JsonTypeName]: string };
  /** Why an identifier was refused. */
  readonly identifierReasons: { readonly [R in IdentifierReason]: string };
  /** Where a séquence stands. */
  readonly sequenceStatus: { readonly [S in SequenceStatus]: string };
  /** Why a séquence is not billed. */
  readonly exclusionReasons: { readonly [R in ExclusionReason]: string };
  /** What the patient's complementary cover does with the participation. */
  readonly cover: { readonly [C in ComplementaryKind]: string };
  /** Error or warning, as a label. */
  readonly severity: { readonly [S in Severity]: string };
  /** Spreadsheet functions: the errors shown in a cell (`#PCR …`). */
  readonly sheet: {
    /** The ranges a sheet function reads, as its errors name them. */
    readonly ranges: {
      readonly project: string;
      readonly team: string;
      readonly patient: string;
      readonly prestations: string;
    };
    readonly invalidDate: Text<{ what: string }>;
    readonly dateOutOfRange: Text<{ what: string }>;
    readonly invalidSerial: Text<{ what: string }>;
    readonly isoDateExpected: Text<{ what: string }>;
    readonly rangeWithHeader: Text<{ what: string }>;
    readonly twoColumns: Text<{ what: string }>;
    readonly dateExpected: Text<{ what: string }>;
    readonly invalidAmount: string;
    readonly invalidWeights: Text<{ reason: string }>;
    readonly keyNotJson: string;
    readonly documentIssue: Text<{ range: string; issue: string }>;
    readonly internalError: string;
    readonly prestationsRow: Text<{ row: number }>;
  };
  /** Differences reported by a conformance case. */
  readonly conformance: {
    readonly doesNotParse: Text<{ document: 'path' | 'project'; issues: string }>;
    readonly resolution: Text<{ expected: string; actual: string }>;
    readonly differs: Text<{ what: string; expected: string; actual: string }>;
  };
}
