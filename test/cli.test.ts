import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typo } from './helpers/typography';

const EX = [
  '--project',
  'examples/obesite/project.json',
  '--path',
  'examples/obesite/path.json',
  '--as-of',
  '2027-06-15',
];

function pcr(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    // French unless a test asks otherwise (--lang): the machine's locale never changes what a test reads.
    env: { ...process.env, TZ: process.env.TZ ?? 'UTC', LC_ALL: '', LANG: '', ...env },
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
      ['S1', '1061.40', '742.98', '318.42'],
    ]);
    expect(s.issues.map((i) => i.code)).toEqual(['PRESTATION_TOO_SHORT', 'TYPE_NOT_OFFICIAL']);
    expect(pcr(['settle', ...EX, '--json', '--fail-on', 'never']).code).toBe(0);
  });

  it('prints a readable report, in English on request', () => {
    const fr = pcr(['validate', ...EX]);
    expect(fr.out).toContain(
      'Séquence S1 (Prise en charge initiale intensive) — complète — du 2026-06-01 au 2027-06-01 · complète le 2027-05-12',
    );
    const en = pcr(['validate', ...EX, '--lang', 'en']);
    expect(en.out).toContain(
      'Sequence S1 (Prise en charge initiale intensive) — completed — from 2026-06-01 to 2027-06-01 · completed on 2027-05-12',
    );
    expect(en.out).toContain('Service of 20 min, under the minimum of 30 min: it is not counted.');
  });

  it('answers bad usage with one line in the chosen language and exit code 2; no command at all: the usage', () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'pcr : commande inconnue : frobnicate (aide : pcr --help)'],
      [['settle', '--nope'], 'pcr : option inconnue : --nope (aide : pcr --help)'],
      [['settle', ...EX, '--lang', 'de'], 'pcr : --lang : fr ou en, pas de (aide : pcr --help)'],
      [
        ['validate', ...EX.slice(0, 4), '--as-of', '2026-02-30'],
        'pcr : --as-of : date AAAA-MM-JJ attendue, pas 2026-02-30 (aide : pcr --help)',
      ],
      [['schema', 'nope'], 'pcr : schema : parcours-type, project, patient-path (aide : pcr --help)'],
      [['settle', '--path', 'x.json'], 'pcr : settle : --project obligatoire(s) (aide : pcr --help)'],
      [
        ['settle', '--project', 'missing.json', '--path', 'x.json'],
        'pcr : fichier illisible : missing.json (aide : pcr --help)',
      ],
      [
        ['declare', '--project', 'p.json', '--from', '2027-01-01', '--to', '2027-03-31', '--xlsx'],
        'pcr : --xlsx : valeur manquante ou invalide (aide : pcr --help)',
      ],
      [['validate', ...EX, '--html'], 'pcr : --html ne s’applique pas à pcr validate (aide : pcr --help)'],
      [['settle', '--nope', '--lang', 'en'], 'pcr: unknown option: --nope (help: pcr --help)'],
    ];
    for (const [args, line] of cases) {
      const r = pcr(args);
      expect([args.join(' '), r.code, r.err, r.out]).toEqual([args.join(' '), 2, `${typo(line)}\n`, '']);
    }
    const bare = pcr([]);
    expect([bare.code, bare.out]).toEqual([2, '']);
    expect(bare.err).toContain(typo('Usage :'));
  });

  it('prints the usage and each command’s help on standard output with exit 0, and the version', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = pcr(args);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out.split('\n')[0]).toBe(
        typo('pcr — parcours coordonnés renforcés : valider un parcours, répartir le forfait au centime.'),
      );
    }
    expect(pcr(['--help', '--lang', 'en']).out.split('\n')[2]).toBe('Usage:');
    expect(pcr(['help', 'declare']).out.split('\n')[0]).toBe(
      typo('pcr declare — la déclaration de facturation d’une période : une ligne par bénéficiaire de chaque séquence'),
    );
    expect(pcr(['declare', '--help', '--lang', 'en']).out).toContain('--xlsx FILE');
    const en = pcr(['help', 'worklist'], undefined, { LANG: 'en_GB.UTF-8' });
    expect([en.code, en.out.split('\n')[0]]).toEqual([
      0,
      'pcr worklist — what is left to do, by due date: missing services, attestations to collect, who can do them,',
    ]);
    expect(pcr(['help', 'nope'])).toEqual({
      code: 2,
      out: '',
      err: typo('pcr : commande inconnue : nope (aide : pcr --help)\n'),
    });
    expect(pcr(['--version'])).toEqual({ code: 0, out: `pcr-forfait ${version}\n`, err: '' });
  });

  it('settles an NDJSON batch, reports a malformed line with its number and goes on', () => {
    const path = JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Record<string, unknown>;
    const other = {
      ...path,
      patient: { ...(path.patient as object), ref: 'PAT-0002' },
      prestations: [],
      attestations: [],
    };
    const rejected = { ...path, inclusion: { date: '2026-02-30' } };
    const input = [JSON.stringify(path), '{not json', JSON.stringify(rejected), '', JSON.stringify(other)].join('\n');
    const r = pcr(
      ['settle', '--project', 'examples/obesite/project.json', '--path', '-', '--as-of', '2027-06-15', '--ndjson'],
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
    expect(lines[0]!.result!.totals.forfait).toBe('1061.40');
    expect(lines[2]!.result!.totals.forfait).toBe('0.00');
    expect(r.err).toBe(
      typo(
        'ligne 2 : JSON illisible, ligne ignorée\n5 lignes : 2 parcours évalués (2 avec constats, 1 au seuil --fail-on error), 1 rejetés, 1 ignorés (JSON illisible)\n',
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
        '2027-06-15',
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
      '2 lines: 2 pathways evaluated (2 with findings, 0 at the --fail-on never threshold), 0 rejected, 0 skipped (unreadable JSON)\n',
    );
  });

  it('runs the conformance cases, prints the schemas and lists the catalog', () => {
    const v = pcr(['verify']);
    const cases = readdirSync('rules', { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\/cases\/[^/]+\.json$/.test(f) && !f.endsWith('project.json'),
    ).length;
    expect(v.code).toBe(0);
    expect(v.out.trim().split('\n').pop()).toBe(`${cases} réussis, 0 en échec`);
    expect(v.out.split('\n').filter((l) => l.startsWith('PASS')).length).toBe(cases);
    const empty = mkdtempSync(join(tmpdir(), 'pcr-no-cases-'));
    const none = pcr(['verify', '--cases', empty, '--lang', 'en']);
    expect([none.code, none.out, none.err]).toEqual([1, '', `no conformance case in ${empty}: nothing was verified\n`]);
    const schema = JSON.parse(pcr(['schema', 'patient-path']).out) as { title: string };
    expect(schema.title).toBe('Parcours d’un patient');
    const rules = pcr(['rules']).out.trim().split('\n');
    expect(rules).toHaveLength(9);
    expect(rules[6]).toMatch(/^tnd-intervention-precoce\s+2019\s+2019-01-01 → 2021-12-31 illustrative/);
  });

  it('lists the worklist and writes the declaration as CSV and as a FHIR Bundle', () => {
    const file = ['--project', 'examples/obesite/project.json', '--path', 'examples/obesite/path.json'];
    const w = pcr(['worklist', ...file, '--as-of', '2026-12-15', '--json']);
    expect(w.code).toBe(0);
    expect(
      (JSON.parse(w.out) as { task: string; codes: string[]; missing: number; dueFrom?: string; dueBy: string }[]).map(
        (x) => [x.task, x.codes.length === 7 ? 'toute intervention' : x.codes.join('|'), x.missing, x.dueFrom, x.dueBy],
      ),
    ).toEqual([
      ['prestations', 'BILAN_ETAPE', 1, '2027-05-01', '2027-06-01'],
      ['prestations', 'toute intervention', 1, undefined, '2027-06-01'],
      ['prestations', 'BILAN_FINAL', 1, '2028-04-02', '2028-06-01'],
    ]);
    // A draft type is not declared unless asked for a trial, which then says so in a column.
    const refused = pcr(['declare', ...file, '--from', '2027-05-01', '--to', '2027-05-31']);
    expect(refused.code).toBe(1);
    expect(refused.out.split('\r\n').length).toBe(2);
    expect(refused.err).toContain('DECLARATION_NOT_OFFICIAL (1)');
    const trial = ['--from', '2027-05-01', '--to', '2027-05-31', '--allow-draft'];
    const csv = pcr(['declare', ...file, ...trial]);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[1]).toBe(
      '90000000100017;;PAT-0001;obesite-complexe-adulte;2026-03;draft;S1;complete;2027-05-19;1061,40;742,98;318,42;;0,00;structure;SIRET;90000000100017;106,14;;;;;;;;',
    );
    expect(csv.err).toContain('TYPE_NOT_OFFICIAL (1)');
    const fhir = JSON.parse(pcr(['declare', ...file, ...trial, '--fhir']).out) as {
      resourceType: string;
      entry: { resource: { resourceType: string; totalNet: { value: number } } }[];
    };
    expect([
      fhir.resourceType,
      fhir.entry.length,
      fhir.entry[0]!.resource.resourceType,
      fhir.entry[0]!.resource.totalNet.value,
    ]).toEqual(['Bundle', 1, 'Invoice', 1061.4]);
    expect(pcr(['declare', ...file, '--from', '2026-09-01']).code).toBe(2);
  });
});
