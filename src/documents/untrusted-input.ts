import type { IssueSink } from '../issues/issue-sink';

/** Keys that could pollute prototypes: refused wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted in a document. */
export const MAX_DEPTH = 32;
/** The longest list read in a document (ParseOptions.limits.maxArrayLength raises it): 10,000 elements. */
export const MAX_ARRAY_LENGTH = 10_000;
/** The most fields read in one object: 1,000. */
export const MAX_KEYS = 1_000;

/** How much of a document is read before it is refused. */
export interface InputLimits {
  /** The longest list, in elements (10,000 by default). */
  readonly maxArrayLength?: number;
  /** The most issues reported per document (100 by default), then one INPUT_TOO_MANY_ISSUES with the count. */
  readonly maxIssues?: number;
}

/**
 * Walks an untrusted value before the schema reads it, and reports what JSON cannot hold or what could pollute
 * prototypes: forbidden keys, excessive depth, shared or cyclic objects, functions, symbols, bigints, class
 * instances, and objects whose keys or values cannot be read (a throwing getter, a Proxy whose traps throw). zod
 * would take some of these (a class instance's fields, an object met twice), so nothing reaches it that a JSON text
 * could not have held. Each value of the input is read once, here: what comes out is a plain copy of what was read
 * (`{ value }`), the only thing the schema and the issue reports read afterwards, so a getter or a Proxy cannot show
 * them anything else than what was scanned, nor throw later. Issues come in the document's order (depth first, keys
 * in their order). The walk recurses at most {@link MAX_DEPTH} levels, whatever the input. Returns undefined when
 * the value is refused (the reasons are in the sink).
 *
 * @example
 * const sink = issueSink('path', 'fr');
 * scanUntrusted(JSON.parse('{"__proto__": {}}'), sink) // undefined
 * sink.issues.map((i) => [i.code, i.path]) // [['INPUT_FORBIDDEN_KEY', ['__proto__']]]
 * scanUntrusted({ a: [1] }, sink)?.value // { a: [1] }
 */
export function scanUntrusted(
  input: unknown,
  sink: IssueSink,
  limits: InputLimits = {},
): { readonly value: unknown } | undefined {
  const before = sink.issues.length;
  const walk: Walk = { sink, maxArray: limits.maxArrayLength ?? MAX_ARRAY_LENGTH, seen: new Set(), path: [] };
  const value = copyOf(input, walk);
  return sink.issues.length === before ? { value } : undefined;
}

/** The walk's state: where it is (`path`, whose length is the depth), what it has met, where it reports. */
interface Walk {
  readonly sink: IssueSink;
  readonly maxArray: number;
  readonly seen: Set<object>;
  readonly path: (string | number)[];
}

const UNREADABLE: unique symbol = Symbol('unreadable');

/** The copy of a value read from the input (undefined where it is refused, the reason reported at its path). */
function copyOf(value: unknown, walk: Walk): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      walk.sink.add('INPUT_NOT_PLAIN', [...walk.path], {});
      return undefined;
    }
    return value;
  }
  if (value === null) return null;
  const { sink, path } = walk;
  if (path.length >= MAX_DEPTH) {
    sink.add('INPUT_TOO_DEEP', [...path], { max: MAX_DEPTH });
    return undefined;
  }
  if (walk.seen.has(value)) {
    sink.add('INPUT_NOT_PLAIN', [...path], {});
    return undefined;
  }
  walk.seen.add(value);
  const shape = shapeOf(value);
  if (shape === UNREADABLE || shape === INSTANCE) {
    sink.add('INPUT_NOT_PLAIN', [...path], {});
    return undefined;
  }
  if (typeof shape === 'number') {
    // A list past the limit is refused whole: its elements are never read, nor reported one by one.
    if (shape > walk.maxArray) {
      sink.add('INPUT_TOO_LARGE', [...path], { max: walk.maxArray, unit: 'elements' });
      return undefined;
    }
    const copy: unknown[] = [];
    for (let i = 0; i < shape; i++) copy.push(childOf(value, i, walk));
    return copy;
  }
  if (shape.length > MAX_KEYS) {
    sink.add('INPUT_TOO_LARGE', [...path], { max: MAX_KEYS, unit: 'keys' });
    return undefined;
  }
  // The copy's keys come in the input's order (the schema reports unknown keys in that order).
  const copy: Record<string, unknown> = {};
  for (const key of shape) {
    if (FORBIDDEN_KEYS.has(key)) sink.add('INPUT_FORBIDDEN_KEY', [...path, key], { key });
    else copy[key] = childOf(value, key, walk);
  }
  return copy;
}

const INSTANCE: unique symbol = Symbol('instance');

/**
 * What the walk reads of an object, once: a list's length, a plain object's keys, INSTANCE for an object of another
 * prototype, UNREADABLE when a Proxy's trap throws or gives a list a length that is not a whole number.
 */
function shapeOf(value: object): number | readonly string[] | typeof INSTANCE | typeof UNREADABLE {
  try {
    if (Array.isArray(value)) {
      // A Proxy's length may be anything: Number.isSafeInteger is false for what is not a number.
      const length = value.length;
      return Number.isSafeInteger(length) && length >= 0 ? length : UNREADABLE;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null ? Object.keys(value) : INSTANCE;
  } catch {
    return UNREADABLE;
  }
}

/** The copy of the value at `key` of `value`; undefined, reported at the key's path, when reading it throws. */
function childOf(value: object, key: string | number, walk: Walk): unknown {
  walk.path.push(key);
  let child: unknown = UNREADABLE;
  try {
    child = (value as Record<string | number, unknown>)[key];
  } catch {
    walk.sink.add('INPUT_NOT_PLAIN', [...walk.path], {});
  }
  const copy = child === UNREADABLE ? undefined : copyOf(child, walk);
  walk.path.pop();
  return copy;
}
