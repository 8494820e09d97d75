import * as z from 'zod/mini';
import { checkNir, holdsNir } from '../identifiers/nir';
import { langOf, optionOf, type IssueDocument, type Result } from '../issues/issue';
import type { Lang } from '../domain/vocabulary';
import { hasErrors, issueSink, type IssueSink } from '../issues/issue-sink';
import { ParcoursTypeSchema, type ParcoursType } from './parcours-type';
import { PatientPathSchema, type PatientPath } from './patient-path';
import { ProjectSchema, type ParcoursProject } from './project';
import { checkProjectReferences } from './project-references';
import { checkTypeReferences } from './type-references';
import { scanUntrusted, type InputLimits } from './untrusted-input';
import { reportZodIssues } from './zod-issues';

/** Options shared by the parse functions. */
export interface ParseOptions {
  /** Language of the messages; French by default. */
  readonly lang?: Lang;
  /** How much of a document is read: the longest list, the most issues (documented defaults). */
  readonly limits?: InputLimits;
}

/** What makes a schema's parser: zod's compiler (`z.compile`), or nothing (zod's interpreter). */
type Compiler = <S extends z.ZodMiniType>(schema: S) => S;
let compiler: Compiler | undefined;

/**
 * Has the parse functions compile their schemas with zod's compiler. The library's entry (`src/index.ts`) hands it
 * `z.compile`; the spreadsheet bundle does not (it runs jitless, and leaves the compiler out). Even with a compiler,
 * a schema is compiled only where zod is not set jitless (`z.config({ jitless: true })`, for a strict
 * Content-Security-Policy), and z.compile falls back to the interpreter by itself where `new Function` is refused.
 *
 * @example
 * useCompiler(z.compile)
 */
export function useCompiler(compile: Compiler): void {
  compiler = compile;
}

/** The parser of a schema, made on first use (so that a jitless setting made before any parse is seen). */
function compiledParser<S extends z.ZodMiniType>(schema: S): () => S {
  let parser: S | undefined;
  return () => (parser ??= compiler === undefined || z.config().jitless ? schema : compiler(schema));
}

/** What differs between the three documents' parsing. */
interface DocumentKind<T extends object> {
  /** The document's schema, compiled on first use where the platform allows. */
  readonly parser: () => z.ZodMiniType<T>;
  /** The document issues are reported for. */
  readonly document: IssueDocument;
  /** The checks a schema cannot express (references between parts, identifiers' keys). */
  readonly crossCheck: (value: T, sink: IssueSink) => void;
  /** The values the parse function gave (each keyed by itself): what validatePath and settle take as they are. */
  readonly given: WeakMap<object, T>;
}

/**
 * Shared parse pipeline: the input scan (what JSON cannot hold, forbidden keys, depth), then the zod schema, whose
 * issues become the project's (codes, paths, messages), then the document's own cross-reference checks. Never
 * throws on any input; the input is never mutated, and each of its values is read once (by the scan).
 */
function parseDocument<T extends object>(kind: DocumentKind<T>, input: unknown, options: ParseOptions): Result<T> {
  const { parser, document, crossCheck } = kind;
  const given = optionOf(options, 'limits');
  // Stryker disable next-line ConditionalExpression,LogicalOperator: optionOf reads nothing from a value that is not an object, as from {}
  const limits = typeof given === 'object' && given !== null ? given : {};
  const maxIssues = optionOf(limits, 'maxIssues');
  // Stryker disable next-line ConditionalExpression: issueSink takes its default for anything but a positive whole number
  const sink = issueSink(document, langOf(options), typeof maxIssues === 'number' ? maxIssues : undefined);
  const maxArrayLength = optionOf(limits, 'maxArrayLength');
  const scanLimits = typeof maxArrayLength === 'number' ? { maxArrayLength } : {};
  // The scan reads the caller's value once and hands on a plain copy: nothing after it reads the caller's value, so
  // nothing after it can throw on a getter or a Proxy, and an exception past this line is a bug, never a verdict.
  const scanned = scanUntrusted(input, sink, scanLimits);
  if (scanned === undefined) return { ok: false, issues: sink.issues };
  const read = parser().safeParse(scanned.value);
  if (!read.success) {
    reportZodIssues(read.error.issues, scanned.value, [], sink);
    return { ok: false, issues: sink.issues };
  }
  crossCheck(read.data, sink);
  if (hasErrors(sink.issues)) return { ok: false, issues: sink.issues };
  kind.given.set(read.data, read.data);
  return { ok: true, value: read.data, issues: sink.issues };
}

const TYPE: DocumentKind<ParcoursType> = {
  parser: compiledParser(ParcoursTypeSchema),
  document: 'type',
  crossCheck: checkTypeReferences,
  given: new WeakMap(),
};
const PROJECT: DocumentKind<ParcoursProject> = {
  parser: compiledParser(ProjectSchema),
  document: 'project',
  crossCheck: checkProjectReferences,
  given: new WeakMap(),
};
const PATH: DocumentKind<PatientPath> = {
  parser: compiledParser(PatientPathSchema),
  document: 'path',
  crossCheck: (p, sink) => {
    // A reference holding a valid NIR, in any spelling, would travel into every output (reports, declarations,
    // FHIR): refused, unrepeated.
    if (holdsNir(p.patient.ref)) sink.add('PATIENT_REF_IS_NIR', ['patient', 'ref'], {});
    if (p.patient.nir !== undefined) {
      const reason = checkNir(p.patient.nir);
      if (reason !== null) sink.add('IDENTIFIER_INVALID', ['patient', 'nir'], { kind: 'NIR', reason });
    }
  },
  given: new WeakMap(),
};

/**
 * Parses a parcours type rule file (any JSON value) into a typed value, or the list of issues with their paths.
 * Never throws.
 *
 * @example
 * const r = parseParcoursType(JSON.parse(fs.readFileSync('rules/x.json', 'utf8')));
 * if (!r.ok) console.log(r.issues.map((i) => `${i.code} ${i.path.join('.')}`));
 */
export function parseParcoursType(input: unknown, options: ParseOptions = {}): Result<ParcoursType> {
  return parseDocument(TYPE, input, options);
}

/**
 * Parses a projet de parcours (structure, team, distribution key). Never throws.
 *
 * @example
 * const r = parseProject(projectJson, { lang: 'en' });
 */
export function parseProject(input: unknown, options: ParseOptions = {}): Result<ParcoursProject> {
  return parseDocument(PROJECT, input, options);
}

/**
 * Parses one patient's recorded path. A NIR, when present, is checked and never echoed in any message.
 * Never throws.
 *
 * @example
 * const r = parsePatientPath(pathJson);
 * if (r.ok) validatePath(type, project, r.value, { asOf: '2026-11-22' });
 */
export function parsePatientPath(input: unknown, options: ParseOptions = {}): Result<PatientPath> {
  return parseDocument(PATH, input, options);
}

/** The three documents that validatePath and settle evaluate. */
export interface ParsedDocuments {
  readonly type: ParcoursType;
  readonly project: ParcoursProject;
  readonly path: PatientPath;
}

/** A value the parse function of `kind` gave, as it is; else what that function makes of it; undefined if refused. */
function parsedAs<T extends object>(kind: DocumentKind<T>, value: unknown): T | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a WeakMap gives undefined for a key that is not an object
  const given = typeof value === 'object' && value !== null ? kind.given.get(value) : undefined;
  if (given !== undefined) return given;
  const again = parseDocument(kind, value, {});
  return again.ok ? again.value : undefined;
}

/**
 * The documents as validatePath and settle evaluate them, or undefined when one of them is not a document the parse
 * functions accept (INPUT_NOT_PARSED). A value a parse function gave is taken as it is (and as it is now, edited or
 * not); any other value (written by hand, spread from a parsed one, parsed by another copy of the library) is read by
 * the parse function of its place, and its parsed value is evaluated. Never throws.
 *
 * @example
 * parsedDocuments(type, project, path)?.path.patient.ref // 'PAT-0001'
 */
export function parsedDocuments(type: unknown, project: unknown, path: unknown): ParsedDocuments | undefined {
  const t = parsedAs(TYPE, type);
  // Stryker disable next-line ConditionalExpression: reading the projet when the type is refused only costs time: the result is undefined all the same
  const p = t === undefined ? undefined : parsedAs(PROJECT, project);
  // Stryker disable next-line ConditionalExpression: reading the path when the projet is refused only costs time: the result is undefined all the same
  const x = p === undefined ? undefined : parsedAs(PATH, path);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: p is undefined whenever t is, and x whenever p is (read only after them)
  return t === undefined || p === undefined || x === undefined ? undefined : { type: t, project: p, path: x };
}
