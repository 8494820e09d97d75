import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvLine, declarationCsv, type DeclarationEntry, worklistCsv } from '../src/entries/exports';
import type { WorkItem } from '../src/entries/operations';
import { openXlsx } from '../src/cli/xlsx-writer';

const dir = mkdtempSync(join(tmpdir(), 'pcr-xlsx-'));

/** The shipped example with a structure and a dietitian whose numbers start with 0 (a FINESS of the Ain, 01…). */
function leadingZeroProject(): string {
  const project = JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')) as {
    structure: Record<string, unknown>;
    team: { id: string; adeli?: string }[];
  };
  project.structure = { ...project.structure, finess: '010000024' };
  delete project.structure.siret;
  const diet = project.team.find((m) => m.id === 'diet-leroy');
  if (diet) diet.adeli = '019912345';
  const file = join(dir, 'project.json');
  writeFileSync(file, JSON.stringify(project));
  return file;
}

function pcr(args: string[]) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LANG: '' },
  });
}

describe('pcr declare --xlsx', () => {
  it('writes identifiers as text, amounts as numbers with two decimals, dates as dates, a frozen header', async () => {
    const file = join(dir, 'declaration.xlsx');
    const r = pcr([
      'declare',
      '--project',
      leadingZeroProject(),
      '--path',
      'examples/obesite/path.json',
      '--from',
      '2027-01-01',
      '--to',
      '2027-12-31',
      '--allow-draft',
      '--xlsx',
      file,
    ]);
    expect([r.status, r.stdout]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('declaration');
    if (!sheet) throw new Error('no declaration sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'structure_siret',
      'structure_finess',
      'patient',
      'type',
      'version',
      'statut_type',
      'sequence',
      'statut',
      'date_facturable',
      'forfait',
      'part_amo',
      'part_amc',
      'organisme_amc',
      'part_patient',
      'beneficiaire',
      'type_identifiant',
      'identifiant',
      'montant',
      'nature',
      'montant_precedent',
      'version_precedente',
      'forfait_precedent',
      'part_amo_precedente',
      'part_amc_precedente',
      'part_patient_precedente',
      'date_declaration',
    ]);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = [2, 3, 4, 5, 6, 7].map((n) => sheet.getRow(n));
    const first = rows[0]!;
    expect(first.getCell(col('structure_finess')).value).toBe('010000024');
    expect(first.getCell(col('structure_finess')).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(col('date_facturable')).value).toEqual(new Date(Date.UTC(2027, 4, 19)));
    expect(first.getCell(col('date_facturable')).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(col('forfait')).value).toBe(1061.4);
    expect(first.getCell(col('forfait')).numFmt).toBe('#,##0.00');
    expect(rows.map((row) => [row.getCell(col('beneficiaire')).value, row.getCell(col('identifiant')).value])).toEqual([
      ['structure', '010000024'],
      ['apa-petit', '90000000200015'],
      ['diet-leroy', '019912345'],
      ['dr-martin', '10001234565'],
      ['ide-roux', '759900017'],
      ['psy-bernard', '759954321'],
    ]);
    expect(rows.map((row) => row.getCell(col('montant')).value)).toEqual([
      106.14, 183.61, 131.42, 131.41, 87.61, 421.21,
    ]);
    expect(sheet.rowCount).toBe(7);
  });

  it('refuses a workbook on a terminal or without a file, as bad usage', () => {
    const r = pcr(['declare', '--project', 'p.json', '--from', '2027-01-01', '--to', '2027-12-31', '--xlsx']);
    expect([r.status, r.stderr]).toEqual([
      2,
      'pcr\u00a0: --xlsx\u00a0: valeur manquante ou invalide (aide\u00a0: pcr --help)\n',
    ]);
  });
});

describe('workbook sheets', () => {
  it('go on in a next sheet past the rows a worksheet holds', async () => {
    const file = join(dir, 'rows.xlsx');
    const xlsx = await openXlsx({ file }, 3);
    const sheet = xlsx.sheet('a_faire', [{ name: 'n', kind: 'count' }]);
    for (let i = 1; i <= 7; i++) sheet.add([String(i)]);
    await xlsx.close();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(
      book.worksheets.map((w) => [w.name, (w.getColumn(1).values as unknown[]).filter((v) => v !== undefined)]),
    ).toEqual([
      ['a_faire', ['n', 1, 2, 3]],
      ['a_faire-2', ['n', 4, 5, 6]],
      ['a_faire-3', ['n', 7]],
    ]);
  });
});

describe('CSV outputs', () => {
  it('neutralise every cell a spreadsheet would read as a formula', () => {
    expect(['=1+1', '+33', '-A1', '@SUM(A1)', '\tx', '\rx', 'A-1', '12,50'].map((v) => csvLine([v]))).toEqual([
      `"'=1+1"`,
      `"'+33"`,
      `"'-A1"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
      'A-1',
      '12,50',
    ]);
    const entry: DeclarationEntry = {
      structure: { name: 'MSP', siret: '90000000100017' },
      patientRef: 'P1',
      type: { id: 't', version: 'v', status: 'official' },
      sequence: 'S1',
      status: 'completed',
      billableOn: '2027-01-10',
      forfait: '100.00',
      amo: '70.00',
      amc: '30.00',
      patient: '0.00',
      lines: [{ beneficiary: 'nc', payee: { kind: 'professional', idType: 'CPAM', id: '-A1' }, amount: '100.00' }],
    };
    expect(declarationCsv([entry]).split('\r\n')[1]).toBe(
      `90000000100017;;P1;t;v;official;S1;complete;2027-01-10;100,00;70,00;30,00;;0,00;nc;CPAM;"'-A1";100,00;;;;;;;;`,
    );
    const item: WorkItem = {
      patientRef: 'P1',
      sequence: 'S1',
      task: 'prestations',
      codes: ['X'],
      missing: 1,
      dueBy: '2027-01-10',
      overdue: false,
      performers: ['=cmd'],
      completesSequence: false,
      sequenceForfait: '100.00',
    };
    expect(worklistCsv([item]).split('\r\n')[1]).toBe(`;2027-01-10;non;P1;S1;prestations;X;1;"'=cmd";non;100,00`);
  });
});
