import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseFileError, loadConformanceCases } from '../src/conformance/case-files';

const dir = mkdtempSync(join(tmpdir(), 'pcr-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConformanceCases reads each case through its schema', () => {
  it('keeps a well-formed case as written, its projet file read', () => {
    const folder = join(dir, 'ok');
    mkdirSync(folder);
    writeFileSync(join(folder, 'project.json'), '{"id": "PRJ"}');
    writeFileSync(
      join(folder, '01.json'),
      JSON.stringify({
        id: 'c1',
        title: 'T',
        asOf: '2026-01-31',
        path: {},
        project: 'project.json',
        note: 'n',
        expect: { blocked: false },
      }),
    );
    const [c] = loadConformanceCases(folder);
    expect(c?.case).toEqual({
      id: 'c1',
      title: 'T',
      asOf: '2026-01-31',
      path: {},
      project: 'project.json',
      note: 'n',
      expect: { blocked: false },
    });
    expect(c?.project).toEqual({ id: 'PRJ' });
  });

  it('refuses a file that is not a case, naming it and the first wrong field', () => {
    const folder = join(dir, 'bad');
    mkdirSync(folder);
    writeFileSync(join(folder, 'project.json'), '{}');
    const file = join(folder, '01.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'c1', title: 'T', asOf: '2026-01-31', path: {}, expect: { blocked: 'no' } }),
    );
    expect(() => loadConformanceCases(folder)).toThrow(
      `pcr-forfait\u00a0: ${file} n'est pas un cas de conformité (champ «\u00a0expect.blocked\u00a0»). / pcr-forfait: ${file} is not a conformance case (field "expect.blocked").`,
    );
  });

  /** What loadConformanceCases threw, as [class, file, field]. */
  const thrown = (folder: string) => {
    try {
      loadConformanceCases(folder);
    } catch (e) {
      return e instanceof CaseFileError ? ['CaseFileError', e.file, e.field] : [String(e)];
    }
    return ['nothing'];
  };

  it('throws a CaseFileError naming the file (and the field) that cannot be read, is not JSON or is not a case', () => {
    const folder = join(dir, 'errors');
    mkdirSync(folder);
    writeFileSync(join(folder, 'project.json'), '{}');
    const file = join(folder, '01.json');
    writeFileSync(file, JSON.stringify({ id: 'c1', asOf: '2026-01-31', path: {}, expect: {} }));
    expect(thrown(folder)).toEqual(['CaseFileError', file, 'title']);
    writeFileSync(file, '{ "id": ');
    expect(thrown(folder)).toEqual(['CaseFileError', file, undefined]);
    // A case naming a projet file that is not there: that file is named.
    writeFileSync(
      file,
      JSON.stringify({ id: 'c1', title: 'T', asOf: '2026-01-31', path: {}, expect: {}, project: 'p.json' }),
    );
    expect(thrown(folder)).toEqual(['CaseFileError', join(folder, 'p.json'), undefined]);
    expect(thrown(join(dir, 'nowhere'))).toEqual(['CaseFileError', join(dir, 'nowhere'), undefined]);
    expect(() => loadConformanceCases(join(dir, 'nowhere'))).toThrow(
      `pcr-forfait\u00a0: ${join(dir, 'nowhere')} ne se lit pas (fichier ou dossier absent, ou JSON invalide). / pcr-forfait: ${join(dir, 'nowhere')} cannot be read (no such file or folder, or not JSON).`,
    );
  });
});
