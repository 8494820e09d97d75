import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typo } from './helpers/typography';

const EX = [
  '--project',
  'examples/obesite/project.json',
  '--path',
  'examples/obesite/path.json',
  '--as-of',
  '2026-12-15',
];

function pcr(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('pcr command line (run as a process)', () => {
  it('settles the shipped example as JSON; an error finding gives exit code 1 unless --fail-on never', () => {
    const r = pcr(['settle', ...EX, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.out) as {
      sequences: { sequence: string; forfait: { amount: string }; payers: { amo: string; amc: string } }[];
      issues: { code: string }[];
    };
    expect(s.sequences.map((q) => [q.sequence, q.forfait.amount, q.payers.amo, q.payers.amc])).toEqual([
      ['S1', '536.00', '375.20', '160.80'],
    ]);
    expect(s.issues.map((i) => i.code)).toEqual(['PRESTATION_TOO_SHORT']);
    expect(pcr(['settle', ...EX, '--json', '--fail-on', 'never']).code).toBe(0);
  });

  it('prints a readable report, in English on request', () => {
    const fr = pcr(['validate', ...EX]);
    expect(fr.out).toContain(
      'Séquence S1 (Phase intensive) — complète — du 2026-05-31 au 2026-11-30 · complète le 2026-09-21',
    );
    const en = pcr(['validate', ...EX, '--lang', 'en']);
    expect(en.out).toContain(
      'Sequence S1 (Phase intensive) — completed — from 2026-05-31 to 2026-11-30 · completed on 2026-09-21',
    );
    expect(en.out).toContain('Service of 20 min, under the minimum of 30 min: it is not counted.');
  });

  it('answers bad usage with the usage text on standard error and exit code 2', () => {
    for (const args of [
      ['frobnicate'],
      ['settle', '--nope'],
      ['settle', ...EX, '--lang', 'de'],
      ['validate', ...EX.slice(0, 4), '--as-of', '2026-02-30'],
      ['schema', 'nope'],
      ['settle', '--path', 'x.json'],
      [],
    ]) {
      const r = pcr(args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toContain(typo('Usage :'));
      expect(r.out).toBe('');
    }
    expect(pcr(['settle', '--project', 'missing.json', '--path', 'x.json']).err).toContain(
      typo('pcr : fichier illisible : missing.json'),
    );
  });

  it('settles an NDJSON batch, reports a malformed line with its number and goes on', () => {
    const path = JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Record<string, unknown>;
    const other = { ...path, patient: { ...(path.patient as object), ref: 'PAT-0002' }, prestations: [] };
    const rejected = { ...path, inclusion: { date: '2026-02-30' } };
    const input = [JSON.stringify(path), '{not json', JSON.stringify(rejected), '', JSON.stringify(other)].join('\n');
    const r = pcr(
      ['settle', '--project', 'examples/obesite/project.json', '--path', '-', '--as-of', '2026-12-15', '--ndjson'],
      input,
    );
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            line: number;
            ok: boolean;
            ref?: string;
            issues?: { code: string }[];
            result?: { totals: { forfait: string } };
          },
      );
    expect(lines.map((l) => [l.line, l.ok, l.ref ?? l.issues?.map((i) => i.code).join(',')])).toEqual([
      [1, true, 'PAT-0001'],
      [3, false, 'INVALID_DATE'],
      [5, true, 'PAT-0002'],
    ]);
    expect(lines[0]!.result!.totals.forfait).toBe('536.00');
    expect(lines[2]!.result!.totals.forfait).toBe('0.00');
    expect(r.err).toBe(
      typo(
        'ligne 2 : JSON illisible, ligne ignorée\n5 lignes : 2 parcours évalués (1 avec constats, 1 au seuil --fail-on error), 1 rejetés, 1 ignorés (JSON illisible)\n',
      ),
    );
    // The summary counts the paths with findings whatever the threshold, and apart those that set the exit code.
    const never = pcr(
      [
        'settle',
        '--project',
        'examples/obesite/project.json',
        '--path',
        '-',
        '--as-of',
        '2026-12-15',
        '--ndjson',
        '--fail-on',
        'never',
        '--lang',
        'en',
      ],
      [JSON.stringify(path), JSON.stringify(other)].join('\n'),
    );
    expect(never.code).toBe(0);
    expect(never.err).toBe(
      '2 lines: 2 pathways evaluated (1 with findings, 0 at the --fail-on never threshold), 0 rejected, 0 skipped (unreadable JSON)\n',
    );
  });

  it('runs the conformance cases, prints the schemas and lists the catalog', () => {
    const v = pcr(['verify']);
    expect(v.code).toBe(0);
    expect(v.out.trim().split('\n').pop()).toBe('31 passed, 0 failed');
    expect(v.out.split('\n').filter((l) => l.startsWith('PASS')).length).toBe(31);
    const schema = JSON.parse(pcr(['schema', 'patient-path']).out) as { title: string };
    expect(schema.title).toBe('Parcours d’un patient');
    const rules = pcr(['rules']).out.trim().split('\n');
    expect(rules).toHaveLength(7);
    expect(rules[5]).toMatch(/^tnd-intervention-precoce\s+2019\s+2019-01-01 → 2021-12-31 illustrative/);
  });

  it('lists the worklist and writes the declaration as CSV and as a FHIR Bundle', () => {
    const file = ['--project', 'examples/obesite/project.json', '--path', 'examples/obesite/path.json'];
    const w = pcr(['worklist', ...file, '--as-of', '2026-12-15', '--json']);
    expect(w.code).toBe(0);
    expect(
      (JSON.parse(w.out) as { codes: string[]; missing: number; dueBy: string }[]).map((x) => [
        x.codes.join('|'),
        x.missing,
        x.dueBy,
      ]),
    ).toEqual([
      ['BILAN_FINAL', 1, '2028-05-31'],
      ['SEANCE_DIET', 2, '2028-05-31'],
      ['SEANCE_PSY|SEANCE_APA', 3, '2028-05-31'],
    ]);
    const csv = pcr(['declare', ...file, '--from', '2026-09-01', '--to', '2026-09-30']);
    expect(csv.out.split('\r\n')[1]).toBe(
      '90000000100017;;PAT-0001;obesite-complexe-adulte;2026-03;S1;complete;2026-09-21;536,00;375,20;160,80;0,00;structure;SIRET;90000000100017;53,60',
    );
    const fhir = JSON.parse(pcr(['declare', ...file, '--from', '2026-09-01', '--to', '2026-09-30', '--fhir']).out) as {
      resourceType: string;
      entry: { resource: { resourceType: string; totalNet: { value: number } } }[];
    };
    expect([
      fhir.resourceType,
      fhir.entry.length,
      fhir.entry[0]!.resource.resourceType,
      fhir.entry[0]!.resource.totalNet.value,
    ]).toEqual(['Bundle', 1, 'Invoice', 536]);
    expect(pcr(['declare', ...file, '--from', '2026-09-01']).code).toBe(2);
  });
});
