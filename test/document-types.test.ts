import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ParcoursType } from '../src/documents/parcours-type';
import { parseParcoursType, parsePatientPath } from '../src/documents/parse';
import type { PatientPath } from '../src/documents/patient-path';
import { pathJson, pr, typeJson } from './helpers/fixtures';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Compiles a tsconfig.json; its diagnostics, one per line, empty when it compiles. */
function compile(project: string): string[] {
  try {
    execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { encoding: 'utf8' });
    return [];
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e)
      .split('\n')
      .filter((l) => l.includes('error TS'));
  }
}

/**
 * The schemas are the only declaration of the documents: each exported type is its schema's output, read-only. The
 * type test (test/types/documents.ts) is compiled with `strict` and `exactOptionalPropertyTypes`, a strict vendor's
 * options: a parsed document, and what an exported schema parses, are assignable to the document's exported type.
 */
describe('document types are their schemas’ output', () => {
  it('compile for a vendor under strict and exactOptionalPropertyTypes (test/types)', () => {
    expect(compile('test/types/tsconfig.json')).toEqual([]);
  }, 60_000);

  it('a parsed type and path read through their exported types', () => {
    const t = parseParcoursType(typeJson());
    const x = parsePatientPath({ ...pathJson(), prestations: [pr('p1', 'A1', '2026-02-03', 'm1', { minutes: 45 })] });
    if (!t.ok || !x.ok) throw new Error('fixtures');
    const type: ParcoursType = t.value;
    const path: PatientPath = x.value;
    expect(type.sequences.map((s) => s.incomplete.policy)).toEqual(['tiers', 'prorata']);
    expect(path.prestations.map((p) => [p.code, p.minutes, p.sequence])).toEqual([['A1', 45, undefined]]);
  });
});
