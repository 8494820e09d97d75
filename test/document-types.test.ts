import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ParcoursType } from '../src/documents/parcours-type';
import { parseParcoursType, parsePatientPath } from '../src/documents/parse';
import type { PatientPath } from '../src/documents/patient-path';
import { pathJson, pr, typeJson } from './helpers/fixtures';

/** The four modules that declare the documents. */
const DOCUMENT_MODULES = /src\/documents\/(parcours-type|project|patient-path|distribution-key)\.d\.ts$/;

/**
 * One TypeScript program over test/types (its tsconfig.json: `strict` and `exactOptionalPropertyTypes`, a strict
 * vendor's options) and the modules it imports: its diagnostics, and the declarations it emits for the four
 * document modules (what tsup writes in the `.d.ts`).
 */
function compileTypeTest(): { diagnostics: string[]; declarations: Map<string, string> } {
  const config = ts.readConfigFile('test/types/tsconfig.json', ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, 'test/types');
  const program = ts.createProgram(parsed.fileNames, {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
  });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].map(
    (d) => `${d.file?.fileName ?? ''} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
  );
  const declarations = new Map<string, string>();
  program.emit(undefined, (name, text) => {
    if (DOCUMENT_MODULES.test(name)) declarations.set(name, text);
  });
  return { diagnostics, declarations };
}

const compiled = compileTypeTest();

/**
 * The schemas are the only declaration of the documents: each exported type is its schema's output, read-only. The
 * type test (test/types/documents.ts) is compiled with `strict` and `exactOptionalPropertyTypes`, a strict vendor's
 * options: a parsed document, and what an exported schema parses, are assignable to the document's exported type.
 */
describe('document types are their schemas’ output', () => {
  it('compile for a vendor under strict and exactOptionalPropertyTypes (test/types)', () => {
    expect(compiled.diagnostics).toEqual([]);
  });

  it('keep every field’s comment in the emitted declarations (what a vendor’s editor shows on hover)', () => {
    // The declarations of the four document modules, as tsup's emitter writes them: each field of a document, where
    // its schema's type is written (its fields object, and again inline where another schema holds it), carries its
    // comment. An object schema written inline (`z.strictObject({ … })` as an argument) would lose them.
    const fields: string[] = [];
    const bare: string[] = [];
    for (const [name, text] of compiled.declarations) {
      const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (ts.isPropertySignature(n) && n.type?.getText(sf).startsWith('z.')) {
          const field = n.name.getText(sf);
          const comments = ts.getLeadingCommentRanges(text, n.getFullStart()) ?? [];
          fields.push(field);
          // A union's discriminant (`kind`, `policy`) says what it is by its literal.
          if (!comments.some((c) => text.startsWith('/**', c.pos)) && field !== 'kind' && field !== 'policy')
            bare.push(`${name.replace(/.*src/, 'src')}: ${field}`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(compiled.declarations.size).toBe(4);
    expect(fields).toEqual(expect.arrayContaining(['prestations', 'minutes', 'weights', 'byProfile', 'bySequence']));
    expect(bare).toEqual([]);
  });

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
