import * as z from 'zod/mini';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** z.compile, counting its calls. */
function countingCompiler() {
  const calls: unknown[] = [];
  const compile = <S extends z.ZodMiniType>(schema: S): S => {
    calls.push(schema);
    return z.compile(schema);
  };
  return { calls, compile };
}
import { pathJson } from '../helpers/fixtures';

// Each test imports the parse module afresh: its parsers are made on first use, once.
async function freshParse() {
  vi.resetModules();
  return import('../../src/documents/parse');
}

describe("zod's compilation of the document schemas", () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('compiles each schema once, on first use, where code generation is allowed (Node)', async () => {
    // kills src/documents/parse.ts:42 ConditionalExpression (the condition → true) and EqualityOperator (=== → !==)
    const { parsePatientPath, useCompiler } = await freshParse();
    const { calls, compile } = countingCompiler();
    useCompiler(compile);
    expect(parsePatientPath(pathJson()).ok).toBe(true);
    expect(parsePatientPath(pathJson()).ok).toBe(true);
    expect(calls).toHaveLength(1);
    // The compiled parser gives the interpreter's issues: a failure is handed back to zod's runtime.
    const p = pathJson();
    p.inclusion = { date: '2026-02-30' };
    expect(parsePatientPath(p).issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'INVALID_DATE@inclusion.date',
    ]);
  });

  it('reads with zod’s interpreter when no compiler was handed over (the spreadsheet bundle)', async () => {
    // kills src/documents/parse.ts:42 ConditionalExpression (the condition → false) and LogicalOperator (|| → &&):
    // both call the compiler that was never handed over
    const { parsePatientPath } = await freshParse();
    expect(parsePatientPath(pathJson()).ok).toBe(true);
    const p = pathJson();
    p.inclusion = { date: '2026-02-30' };
    expect(parsePatientPath(p).issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'INVALID_DATE@inclusion.date',
    ]);
  });

  it('never compiles under jitless, as the spreadsheet bundle sets it', async () => {
    // kills src/documents/parse.ts:42 ConditionalExpression (z.config().jitless → false) and LogicalOperator (|| → &&)
    z.config({ jitless: true });
    const { parsePatientPath, useCompiler } = await freshParse();
    const { calls, compile } = countingCompiler();
    useCompiler(compile);
    expect(parsePatientPath(pathJson()).ok).toBe(true);
    expect(calls).toEqual([]);
  });
});
