import type { IssueSink } from '../issues/make-issue';

/** Keys that could pollute prototypes: reported by the scan, refused by the schemas' fast lane. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted in a document. */
export const MAX_DEPTH = 32;

/**
 * Walks an untrusted value before schema parsing and reports what JSON cannot hold or what could pollute
 * prototypes: forbidden keys, excessive depth, cycles, functions and class instances. Iterative: no deep
 * recursion whatever the input. Returns true when the value is safe to hand to the schema.
 *
 * @example
 * scanUntrusted(JSON.parse('{"__proto__": {}}'), sink) // false, with INPUT_FORBIDDEN_KEY at ["__proto__"]
 */
export function scanUntrusted(input: unknown, sink: IssueSink): boolean {
  const before = sink.issues.length;
  // Paths are built only for what is reported: each frame knows its parent and its key.
  const stack: Frame[] = [{ value: input, parent: null, key: '', depth: 0 }];
  const seen = new Set<object>();
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value, depth } = frame;
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      sink.add('INPUT_NOT_PLAIN', pathOf(frame));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      sink.add('INPUT_TOO_DEEP', pathOf(frame), { max: MAX_DEPTH });
      continue;
    }
    if (seen.has(value)) {
      sink.add('INPUT_NOT_PLAIN', pathOf(frame));
      continue;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pushChild(stack, value[i], frame, i);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      sink.add('INPUT_NOT_PLAIN', pathOf(frame));
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        sink.add('INPUT_FORBIDDEN_KEY', [...pathOf(frame), key], { key });
        continue;
      }
      pushChild(stack, (value as Record<string, unknown>)[key], frame, key);
    }
  }
  return sink.issues.length === before;
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
  if (value === null || t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined') return;
  stack.push({ value, parent, key, depth: parent.depth + 1 });
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}
