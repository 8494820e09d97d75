import type * as z from 'zod/mini';
import { isIssueCode, type IssueCode, type IssueParams } from '../domain/issue-codes';
import type { IssueParam } from '../issues/issue';
import type { IssueSink } from '../issues/issue-sink';
import { FORMAT_NAMES } from './formats';

type Params = Record<string, IssueParam>;
type Path = (string | number)[];
/** Where the issues go. */
type IssueTarget = Pick<IssueSink, 'add'>;
type ZodIssue = z.core.$ZodIssue;
type ZodUnionIssue = Extract<ZodIssue, { code: 'invalid_union' }>;

/**
 * The zod error of a schema part that fails with one of the project's own codes: the code, then its parameters as
 * JSON (`INVALID_DECIMAL {"min":0,"max":1}`). {@link reportZodIssues} reads it back.
 *
 * @example
 * z.string().check(z.regex(DATE_PATTERN, { error: codedError('INVALID_DATE') }))
 */
export function codedError<C extends IssueCode>(code: C, params?: IssueParams[C]): string {
  return params === undefined ? code : `${code} ${JSON.stringify(params)}`;
}

function readCoded(message: string | undefined): { code: IssueCode; params: Params } | null {
  if (message === undefined) return null;
  const space = message.indexOf(' ');
  // Stryker disable next-line EqualityOperator: a message starting with a space gives no issue code either way
  const code = space < 0 ? message : message.slice(0, space);
  if (!isIssueCode(code)) return null;
  // Stryker disable next-line EqualityOperator: reached only with a code before the space, so the space is never at 0
  const params: Params = space < 0 ? {} : JSON.parse(message.slice(space + 1));
  return { code, params };
}

/** The JSON type of a value, as issues name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** The value at `path` in a plain JSON tree, undefined when it (or a parent) is absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

/** How SCHEMA_INVALID_TYPE names what was expected: zod's `int` is a whole number only when a number was given. */
function expectedName(expected: string, value: unknown): string {
  if (expected === 'int') return typeof value === 'number' ? 'int' : 'number';
  return expected === 'record' ? 'object' : expected;
}

/** The name of a failed pattern: the format it stands for (identifier, département…), else its source. */
function formatName(pattern: string | undefined): string {
  if (pattern === undefined) return '?';
  return FORMAT_NAMES[pattern] ?? pattern.replace(/^\/|\/[a-z]*$/g, '');
}

/**
 * Turns zod's issues into the project's, in zod's order (the schema's key order; unknown keys of an object after its
 * fields), with paths into `input`:
 * - a field that is absent is SCHEMA_REQUIRED, whatever its kind;
 * - a part with its own code (dates, amounts, decimals) gives that code;
 * - a wrong JSON type is SCHEMA_INVALID_TYPE (`expected`, `received`), a value outside a list SCHEMA_INVALID_VALUE
 *   (`allowed`), a pattern SCHEMA_INVALID_FORMAT (`format`), bounds SCHEMA_TOO_SMALL / SCHEMA_TOO_BIG, each unknown
 *   key SCHEMA_UNKNOWN_KEY;
 * - a union of different kinds (a text or an object) reports what is wrong inside the branch of the value's kind, or
 *   SCHEMA_INVALID_VALUE with the allowed forms when no branch takes it.
 * zod's own safe-integer bound is left out: every count has a lower bound of its own.
 *
 * @example
 * const r = schema.safeParse(input); if (!r.success) reportZodIssues(r.error.issues, input, [], sink);
 */
export function reportZodIssues(issues: readonly ZodIssue[], input: unknown, at: Path, sink: IssueTarget): void {
  const context: Reporting = { input, sink, typed: new Set<string>() };
  for (const issue of issues) reportOne(issue, at, context);
}

/**
 * What reporting one document's zod issues shares: the document, the sink, and the paths already reported for their
 * value's type or part (zod still checks a length there, a text's minimum on an empty list, or a number's other
 * bounds, which says nothing more).
 */
interface Reporting {
  readonly input: unknown;
  readonly sink: IssueTarget;
  readonly typed: Set<string>;
}

/** One zod issue, found under `at`. */
function reportOne(issue: ZodIssue, at: Path, context: Reporting): void {
  const { input, sink, typed } = context;
  const path = [...at, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) sink.add('SCHEMA_UNKNOWN_KEY', [...path, key], { key });
    return;
  }
  if (issue.code === 'invalid_key') {
    // A map key (always a text, checked by a pattern): the issue is about the key itself, at the key's path.
    const format = issue.issues.find((i) => i.code === 'invalid_format');
    sink.add('SCHEMA_INVALID_FORMAT', path, {
      format: formatName(format?.code === 'invalid_format' ? format.pattern : undefined),
    });
    return;
  }
  const where = JSON.stringify(path);
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    if (issue.origin === 'int' || typed.has(where)) return;
  }
  if (issue.code === 'invalid_type') typed.add(where);
  const value = valueAt(input, path);
  if (value === undefined) {
    sink.add('SCHEMA_REQUIRED', path, {});
    return;
  }
  const coded = readCoded(issue.message);
  if (coded !== null) {
    // A number can fail several checks of its part (a maximum and its decimals): one issue says it.
    if (!typed.has(where)) sink.add(coded.code, path, coded.params as never);
    typed.add(where);
    return;
  }
  reportPlain(issue, { path, value }, context);
}

/** A zod issue of its own kind (not a coded message of the project's primitives), on a value that is present. */
function reportPlain(issue: ZodIssue, at: { readonly path: Path; readonly value: unknown }, context: Reporting): void {
  const { path, value } = at;
  const { sink } = context;
  switch (issue.code) {
    case 'invalid_type':
      sink.add('SCHEMA_INVALID_TYPE', path, {
        expected: expectedName(issue.expected, value),
        received: jsonType(value),
      });
      return;
    case 'invalid_value':
      sink.add('SCHEMA_INVALID_VALUE', path, { allowed: issue.values.map(String).join(', ') });
      return;
    case 'too_small':
      sink.add('SCHEMA_TOO_SMALL', path, { minimum: Number(issue.minimum) });
      return;
    case 'too_big':
      sink.add('SCHEMA_TOO_BIG', path, { maximum: Number(issue.maximum) });
      return;
    case 'invalid_format':
      sink.add('SCHEMA_INVALID_FORMAT', path, { format: formatName(issue.pattern) });
      return;
    case 'invalid_union':
      reportUnion(issue, path, context);
      return;
    default:
      sink.add('SCHEMA_INVALID_VALUE', path, { allowed: '?' });
  }
}

/**
 * A union that refused a value. A discriminated union names the discriminator's allowed values; another union
 * reports the issues of the branch of the value's kind (the one whose refusal is not about the value's own type or
 * value), or else the allowed forms.
 */
function reportUnion(issue: ZodUnionIssue, path: Path, context: Reporting): void {
  const { sink } = context;
  if (issue.discriminator !== undefined) {
    const options = 'options' in issue ? (issue.options ?? []) : [];
    sink.add('SCHEMA_INVALID_VALUE', path, { allowed: options.map(String).join(', ') });
    return;
  }
  const atRoot = (i: ZodIssue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
  const taking = issue.errors.find((branch) => !branch.some(atRoot));
  if (taking !== undefined) {
    for (const inner of taking) reportOne(inner, path, context);
    return;
  }
  const forms = issue.errors.map((branch) => {
    const root = branch.find(atRoot);
    // Stryker disable next-line OptionalChaining: no branch takes the value here, so each has an issue at its root
    if (root?.code === 'invalid_value') return root.values.map(String).join(', ');
    // Stryker disable next-line ConditionalExpression,OptionalChaining,StringLiteral: each branch's root issue is a wrong type when not a wrong value
    return root?.code === 'invalid_type' ? `(${root.expected})` : '?';
  });
  sink.add('SCHEMA_INVALID_VALUE', path, { allowed: forms.join(', ') });
}
