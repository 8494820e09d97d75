import * as z from 'zod/mini';

/** z.compile, counting its calls. */
export function countingCompiler() {
  const calls: unknown[] = [];
  const compile = <S extends z.ZodMiniType>(schema: S): S => {
    calls.push(schema);
    return z.compile(schema);
  };
  return { calls, compile };
}

/** A path the parse accepts (no import of the library's entry, which would hand over z.compile). */
export function path(inclusion = '2026-01-31'): Record<string, unknown> {
  return {
    parcoursType: 't-test',
    patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory: '75' },
    coverage: { complementary: 'responsable' },
    profile: 'A',
    inclusion: { date: inclusion },
    prestations: [],
  };
}

/** A parse's issues as `CODE@path`. */
export function codes(issues: readonly { code: string; path: readonly (string | number)[] }[]): string[] {
  return issues.map((i) => `${i.code}@${i.path.join('.')}`);
}
