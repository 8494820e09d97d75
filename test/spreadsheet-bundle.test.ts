import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { typo } from './helpers/typography';

type SheetFn = (...args: unknown[]) => unknown;
interface Pcr {
  sheet: { PCR_ALLOCATE: SheetFn; PCR_SEQUENCES: SheetFn; PCR_QUOTE_PARTS: SheetFn; PCR_FINDINGS: SheetFn };
  shippedCatalog: () => { list: () => { id: string }[] };
}

/** Loads the bundle into a bare context: no require, module, process or window, and no code generation from strings. */
function loadBundle(withAppsScript = false): { pcr: Pcr; context: Record<string, unknown> } {
  const context = createContext({}, { codeGeneration: { strings: false, wasm: false } }) as Record<string, unknown>;
  new Script(readFileSync('dist/pcr.global.js', 'utf8'), { filename: 'pcr.gs' }).runInContext(context);
  // Apps Script runs every file of a project in one global scope: Code.gs sees PCR.
  if (withAppsScript)
    new Script(readFileSync('examples/apps-script/Code.gs', 'utf8'), { filename: 'Code.gs' }).runInContext(context);
  return { pcr: context.PCR as Pcr, context };
}

// A Date of the bundle's own realm at local midnight, as Apps Script hands date cells to custom functions.
const sheetDate = (context: Record<string, unknown>, y: number, m: number, d: number): unknown =>
  new Script(`new Date(${y}, ${m - 1}, ${d})`).runInContext(context as never);

const project = [
  ['structure', 'MSP des Tilleuls (fictive)'],
  ['category', 'msp'],
  ['siret', '90000000100017'],
  ['sentToArs', '2026-03-10'],
  [
    'key',
    '[{"kind":"coordination","rate":"0.10"},{"kind":"part","part":"apa","profession":"enseignant-apa"},{"kind":"part","part":"psy","profession":"psychologue"},{"kind":"weights","by":"member","basis":"sessions"}]',
  ],
];
const team = [
  ['id', 'profession', 'rpps', 'adeli', 'cpam', 'employer', 'employer_siret'],
  ['dr-martin', 'medecin', '10001234565', '', '', '', ''],
  ['ide-roux', 'infirmier', '', '759900017', '', '', ''],
  ['diet-leroy', 'dieteticien', '', '759912345', '', '', ''],
  ['psy-bernard', 'psychologue', '', '759954321', '', '', ''],
  ['apa-petit', 'enseignant-apa', '', '', 'APA-0042', 'Association Sport Santé (fictive)', '90000000200015'],
];

const SEQUENCES_FR = [
  'séquence',
  'statut',
  'début',
  'échéance',
  'comptées',
  'manquantes',
  'constats',
  'montant',
  'non facturée',
];
const NOT_OFFICIAL_FR = typo(
  'Montants non officiels : le type « obesite-complexe-adulte » version 2026-03 est un projet (draft), pas un arrêté publié.',
);

describe('spreadsheet bundle in a bare vm context', () => {
  it('defines the global PCR without require, module, process or window', () => {
    const { pcr, context } = loadBundle();
    // One global, nothing else.
    expect(Object.keys(context)).toEqual(['PCR']);
    expect(pcr.shippedCatalog().list()).toHaveLength(9);
  });

  it('never asks for code generation: zod is jitless before any schema is built (a strict CSP sees no new Function)', () => {
    // A context whose Function constructor counts every attempt (and refuses it, as a strict Content-Security-Policy
    // does), then the bundle loaded, a catalog type, a projet and a path parsed, validated and settled.
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } }) as Record<string, unknown>;
    new Script(
      `globalThis.attempts = 0; const F = Function; globalThis.Function = new Proxy(F, { construct() { attempts++; throw new EvalError('code generation refused'); }, apply() { attempts++; throw new EvalError('code generation refused'); } });`,
    ).runInContext(context);
    new Script(readFileSync('dist/pcr.global.js', 'utf8')).runInContext(context);
    context.input = {
      project: readFileSync('examples/obesite/project.json', 'utf8'),
      path: readFileSync('examples/obesite/path.json', 'utf8'),
    };
    const total = new Script(`(() => {
      const type = PCR.shippedCatalog().resolve('obesite-complexe-adulte', '2026-06-01').value;
      const project = PCR.parseProject(JSON.parse(input.project)).value;
      const path = PCR.parsePatientPath(JSON.parse(input.path)).value;
      return PCR.settle(type, project, path, { asOf: '2027-06-15' }).totals.forfait;
    })()`).runInContext(context);
    expect([total, context.attempts]).toEqual(['1061.40', 0]);
    // zod's shared settings are the bundle's own: the page's global object gets none of them.
    expect(Object.keys(context).filter((k) => k.startsWith('__zod'))).toEqual([]);
  });

  it('PCR_ALLOCATE splits an amount on a column, from numbers or French text', () => {
    const { pcr } = loadBundle();
    expect(pcr.sheet.PCR_ALLOCATE(100, [[30], [20], [40], [40]])).toEqual([[23.08], [15.38], [30.77], [30.77]]);
    expect(pcr.sheet.PCR_ALLOCATE('1,00', [['2'], ['3'], ['1']])).toEqual([[0.33], [0.5], [0.17]]);
    expect(pcr.sheet.PCR_ALLOCATE(1, [[0], [0]])).toBe('#PCR poids invalides (ZERO_WEIGHTS)');
    expect(pcr.sheet.PCR_ALLOCATE('douze', [[1]])).toBe(typo('#PCR montant : nombre attendu (1 000,50 ou 1000.5)'));
    expect(pcr.sheet.PCR_ALLOCATE('1 000,005', [[1]])).toBe('#PCR montant invalide (deux décimales au plus)');
    expect(pcr.sheet.PCR_ALLOCATE('1 000,50', [['1,5'], ['0,5']])).toEqual([[750.38], [250.12]]);
  });

  it('PCR_QUOTE_PARTS settles a path given as ranges with Date cells and Excel serials', () => {
    const { pcr, context } = loadBundle();
    const d = (y: number, m: number, day: number) => sheetDate(context, y, m, day);
    const patient = [
      ['ref', 'PAT-0001'],
      ['birthDate', d(1972, 4, 18)],
      ['inclusion', 46174], // Excel serial of 2026-06-01
      ['profile', 'D'],
      ['territory', '69'],
      ['complementary', 'responsable'],
      ['attestations', 'S1 2027-05-19'],
    ];
    const prestations = [
      ['id', 'code', 'date', 'member', 'minutes', 'status'],
      ['p01', 'CONSULTATION_MEDICALE', d(2026, 6, 3), 'dr-martin', 45, 'done'],
      ['p02', 'SEANCE_DIET', '2026-06-17', 'diet-leroy', 45, 'done'],
      ['p03', 'SEANCE_APA', d(2026, 6, 24), 'apa-petit', 60, 'done'],
      ['p04', 'SEANCE_PSY', 46211, 'psy-bernard', 50, 'done'], // 2026-07-08
      ['p05', 'SEANCE_IDE', d(2026, 7, 22), 'ide-roux', 30, 'done'],
      ['p08', 'SEANCE_PSY', d(2026, 9, 16), 'psy-bernard', 50, 'done'],
      ['p09', 'SEANCE_DIET', d(2026, 10, 14), 'diet-leroy', 45, 'done'],
      ['p10', 'BILAN_ETAPE', d(2026, 11, 25), 'dr-martin', 45, 'done'],
      ['p11', 'SEANCE_APA', d(2026, 12, 9), 'apa-petit', 60, 'done'],
      ['p12', 'SEANCE_PSY', d(2027, 1, 20), 'psy-bernard', 50, 'done'],
      ['p13', 'SEANCE_DIET', d(2027, 3, 3), 'diet-leroy', 45, 'done'],
      ['p14', 'SEANCE_IDE', d(2027, 4, 7), 'ide-roux', 30, 'done'],
      ['p15', 'BILAN_ETAPE', d(2027, 5, 12), 'dr-martin', 45, 'done'],
      ['', '', '', '', '', ''],
    ];
    // Same figures as the README example: 1,061.40 (profile D), coordination 106.14, the APA part 96.00 and the
    // psychology part 289.80 to their professionals, 569.46 by 13 sessions.
    expect(
      pcr.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', project, team, patient, prestations, d(2027, 6, 15)),
    ).toEqual([
      ['séquence', 'bénéficiaire', 'versé à', 'identifiant', 'montant'],
      ['S1', 'structure', 'MSP des Tilleuls (fictive)', 'SIRET 90000000100017', 106.14],
      ['S1', 'apa-petit', 'Association Sport Santé (fictive)', 'SIRET 90000000200015', 183.61],
      ['S1', 'diet-leroy', '', 'ADELI 759912345', 131.42],
      ['S1', 'dr-martin', '', 'RPPS 10001234565', 131.41],
      ['S1', 'ide-roux', '', 'ADELI 759900017', 87.61],
      ['S1', 'psy-bernard', '', 'ADELI 759954321', 421.21],
      ['S1', 'AMO', '', '', 742.98],
      ['S1', 'AMC', '', '', 318.42],
      ['S1', 'patient', '', '', 0],
      ['S2', 'en cours', 'séquence ni complète ni terminée à cette date', '', ''],
      [NOT_OFFICIAL_FR, '', '', '', ''],
    ]);
    expect(
      pcr.sheet.PCR_SEQUENCES('obesite-complexe-adulte', project, team, patient, prestations, '2027-06-15'),
    ).toEqual([
      SEQUENCES_FR,
      ['S1', 'complète', '2026-06-01', '2027-06-01', 13, 0, 0, 1061.4, ''],
      ['S2', 'en cours', '2027-06-02', '2028-06-01', 0, 1, 0, '', 'séquence ni complète ni terminée à cette date'],
    ]);
    // In English: headers and statuses; a team with names; French numbers and vocabulary in any case.
    const named = team.map((r, i) => [...r, i === 0 ? 'name' : i === 1 ? 'Dr Martin (fictif)' : '']);
    const shouting = patient.map(([k, v]) => [k, k === 'complementary' ? 'RESPONSABLE' : v]);
    const french = prestations.map((r, i) => (i === 1 ? [...r.slice(0, 4), '45,0', 'Done'] : r));
    const en = pcr.sheet.PCR_QUOTE_PARTS(
      'obesite-complexe-adulte',
      project,
      named,
      shouting,
      french,
      d(2027, 6, 15),
      'en',
    ) as unknown[][];
    expect(en[0]).toEqual(['sequence', 'beneficiary', 'paid to', 'identifier', 'amount']);
    expect(en[4]).toEqual(['S1', 'dr-martin', 'Dr Martin (fictif)', 'RPPS 10001234565', 131.41]);
    expect(
      (
        pcr.sheet.PCR_SEQUENCES(
          'obesite-complexe-adulte',
          project,
          team,
          patient,
          prestations,
          '2027-06-15',
          'EN',
        ) as unknown[][]
      ).slice(0, 2),
    ).toEqual([
      ['sequence', 'status', 'start', 'deadline', 'counted', 'missing', 'findings', 'amount', 'not billed'],
      ['S1', 'completed', '2026-06-01', '2027-06-01', 13, 0, 0, 1061.4, ''],
    ]);
  });

  it('never fills a missing row with a default: complementary, key, inclusion each give a #PCR naming it', () => {
    const { pcr } = loadBundle();
    const patient = [
      ['ref', 'P'],
      ['birthDate', '1970-01-01'],
      ['inclusion', '2026-06-01'],
      ['profile', 'A'],
      ['complementary', 'none'],
    ];
    const none = [['id', 'code', 'date', 'member', 'minutes', 'status']];
    const run = (p: unknown[][], pr: unknown[][] = project, lang?: string) =>
      pcr.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', pr, team, p, none, '2026-12-15', lang);
    expect(run(patient.filter(([k]) => k !== 'complementary'))).toBe(
      typo('#PCR Patient : ligne « complementary » manquante (obligatoire)'),
    );
    expect(
      run(
        patient.filter(([k]) => k !== 'inclusion'),
        project,
        'en',
      ),
    ).toBe('#PCR Patient: row "inclusion" missing (required)');
    expect(
      run(
        patient,
        project.filter(([k]) => k !== 'key'),
      ),
    ).toBe(typo('#PCR Projet : ligne « key » manquante (obligatoire)'));
    // A key that the engine refuses is shown, not an empty grid.
    const badKey = project.map(([k, v]) => [
      k,
      k === 'key' ? '[{"kind":"fixed","member":"nobody","amount":"10.00"}]' : v,
    ]);
    expect(run(patient, badKey)).toMatch(/^#PCR Projet, ligne 5\u00a0: KEY_UNKNOWN_MEMBER — /);
    // A bad cell is named by its range and row.
    const prestations = [
      ['id', 'code', 'date', 'member', 'minutes', 'status'],
      ['p1', 'CONSULTATION_MEDICALE', '2026-06-03', 'dr-martin', 45, 'done'],
      ['p2', 'SEANCE_DIET', '2026-13-01', 'diet-leroy', 45, 'done'],
    ];
    expect(pcr.sheet.PCR_SEQUENCES('obesite-complexe-adulte', project, team, patient, prestations, '2026-12-15')).toBe(
      typo('#PCR Prestations, ligne 3 : date AAAA-MM-JJ attendue'),
    );
    const unknownMember = prestations.map((r, i) =>
      i === 2 ? ['p2', 'SEANCE_DIET', '2026-07-01', 'nobody', 45, 'done'] : r,
    );
    // A prestation the engine refuses is a finding on its row, not a blank grid: the path still settles.
    expect(
      pcr.sheet.PCR_FINDINGS('obesite-complexe-adulte', project, team, patient, unknownMember, '2026-12-15'),
    ).toEqual([
      ['gravité', 'où', 'code', 'message'],
      [
        'erreur',
        'Prestations, ligne 3',
        'PRESTATION_UNKNOWN_MEMBER',
        typo('Intervenant « nobody » absent de l’équipe du projet.'),
      ],
      ['alerte', 'type', 'TYPE_NOT_OFFICIAL', NOT_OFFICIAL_FR],
    ]);
    // A blocked path (included before the projet is deemed accepted) cannot be settled: a #PCR text, and its findings.
    const late = project.map(([k, v]) => [k, k === 'sentToArs' ? '2026-11-01' : v]);
    const blocked = typo(
      'Parcours non financé : inclusion le 2026-06-01, avant que le projet soit réputé accepté (le 2027-01-01, envoi à l’ARS + 2 mois ; L.162-62 II et R.162-137 CSS).',
    );
    expect(pcr.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', late, team, patient, unknownMember, '2026-12-15')).toBe(
      typo(`#PCR Patient, ligne 3 : PROJECT_NOT_ACCEPTED — ${blocked}`),
    );
    expect(
      (
        pcr.sheet.PCR_FINDINGS(
          'obesite-complexe-adulte',
          late,
          team,
          patient,
          unknownMember,
          '2026-12-15',
        ) as unknown[][]
      )[1],
    ).toEqual(['erreur', 'Patient, ligne 3', 'PROJECT_NOT_ACCEPTED', blocked]);
  });

  it('takes per-séquence keys, extensions, renewals and a prestation’s séquence', () => {
    const { pcr } = loadBundle();
    const patient = [
      ['ref', 'P'],
      ['birthDate', '1970-01-01'],
      ['inclusion', '2026-06-01'],
      ['profile', 'A'],
      ['complementary', 'none'],
      ['extensions', 'S1 2027-04-01 6'],
    ];
    const rows = pcr.sheet.PCR_SEQUENCES(
      'obesite-complexe-adulte',
      [...project, ['key.S2', '[{"kind":"remainder","member":"dr-martin"}]']],
      team,
      patient,
      [
        ['id', 'code', 'date', 'member', 'minutes', 'status', 'sequence'],
        ['p1', 'CONSULTATION_MEDICALE', '2026-06-03', 'dr-martin', 45, 'done', 'S1'],
      ],
      '2027-06-15',
    ) as unknown[][];
    expect(rows[1]?.slice(0, 4)).toEqual(['S1', 'en cours', '2026-06-01', '2027-12-01']);
  });

  it('runs through the Apps Script file’s top-level custom functions', () => {
    const { context } = loadBundle(true);
    const fn = (name: string) => context[name] as SheetFn;
    expect(fn('PCR_ALLOCATE')('0.03', [[75], [25]])).toEqual([[0.02], [0.01]]);
    const patient = [
      ['ref', 'P'],
      ['birthDate', sheetDate(context, 1970, 1, 1)],
      ['inclusion', sheetDate(context, 2026, 6, 1)],
      ['profile', 'A'],
      ['complementary', 'none'],
    ];
    expect(
      fn('PCR_SEQUENCES')(
        'obesite-complexe-adulte',
        project,
        team,
        patient,
        [['id', 'code', 'date', 'member', 'minutes', 'status']],
        46371,
      ),
    ).toEqual([
      SEQUENCES_FR,
      ['S1', 'en cours', '2026-06-01', '2027-06-01', 0, 12, 0, '', 'séquence ni complète ni terminée à cette date'],
      ['S2', 'à venir', '2027-06-02', '2028-06-01', 0, 1, 0, '', 'séquence ni complète ni terminée à cette date'],
    ]);
  });

  it('returns a readable error text in the cell for a malformed range, never a script error', () => {
    const { pcr } = loadBundle();
    expect(pcr.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', project, team, 'A1:B9', [['id']], 46371)).toBe(
      typo('#PCR Patient : plage de deux colonnes (clé, valeur) attendue'),
    );
    expect(
      pcr.sheet.PCR_SEQUENCES(
        'obesite-complexe-adulte',
        project,
        team,
        [
          ['ref', 'P'],
          ['birthDate', 60],
          ['inclusion', 46173],
        ],
        [['id']],
        46371,
      ),
    ).toBe(typo('#PCR Patient, ligne 2 : numéro de série Excel invalide'));
    expect(
      pcr.sheet.PCR_SEQUENCES(
        'nope',
        project,
        team,
        [
          ['ref', 'P'],
          ['birthDate', '1970-01-01'],
          ['inclusion', '2026-06-01'],
          ['complementary', 'none'],
        ],
        [['id']],
        '2026-12-15',
      ),
    ).toBe(typo('#PCR type : CATALOG_UNKNOWN_TYPE — Type de parcours « nope » absent du catalogue.'));
  });
});

/** The shipped example (examples/obesite) as a coordinator fills the ranges: key | value, or a header row. */
function shippedRanges(): { project: unknown[][]; team: unknown[][]; patient: unknown[][]; prestations: unknown[][] } {
  const p = JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')) as {
    structure: { name: string; category: string; siret: string };
    sentToArs: string;
    team: {
      id: string;
      name: string;
      profession: string;
      rpps?: string;
      adeli?: string;
      cpamNumber?: string;
      employer?: { name: string; siret: string };
    }[];
    distribution: { default: unknown };
  };
  const path = JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as {
    prestations: { id: string; code: string; date: string; member: string; minutes: number; status: string }[];
  };
  return {
    project: [
      ['structure', p.structure.name],
      ['category', p.structure.category],
      ['siret', p.structure.siret],
      ['sentToArs', p.sentToArs],
      ['key', JSON.stringify(p.distribution.default)],
    ],
    team: [
      ['id', 'name', 'profession', 'rpps', 'adeli', 'cpam', 'employer', 'employer_siret'],
      ...p.team.map((m) => [
        m.id,
        m.name,
        m.profession,
        m.rpps ?? '',
        m.adeli ?? '',
        m.cpamNumber ?? '',
        m.employer?.name ?? '',
        m.employer?.siret ?? '',
      ]),
    ],
    patient: [
      ['ref', 'PAT-0001'],
      ['birthDate', '1972-04-18'],
      ['territory', '69'],
      ['inclusion', '2026-06-01'],
      ['profile', 'D'],
      ['complementary', 'responsable'],
      ['attestations', 'S1 2027-05-19'],
    ],
    prestations: [
      ['id', 'code', 'date', 'member', 'minutes', 'status'],
      ...path.prestations.map((x) => [x.id, x.code, x.date, x.member, x.minutes, x.status]),
    ],
  };
}

describe('the sheet functions on the shipped example, through the built bundle', () => {
  const TYPE = 'obesite-complexe-adulte';
  const call = (pcr: Pcr, fn: keyof Pcr['sheet'], r: ReturnType<typeof shippedRanges>, lang?: string) =>
    pcr.sheet[fn](TYPE, r.project, r.team, r.patient, r.prestations, '2027-06-15', lang);

  it('PCR_QUOTE_PARTS finds the amounts of pcr settle despite the too-short prestation (row 7), and says the amounts are not official', () => {
    const { pcr } = loadBundle();
    const r = shippedRanges();
    // pcr settle: 1,061.40 (profile D) = AMO 742.98 + AMC 318.42 (30 % of 1,061.40) + patient 0.00; coordination
    // 10 % 106.14; parts apa 96.00 and psy 289.80; the rest 569.46 by 13 sessions (apa 2, diet 3, dr 3, ide 2, psy 3).
    expect(call(pcr, 'PCR_QUOTE_PARTS', r)).toEqual([
      ['séquence', 'bénéficiaire', 'versé à', 'identifiant', 'montant'],
      ['S1', 'structure', 'MSP des Tilleuls (fictive)', 'SIRET 90000000100017', 106.14],
      ['S1', 'apa-petit', 'Association Sport Santé (fictive)', 'SIRET 90000000200015', 183.61],
      ['S1', 'diet-leroy', 'M. Leroy (fictif)', 'ADELI 759912345', 131.42],
      ['S1', 'dr-martin', 'Dr Martin (fictif)', 'RPPS 10001234565', 131.41],
      ['S1', 'ide-roux', 'Mme Roux (fictive)', 'ADELI 759900017', 87.61],
      ['S1', 'psy-bernard', 'Mme Bernard (fictive)', 'ADELI 759954321', 421.21],
      ['S1', 'AMO', '', '', 742.98],
      ['S1', 'AMC', '', '', 318.42],
      ['S1', 'patient', '', '', 0],
      ['S2', 'en cours', 'séquence ni complète ni terminée à cette date', '', ''],
      [NOT_OFFICIAL_FR, '', '', '', ''],
    ]);
    expect(call(pcr, 'PCR_SEQUENCES', r)).toEqual([
      SEQUENCES_FR,
      // S1: one finding (the 20-minute diet session of 2026-08-19, in its window); S2 counts p16 of 2027-06-09.
      ['S1', 'complète', '2026-06-01', '2027-06-01', 13, 0, 1, 1061.4, ''],
      ['S2', 'en cours', '2027-06-02', '2028-06-01', 1, 1, 0, '', 'séquence ni complète ni terminée à cette date'],
    ]);
    expect(call(pcr, 'PCR_FINDINGS', r)).toEqual([
      ['gravité', 'où', 'code', 'message'],
      [
        'erreur',
        'Prestations, ligne 7',
        'PRESTATION_TOO_SHORT',
        typo('Prestation de 20\u00a0min, sous la durée minimale de 30\u00a0min : elle n’est pas comptée.'),
      ],
      ['alerte', 'type', 'TYPE_NOT_OFFICIAL', NOT_OFFICIAL_FR],
    ]);
  });

  it('in English, every text: headers, statuses, reasons and the engine’s findings', () => {
    const { pcr } = loadBundle();
    const r = shippedRanges();
    const notOfficial =
      'Amounts not official: type "obesite-complexe-adulte" version 2026-03 is a draft, not a published arrêté.';
    expect(call(pcr, 'PCR_FINDINGS', r, 'en')).toEqual([
      ['severity', 'where', 'code', 'message'],
      [
        'error',
        'Services, row 7',
        'PRESTATION_TOO_SHORT',
        'Service of 20 min, under the minimum of 30 min: it is not counted.',
      ],
      ['warning', 'type', 'TYPE_NOT_OFFICIAL', notOfficial],
    ]);
    const parts = call(pcr, 'PCR_QUOTE_PARTS', r, 'en') as unknown[][];
    expect(parts.slice(-4)).toEqual([
      ['S1', 'AMC', '', '', 318.42],
      ['S1', 'patient', '', '', 0],
      ['S2', 'in progress', 'sequence neither completed nor ended on this date', '', ''],
      [notOfficial, '', '', '', ''],
    ]);
    expect((call(pcr, 'PCR_SEQUENCES', r, 'en') as unknown[][])[2]).toEqual([
      'S2',
      'in progress',
      '2027-06-02',
      '2028-06-01',
      1,
      1,
      0,
      '',
      'sequence neither completed nor ended on this date',
    ]);
  });

  it('a séquence completed but waiting for its attestation says so, in both grids', () => {
    const { pcr } = loadBundle();
    const r = shippedRanges();
    const waiting = { ...r, patient: r.patient.filter(([k]) => k !== 'attestations') };
    const reason = 'attestation signée par le patient pas encore enregistrée';
    expect((call(pcr, 'PCR_QUOTE_PARTS', waiting) as unknown[][]).slice(0, 3)).toEqual([
      ['séquence', 'bénéficiaire', 'versé à', 'identifiant', 'montant'],
      ['S1', 'complète', reason, '', ''],
      ['S2', 'en cours', 'séquence ni complète ni terminée à cette date', '', ''],
    ]);
    expect((call(pcr, 'PCR_SEQUENCES', waiting) as unknown[][])[1]).toEqual([
      'S1',
      'complète',
      '2026-06-01',
      '2027-06-01',
      13,
      0,
      1,
      '',
      reason,
    ]);
  });
});

describe('docs/spreadsheet.md', () => {
  it('its worked example’s tables are what PCR_QUOTE_PARTS and PCR_FINDINGS return on the shipped example', () => {
    const { pcr } = loadBundle();
    const r = shippedRanges();
    const doc = readFileSync('docs/spreadsheet.md', 'utf8');
    const worked = doc.slice(doc.indexOf('## A worked example'), doc.indexOf('## Google Sheets'));
    // Each markdown table of the section, its separator row left out, as rows of cells.
    const tables = worked
      .split(/\n\n/)
      .filter((b) => b.startsWith('|'))
      .map((b) =>
        b
          .split('\n')
          .filter((l) => !/^\|[-|]+\|$/.test(l))
          .map((l) =>
            l
              .slice(1, -1)
              .split('|')
              .map((c) => c.trim()),
          ),
      );
    const shown = (grid: unknown) =>
      (grid as unknown[][]).map((row) => row.map((c) => String(c).replace(/[\u00a0\u202f]/g, ' ')));
    const args = [r.project, r.team, r.patient, r.prestations, '2027-06-15'] as const;
    expect(tables).toEqual([
      shown(pcr.sheet.PCR_QUOTE_PARTS('obesite-complexe-adulte', ...args)),
      shown(pcr.sheet.PCR_FINDINGS('obesite-complexe-adulte', ...args)),
    ]);
  });
});
