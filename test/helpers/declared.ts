import { readFileSync } from 'node:fs';
import { declarationEntries, type DeclarationEntry, type DeclaredEntry } from '../../src/entries/exports';
import { parsePatientPath, parseProject, settle, shippedCatalog } from '../../src/index';

type Json = Record<string, unknown>;

/** The shipped example's projet, parsed when a test asks for it (never when a file loads: see test/mutation/). */
export function exampleProject() {
  const r = parseProject(JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')));
  if (!r.ok) throw new Error('project');
  return r.value;
}

/** The shipped example's path, as JSON (a fresh copy). */
export const examplePath = (): Json => JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Json;

/** The file active's paths, as JSON. */
export const fileActivePaths = (): Json[] =>
  readFileSync('examples/obesite/file-active.ndjson', 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Json);

/** What is declarable for one path on `asOf` (the example's type is a draft: declared as a trial). */
export function declarable(pathJson: Json, asOf = '2027-06-15'): DeclarationEntry[] {
  const path = parsePatientPath(pathJson);
  if (!path.ok) throw new Error(path.issues.map((i) => i.code).join(', '));
  const type = shippedCatalog().resolve(path.value.parcoursType, path.value.inclusion.date);
  if (!type.ok) throw new Error('type');
  const s = settle(type.value, exampleProject(), path.value, { asOf });
  const d = declarationEntries(s, {
    project: exampleProject(),
    from: '2026-01-01',
    to: '2028-12-31',
    allowDraft: true,
  });
  if (!d.ok) throw new Error(d.issues.map((i) => i.code).join(', '));
  return d.value;
}

/** As `pcr declare --json` writes entries (src/cli/batch-sinks.ts): an array, two-space indented. */
export const asJson = (entries: readonly DeclaredEntry[]): string =>
  entries.length === 0
    ? '[]\n'
    : `[\n${entries.map((e) => `  ${JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')}`).join(',\n')}\n]\n`;

/** As `pcr declare --ndjson` writes entries: one JSON object a line. */
export const asNdjson = (entries: readonly DeclaredEntry[]): string =>
  entries.map((e) => `${JSON.stringify(e)}\n`).join('');

/** What a CSV keeps of an entry: no names (the structure's is read as ''), the payee's kind inferred. */
export const withoutNames = (entries: readonly DeclaredEntry[]): DeclaredEntry[] =>
  entries.map((e) => ({
    ...e,
    structure: { ...e.structure, name: '' },
    lines: e.lines.map((l) => {
      const { name: _name, ...payee } = l.payee;
      return { ...l, payee };
    }),
  }));
