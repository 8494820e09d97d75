import { isIsoDate } from '../dates/calendar';
import { COMPLEMENTARY_KINDS, EXEMPTIONS, PRESTATION_STATUSES } from '../domain/vocabulary';
import { EXIT_REASONS, TERRITORY_PATTERN, type PatientPath } from './patient-path';
import { COUNT_MAX, IDENTIFIER_PATTERN, TEXT_MAX } from './primitives';

/**
 * The fast lane of `parsePatientPath`: a direct reader of the path schema (./patient-path.ts) that accepts only
 * documents the schema certainly accepts and builds the same value (same keys, same order). On anything else —
 * an unknown key, a wrong type, a shared or non-plain object, a getter that throws — it answers null and the full
 * pipeline (input scan, then zod) runs and says what is wrong. A property test holds the two to the same output.
 */
const FAIL: unique symbol = Symbol('fail');
type Read = (value: unknown, seen: Set<object>) => unknown;
type Field = readonly [key: string, read: Read, optional: boolean];

const str: Read = (v) => (typeof v === 'string' ? v : FAIL);
const matching = (pattern: RegExp): Read => (v) => (typeof v === 'string' && pattern.test(v) ? v : FAIL);
const oneOf = (values: readonly string[]): Read => {
  const set = new Set(values);
  return (v) => (typeof v === 'string' && set.has(v) ? v : FAIL);
};
const isIdentifier = (v: unknown): v is string => typeof v === 'string' && IDENTIFIER_PATTERN.test(v);
const identifier: Read = (v) => (isIdentifier(v) ? v : FAIL);
/**
 * Prestation codes, team member ids and séquence ids seen valid: the vocabulary of the rules and the team, which
 * repeats on every line of a file active, so the pattern runs once per word. Nothing about a patient is kept here.
 */
const vocabulary = new Set<string>();
const isVocabulary = (v: unknown): v is string => {
  if (typeof v === 'string' && vocabulary.has(v)) return true;
  if (!isIdentifier(v)) return false;
  if (vocabulary.size < 1024) vocabulary.add(v);
  return true;
};
const date: Read = (v) => (isIsoDate(v) ? v : FAIL);
const text: Read = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= TEXT_MAX ? v : FAIL);

function fresh(v: unknown, seen: Set<object>): v is object {
  if (typeof v !== 'object' || v === null || seen.has(v)) return false;
  seen.add(v);
  return true;
}

function array(read: Read): Read {
  return (v, seen) => {
    if (!Array.isArray(v) || !fresh(v, seen)) return FAIL;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = read(v[i], seen);
      if (r === FAIL) return FAIL;
      out.push(r);
    }
    return out;
  };
}

function object(fields: readonly Field[]): Read {
  const keys = fields.map(([k]) => k);
  const known = new Set(keys);
  const reads = fields.map(([, read]) => read);
  const optional = fields.map(([, , o]) => o);
  return (v, seen) => {
    if (Array.isArray(v) || !fresh(v, seen)) return FAIL;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return FAIL;
    const input = v as Record<string, unknown>;
    const own = Object.keys(input);
    for (let i = 0; i < own.length; i++) if (!known.has(own[i] as string)) return FAIL;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const x = input[k];
      if (x === undefined) {
        if (optional[i] && !(k in input)) continue;
        return FAIL;
      }
      const r = (reads[i] as Read)(x, seen);
      if (r === FAIL) return FAIL;
      out[k] = r;
    }
    return out;
  };
}

const status = oneOf(PRESTATION_STATUSES);
const PRESTATION_KEYS = new Set(['id', 'code', 'date', 'member', 'minutes', 'status', 'sequence', 'note']);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;

/**
 * One prestation record, written out field by field (the generic object reader, with its keyed reads, is the
 * slowest part of the fast lane and this record is read twenty times per path).
 */
const prestation: Read = (v, seen) => {
  if (Array.isArray(v) || !fresh(v, seen)) return FAIL;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return FAIL;
  const o = v as { id?: unknown; code?: unknown; date?: unknown; member?: unknown; minutes?: unknown; status?: unknown; sequence?: unknown; note?: unknown };
  const { id, code, date: on, member, minutes, status: state, sequence, note } = o;
  if (!isIdentifier(id) || !isVocabulary(code) || !isIsoDate(on) || !isVocabulary(member) || status(state, seen) === FAIL) return FAIL;
  // Keys counted without listing them (an inherited enumerable key fails the count or the names: full pipeline).
  let keys = 0;
  for (const k in o) {
    if (!PRESTATION_KEYS.has(k)) return FAIL;
    keys++;
  }
  // The common record (minutes, no séquence, no note) is built in one literal, born with its final shape.
  if (keys === 6 && sequence === undefined && note === undefined && isCount(minutes)) return { id, code, date: on, member, minutes, status: state };
  const out: Record<string, unknown> = { id, code, date: on, member };
  let present = 5;
  if (minutes !== undefined) {
    if (!isCount(minutes)) return FAIL;
    out.minutes = minutes;
    present++;
  } else if ('minutes' in o) return FAIL;
  out.status = state;
  if (sequence !== undefined) {
    if (!isVocabulary(sequence)) return FAIL;
    out.sequence = sequence;
    present++;
  } else if ('sequence' in o) return FAIL;
  if (note !== undefined) {
    if (text(note, seen) === FAIL) return FAIL;
    out.note = note;
    present++;
  } else if ('note' in o) return FAIL;
  return keys === present ? out : FAIL;
};

const readPath = object([
  ['$schema', str, true],
  ['parcoursType', identifier, false],
  ['patient', object([['ref', identifier, false], ['birthDate', date, false], ['territory', matching(TERRITORY_PATTERN), true], ['nir', str, true]]), false],
  ['coverage', object([['exemptions', array(oneOf(EXEMPTIONS)), true], ['complementary', oneOf(COMPLEMENTARY_KINDS), false]]), false],
  ['profile', identifier, true],
  ['inclusion', object([['date', date, false], ['by', identifier, true]]), false],
  ['exit', object([['date', date, false], ['reason', oneOf(EXIT_REASONS), false]]), true],
  ['renewals', array(object([['date', date, false]])), true],
  [
    'prestations',
    array(prestation),
    false,
  ],
]);

/**
 * Reads a patient path the schema certainly accepts, or answers null (then use the full parse for the issues).
 * Never throws; never mutates its input.
 *
 * @example
 * readPatientPathFast(JSON.parse(line)) // the same value as patientPathSchema.parse, or null
 */
export function readPatientPathFast(input: unknown): PatientPath | null {
  try {
    const out = readPath(input, new Set());
    return out === FAIL ? null : (out as PatientPath);
  } catch {
    return null;
  }
}
