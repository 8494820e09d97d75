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
  /** Spreadsheet functions: the headers of their grids and the errors shown in a cell (`#PCR …`). */
  readonly sheet: {
    /** The ranges a sheet function reads, as its errors name them. */
    readonly ranges: {
      readonly project: string;
      readonly team: string;
      readonly patient: string;
      readonly prestations: string;
      readonly amount: string;
      readonly weights: string;
      readonly asOf: string;
      /** The parcours type (its id, the first argument): where a finding on the type belongs. */
      readonly type: string;
    };
    /** The headers of PCR_SEQUENCES. */
    readonly sequencesHeader: readonly string[];
    /** The headers of PCR_QUOTE_PARTS, and the labels of its payer rows. */
    readonly quotePartsHeader: readonly string[];
    /** Where in the sheet: a range, and a row of it when known. */
    readonly at: Text<{ range: string; row?: number }>;
    /** A message where it belongs: `Prestations, ligne 7 : …`. */
    readonly where: Text<{ at: string; message: string }>;
    readonly missingRow: Text<{ key: string }>;
    readonly missingColumn: Text<{ column: string }>;
    readonly invalidDate: string;
    readonly dateOutOfRange: string;
    readonly invalidSerial: string;
    readonly isoDateExpected: string;
    readonly rangeWithHeader: string;
    readonly twoColumns: string;
    readonly dateExpected: string;
    readonly invalidNumber: string;
    readonly invalidAmount: string;
    readonly invalidWeights: Text<{ reason: string }>;
    readonly keyNotJson: Text<{ key: string }>;
    readonly badEntry: Text<{ expected: string }>;
    readonly internalError: string;
    /** The headers of PCR_FINDINGS: severity, where, code, message. */
    readonly findingsHeader: readonly string[];
  };
  /** Differences reported by a conformance case. */
  readonly conformance: {
    readonly doesNotParse: Text<{ document: 'path' | 'project'; issues: string }>;
    readonly resolution: Text<{ expected: string; actual: string }>;
    readonly differs: Text<{ what: string; expected: string; actual: string }>;
  };
}
