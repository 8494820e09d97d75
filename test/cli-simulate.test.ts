import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pcrIn } from './helpers/cli-in-process';
import { typo } from './helpers/typography';

const FILE_ACTIVE = readFileSync('examples/obesite/file-active.ndjson', 'utf8');
const ARGS = [
  'simulate',
  '--project',
  'examples/obesite/project.json',
  '--key',
  'examples/obesite/key-sessions.json',
  '--key',
  'examples/obesite/key-equal.json',
  '--from',
  '2026-01-01',
  '--to',
  '2027-12-31',
];

describe('pcr simulate: the file active under each candidate key', () => {
  it('writes each key’s total and each beneficiary’s amount under each key (table)', async () => {
    const r = await pcrIn(ARGS, FILE_ACTIVE);
    // The file active holds one blocked path: excluded, as `pcr report` says (exit 1).
    expect([r.code, r.err]).toEqual([1, typo('1 parcours exclu : BLOCKED 1\n')]);
    expect(r.out.split('\n')).toEqual(
      [
        'Simulation de 2 clés de répartition, du 2026-01-01 au 2027-12-31',
        'clé key-sessions : 5 202,40 € facturés (9 séquences)',
        'clé key-equal : 5 202,40 € facturés (9 séquences)',
        '',
        'Bénéficiaire  key-sessions   key-equal  key-equal − key-sessions',
        'structure         520,26 €    520,26 €                   +0,00 €',
        'apa-petit         788,50 €  1 003,41 €                 +214,91 €',
        'diet-leroy        919,78 €  1 027,53 €                 +107,75 €',
        'dr-martin       1 793,09 €  1 218,56 €                 -574,53 €',
        'ide-roux          423,89 €    617,53 €                 +193,64 €',
        'psy-bernard       756,88 €    815,11 €                  +58,23 €',
        '',
        'Même total sous chaque clé : 5 202,40 € (une clé déplace l’argent, elle n’en crée pas).',
        '',
      ].map(typo),
    );
    // What one gains, the others lose: 214,91 + 107,75 + 193,64 + 58,23 = 574,53.
    expect(21491 + 10775 + 19364 + 5823).toBe(57453);
  });

  it('writes the same as CSV, JSON and a self-contained HTML page', async () => {
    const csv = await pcrIn([...ARGS, '--csv'], FILE_ACTIVE);
    expect(csv.out.split('\r\n')).toEqual([
      '\uFEFFligne;cle;beneficiaire;profession;montant;difference;sequences',
      'beneficiaire;key-sessions;structure;;520,26;;',
      'beneficiaire;key-sessions;apa-petit;enseignant-apa;788,50;;',
      'beneficiaire;key-sessions;diet-leroy;dieteticien;919,78;;',
      'beneficiaire;key-sessions;dr-martin;medecin;1793,09;;',
      'beneficiaire;key-sessions;ide-roux;infirmier;423,89;;',
      'beneficiaire;key-sessions;psy-bernard;psychologue;756,88;;',
      'beneficiaire;key-equal;structure;;520,26;0,00;',
      'beneficiaire;key-equal;apa-petit;enseignant-apa;1003,41;214,91;',
      'beneficiaire;key-equal;diet-leroy;dieteticien;1027,53;107,75;',
      // A negative value is written with the formula-neutralising apostrophe, as every CSV of pcr.
      `beneficiaire;key-equal;dr-martin;medecin;1218,56;"'-574,53";`,
      'beneficiaire;key-equal;ide-roux;infirmier;617,53;193,64;',
      'beneficiaire;key-equal;psy-bernard;psychologue;815,11;58,23;',
      'total;key-sessions;;;5202,40;;9',
      'total;key-equal;;;5202,40;;9',
      '',
    ]);
    const json = JSON.parse((await pcrIn([...ARGS, '--json'], FILE_ACTIVE)).out) as {
      keys: { name: string; total: string }[];
      beneficiaries: { beneficiary: string; amounts: string[]; differences: string[] }[];
    };
    expect(json.keys).toEqual([
      { name: 'key-sessions', total: '5202.40', sequences: 9 },
      { name: 'key-equal', total: '5202.40', sequences: 9 },
    ]);
    expect(json.beneficiaries[3]).toEqual({
      beneficiary: 'dr-martin',
      profession: 'medecin',
      amounts: ['1793.09', '1218.56'],
      differences: ['-574.53'],
    });
    const html = (await pcrIn([...ARGS, '--html', '--lang', 'en'], FILE_ACTIVE)).out;
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|https?:\/\/|<link/);
    // One horizontal bar per beneficiary and key: 6 × 2, the longest (dr-martin under key-sessions) 520 wide.
    expect(html.match(/<rect /g)?.length).toBe(12);
    expect(html).toContain(
      '<rect x="150" y="2" width="520" height="16" fill="#1565c0"><title>key-sessions — €1,793.09</title>',
    );
    expect(html).toContain('aria-label="Amount of dr-martin (medecin) under each key"');
  });

  it('refuses a key that does not make a valid projet (exit 2), naming its file', async () => {
    const r = await pcrIn(
      [...ARGS.slice(0, 5), '--key', 'examples/obesite/path.json', ...ARGS.slice(7), '--lang', 'en'],
      FILE_ACTIVE,
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pcr: examples\/obesite\/path\.json: /);
    const none = await pcrIn(ARGS.filter((_a, i) => i < 3 || i > 6));
    expect([none.code, none.err]).toEqual([2, typo('pcr : simulate : --key obligatoire (aide : pcr --help)\n')]);
  });
});
