import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject, settle, validatePath } from '../src/index';
import { declarationCsv, declarationEntries, fhirInvoice, formatSettlement } from '../src/entries/exports';
import { mustParse, pathJson, projectJson, typeJson } from './helpers/fixtures';

type Json = Record<string, unknown>;
const NIR = '269054958815780';
const example = (f: string) => readFileSync(`examples/obesite/${f}`, 'utf8');
const EX = ['--project', 'examples/obesite/project.json'];

function pcr(args: string[], input?: string) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LC_ALL: '', LANG: '' },
  });
}

describe('a NIR as the patient reference', () => {
  it('is an error that does not repeat it, and the path reaches no output', () => {
    const json = { ...pathJson(), patient: { ...(pathJson().patient as Json), ref: NIR } };
    const r = parsePatientPath(json);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['PATIENT_REF_IS_NIR', 'patient.ref']]);
    expect(JSON.stringify(r.issues)).not.toContain(NIR);
    const line = JSON.stringify({
      ...JSON.parse(example('path.json')),
      patient: { birthDate: '1970-03-14', ref: NIR },
    });
    for (const args of [
      ['declare', ...EX, '--from', '2026-01-01', '--to', '2028-12-31', '--allow-draft', '--fhir'],
      ['report', ...EX, '--from', '2026-01-01', '--to', '2028-12-31', '--json'],
      ['worklist', ...EX, '--as-of', '2027-06-15', '--csv'],
      ['settle', ...EX, '--ndjson', '--as-of', '2027-06-15'],
    ]) {
      const out = pcr(args, `${line}\n`);
      expect([args[0], out.status]).toEqual([args[0], 1]);
      expect(out.stdout + out.stderr).not.toContain(NIR);
    }
  });
});

describe('limits instead of exhaustion', () => {
  it('a list past 10,000 elements is one issue, not one per element; issues stop at 100 with a count', () => {
    const huge = { ...pathJson(), prestations: Array.from({ length: 200_000 }, () => 1) };
    const r = parsePatientPath(huge);
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.params])).toEqual([
      ['INPUT_TOO_LARGE', 'prestations', { max: 10_000, unit: 'elements' }],
    ]);
    const raised = parsePatientPath(huge, { limits: { maxArrayLength: 300_000 } });
    expect(raised.issues.length).toBe(101);
    expect(raised.issues.at(-1)).toMatchObject({
      code: 'INPUT_TOO_MANY_ISSUES',
      params: { shown: 100, more: 199_900 },
    });
    const few = parsePatientPath(
      { ...pathJson(), prestations: Array.from({ length: 30 }, () => 1) },
      { limits: { maxIssues: 10 } },
    );
    expect(few.issues.map((i) => i.code).slice(9)).toEqual(['SCHEMA_INVALID_TYPE', 'INPUT_TOO_MANY_ISSUES']);
  });

  it('durations are bounded so that every computed date stays a four-digit year', () => {
    const t = typeJson() as { duration: Json; sequences: Json[] };
    const r = mustParse(typeJson(), projectJson(), pathJson());
    expect(r.type.duration.months).toBe(12);
    const long = { ...t, duration: { months: 999_999, renewals: { max: 999, months: 999_999 } } };
    expect(parseParcoursType(long).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['SCHEMA_TOO_BIG', 'duration.months'],
      ['SCHEMA_TOO_BIG', 'duration.renewals.max'],
      ['SCHEMA_TOO_BIG', 'duration.renewals.months'],
    ]);
  });

  it('a throwing options object or Proxy never escapes as an exception', () => {
    const d = mustParse(typeJson(), projectJson(), pathJson());
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    ) as never;
    const report = validatePath(d.type, d.project, d.path, hostile);
    expect([report.blocked, report.issues.map((i) => i.code)]).toEqual([true, ['OPTION_INVALID']]);
    expect(settle(d.type, d.project, d.path, hostile).issues.map((i) => i.code)).toEqual([
      'OPTION_INVALID',
      'SETTLEMENT_BLOCKED',
    ]);
    expect(parseProject(projectJson(), hostile).ok).toBe(true);
    const getter = Object.defineProperty({}, 'asOf', {
      get() {
        throw new Error('getter');
      },
    }) as never;
    expect(validatePath(d.type, d.project, d.path, getter).issues.map((i) => i.code)).toEqual(['OPTION_INVALID']);
    const s = settle(d.type, d.project, d.path, { asOf: '2026-12-31' });
    expect(formatSettlement(s, 'fr').length).toBeGreaterThan(0);
    const e = declarationEntries(s, { project: d.project, from: '2026-01-01', to: '2026-12-31' });
    expect(
      e.ok && declarationCsv(e.value).length > 0 && e.value.every((x) => fhirInvoice(x).id.startsWith('pcr-')),
    ).toBe(true);
  });
});

describe('the command line on hostile input', () => {
  it('skips a line over the limit with its number and goes on with the next', () => {
    const path = example('path.json').replace(/\n\s*/g, '');
    const input = `${'['.padEnd(5_000_000, '1,')}]\n${path}\n`;
    const r = pcr(['settle', ...EX, '--ndjson', '--as-of', '2027-06-15', '--fail-on', 'never'], input);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('ligne 1\u00a0: plus de 4194304 caractères, ligne ignorée');
    expect((JSON.parse(r.stdout.trim()) as { line: number; ok: boolean }).line).toBe(2);
  });

  it('ignores a UTF-8 byte-order mark at the start of NDJSON and of a JSON file', () => {
    const path = example('path.json').replace(/\n\s*/g, '');
    const r = pcr(['settle', ...EX, '--ndjson', '--as-of', '2027-06-15'], `\uFEFF${path}\n`);
    expect((JSON.parse(r.stdout.trim()) as { ok: boolean }).ok).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pcr-bom-'));
    writeFileSync(join(dir, 'project.json'), `\uFEFF${example('project.json')}`);
    const f = pcr(['validate', '--project', `${dir}/project.json`, '--path', 'examples/obesite/path.json', '--json']);
    expect((JSON.parse(f.stdout) as { patientRef: string }).patientRef).toBe('PAT-0001');
  });

  it('refuses a file without end (/dev/zero) quickly, as bad usage', () => {
    const r = pcr(['validate', '--project', '/dev/zero', '--path', 'examples/obesite/path.json']);
    expect([r.status, r.stderr]).toEqual([
      2,
      'pcr\u00a0: /dev/zero\u00a0: plus de 16777216 octets, fichier refusé (aide\u00a0: pcr --help)\n',
    ]);
  });

  it('ends quietly with exit 0 when the reader stops early (| head -1)', async () => {
    const path = JSON.parse(example('path.json')) as Json;
    const lines = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ ...path, patient: { ...(path.patient as Json), ref: `PAT-${i}` } }),
    ).join('\n');
    for (const args of [
      ['worklist', ...EX, '--as-of', '2027-06-15'],
      ['declare', ...EX, '--from', '2026-01-01', '--to', '2028-12-31', '--allow-draft', '--fhir'],
    ]) {
      const child = spawn(process.execPath, ['dist/cli.js', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdin.on('error', () => {}); // the child may stop reading once it has exited
      child.stdin.end(lines);
      // Like `head -1`: read the first chunk, then close the pipe.
      await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
      expect([args[0], code, err.includes('EPIPE') || err.includes('Error')]).toEqual([args[0], 0, false]);
    }
  });
});
