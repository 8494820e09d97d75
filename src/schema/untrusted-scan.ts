import type { IssueSink } from '../issues/make-issue';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
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
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value: input, path: [], depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: (string | number)[]; depth: number };
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      sink.add('INPUT_NOT_PLAIN', path);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      sink.add('INPUT_TOO_DEEP', path, { max: MAX_DEPTH });
      continue;
    }
    if (seen.has(value)) {
      sink.add('INPUT_NOT_PLAIN', path);
      continue;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], depth: depth + 1 });
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      sink.add('INPUT_NOT_PLAIN', path);
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        sink.add('INPUT_FORBIDDEN_KEY', [...path, key], { key });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
  return sink.issues.length === before;
}
