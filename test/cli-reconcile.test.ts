import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { pcrIn } from './helpers/cli-in-process';
import { typo } from './helpers/typography';

const dir = mkdtempSync(join(tmpdir(), 'pcr-reconcile-'));
const save = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
// The example's S1 declared on 2027-06-15 (docs/process.md, "Worked example").
const PAYMENTS = [
  'date;patient;type;sequence;type_identifiant;identifiant;montant;libelle',
  '2027-07-10;PAT-0001;obesite-complexe-adulte;S1;SIRET;90000000100017;106,14;virement CPAM',
  '2027-07-10;PAT-0001;obesite-complexe-adulte;S1;SIRET;90000000200015;100,00;',
  '2027-07-20;PAT-0001;obesite-complexe-adulte;S1;SIRET;90000000200015;83.61;',
  '2027-07-10;PAT-0001;obesite-complexe-adulte;S1;ADELI;759912345;131,00;',
  '2027-07-10;PAT-0001;obesite-complexe-adulte;S1;RPPS;10001234565;131,41;',
  '2027-07-12;PAT-0001;obesite-complexe-adulte;S1;RPPS;10001234565;10,00;',
  '2027-07-12;PAT-0001;obesite-complexe-adulte;S2;RPPS;10001234565;50,00;',
  '',
].join('\n');
let june = '';
let payments = '';

// Before each test, not once for the file: a mutation run then knows which tests exercise the engine.
beforeEach(async () => {
  const first = await pcrIn([
    'declare',
    '--project',
    'examples/obesite/project.json',
    '--path',
    'examples/obesite/path.json',
    '--from',
    '2027-01-01',
    '--to',
    '2027-06-30',
    '--allow-draft',
    '--as-of',
    '2027-06-15',
    '--previous',
    save('none.csv', ''),
  ]);
  june = save('june.csv', first.out);
  payments = save('payments.csv', PAYMENTS);
});

const run = (...more: string[]) => pcrIn(['reconcile', '--declared', june, '--payments', payments, ...more]);

describe('pcr reconcile: payments checked against the declarations', () => {
  it('ships the example’s declaration as pcr declare writes it, and its payments give the guide’s totals', async () => {
    expect(readFileSync('examples/obesite/declaration-2027-06.csv', 'utf8')).toBe(readFileSync(june, 'utf8'));
    const shipped = await pcrIn([
      'reconcile',
      '--declared',
      'examples/obesite/declaration-2027-06.csv',
      '--payments',
      'examples/obesite/reglements.csv',
      '--as-of',
      '2027-08-01',
      '--csv',
    ]);
    expect([shipped.code, shipped.out.split('\r\n').at(-2)]).toEqual([
      1,
      'total;;;;;;;;;1061,40;562,16;509,24;10,00;50,00',
    ]);
  });

  it('gives each declared line its status, each unexpected payment, the totals (CSV, exit 1)', async () => {
    const r = await run('--as-of', '2027-08-01', '--csv');
    expect([r.code, r.err]).toEqual([1, '']);
    const S1 = 'PAT-0001;obesite-complexe-adulte;S1';
    expect(r.out.split('\r\n')).toEqual([
      '\uFEFFstatut;patient;type;sequence;type_identifiant;identifiant;nature;date_declaration;date_reglement;attendu;recu;manque;excedent;inattendu',
      `paid;${S1};SIRET;90000000100017;initiale;2027-06-15;;106,14;106,14;;;`,
      // 100,00 + 83,61: two payments add up.
      `paid;${S1};SIRET;90000000200015;initiale;2027-06-15;;183,61;183,61;;;`,
      // 131,42 − 131,00.
      `short;${S1};ADELI;759912345;initiale;2027-06-15;;131,42;131,00;0,42;;`,
      // 131,41 + 10,00 = 141,41: 10,00 beyond.
      `over;${S1};RPPS;10001234565;initiale;2027-06-15;;131,41;141,41;;10,00;`,
      // 47 days after 2027-06-15: past the 30 days of grace.
      `late;${S1};ADELI;759900017;initiale;2027-06-15;;87,61;0,00;87,61;;`,
      `late;${S1};ADELI;759954321;initiale;2027-06-15;;421,21;0,00;421,21;;`,
      'unexpected;PAT-0001;obesite-complexe-adulte;S2;RPPS;10001234565;;;2027-07-12;;;;;50,00',
      'total;;;;SIRET;90000000100017;;;;106,14;106,14;0,00;0,00;0,00',
      'total;;;;SIRET;90000000200015;;;;183,61;183,61;0,00;0,00;0,00',
      'total;;;;ADELI;759912345;;;;131,42;131,00;0,42;0,00;0,00',
      'total;;;;RPPS;10001234565;;;;131,41;141,41;0,00;10,00;50,00',
      'total;;;;ADELI;759900017;;;;87,61;0,00;87,61;0,00;0,00',
      'total;;;;ADELI;759954321;;;;421,21;0,00;421,21;0,00;0,00',
      // 1061,40 − 562,16 + 10,00 = 509,24 missing.
      'total;;;;;;;;;1061,40;562,16;509,24;10,00;50,00',
      '',
    ]);
  });

  it('writes the readable table in French and in English, pending within the grace period', async () => {
    // 2027-07-14 is 29 days after 2027-06-15: not late yet.
    const fr = await run('--as-of', '2027-07-14');
    expect(fr.code).toBe(1);
    expect(fr.out.split('\n')).toEqual(
      [
        'Rapprochement au 2027-07-14 (délai de grâce : 30 jours)',
        'PAT-0001 obesite-complexe-adulte S1 SIRET 90000000100017 — payé : attendu 106,14 €, reçu 106,14 €',
        'PAT-0001 obesite-complexe-adulte S1 SIRET 90000000200015 — insuffisant : attendu 183,61 €, reçu 100,00 €, manque 83,61 €',
        'PAT-0001 obesite-complexe-adulte S1 ADELI 759912345 — insuffisant : attendu 131,42 €, reçu 131,00 €, manque 0,42 €',
        'PAT-0001 obesite-complexe-adulte S1 RPPS 10001234565 — excédent : attendu 131,41 €, reçu 141,41 €, en trop 10,00 €',
        'PAT-0001 obesite-complexe-adulte S1 ADELI 759900017 — en attente : attendu 87,61 €, reçu 0,00 €, manque 87,61 € (déclaré le 2027-06-15)',
        'PAT-0001 obesite-complexe-adulte S1 ADELI 759954321 — en attente : attendu 421,21 €, reçu 0,00 €, manque 421,21 € (déclaré le 2027-06-15)',
        'Règlement inattendu : 2027-07-12 PAT-0001 obesite-complexe-adulte S2 RPPS 10001234565 — 50,00 €',
        '1 règlement daté après le 2027-07-14 : non compté',
        'Par bénéficiaire :',
        '  SIRET 90000000100017 — attendu 106,14 €, reçu 106,14 €, manque 0,00 €, en trop 0,00 €, inattendu 0,00 €',
        '  SIRET 90000000200015 — attendu 183,61 €, reçu 100,00 €, manque 83,61 €, en trop 0,00 €, inattendu 0,00 €',
        '  ADELI 759912345 — attendu 131,42 €, reçu 131,00 €, manque 0,42 €, en trop 0,00 €, inattendu 0,00 €',
        '  RPPS 10001234565 — attendu 131,41 €, reçu 141,41 €, manque 0,00 €, en trop 10,00 €, inattendu 50,00 €',
        '  ADELI 759900017 — attendu 87,61 €, reçu 0,00 €, manque 87,61 €, en trop 0,00 €, inattendu 0,00 €',
        '  ADELI 759954321 — attendu 421,21 €, reçu 0,00 €, manque 421,21 €, en trop 0,00 €, inattendu 0,00 €',
        'Total — attendu 1 061,40 €, reçu 478,55 €, manque 592,85 €, en trop 10,00 €, inattendu 50,00 €',
        'Statuts : payé 1, insuffisant 2, excédent 1, en attente 2, en retard 0, inattendu 1',
        '',
      ].map(typo),
    );
    const en = await run('--as-of', '2027-07-14', '--lang', 'en');
    expect(en.out.split('\n')[5]).toBe(
      'PAT-0001 obesite-complexe-adulte S1 ADELI 759900017 — pending: expected €87.61, received €0.00, missing €87.61 (declared on 2027-06-15)',
    );
  });

  it('exits 0 when everything declared is paid and nothing else came, JSON and HTML', async () => {
    const all = save(
      'all.csv',
      [
        'date;patient;type;sequence;type_identifiant;identifiant;montant',
        ...[
          ['SIRET', '90000000100017', '106,14'],
          ['SIRET', '90000000200015', '183,61'],
          ['ADELI', '759912345', '131,42'],
          ['RPPS', '10001234565', '131,41'],
          ['ADELI', '759900017', '87,61'],
          ['ADELI', '759954321', '421,21'],
        ].map(([t, id, a]) => `2027-07-10;PAT-0001;obesite-complexe-adulte;S1;${t};${id};${a}`),
      ].join('\n'),
    );
    const r = await pcrIn(['reconcile', '--declared', june, '--payments', all, '--as-of', '2027-08-01', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { total: { expected: string; received: string; counts: Record<string, number> } };
    expect([json.total.expected, json.total.received, json.total.counts.paid]).toEqual(['1061.40', '1061.40', 6]);
    const html = await pcrIn(['reconcile', '--declared', june, '--payments', all, '--as-of', '2027-08-01', '--html']);
    expect(html.code).toBe(0);
    expect(html.out.startsWith('<!doctype html>')).toBe(true);
    expect(html.out).not.toMatch(/<script|https?:\/\//);
    expect(html.out).toContain(typo('<tfoot><tr><th scope="row">Total</th><td class="n">1 061,40 €</td>'));
  });

  it('refuses an unreadable payments file, a bad --grace, a declared line of another structure (exit 2)', async () => {
    const bad = save(
      'bad.csv',
      'date;patient;type;sequence;type_identifiant;identifiant;montant\n2027-07-10;P;t;S1;RPPS;1;1 061,40\n',
    );
    const r = await pcrIn([
      'reconcile',
      '--declared',
      june,
      '--payments',
      bad,
      '--as-of',
      '2027-08-01',
      '--lang',
      'en',
    ]);
    expect([r.code, r.out, r.err]).toEqual([
      2,
      '',
      `pcr: ${bad}: Payments, line 2: field "montant" missing or invalid. (help: pcr --help)\n`,
    ]);
    const grace = await run('--as-of', '2027-08-01', '--grace', 'ten', '--lang', 'en');
    expect([grace.code, grace.err]).toEqual([
      2,
      'pcr: --grace: a whole number of days expected, not ten (help: pcr --help)\n',
    ]);
    // With --project, every declared line must be the projet's structure's: another one's is refused.
    const project = save(
      'other-project.json',
      readFileSync('examples/obesite/project.json', 'utf8').replaceAll('90000000100017', '90000000300013'),
    );
    const other = await run('--as-of', '2027-08-01', '--project', project);
    expect([other.code, other.out]).toEqual([2, '']);
    expect(other.err).toContain('(90000000100017)');
  });

  it('writes the same rows into a workbook: identifiers as text, amounts as numbers', async () => {
    const file = join(dir, 'reconcile.xlsx');
    const r = await run('--as-of', '2027-08-01', '--xlsx', file);
    expect([r.code, r.out]).toEqual([1, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('rapprochement');
    if (!sheet) throw new Error('no rapprochement sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['statut', 'patient', 'type']);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'short',
      'PAT-0001',
      'obesite-complexe-adulte',
      'S1',
      'ADELI',
      '759912345',
      'initiale',
      expect.any(Date),
      undefined,
      131.42,
      131,
      0.42,
    ]);
    // The header, 6 declared lines, 1 unexpected payment, 6 payee totals and the overall total.
    expect(sheet.rowCount).toBe(15);
  });
});
