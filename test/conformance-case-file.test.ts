import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConformanceCases } from '../src/conformance/case-files';

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
});
