import { childPath, FAIL, flag, refuse, wrongType, type AnySchema, type JsonKind, type Output, type Path, type ReadContext, type Schema } from './schema-kit';
import { FORBIDDEN_KEYS } from './untrusted-scan';

type Shape = Readonly<Record<string, AnySchema>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
/** The output of an object schema: its required keys, then its optional ones. */
export type ObjectOutput<S extends Shape> = Flat<{ -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Output<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Output<S[K]> }>;

/** An object schema: its spec names its shape (a tagged union reads its branches' tags there). */
export type ObjectSchema<S extends Shape> = Schema<ObjectOutput<S>> & { readonly spec: { readonly type: 'object'; readonly shape: S } };

/**
 * In the fast lane, a container is read once: a second meeting (a shared or cyclic object) is refused, as is an object
 * that is not plain (a class instance). Reporting runs after the input scan, which has said so already.
 */
function freshContainer(v: object, ctx: ReadContext, plain: boolean): boolean {
  if (ctx.report !== null) return true;
  if (ctx.seen.has(v)) return false;
  ctx.seen.add(v);
  if (!plain) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const isRecordLike = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A strict object: the keys of `shape` (optional ones may be absent), nothing else.
 *
 * @example
 * object({ date: isoDate, by: optional(identifier) })
 */
export function object<S extends Shape>(shape: S): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k] as AnySchema);
  const known = new Set(keys);
  return {
    kind: 'object',
    allowed: '(object)',
    spec: { type: 'object', shape },
    read(v, path, ctx) {
      if (!isRecordLike(v)) return wrongType(ctx, v, path, 'object');
      const report = ctx.report;
      if (report === null) {
        if (!freshContainer(v, ctx, true)) return FAIL;
        for (const k in v) if (!known.has(k)) return FAIL;
      }
      const out: Record<string, unknown> = {};
      let ok = true;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const field = fields[i] as AnySchema;
        const x = v[k];
        if (x === undefined) {
          if (field.optional) continue;
          if (report === null) return FAIL;
          ok = flag(ctx, 'SCHEMA_REQUIRED', [...path, k]);
          continue;
        }
        const r: unknown = field.read(x, childPath(ctx, path, k), ctx);
        if (r !== FAIL) out[k] = r;
        else if (report === null) return FAIL;
        else ok = false;
      }
      if (report !== null) {
        for (const k of Object.keys(v)) if (!known.has(k)) ok = flag(ctx, 'SCHEMA_UNKNOWN_KEY', [...path, k], { key: k });
      }
      return ok ? (out as ObjectOutput<S>) : FAIL;
    },
  };
}

/**
 * A list of `item`, with optional length bounds.
 *
 * @example
 * array(identifier, { min: 1 })
 */
export function array<T>(item: Schema<T>, bounds: { readonly min?: number; readonly max?: number } = {}): Schema<T[]> {
  const { min, max } = bounds;
  return {
    kind: 'array',
    read(v, path, ctx) {
      if (!Array.isArray(v)) return wrongType(ctx, v, path, 'array');
      const report = ctx.report;
      if (report === null && (!freshContainer(v, ctx, false) || (min !== undefined && v.length < min) || (max !== undefined && v.length > max))) return FAIL;
      const out: T[] = [];
      let ok = true;
      for (let i = 0; i < v.length; i++) {
        const r = item.read(v[i], childPath(ctx, path, i), ctx);
        if (r !== FAIL) out.push(r);
        else if (report === null) return FAIL;
        else ok = false;
      }
      if (min !== undefined && v.length < min) ok = flag(ctx, 'SCHEMA_TOO_SMALL', path, { minimum: min });
      if (max !== undefined && v.length > max) ok = flag(ctx, 'SCHEMA_TOO_BIG', path, { maximum: max });
      return ok ? out : FAIL;
    },
    spec: { type: 'array', item, min, max },
  };
}

/**
 * An object used as a map: every key read by `key`, every value by `value`, in the input's key order.
 *
 * @example
 * record(identifier, amount) // { "A": "563.00", "B": "650.00" }
 */
export function record<T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> {
  return {
    kind: 'object',
    read(v, path, ctx) {
      if (!isRecordLike(v)) return wrongType(ctx, v, path, 'object');
      const report = ctx.report;
      if (!freshContainer(v, ctx, true)) return FAIL;
      const out: Record<string, T> = {};
      let ok = true;
      for (const k of Object.keys(v)) {
        if (report === null && FORBIDDEN_KEYS.has(k)) return FAIL;
        const at = childPath(ctx, path, k);
        if (key.read(k, at, ctx) === FAIL) {
          if (report === null) return FAIL;
          ok = false;
          continue;
        }
        const r = value.read(v[k], at, ctx);
        if (r !== FAIL) out[k] = r;
        else if (report === null) return FAIL;
        else ok = false;
      }
      return ok ? out : FAIL;
    },
    spec: { type: 'record', key, value },
  };
}

/**
 * One of several objects told apart by the text of one key (`tag`).
 *
 * @example
 * tagged('policy', [object({ policy: oneOf(['none']) }), object({ policy: oneOf(['tiers']), tiers: array(tier) })])
 */
export function tagged<const B extends readonly ObjectSchema<Shape>[]>(
  tag: string,
  branches: B,
): Schema<Output<B[number]>> {
  const byTag = new Map<unknown, AnySchema>();
  for (const b of branches) byTag.set(b.spec.shape[tag]?.allowed, b);
  const allowed = [...byTag.keys()].join(', ');
  return {
    kind: 'object',
    read(v, path, ctx) {
      if (!isRecordLike(v)) return wrongType(ctx, v, path, 'object');
      const branch = byTag.get(v[tag]);
      if (branch === undefined) return refuse(ctx, 'SCHEMA_INVALID_VALUE', childPath(ctx, path, tag), { allowed });
      return branch.read(v, path, ctx) as Output<B[number]> | typeof FAIL;
    },
    spec: { type: 'tagged', branches },
  };
}

/**
 * One of several schemas of different JSON kinds (a text or an object, say): the value's kind picks the branch.
 * A value no branch takes, or that its branch refuses on the spot, is reported with the list of what is allowed;
 * a branch that refuses something deeper reports it itself.
 *
 * @example
 * union([oneOf(['inclusion']), object({ after: identifier })])
 */
export function union<const B extends readonly AnySchema[]>(branches: B): Schema<Output<B[number]>> {
  const kinds = branches.map((b) => b.kind);
  if (new Set(kinds).size !== kinds.length || kinds.includes('any')) throw new Error('union: one branch per JSON kind');
  const allowed = branches.map((b) => b.allowed ?? `(${b.kind})`).join(', ');
  const kindOf = (v: unknown): JsonKind | null => {
    if (Array.isArray(v)) return 'array';
    const t = typeof v;
    return t === 'string' || t === 'number' || t === 'boolean' || (t === 'object' && v !== null) ? (t as JsonKind) : null;
  };
  return {
    kind: 'any',
    read(v, path, ctx) {
      const kind = kindOf(v);
      const branch = branches.find((b) => b.kind === kind);
      if (branch === undefined) return refuse(ctx, 'SCHEMA_INVALID_VALUE', path, { allowed });
      const report = ctx.report;
      if (report === null) return branch.read(v, path, ctx) as Output<B[number]>;
      // Reporting: hold the branch's issues; those on the value itself become the union's one issue.
      const held: [Parameters<typeof report.add>[0], Path, Parameters<typeof report.add>[2]][] = [];
      const r = branch.read(v, path, { report: { add: (code, at, params) => held.push([code, at, params]) }, seen: ctx.seen });
      if (r !== FAIL) return r as Output<B[number]>;
      if (held.some(([, at]) => at.length <= path.length)) return refuse(ctx, 'SCHEMA_INVALID_VALUE', path, { allowed });
      for (const [code, at, params] of held) report.add(code, at, params);
      return FAIL;
    },
    spec: { type: 'union', branches },
  };
}
