import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../src/cli/args';
import { gatheredOutput } from '../src/cli/io';
import {
  COMMAND_TABLE,
  COMMANDS,
  OPTIONS,
  type CommandOptions,
  type CommandSpec,
  type OptionName,
  type OptionSpec,
} from '../src/cli/command-table';
import { commandHelp, optionNames, optionsOf, usageText } from '../src/cli/help';
import { pcrIn } from './helpers/cli-in-process';
import { typo } from './helpers/typography';

const PROJECT = ['--project', 'examples/obesite/project.json'];
const EX = [...PROJECT, '--path', 'examples/obesite/path.json', '--as-of', '2027-06-15'];
const pathJson = () => JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Record<string, unknown>;

/** `pcr` as a process (the built dist/cli.js, through its launcher): exit codes and standard streams. */
function pcr(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    // French unless a test asks otherwise (--lang): the machine's locale never changes what a test reads.
    env: { ...process.env, TZ: process.env.TZ ?? 'UTC', LC_ALL: '', LANG: '', ...env },
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe('pcr validate and settle (in process)', () => {
  it('settles the shipped example as JSON; an error finding gives exit code 1 unless --fail-on never', async () => {
    const r = await pcrIn(['settle', ...EX, '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.out) as {
      sequences: { sequence: string; forfait: { amount: string }; payers: { amo: string; amc: string } }[];
      issues: { code: string }[];
    };
    expect(s.sequences.map((q) => [q.sequence, q.forfait.amount, q.payers.amo, q.payers.amc])).toEqual([
      ['S1', '1061.40', '742.98', '318.42'],
    ]);
    expect(s.issues.map((i) => i.code)).toEqual(['PRESTATION_TOO_SHORT', 'TYPE_NOT_OFFICIAL']);
    expect((await pcrIn(['settle', ...EX, '--json', '--fail-on', 'never'])).code).toBe(0);
  });

  it('prints a readable report, in English on request', async () => {
    const fr = await pcrIn(['validate', ...EX]);
    expect(fr.out).toContain(
      'Séquence S1 (Prise en charge initiale intensive) — complète — du 2026-06-01 au 2027-06-01 · complète le 2027-05-12',
    );
    const en = await pcrIn(['validate', ...EX, '--lang', 'en']);
    expect(en.out).toContain(
      'Sequence S1 (Prise en charge initiale intensive) — completed — from 2026-06-01 to 2027-06-01 · completed on 2027-05-12',
    );
    expect(en.out).toContain('Service of 20 min, under the minimum of 30 min: it is not counted.');
  });

  it('a path that does not parse: { ok: false, issues } on standard output with --json and --ndjson, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcr-unparsed-'));
    const file = join(dir, 'path.json');
    writeFileSync(file, JSON.stringify({ ...pathJson(), inclusion: { date: '2026-02-30' } }));
    for (const format of ['--json', '--ndjson']) {
      const r = await pcrIn(['settle', ...PROJECT, '--path', file, format, '--lang', 'en']);
      const out = JSON.parse(r.out) as { ok: boolean; issues: { code: string; path: string[]; message: string }[] };
      expect([r.code, out.ok, out.issues.map((i) => [i.code, i.path.join('.'), i.message])]).toEqual([
        1,
        false,
        [
          [
            'INVALID_DATE',
            'inclusion.date',
            'Invalid date: expected a calendar date YYYY-MM-DD between 1900 and 2199.',
          ],
        ],
      ]);
      expect(r.out.split('\n').length).toBe(format === '--json' ? 17 : 2); // indented, or one line
    }
    // The readable output keeps standard output for results: the issues go to standard error.
    const table = await pcrIn(['validate', ...PROJECT, '--path', file]);
    expect([table.code, table.out, table.err]).toEqual([
      1,
      '',
      `${file} :\n${typo('  [error] INVALID_DATE @ path:inclusion.date — Date invalide : attendu une date du calendrier AAAA-MM-JJ entre 1900 et 2199.')}\n`,
    ]);
  });
});

describe('a batch of paths on standard input (in process)', () => {
  const path = pathJson();
  const other = {
    ...path,
    patient: { ...(path.patient as object), ref: 'PAT-0002' },
    prestations: [],
    attestations: [],
  };
  const rejected = { ...path, inclusion: { date: '2026-02-30' } };
  const unknownType = { ...path, patient: { ...(path.patient as object), ref: 'PAT-0049' }, parcoursType: 'nope' };

  it('settles each line, reports a malformed line with its number and goes on', async () => {
    const input = [JSON.stringify(path), '{not json', JSON.stringify(rejected), '', JSON.stringify(other)].join('\n');
    const r = await pcrIn(['settle', ...PROJECT, '--path', '-', '--as-of', '2027-06-15', '--ndjson'], input);
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
    expect(lines.map((l) => [l.line, l.ok, l.ref, l.issues?.map((i) => i.code).join(',')])).toEqual([
      [1, true, 'PAT-0001', undefined],
      [3, false, 'PAT-0001', 'INVALID_DATE'],
      [5, true, 'PAT-0002', undefined],
    ]);
    expect(lines[0]!.result!.totals.forfait).toBe('1061.40');
    expect(lines[2]!.result!.totals.forfait).toBe('0.00');
    expect(r.err).toBe(
      typo(
        'ligne 2 : JSON illisible, ligne ignorée\n5 lignes : 2 parcours évalués (2 avec constats, 1 au seuil --fail-on error), 1 rejeté, 1 ignoré (JSON illisible)\n',
      ),
    );
  });

  it("gathers a batch's lines into pieces: one write per piece, the rest written by flush, nothing lost", async () => {
    const writes: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString('utf8'));
        done();
      },
    });
    // Pieces of 10 characters: 'abcd\n' twice reaches 10 and is written; the third line waits for flush.
    const out = gatheredOutput(stream, 10);
    await out.write('abcd\n');
    expect(writes).toEqual([]);
    await out.write('abcd\n');
    expect(writes).toEqual(['abcd\nabcd\n']);
    await out.write('efgh\n');
    await out.flush();
    await out.flush();
    expect(writes).toEqual(['abcd\nabcd\n', 'efgh\n']);
    // A piece of 0 (a terminal): each line is written as it comes.
    const each = gatheredOutput(stream, 0);
    await each.write('x\n');
    expect(writes.at(-1)).toBe('x\n');
  });

  it('counts exactly the lines read: a last newline and blank lines at the end are not lines', async () => {
    const two = `${JSON.stringify(path)}\n${JSON.stringify(other)}`;
    const args = ['settle', ...PROJECT, '--as-of', '2027-06-15', '--ndjson', '--fail-on', 'never'];
    for (const input of [two, `${two}\n`, `${two}\n\n`, `${two}\r\n \n`]) {
      const r = await pcrIn(args, input);
      expect([JSON.stringify(input.slice(-4)), r.code, r.err]).toEqual([
        JSON.stringify(input.slice(-4)),
        0,
        typo(
          '2 lignes : 2 parcours évalués (2 avec constats, 0 au seuil --fail-on never), 0 rejeté, 0 ignoré (JSON illisible)\n',
        ),
      ]);
    }
    const en = await pcrIn([...args, '--lang', 'en'], `${JSON.stringify(path)}\n`);
    expect(en.err).toBe(
      '1 line: 1 pathway evaluated (1 with findings, 0 at the --fail-on never threshold), 0 rejected, 0 skipped (unreadable JSON)\n',
    );
  });

  it('a rejected line gives its number, the patient reference and each issue in plain words, in the chosen language', async () => {
    const input = [JSON.stringify(path), JSON.stringify(unknownType), JSON.stringify({ patient: { ref: 7 } })].join(
      '\n',
    );
    const args = ['settle', ...PROJECT, '--as-of', '2027-06-15'];
    const fr = await pcrIn(args, input);
    expect(fr.out.split('\n').slice(1)).toEqual(
      [
        'ligne 2 PAT-0049 : parcours rejeté, 1 constat',
        '  [error] CATALOG_UNKNOWN_TYPE @ path:parcoursType — Type de parcours « nope » absent du catalogue.',
        'ligne 3 : parcours rejeté, 6 constats',
        '  [error] SCHEMA_REQUIRED @ path:parcoursType — Champ obligatoire manquant.',
        '  [error] SCHEMA_INVALID_TYPE @ path:patient.ref — Type invalide : attendu texte, reçu nombre.',
        '  [error] SCHEMA_REQUIRED @ path:patient.birthDate — Champ obligatoire manquant.',
        '  [error] SCHEMA_REQUIRED @ path:coverage — Champ obligatoire manquant.',
        '  [error] SCHEMA_REQUIRED @ path:inclusion — Champ obligatoire manquant.',
        '  [error] SCHEMA_REQUIRED @ path:prestations — Champ obligatoire manquant.',
        '',
      ].map(typo),
    );
    expect(fr.err).toBe(
      typo(
        '3 lignes : 1 parcours évalué (1 avec constats, 1 au seuil --fail-on error), 2 rejetés, 0 ignoré (JSON illisible)\n',
      ),
    );
    const en = await pcrIn([...args, '--lang', 'en'], input);
    expect(en.out.split('\n').slice(1, 3)).toEqual([
      'line 2 PAT-0049: pathway rejected, 1 finding',
      '  [error] CATALOG_UNKNOWN_TYPE @ path:parcoursType — Pathway type "nope" is not in the catalog.',
    ]);
    const json = await pcrIn([...args, '--ndjson'], JSON.stringify(unknownType));
    expect(JSON.parse(json.out)).toMatchObject({ line: 1, ok: false, ref: 'PAT-0049' });
  });
});

describe('the command line, read from the command table (in process)', () => {
  it('answers bad usage with one line in the chosen language and exit code 2; no command at all: the usage', async () => {
    const period = [...PROJECT, '--from', '2027-01-01', '--to', '2027-03-31'];
    const cases: [string[], string][] = [
      [['frobnicate'], 'pcr : commande inconnue : frobnicate (aide : pcr --help)'],
      [['settle', '--nope'], 'pcr : option inconnue : --nope (aide : pcr --help)'],
      [['settle', ...EX, '--lang', 'de'], 'pcr : --lang : fr ou en, pas de (aide : pcr --help)'],
      [['settle', ...EX, '--fail-on', 'all'], 'pcr : --fail-on : error, warning ou never, pas all (aide : pcr --help)'],
      [
        ['validate', ...EX.slice(0, 4), '--as-of', '2026-02-30'],
        'pcr : --as-of : date AAAA-MM-JJ attendue, pas 2026-02-30 (aide : pcr --help)',
      ],
      [['schema', 'nope'], 'pcr : schema : parcours-type, project, patient-path (aide : pcr --help)'],
      [['schema', 'project', 'more'], 'pcr : schema : argument inattendu more (aide : pcr --help)'],
      [['settle', 'extra', ...EX], 'pcr : settle : argument inattendu extra (aide : pcr --help)'],
      [['settle', '--path', 'x.json'], 'pcr : settle : --project obligatoire (aide : pcr --help)'],
      // No --path and standard input is a terminal: nothing to read.
      [
        ['settle', ...PROJECT],
        'pcr : settle : --path manquant (ou des lignes NDJSON sur l’entrée standard) (aide : pcr --help)',
      ],
      [
        ['worklist', ...PROJECT],
        'pcr : worklist : --path manquant (ou des lignes NDJSON sur l’entrée standard) (aide : pcr --help)',
      ],
      [['report', '--path', 'x.json'], 'pcr : report : --project, --from et --to obligatoires (aide : pcr --help)'],
      [['declare', ...PROJECT, '--to', '2026-09-01'], 'pcr : declare : --from obligatoire (aide : pcr --help)'],
      [
        ['report', ...PROJECT, '--from', '2027-12-31', '--to', '2026-01-01'],
        'pcr : période à l’envers : --from 2027-12-31 est après --to 2026-01-01 (aide : pcr --help)',
      ],
      [
        ['settle', '--project', 'missing.json', '--path', 'x.json'],
        'pcr : fichier illisible : missing.json (aide : pcr --help)',
      ],
      [['declare', ...period, '--xlsx'], 'pcr : --xlsx : valeur manquante ou invalide (aide : pcr --help)'],
      // An output format the command does not write is refused, never replaced by another one.
      [['validate', ...EX, '--html'], 'pcr : --html ne s’applique pas à pcr validate (aide : pcr --help)'],
      [['validate', ...EX, '--csv'], 'pcr : --csv ne s’applique pas à pcr validate (aide : pcr --help)'],
      [['declare', ...period, '--html'], 'pcr : --html ne s’applique pas à pcr declare (aide : pcr --help)'],
      [['worklist', ...PROJECT, '--fhir'], 'pcr : --fhir ne s’applique pas à pcr worklist (aide : pcr --help)'],
      [['rules', '--csv'], 'pcr : --csv ne s’applique pas à pcr rules (aide : pcr --help)'],
      [['schema', 'project', '--json'], 'pcr : --json ne s’applique pas à pcr schema (aide : pcr --help)'],
      [['verify', '--from', '2027-01-01'], 'pcr : --from ne s’applique pas à pcr verify (aide : pcr --help)'],
      [
        ['declare', ...period, '--csv', '--ndjson'],
        'pcr : --ndjson et --csv sont exclusives (un seul format de sortie) (aide : pcr --help)',
      ],
      [
        ['report', ...period, '--html', '--json', '--xlsx', 'x.xlsx'],
        'pcr : --json, --xlsx et --html sont exclusives (un seul format de sortie) (aide : pcr --help)',
      ],
      [['settle', '--nope', '--lang', 'en'], 'pcr: unknown option: --nope (help: pcr --help)'],
      [
        ['report', ...PROJECT, '--from', '2027-12-31', '--to', '2026-01-01', '--lang', 'en'],
        'pcr: reversed period: --from 2027-12-31 is after --to 2026-01-01 (help: pcr --help)',
      ],
      [['report', '--lang', 'en'], 'pcr: report: --project, --from and --to required (help: pcr --help)'],
    ];
    for (const [args, line] of cases) {
      const r = await pcrIn(args);
      expect([args.join(' '), r.code, r.err, r.out]).toEqual([args.join(' '), 2, `${typo(line)}\n`, '']);
    }
    const bare = await pcrIn([]);
    expect([bare.code, bare.out, bare.err]).toEqual([2, '', usageText('fr')]);
  });

  it('each command takes exactly the options its help lists, and the usage lists every command and option', () => {
    const context = { today: '2026-11-22', lang: 'fr' as const };
    /** The option as written on a command line, with a value of its kind. */
    const written = (o: OptionName): string[] => {
      const spec: OptionSpec = OPTIONS[o];
      const values: Record<OptionSpec['value'], string[]> = {
        flag: [],
        choice: [],
        file: ['x.json'],
        dir: ['d'],
        date: [o === 'to' ? '2027-12-31' : '2027-01-01'],
        days: ['30'],
      };
      const value = values[spec.value];
      return [`--${o}`, ...(spec.choices ? [spec.choices[0] ?? ''] : value)];
    };
    for (const command of COMMANDS) {
      const help = commandHelp(command, 'fr');
      const spec: CommandSpec = COMMAND_TABLE[command];
      const required = optionNames().flatMap((o) => (spec.options[o] === 'required' ? written(o) : []));
      for (const option of optionNames()) {
        const listed = new RegExp(`--${option}\\b`).test(help);
        let accepted = true;
        try {
          readArgs([command, ...required, ...written(option)], context);
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
          accepted = false;
        }
        expect([command, option, listed]).toEqual([command, option, accepted]);
        expect([command, option, listed]).toEqual([command, option, optionsOf(command).includes(option)]);
      }
      // The usage holds each command's synopsis, as its help writes it.
      const synopsis = help.split('\n\n')[1]!;
      expect(usageText('fr')).toContain(synopsis);
    }
    for (const option of optionNames()) expect(usageText('en')).toContain(`--${option}`);
  });

  it('gives each command its own typed options, with the defaults of the table', () => {
    const context = { today: '2026-11-22', lang: 'en' as const };
    const args = readArgs(['declare', ...PROJECT, '--from', '2027-01-01', '--to', '2027-03-31'], context);
    expect(args).toEqual({
      command: 'declare',
      options: {
        project: 'examples/obesite/project.json',
        from: '2027-01-01',
        to: '2027-03-31',
        allowDraft: false,
        previous: [],
        asOf: '2026-11-22',
        lang: 'en',
        output: { format: 'csv' },
      },
    });
    const worklist = readArgs(['worklist', ...PROJECT, '--xlsx', '-'], context);
    expect(worklist).toEqual({
      command: 'worklist',
      options: {
        project: 'examples/obesite/project.json',
        asOf: '2026-11-22',
        lang: 'en',
        output: { format: 'xlsx', file: '-' },
      },
    });
    // The types follow the table: a report has its period, a worklist its date, a declaration its draft flag.
    const report: CommandOptions<'report'> = {
      project: 'p',
      from: 'a',
      to: 'b',
      lang: 'fr',
      output: { format: 'html' },
    };
    // @ts-expect-error -- a worklist has no period
    const noPeriod: CommandOptions<'worklist'>['from'] = 'x';
    // @ts-expect-error -- pcr validate does not write CSV
    const noCsv: CommandOptions<'validate'>['output'] = { format: 'csv' };
    expect([report.output.format, noPeriod, noCsv.format]).toEqual(['html', 'x', 'csv']);
  });

  it('prints the usage and each command’s help on standard output with exit 0, and the version', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await pcrIn(args);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out.split('\n')[0]).toBe(
        typo('pcr — parcours coordonnés renforcés : valider un parcours, répartir le forfait au centime.'),
      );
    }
    expect((await pcrIn(['--help', '--lang', 'en'])).out.split('\n')[2]).toBe('Usage:');
    expect((await pcrIn(['help', 'declare'])).out.split('\n')[0]).toBe(
      typo('pcr declare — la déclaration de facturation d’une période : une ligne par bénéficiaire de chaque séquence'),
    );
    const declare = await pcrIn(['declare', '--help', '--lang', 'en']);
    expect(declare.out.split('\n').slice(3, 7)).toEqual([
      '  pcr declare --project FILE --from YYYY-MM-DD --to YYYY-MM-DD [--path FILE] [--type FILE]',
      '              [--as-of YYYY-MM-DD] [--allow-draft] [--previous FILE]',
      '              [--csv (default)|--json|--ndjson|--fhir|--xlsx FILE] [--lang fr|en] [< caseload.ndjson]',
      '',
    ]);
    const en = await pcrIn(['help', 'worklist'], undefined, { LANG: 'en_GB.UTF-8' });
    expect([en.code, en.out.split('\n')[0]]).toEqual([
      0,
      'pcr worklist — what is left to do, by due date: missing services, attestations to collect, who can do them,',
    ]);
    expect(await pcrIn(['help', 'nope'])).toEqual({
      code: 2,
      out: '',
      err: typo('pcr : commande inconnue : nope (aide : pcr --help)\n'),
    });
    expect(await pcrIn(['--version'])).toEqual({ code: 0, out: `pcr-forfait ${version}\n`, err: '' });
  });
});

describe('verify, schema, rules, worklist and declare (in process)', () => {
  it('runs the conformance cases, prints the schemas and lists the catalog', async () => {
    const v = await pcrIn(['verify']);
    const cases = readdirSync('rules', { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\/cases\/[^/]+\.json$/.test(f) && !f.endsWith('project.json'),
    ).length;
    expect(v.code).toBe(0);
    expect(v.out.trim().split('\n').pop()).toBe(`${cases} réussis, 0 en échec`);
    expect(v.out.split('\n').filter((l) => l.startsWith('PASS')).length).toBe(cases);
    const one = await pcrIn(['verify', '--cases', 'rules/sante-protegee', '--json']);
    const results = JSON.parse(one.out) as { id: string; passed: boolean }[];
    expect([one.code, results.length, results.every((r) => r.passed)]).toEqual([0, 3, true]);
    const empty = mkdtempSync(join(tmpdir(), 'pcr-no-cases-'));
    const none = await pcrIn(['verify', '--cases', empty, '--lang', 'en']);
    expect([none.code, none.out, none.err]).toEqual([1, '', `no conformance case in ${empty}: nothing was verified\n`]);
    const schema = JSON.parse((await pcrIn(['schema', 'patient-path'])).out) as { title: string };
    expect(schema.title).toBe('Parcours d’un patient');
    const rules = (await pcrIn(['rules'])).out.trim().split('\n');
    expect(rules).toHaveLength(9);
    expect(rules[6]).toMatch(/^tnd-intervention-precoce\s+2019\s+2019-01-01 → 2021-12-31 illustrative/);
    const ndjson = (await pcrIn(['rules', '--ndjson'])).out.trim().split('\n');
    expect(ndjson.map((l) => (JSON.parse(l) as { id: string }).id)[6]).toBe('tnd-intervention-precoce');
  });

  it('names the case file that cannot be read or is not a case, and the field (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcr-bad-cases-'));
    writeFileSync(join(dir, 'project.json'), '{}');
    writeFileSync(join(dir, 'a.json'), '{ not json');
    const notJson = await pcrIn(['verify', '--cases', dir]);
    expect([notJson.code, notJson.out, notJson.err]).toEqual([
      2,
      '',
      typo(`pcr : cas illisible : ${join(dir, 'a.json')} (absent, ou JSON invalide) (aide : pcr --help)\n`),
    ]);
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'X-1', asOf: '2027-01-01', path: {}, expect: {} }));
    const noTitle = await pcrIn(['verify', '--cases', dir, '--lang', 'en']);
    expect([noTitle.code, noTitle.err]).toEqual([
      2,
      `pcr: ${join(dir, 'a.json')} is not a conformance case (field "title") (help: pcr --help)\n`,
    ]);
    const missing = await pcrIn(['verify', '--cases', join(dir, 'nowhere'), '--lang', 'en']);
    expect([missing.code, missing.err]).toEqual([
      2,
      `pcr: unreadable case: ${join(dir, 'nowhere')} (missing, or not JSON) (help: pcr --help)\n`,
    ]);
  });

  it('lists the worklist and writes the declaration as CSV and as a FHIR Bundle', async () => {
    const file = [...PROJECT, '--path', 'examples/obesite/path.json'];
    const w = await pcrIn(['worklist', ...file, '--as-of', '2026-12-15', '--json']);
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
    const refused = await pcrIn(['declare', ...file, '--from', '2027-05-01', '--to', '2027-05-31']);
    expect(refused.code).toBe(1);
    expect(refused.out.split('\r\n').length).toBe(2);
    expect(refused.err).toContain('DECLARATION_NOT_OFFICIAL (1 parcours) — Déclaration refusée');
    const trial = ['--from', '2027-05-01', '--to', '2027-05-31', '--allow-draft'];
    const csv = await pcrIn(['declare', ...file, ...trial]);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[1]).toBe(
      '90000000100017;;PAT-0001;obesite-complexe-adulte;2026-03;draft;S1;complete;2027-05-19;1061,40;742,98;318,42;;0,00;structure;SIRET;90000000100017;106,14;;;;;;;;',
    );
    expect(csv.err).toContain('TYPE_NOT_OFFICIAL (1 parcours) — ');
    const fhir = JSON.parse((await pcrIn(['declare', ...file, ...trial, '--fhir'])).out) as {
      resourceType: string;
      entry: { resource: { resourceType: string; totalNet: { value: number } } }[];
    };
    expect([
      fhir.resourceType,
      fhir.entry.length,
      fhir.entry[0]!.resource.resourceType,
      fhir.entry[0]!.resource.totalNet.value,
    ]).toEqual(['Bundle', 1, 'Invoice', 1061.4]);
  });

  it('writes every count sentence with its plural right, in both languages', async () => {
    const line = `${readFileSync('examples/obesite/path.json', 'utf8').replace(/\n\s*/g, '')}\n`;
    const one = ['--from', '2026-01-01', '--to', '2027-06-30', '--allow-draft'];
    const report = await pcrIn(['report', ...PROJECT, ...one.slice(0, 4)], `${line}{broken\n`);
    expect(report.err).toBe(typo('1 parcours exclu : PARSE 1\n'));
    expect(report.out).toContain(typo('facturé sur la période : 1 séquence, 1 061,40 €'));
    const en = await pcrIn(['report', ...PROJECT, ...one.slice(0, 4), '--lang', 'en'], `${line}{broken\n`);
    expect(en.err).toBe('1 pathway excluded: PARSE 1\n');
    expect(en.out).toContain('billed in the period: 1 sequence, €1,061.40');
    expect(en.out).toContain('(draft, AMOUNTS NOT OFFICIAL): 1 pathway');
    const declared = await pcrIn(['declare', ...PROJECT, ...one, '--lang', 'en'], `${line}${line}`);
    expect(declared.err.split('\n')[0]).toBe(
      'TYPE_NOT_OFFICIAL (2 pathways) — Amounts not official: type "obesite-complexe-adulte" version 2026-03 is a draft, not a published arrêté.',
    );
    const cases = await pcrIn(['verify', '--cases', 'rules/sante-protegee/cases']);
    expect(cases.out.trim().split('\n').pop()).toBe('3 réussis, 0 en échec');
  });
});

describe('pcr as a process: exit codes and standard streams', () => {
  it('reads a batch piped on standard input through the launcher: results on stdout, the summary on stderr, exit 1', () => {
    const r = pcr(['validate', ...PROJECT, '--as-of', '2027-06-15'], `${JSON.stringify(pathJson())}\n`);
    expect([r.code, r.signal, r.out, r.err]).toEqual([
      1,
      null,
      typo('ligne 1 PAT-0001 : S1 complète, S2 en cours · 1 constat\n'),
      typo(
        '1 ligne : 1 parcours évalué (1 avec constats, 1 au seuil --fail-on error), 0 rejeté, 0 ignoré (JSON illisible)\n',
      ),
    ]);
  });

  it('bad usage: exit 2, one line on stderr, nothing on stdout; the help on stdout with exit 0', () => {
    expect(pcr(['report', ...PROJECT, '--from', '2027-12-31', '--to', '2026-01-01'])).toEqual({
      code: 2,
      signal: null,
      out: '',
      err: typo('pcr : période à l’envers : --from 2027-12-31 est après --to 2026-01-01 (aide : pcr --help)\n'),
    });
    const help = pcr(['--help'], undefined, { LANG: 'en_GB.UTF-8' });
    expect([help.code, help.out, help.err]).toEqual([0, usageText('en'), '']);
  });

  it('settles one path from a file: the JSON on stdout, exit 1 for its error finding', () => {
    const r = pcr(['settle', ...EX, '--json']);
    expect([r.code, (JSON.parse(r.out) as { totals: { forfait: string } }).totals.forfait, r.err]).toEqual([
      1,
      '1061.40',
      '',
    ]);
  });
});
