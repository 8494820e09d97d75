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
  /** The plain-text report of a path (`formatReport`). */
  readonly report: {
    readonly header: Text<{
      ref: string;
      type: string;
      version: string;
      status: string;
      official: boolean;
      asOf: string;
    }>;
    readonly frame: Text<{ inclusion: string; end: string; exit?: string; exitReason?: string; profile?: string }>;
    readonly blocked: string;
    readonly sequence: Text<{
      id: string;
      label?: string;
      status: string;
      start: string;
      deadline: string;
      completedOn?: string;
      endedOn?: string;
    }>;
    readonly missing: Text<{ missing: number; dueFrom?: string; dueBy: string; overdue: boolean }>;
    /** What an `any` requirement counts, when it has no label. */
    readonly anyIntervention: string;
    readonly attestation: Text<{ signedOn?: string }>;
    readonly counted: Text<{ count: number }>;
    readonly findings: Text<{ count: number }>;
    readonly none: string;
  };
  /** The plain-text settlement (`formatSettlement`). */
  readonly settlement: {
    readonly header: Text<{
      ref: string;
      type: string;
      version: string;
      status: string;
      official: boolean;
      asOf: string;
    }>;
    readonly nothingBillable: string;
    readonly sequence: Text<{ id: string; completed: boolean; billableOn: string; amount: string }>;
    readonly payers: Text<{ amo: string; amc: string; patient: string }>;
    readonly shares: string;
    readonly structure: Text<{ name: string }>;
    readonly paidTo: Text<{ payee: string }>;
    readonly computation: string;
    readonly notBilled: string;
    readonly totals: Text<{ forfait: string; amo: string; amc: string; patient: string }>;
  };
  /** The plain-text file-active report (`formatFileActive`). */
  readonly fileActive: {
    readonly title: Text<{ from: string; to: string }>;
    readonly paths: Text<{ total: number; evaluated: number; excluded: number; byReason: string }>;
    readonly sequences: Text<{ byStatus: string; completion: string }>;
    readonly exits: Text<{ exits: number; dropOuts: number; rate: string }>;
    readonly billed: Text<{ count: number; forfait: string; amo: string; amc: string; patient: string }>;
    readonly byProfession: Text<{ list: string }>;
    /** One type version of the paths evaluated; `official` false: its amounts are not the law's. */
    readonly reinclusion: Text<{ ref: string; line: number; previousLine: number; end: string; allowedFrom: string }>;
    readonly typeVersion: Text<{ type: string; version: string; status: string; official: boolean; paths: number }>;
    readonly excludedPath: Text<{ line: number; ref?: string; reason: string; codes: string }>;
    readonly moreExcluded: Text<{ count: number }>;
    readonly percent: Text<{ value: string }>;
  };
  /** Texts written into FHIR resources. */
  readonly fhir: {
    readonly sequence: Text<{ id: string; completed: boolean }>;
    /** The note of an invoice whose type is not official (a trial declaration). */
    readonly notOfficial: Text<{ type: string; version: string; status: string }>;
  };
  /** The command line: usage, errors and batch summaries. */
  readonly cli: {
    readonly usage: string;
    readonly unknownCommand: Text<{ command: string }>;
    readonly badLang: Text<{ value: string }>;
    readonly badFailOn: Text<{ value: string }>;
    readonly badDate: Text<{ option: string; value: string }>;
    readonly exclusiveOutputs: string;
    readonly required: Text<{ command: string; options: string }>;
    readonly missingPath: Text<{ command: string }>;
    readonly unreadableFile: Text<{ file: string }>;
    readonly invalidJson: Text<{ file: string }>;
    readonly badTypeFile: Text<{ file: string; codes: string }>;
    readonly unreadableCases: Text<{ dir: string }>;
    readonly schemaNames: Text<{ names: string }>;
    readonly internalError: Text<{ reason: string }>;
    readonly lineRejected: Text<{ line: number; codes: string }>;
    readonly lineEvaluated: Text<{ line: number; ref: string; summary: string; count: number }>;
    readonly lineUnreadable: Text<{ line: number }>;
    readonly batchSummary: Text<{
      lines: number;
      evaluated: number;
      withIssues: number;
      failing: number;
      failOn: string;
      rejected: number;
      skipped: number;
    }>;
    readonly progress: Text<{ lines: number }>;
    readonly pathsExcluded: Text<{ count: number; byReason: string }>;
    readonly casesSummary: Text<{ passed: number; failed: number }>;
    readonly noCases: Text<{ dir: string }>;
  };
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
