import type { IssueSink } from '../issues/issue-sink';

/** Keys that could pollute prototypes: refused wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted in a document. */
export const MAX_DEPTH = 32;

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
export function scanUntrusted(input: unknown, sink: IssueSink): boolean {
  const before = sink.issues.length;
  // Paths are built only for what is reported: each frame knows its parent and its key.
  const stack: Frame[] = [{ value: input, parent: null, key: '', depth: 0 }];
  const seen = new Set<object>();
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    try {
      visit(frame, stack, seen, sink);
    } catch {
      sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    }
  }
  return sink.issues.length === before;
}

function visit(frame: Frame, stack: Frame[], seen: Set<object>, sink: IssueSink): void {
  const { value, depth } = frame;
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    sink.add('INPUT_TOO_DEEP', pathOf(frame), { max: MAX_DEPTH });
    return;
  }
  if (seen.has(value)) {
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) pushChild(stack, read(value, i, frame, sink), frame, i);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    sink.add('INPUT_NOT_PLAIN', pathOf(frame), {});
    return;
  }
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
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
    return (value as Record<string | number, unknown>)[key];
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
    value === null ||
    t === 'string' ||
    t === 'number' ||
    t === 'boolean' ||
    t === 'undefined'
  )
    return;
  stack.push({ value, parent, key, depth: parent.depth + 1 });
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}
