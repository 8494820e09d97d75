import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pcrIn } from './helpers/cli-in-process';
import { typo } from './helpers/typography';

const dir = mkdtempSync(join(tmpdir(), 'pcr-declare-previous-'));
const PROJECT = ['--project', 'examples/obesite/project.json'];
const PERIOD = ['--from', '2027-01-01', '--to', '2027-06-30', '--allow-draft'];
const HEADER =
  '\uFEFFstructure_siret;structure_finess;patient;type;version;statut_type;sequence;statut;date_facturable;forfait;part_amo;part_amc;organisme_amc;part_patient;beneficiaire;type_identifiant;identifiant;montant;nature;montant_precedent;version_precedente;forfait_precedent;part_amo_precedente;part_amc_precedente;part_patient_precedente;date_declaration';
/** The séquence's columns of the example's S1, forfait and parts as given. */
const S1 = (figures: string) =>
  `90000000100017;;PAT-0001;obesite-complexe-adulte;2026-03;draft;S1;complete;2027-05-19;${figures}`;

const path = (change: (p: Record<string, unknown>) => void = () => {}): string => {
  const p = JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Record<string, unknown>;
  change(p);
  const file = join(dir, `path-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(p));
  return file;
};
const save = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const declare = (file: string, asOf: string, previous: readonly string[], ...more: string[]) =>
  pcrIn([
    'declare',
    ...PROJECT,
    '--path',
    file,
    ...PERIOD,
    '--as-of',
    asOf,
    ...previous.flatMap((p) => ['--previous', p]),
    ...more,
  ]);
const lines = (out: string) => out.split('\r\n');

describe('pcr declare --previous: only what must be sent', () => {
  const empty = save('none.csv', '');

  it('declares S1 once (initiale, dated --as-of), then nothing: every format read back', async () => {
    const first = await declare(path(), '2027-06-15', [empty]);
    expect(first.code).toBe(0);
    expect(lines(first.out)).toEqual([
      HEADER,
      `${S1('1061,40;742,98;318,42;;0,00')};structure;SIRET;90000000100017;106,14;initiale;;;;;;;2027-06-15`,
      `${S1('1061,40;742,98;318,42;;0,00')};apa-petit;SIRET;90000000200015;183,61;initiale;;;;;;;2027-06-15`,
      `${S1('1061,40;742,98;318,42;;0,00')};diet-leroy;ADELI;759912345;131,42;initiale;;;;;;;2027-06-15`,
      `${S1('1061,40;742,98;318,42;;0,00')};dr-martin;RPPS;10001234565;131,41;initiale;;;;;;;2027-06-15`,
      `${S1('1061,40;742,98;318,42;;0,00')};ide-roux;ADELI;759900017;87,61;initiale;;;;;;;2027-06-15`,
      `${S1('1061,40;742,98;318,42;;0,00')};psy-bernard;ADELI;759954321;421,21;initiale;;;;;;;2027-06-15`,
      '',
    ]);
    const sent = save('june.csv', first.out);
    // The same path twice in a file active: S1 is sent once (the second compared with what the first sent).
    const line = `${JSON.stringify(JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')))}\n`;
    const twice = await pcrIn(
      ['declare', ...PROJECT, ...PERIOD, '--as-of', '2027-06-15', '--previous', empty],
      `${line}${line}`,
    );
    expect(twice.out).toBe(first.out);
    const again = await declare(path(), '2027-07-01', [sent]);
    expect([again.code, again.out]).toEqual([0, `${HEADER}\r\n`]);
    // Written as JSON or NDJSON, the declaration is read back the same: nothing to send.
    const json = await declare(path(), '2027-06-15', [empty], '--json');
    const ndjson = await declare(path(), '2027-06-15', [empty], '--ndjson');
    for (const [name, text] of [
      ['june.json', json.out],
      ['june.ndjson', ndjson.out],
      // The extension says nothing: the content does.
      ['june.txt', ndjson.out],
    ] as const) {
      const r = await declare(path(), '2027-07-01', [save(name, text)], '--ndjson');
      expect([name, r.code, r.out]).toEqual([name, 0, '']);
    }
    const fhir = await declare(path(), '2027-07-01', [sent], '--fhir');
    expect(fhir.out).toBe('{\n  "resourceType": "Bundle",\n  "type": "collection"\n}\n');
  });

  it('rectifies S1 after a late prestation, then has nothing more to send', async () => {
    const sent = save('june-2.csv', (await declare(path(), '2027-06-15', [empty])).out);
    // A nurse's session of 2027-02-10, recorded after S1 was declared: 569.46 shared on 14 sessions instead of 13.
    const late = path((p) => {
      p.prestations = [
        ...(p.prestations as unknown[]),
        { id: 'p17', code: 'SEANCE_IDE', date: '2027-02-10', member: 'ide-roux', minutes: 30, status: 'done' },
      ];
    });
    const r = await declare(late, '2027-07-01', [sent]);
    expect(r.code).toBe(0);
    const previous = '2026-03;1061,40;742,98;318,42;0,00;2027-07-01';
    expect(lines(r.out)).toEqual([
      HEADER,
      `${S1('1061,40;742,98;318,42;;0,00')};structure;SIRET;90000000100017;106,14;rectificative;106,14;${previous}`,
      `${S1('1061,40;742,98;318,42;;0,00')};apa-petit;SIRET;90000000200015;177,35;rectificative;183,61;${previous}`,
      `${S1('1061,40;742,98;318,42;;0,00')};diet-leroy;ADELI;759912345;122,03;rectificative;131,42;${previous}`,
      `${S1('1061,40;742,98;318,42;;0,00')};dr-martin;RPPS;10001234565;122,03;rectificative;131,41;${previous}`,
      `${S1('1061,40;742,98;318,42;;0,00')};ide-roux;ADELI;759900017;122,03;rectificative;87,61;${previous}`,
      `${S1('1061,40;742,98;318,42;;0,00')};psy-bernard;ADELI;759954321;411,82;rectificative;421,21;${previous}`,
      '',
    ]);
    // The same rows in a workbook: the nature and the previous amount in their columns.
    const xlsx = join(dir, 'july.xlsx');
    expect((await declare(late, '2027-07-01', [sent], '--xlsx', xlsx)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const row = (book.getWorksheet('declaration')?.getRow(6).values ?? []) as unknown[];
    expect([row[15], row[18], row[19], row[20], row.length]).toEqual(['ide-roux', 122.03, 'rectificative', 87.61, 27]);
    const july = save('july.csv', r.out);
    const again = await declare(late, '2027-08-01', [sent, july]);
    expect([again.code, again.out]).toEqual([0, `${HEADER}\r\n`]);
    // The corrected Invoice references the one it replaces.
    const fhir = JSON.parse((await declare(late, '2027-07-01', [sent], '--fhir')).out) as {
      entry: { resource: { status: string; extension: { url: string; valueCode?: string }[] } }[];
    };
    expect(fhir.entry.map((e) => [e.resource.status, e.resource.extension.map((x) => x.valueCode ?? x.url)])).toEqual([
      ['issued', expect.arrayContaining(['rectificative', 'urn:pcr-forfait:replaces'])],
    ]);
  });

  it('cancels S1 when the path becomes blocked, and a quarter that does not hold S1 cancels nothing', async () => {
    const sent = save('june-3.csv', (await declare(path(), '2027-06-15', [empty])).out);
    // The birth date corrected: 14 at inclusion, too young for the type (PATIENT_TOO_YOUNG blocks the path).
    const blocked = path((p) => {
      (p.patient as Record<string, unknown>).birthDate = '2012-04-18';
    });
    const r = await declare(blocked, '2027-07-01', [sent]);
    // A blocked path is excluded (exit 1, as without --previous); what it had declared is cancelled.
    expect([r.code, r.err]).toEqual([1, typo('1 parcours exclu : BLOCKED 1\n')]);
    const previous = '2026-03;1061,40;742,98;318,42;0,00;2027-07-01';
    expect(lines(r.out)).toEqual([
      HEADER,
      `${S1('0,00;0,00;0,00;;0,00')};structure;SIRET;90000000100017;0,00;annulation;106,14;${previous}`,
      `${S1('0,00;0,00;0,00;;0,00')};apa-petit;SIRET;90000000200015;0,00;annulation;183,61;${previous}`,
      `${S1('0,00;0,00;0,00;;0,00')};diet-leroy;ADELI;759912345;0,00;annulation;131,42;${previous}`,
      `${S1('0,00;0,00;0,00;;0,00')};dr-martin;RPPS;10001234565;0,00;annulation;131,41;${previous}`,
      `${S1('0,00;0,00;0,00;;0,00')};ide-roux;ADELI;759900017;0,00;annulation;87,61;${previous}`,
      `${S1('0,00;0,00;0,00;;0,00')};psy-bernard;ADELI;759954321;0,00;annulation;421,21;${previous}`,
      '',
    ]);
    const fhir = JSON.parse((await declare(blocked, '2027-07-01', [sent], '--fhir')).out) as {
      entry: { resource: { status: string } }[];
    };
    expect(fhir.entry.map((e) => e.resource.status)).toEqual(['cancelled']);
    // A path that cannot be read may be the one that declared S1: nothing is cancelled while one is there.
    const unread = await pcrIn(
      ['declare', ...PROJECT, ...PERIOD, '--as-of', '2027-07-01', '--previous', sent],
      `${JSON.stringify(JSON.parse(readFileSync(blocked, 'utf8')))}\n{broken\n`,
    );
    expect([unread.code, unread.out, unread.err]).toEqual([
      1,
      `${HEADER}\r\n`,
      typo(
        '1 parcours illisible ou de type inconnu : aucune annulation écrite (corrigez-les, puis déclarez à nouveau)\n2 parcours exclus : BLOCKED 1, PARSE 1\n',
      ),
    ]);
    const cancelled = save('july-3.csv', r.out);
    const again = await declare(blocked, '2027-08-01', [sent, cancelled]);
    expect([again.code, again.out]).toEqual([1, `${HEADER}\r\n`]);
    // The third quarter: S1 (billable 2027-05-19) is out of it, nothing is cancelled.
    const q3 = await pcrIn([
      'declare',
      ...PROJECT,
      '--path',
      blocked,
      '--from',
      '2027-07-01',
      '--to',
      '2027-09-30',
      '--allow-draft',
      '--as-of',
      '2027-10-01',
      '--previous',
      sent,
    ]);
    expect([q3.code, q3.out]).toEqual([1, `${HEADER}\r\n`]);
  });

  it('refuses an unreadable previous file or one of another structure (exit 2), naming the file and the line', async () => {
    const sent = (await declare(path(), '2027-06-15', [empty])).out;
    const broken = save('broken.csv', sent.replace('106,14;initiale', 'cent;initiale'));
    const r = await declare(path(), '2027-07-01', [broken], '--lang', 'en');
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      `pcr: ${broken}: Previous declaration, line 2: field "montant" missing or invalid. (help: pcr --help)\n`,
    ]);
    const other = save('other.csv', sent.replaceAll('90000000100017;;PAT', '90000000300013;;PAT'));
    const o = await declare(path(), '2027-07-01', [other]);
    expect([o.code, o.out]).toEqual([2, '']);
    expect(o.err).toBe(
      typo(
        `pcr : ${other} : Déclaration précédente, ligne 2 : elle est d’une autre structure (90000000300013) ; refusée. (aide : pcr --help)\n`,
      ),
    );
    const missing = await declare(path(), '2027-07-01', [join(dir, 'nope.csv')]);
    expect([missing.code, missing.err]).toEqual([
      2,
      typo(`pcr : fichier illisible : ${join(dir, 'nope.csv')} (aide : pcr --help)\n`),
    ]);
  });
});
