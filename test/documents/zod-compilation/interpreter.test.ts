import { describe, expect, it } from 'vitest';
// This file hands no compiler over (it does not load the library's entry, which hands over z.compile).
import { parsePatientPath } from '../../../src/documents/parse';
import { codes, path } from './compiler';

describe("zod's interpreter when no compiler was handed over (the spreadsheet bundle)", () => {
  it('reads the path, and reports its issues, without a compiler', () => {
    // kills src/documents/parse.ts compiledParser's condition (→ false; || → &&): both call the compiler that was
    // never handed over, and the parse throws (its catch makes it INPUT_NOT_PLAIN, not ok)
    expect(parsePatientPath(path()).ok).toBe(true);
    expect(codes(parsePatientPath(path('2026-02-30')).issues)).toEqual(['INVALID_DATE@inclusion.date']);
  });
});
