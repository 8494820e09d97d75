import { describe, expect, it } from 'vitest';
// Each file of this folder loads the parse module once (a file is a fresh module registry), and its parsers are made
// on first use: no module is reloaded inside a test, so the schemas stay built at load, as in the library.
import { parsePatientPath, useCompiler } from '../../../src/documents/parse';
import { codes, countingCompiler, path } from './compiler';

describe("zod's compilation of the document schemas, where code generation is allowed (Node)", () => {
  it('compiles each schema once, on first use', () => {
    // kills src/documents/parse.ts compiledParser's condition (→ true; compiler === undefined → !==): no call at all;
    // and its cache (??=): a call per parse
    const { calls, compile } = countingCompiler();
    useCompiler(compile);
    expect(parsePatientPath(path()).ok).toBe(true);
    expect(parsePatientPath(path()).ok).toBe(true);
    expect(calls).toHaveLength(1);
    // The compiled parser gives the interpreter's issues: a failure is handed back to zod's runtime.
    expect(codes(parsePatientPath(path('2026-02-30')).issues)).toEqual(['INVALID_DATE@inclusion.date']);
  });
});
