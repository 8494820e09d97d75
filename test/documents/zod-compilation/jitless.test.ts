import * as z from 'zod/mini';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePatientPath, useCompiler } from '../../../src/documents/parse';
import { countingCompiler, path } from './compiler';

describe("zod's compilation under jitless, as the spreadsheet bundle sets it", () => {
  afterAll(() => {
    z.config({ jitless: false });
  });

  it('never compiles, even with a compiler handed over', () => {
    // kills src/documents/parse.ts compiledParser's condition (z.config().jitless → false; || → &&)
    z.config({ jitless: true });
    const { calls, compile } = countingCompiler();
    useCompiler(compile);
    expect(parsePatientPath(path()).ok).toBe(true);
    expect(calls).toEqual([]);
  });
});
