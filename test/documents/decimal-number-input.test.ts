import { describe, expect, it } from 'vitest';
import { parseParcoursType } from '../../src/index';
import { typeJson } from '../helpers/fixtures';

type Json = Record<string, unknown>;

/** The issues of a parse as `CODE@path params`. */
const issuesOf = (r: { issues: readonly { code: string; path: readonly (string | number)[]; params?: unknown }[] }) =>
  r.issues.map((i) => `${i.code}@${i.path.join('.')} ${JSON.stringify(i.params ?? {})}`);

describe('a decimal given as a JSON number that passes the bounds but is written with too many decimals', () => {
  // 0.1 + 0.2 is the double 0.30000000000000004: zod's multipleOf(0.01) and multipleOf(0.000001) take it (its
  // remainder rounds to zero), but JavaScript writes it with 17 decimals, which AMOUNT_PATTERN (2 decimals) and
  // RATE_PATTERN (6 decimals) refuse: the canonical reading is null, and the transform reports the part's own code.
  const tooManyDecimals = 0.1 + 0.2;

  it('is an INVALID_AMOUNT for a forfait amount, never an amount of null', () => {
    // kills src/documents/primitives.ts:98 ConditionalExpression (out !== null → true)
    // kills src/documents/primitives.ts:99 StringLiteral (message error → "") and ObjectLiteral (the issue → {})
    expect(String(tooManyDecimals)).toBe('0.30000000000000004');
    const t = typeJson();
    ((t.sequences as Json[])[1] as Json).forfait = { amount: tooManyDecimals };
    const r = parseParcoursType(t);
    expect(r.ok).toBe(false);
    expect(issuesOf(r)).toEqual(['INVALID_AMOUNT@sequences.1.forfait.amount {}']);
  });

  it('is an INVALID_DECIMAL of [0, 1] for a participation rate', () => {
    const t = typeJson();
    t.participation = { kind: 'rate', rate: tooManyDecimals };
    const r = parseParcoursType(t);
    expect(r.ok).toBe(false);
    expect(issuesOf(r)).toEqual(['INVALID_DECIMAL@participation.rate {"min":0,"max":1}']);
  });

  it('is read as its canonical text when JavaScript writes it with its few decimals', () => {
    // 0.3 as a number is written "0.3": the forfait amount "0.30", the rate "0.3".
    const t = typeJson();
    ((t.sequences as Json[])[1] as Json).forfait = { amount: 0.3 };
    t.participation = { kind: 'rate', rate: 0.3 };
    const r = parseParcoursType(t);
    expect(r.issues).toEqual([]);
    expect(r.ok && r.value.sequences[1]!.forfait.amount).toBe('0.30');
    expect(r.ok && r.value.participation.kind === 'rate' && r.value.participation.rate).toBe('0.3');
  });
});
