import type { IssueCode } from '../issues/catalog';
import type { IssueParam } from '../issues/issue';

/**
 * The schema kit: each document is described once, and that description both reads untrusted values and, through its
 * `spec` (plain data), gives the document's JSON Schema (./json-schema.ts). A schema reads in one of two modes:
 * - the fast lane (no reporter): it answers the output, or FAIL at the first problem, and builds no path. It also
 *   refuses what the input scan (./untrusted-scan.ts) would report — a shared or cyclic object, a class instance, a
 *   forbidden key — so that an answer of the fast lane is always the answer of the full pipeline;
 * - reporting (a reporter, after the input scan): it reports every problem with its path and answers FAIL when it
 *   reported any.
 * Objects are strict (an unknown key is an issue), and outputs are new objects whose keys follow the schema's order.
 */

/** What a read answers when the value is refused. */
export const FAIL: unique symbol = Symbol('fail');
export type Fail = typeof FAIL;

/** Where a value sits in its document. */
export type Path = (string | number)[];

/** Where issues go while reporting (an IssueSink is one). */
export interface Reporter {
  add(code: IssueCode, path: Path, params?: Readonly<Record<string, IssueParam>>): unknown;
}

/** One read: the reporter (null in the fast lane) and the objects already met (the fast lane's cycle check). */
export interface ReadContext {
  readonly report: Reporter | null;
  readonly seen: Set<object>;
}

/** What a schema accepts, as data: the JSON Schema writer reads it, the reader never does. */
export type Spec =
  | { readonly type: 'string'; readonly min?: number; readonly max?: number; readonly pattern?: RegExp }
  | { readonly type: 'date' }
  | { readonly type: 'int'; readonly min: number; readonly max: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'oneOf'; readonly values: readonly string[] }
  | { readonly type: 'decimal'; readonly places: number; readonly min: number; readonly max: number }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, AnySchema>> }
  | { readonly type: 'array'; readonly item: AnySchema; readonly min?: number; readonly max?: number }
  | { readonly type: 'record'; readonly key: AnySchema; readonly value: AnySchema }
  | { readonly type: 'tagged' | 'union'; readonly branches: readonly AnySchema[] };

/** The JSON kinds a union can tell apart without reading a branch. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';

/** A schema whose reads answer `T`. */
export interface Schema<T> {
  /** Reads `value` found at `path`: the output, or FAIL. */
  readonly read: (value: unknown, path: Path, ctx: ReadContext) => T | Fail;
  /** What it accepts, as data (for the JSON Schema). */
  readonly spec: Spec;
  /** The JSON kind it accepts. */
  readonly kind: JsonKind;
  /** Named schemas are written once under `$defs` and referred to by `$ref`. */
  readonly name?: string;
  /** An optional field of an object: absent (or undefined) is allowed. */
  readonly optional?: boolean;
  /** How a union names this branch in its list of allowed values. */
  readonly allowed?: string;
}

/** Any schema (a schema's output only ever widens to `unknown`), for containers of schemas. */
export type AnySchema = Schema<unknown>;

/** The output type of a schema. */
export type Output<S> = S extends Schema<infer T> ? T : never;

/** The JSON type of a value, as issues name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Reports `code` at `path` (when reporting) and answers FAIL. */
export function refuse(ctx: ReadContext, code: IssueCode, path: Path, params?: Readonly<Record<string, IssueParam>>): Fail {
  ctx.report?.add(code, path, params);
  return FAIL;
}

/** Reports `code` at `path` (when reporting) and answers false: for checks that go on after a failure. */
export function flag(ctx: ReadContext, code: IssueCode, path: Path, params?: Readonly<Record<string, IssueParam>>): false {
  ctx.report?.add(code, path, params);
  return false;
}

/** Reports a value of the wrong type (or a missing one) and answers FAIL. */
export function wrongType(ctx: ReadContext, value: unknown, path: Path, expected: string): Fail {
  if (ctx.report === null) return FAIL;
  if (value === undefined) return refuse(ctx, 'SCHEMA_REQUIRED', path);
  return refuse(ctx, 'SCHEMA_INVALID_TYPE', path, { expected, received: jsonType(value) });
}

/** The path of a child: a new array when reporting, the parent's (unused) otherwise. */
export function childPath(ctx: ReadContext, path: Path, key: string | number): Path {
  return ctx.report === null ? path : [...path, key];
}

/**
 * The same schema under a name: written once under `$defs` in the JSON Schema.
 *
 * @example
 * const identifier = named('identifier', string({ pattern: /^[a-z]+$/, format: 'a–z' }));
 */
export function named<S extends AnySchema>(name: string, schema: S): S {
  return { ...schema, name };
}

/**
 * The same schema as an optional field of an object.
 *
 * @example
 * object({ label: optional(text) })
 */
export function optional<T>(schema: Schema<T>): Schema<T> & { readonly optional: true } {
  return { ...schema, optional: true };
}

/** Options of a text schema: lengths, a pattern and how to name its format, or a check with its own issue code. */
export interface StringOptions {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** The expected format, as SCHEMA_INVALID_FORMAT names it when the pattern does not match. */
  readonly format?: string;
  readonly check?: (value: string) => boolean;
  /** The issue of a failed check. */
  readonly code?: IssueCode;
  /** Values found valid are kept here (up to `rememberMax`), and not checked again. */
  readonly remember?: Set<string>;
  readonly rememberMax?: number;
}

/**
 * A text, with optional length bounds, pattern and check.
 *
 * @example
 * string({ min: 1, max: 500 }).read('', [], ctx) // FAIL, SCHEMA_TOO_SMALL when reporting
 */
export function string(options: StringOptions = {}): Schema<string> {
  const { min, max, pattern, format, check, code, remember, rememberMax = 0 } = options;
  return {
    kind: 'string',
    read(v, path, ctx) {
      if (typeof v !== 'string') return wrongType(ctx, v, path, 'string');
      if (remember?.has(v)) return v;
      if (ctx.report === null) {
        const ok = (min === undefined || v.length >= min) && (max === undefined || v.length <= max) && (pattern === undefined || pattern.test(v)) && (check === undefined || check(v));
        if (ok && remember !== undefined && remember.size < rememberMax) remember.add(v);
        return ok ? v : FAIL;
      }
      let ok = true;
      if (min !== undefined && v.length < min) ok = flag(ctx, 'SCHEMA_TOO_SMALL', path, { minimum: min });
      if (max !== undefined && v.length > max) ok = flag(ctx, 'SCHEMA_TOO_BIG', path, { maximum: max });
      if (pattern !== undefined && !pattern.test(v)) ok = flag(ctx, 'SCHEMA_INVALID_FORMAT', path, { format: format ?? pattern.source });
      if (check !== undefined && !check(v)) ok = flag(ctx, code ?? 'SCHEMA_INVALID_VALUE', path);
      return ok ? v : FAIL;
    },
    spec: { type: 'string', min, max, pattern },
  };
}

/**
 * A calendar date `YYYY-MM-DD`, checked by `isDate` (INVALID_DATE when it is not one).
 *
 * @example
 * date(isIsoDate).read('2027-02-29', [], ctx) // FAIL
 */
export function date(isDate: (value: string) => boolean): Schema<string> {
  return { ...string({ check: isDate, code: 'INVALID_DATE' }), spec: { type: 'date' } };
}

/**
 * A whole number in [min, max].
 *
 * @example
 * int(0, 999_999).read(1.5, [], ctx) // FAIL, SCHEMA_INVALID_TYPE (expected int) when reporting
 */
export function int(min: number, max: number): Schema<number> {
  return {
    kind: 'number',
    read(v, path, ctx) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(ctx, v, path, 'number');
      if (!Number.isInteger(v)) return wrongType(ctx, v, path, 'int');
      if (v < min) return refuse(ctx, 'SCHEMA_TOO_SMALL', path, { minimum: min });
      if (v > max) return refuse(ctx, 'SCHEMA_TOO_BIG', path, { maximum: max });
      return v;
    },
    spec: { type: 'int', min, max },
  };
}

/** true or false. @example boolean().read('yes', [], ctx) // FAIL */
export function boolean(): Schema<boolean> {
  return {
    kind: 'boolean',
    read: (v, path, ctx) => (typeof v === 'boolean' ? v : wrongType(ctx, v, path, 'boolean')),
    spec: { type: 'boolean' },
  };
}

/**
 * One of a list of texts (an enumeration); a single value is a literal.
 *
 * @example
 * oneOf(['done', 'cancelled', 'missed']).read('late', [], ctx) // FAIL, SCHEMA_INVALID_VALUE when reporting
 */
export function oneOf<const V extends readonly string[]>(values: V): Schema<V[number]> {
  const set = new Set<unknown>(values);
  const allowed = values.join(', ');
  return {
    kind: 'string',
    allowed,
    read: (v, path, ctx) => (set.has(v) ? (v as V[number]) : refuse(ctx, 'SCHEMA_INVALID_VALUE', path, { allowed })),
    spec: { type: 'oneOf', values },
  };
}

/**
 * A number or a decimal text turned into a canonical text by `canonical` (null when refused, reported as `code`);
 * `spec` says what it accepts (decimal places and bounds).
 *
 * @example
 * decimalText(canonicalAmount, 'INVALID_AMOUNT', {}, { type: 'decimal', places: 2, min: 0, max: 1e9 }).read(12.5, [], ctx) // '12.50'
 */
export function decimalText(
  canonical: (value: string | number) => string | null,
  code: IssueCode,
  params: Readonly<Record<string, IssueParam>>,
  spec: Spec & { readonly type: 'decimal' },
): Schema<string> {
  return {
    kind: 'any',
    read(v, path, ctx) {
      if (typeof v !== 'string' && typeof v !== 'number') return v === undefined ? wrongType(ctx, v, path, 'string') : refuse(ctx, code, path, params);
      return canonical(v) ?? refuse(ctx, code, path, params);
    },
    spec,
  };
}
