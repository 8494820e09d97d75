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
 * could not have held. Iterative: no deep recursion whatever the input. Returns true when the value is safe to hand
 * to the schema.
 *
 * @example
 * const sink = issueSink('path', 'fr');
 * scanUntrusted(JSON.parse('{"__proto__": {}}'), sink) // false
 * sink.issues.map((i) => [i.code, i.path]) // [['INPUT_FORBIDDEN_KEY', ['__proto__']]]
 */
export function scanUntrusted(input: unknown, sink: IssueSink, limits: InputLimits = {}): boolean {
  const maxArray = limits.maxArrayLength ?? MAX_ARRAY_LENGTH;
  const before = sink.issues.length;
  // Paths are built only for what is reported: each frame knows its parent and its key.
  // Stryker disable next-line StringLiteral: the root's key is never read (a path stops below the root)
  const stack: Frame[] = [{ value: input, parent: null, key: '', depth: 0 }];
  const seen = new Set<object>();
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    try {
      visit(frame, stack, seen, sink, maxArray);
    } catch {
      sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    }
  }
  return sink.issues.length === before;
}

function visit(frame: Frame, stack: Frame[], seen: Set<object>, sink: IssueSink, maxArray: number): void {
  const { value, depth } = frame;
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    // Stryker disable next-line StringLiteral: an unknown code throws in the sink, and the scan's catch reports INPUT_NOT_PLAIN at the same path
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    sink.add('INPUT_TOO_DEEP', pathOf(frame), { max: MAX_DEPTH });
    return;
  }
  if (seen.has(value)) {
    // Stryker disable next-line StringLiteral: an unknown code throws in the sink, and the scan's catch reports INPUT_NOT_PLAIN at the same path
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  seen.add(value);
  if (Array.isArray(value)) {
    // A list past the limit is refused whole: its elements are never read, nor reported one by one.
    if (value.length > maxArray) {
      sink.add('INPUT_TOO_LARGE', pathOf(frame), { max: maxArray, unit: 'elements' });
      return;
    }
    for (let i = value.length - 1; i >= 0; i--) pushChild(stack, read(value, i, frame, sink), frame, i);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    // Stryker disable next-line StringLiteral: an unknown code throws in the sink, and the scan's catch reports INPUT_NOT_PLAIN at the same path
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) {
    sink.add('INPUT_TOO_LARGE', pathOf(frame), { max: MAX_KEYS, unit: 'keys' });
    return;
  }
  // Stryker disable next-line ArithmeticOperator: keys past the last are undefined, skipped by the guard below
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    // Stryker disable next-line ConditionalExpression: keys[i] is never undefined for i within the keys (a guard for the type)
    if (key === undefined) continue;
    if (FORBIDDEN_KEYS.has(key)) {
      sink.add('INPUT_FORBIDDEN_KEY', [...pathOf(frame), key], { key });
      continue;
    }
    pushChild(stack, read(value, key, frame, sink), frame, key);
  }
}

const UNREADABLE: unique symbol = Symbol('unreadable');

/** The value of a key, or UNREADABLE (reported at the key's path) when reading it throws. */
function read(value: object, key: string | number, frame: Frame, sink: IssueSink): unknown {
  try {
    return Reflect.get(value, key);
  } catch {
    sink.add('INPUT_NOT_PLAIN', [...pathOf(frame), key], {});
    return UNREADABLE;
  }
}

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | null;
  readonly key: string | number;
  readonly depth: number;
}

/** Scalars need no frame (nothing to report on them but functions, symbols and bigints). */
function pushChild(stack: Frame[], value: unknown, parent: Frame, key: string | number): void {
  const t = typeof value;
  if (
    value === UNREADABLE ||
    // Stryker disable next-line ConditionalExpression: a scalar pushed anyway is dropped by visit without a word (this test only spares a frame)
    value === null ||
    // Stryker disable next-line ConditionalExpression,StringLiteral: a scalar pushed anyway is dropped by visit without a word (this test only spares a frame)
    t === 'string' ||
    // Stryker disable next-line ConditionalExpression,StringLiteral: a scalar pushed anyway is dropped by visit without a word (this test only spares a frame)
    t === 'number' ||
    // Stryker disable next-line ConditionalExpression,StringLiteral: a scalar pushed anyway is dropped by visit without a word (this test only spares a frame)
    t === 'boolean' ||
    // Stryker disable next-line ConditionalExpression,StringLiteral: a scalar pushed anyway is dropped by visit without a word (this test only spares a frame)
    t === 'undefined'
  )
    return;
  stack.push({ value, parent, key, depth: parent.depth + 1 });
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  // Stryker disable next-line ConditionalExpression: f is never null: the walk stops at the root, the one frame without a parent
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}
