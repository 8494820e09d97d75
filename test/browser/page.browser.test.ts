import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typo } from '../helpers/typography';
import { obesityFileActive } from '../../scripts/file-active-generator.mjs';

const ROOT = resolve('.');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
};
let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  // A static server on the loopback address, for the repository's files only.
  server = createServer((req, res) => {
    const file = normalize(join(ROOT, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => server.close(() => ok()));
});

const SHOTS = 'test/browser/screenshots';

/** A new page that records console errors, page errors and every request it makes. */
async function openPage(url: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (q) => requests.push(`${q.method()} ${q.url()}`));
  await page.goto(url);
  return { page, errors, requests };
}

/** The only requests the page may make: its own files and the shipped example, read from its own server. */
const OWN_FILES = [
  'examples/browser/index.html',
  'examples/browser/style.css',
  'dist/pcr.global.js',
  'examples/browser/app.js',
  'examples/obesite/project.json',
  'examples/obesite/path.json',
  'examples/obesite/file-active.ndjson',
];
const foreign = (requests: readonly string[]) =>
  requests.filter((r) => !OWN_FILES.some((f) => r === `GET ${base}/${f}` || r.startsWith(`GET ${base}/${f}?`)));

const rowsOf = (page: Awaited<ReturnType<typeof openPage>>['page'], selector: string) =>
  page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  );

type Page = Awaited<ReturnType<typeof openPage>>['page'];

/** Loads the shipped file active in the page's file view and waits until its table is drawn. */
async function loadExampleFile(page: Page) {
  await page.click('#view-file-tab');
  await page.click('#file-example');
  await page.waitForSelector('body[data-file-runs="1"]');
}
const refs = (page: Page) => page.$$eval('#patients tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));

describe('coordinator page (examples/browser) in headless Chromium: one patient', () => {
  it('in French: banner, findings, worklist, timeline with a legend, séquences told apart by their windows, payers and the séquence not billed, shares, trace', async () => {
    const { page, errors, requests } = await openPage(`${base}/examples/browser/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('[data-field="path:patient.ref"]')).toBe('PAT-0001');
    expect(await page.$$eval('#team tbody tr', (r) => r.length)).toBe(6); // the example's five, and diet-garnier who joins on 2027-06-01 (avenant AV-2027-01)
    expect(await page.$$eval('#prestations tbody tr', (r) => r.length)).toBe(16);
    // What the form does not show is kept: the avenant, the new member's period (the documents the form computes on).
    await page.click('#tab-json');
    await page.click('#json-export');
    const exported = JSON.parse(await page.inputValue('#json')) as {
      project: { avenants?: { id: string }[]; team: { id: string; from?: string }[] };
    };
    expect(exported.project.avenants?.map((a) => a.id)).toEqual(['AV-2027-01']);
    expect(exported.project.team.find((m) => m.id === 'diet-garnier')?.from).toBe('2027-06-01');
    await page.click('#tab-form');
    expect(await page.textContent('#version')).toBe('Version en vigueur à la date d’inclusion : 2026-03 (draft)');
    expect(await page.textContent('#patient-title')).toBe(
      "Patient PAT-0001 · PCR obésité complexe de l'adulte 2026-03 · Profil D",
    );
    // The type is a draft: a banner says the amounts are not official.
    expect(await page.isVisible('#banner')).toBe(true);
    expect(await page.textContent('#banner')).toBe(
      'Montants non officiels : le type « obesite-complexe-adulte » version 2026-03 est un projet (draft), pas un arrêté publié. Ne facturez pas sur ces montants.',
    );
    // The findings panel: the too-short dietetic session, with its date, label and member, in plain words.
    expect(await rowsOf(page, '#findings')).toEqual([
      [
        'erreur',
        '2026-08-19',
        'p06 · Séance diététique',
        'M. Leroy (fictif)',
        'Prestation de 20\u00a0min, sous la durée minimale de 30\u00a0min\u00a0: elle n’est pas comptée.',
      ],
    ]);
    // What is still due: the final review of S2, by the physician, from 2028-04-02 to 2028-06-01.
    expect(await rowsOf(page, '#worklist')).toEqual([
      ['à venir', 'S2', 'Bilan final', '1', 'Dr Martin (fictif)', '2028-04-02', '2028-06-01'],
    ]);
    // The timeline: two séquence windows, 16 marks (2 not counted: p06 too short, p07 missed), named below the bar.
    expect(await page.$$eval('#timeline .window', (e) => e.length)).toBe(2);
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(16);
    expect(await page.$$eval('#timeline .mark.not-counted', (e) => e.map((m) => m.getAttribute('data-id')))).toEqual([
      'p06',
      'p07',
    ]);
    expect(await page.$$eval('#timeline .mark-label', (e) => e.map((t) => t.textContent))).toEqual(['p06', 'p07']);
    expect(await page.$$eval('#timeline .mark.not-counted title', (t) => t.map((x) => x.textContent))).toEqual([
      'p06 · Séance diététique · 2026-08-19 · M. Leroy (fictif) : non comptée — Prestation de 20\u00a0min, sous la durée minimale de 30\u00a0min\u00a0: elle n’est pas comptée.',
      "p07 · Séance d'activité physique adaptée · 2026-09-02 · M. Petit (fictif) : non comptée — manquée (non venue)",
    ]);
    expect(await page.$$eval('#timeline .today', (e) => e.length)).toBe(1);
    expect(await page.$$eval('#timeline .due', (e) => e.length)).toBe(1);
    expect(await page.$$eval('#legend li', (e) => e.map((li) => li.textContent))).toEqual([
      'prestation comptée',
      'prestation non comptée (la raison au survol et dans les constats)',
      'échéance d’une exigence',
      'échéance dépassée',
      'date d’évaluation',
      'fenêtre de la séquence (couleur : son statut)',
      'complète',
      'en cours',
      'à venir',
      'incomplète',
    ]);
    // Taller than a strip: at least 250 px high on a 1400 px wide page; no text runs past the picture's right edge.
    const height = await page.$eval('#timeline svg', (s) => s.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(250);
    const overflow = await page.$$eval('#timeline svg text', (ts) => {
      const svg = ts[0]?.ownerSVGElement?.getBoundingClientRect();
      return ts.filter((t) => svg && t.getBoundingClientRect().right > svg.right).map((t) => t.textContent);
    });
    expect(overflow).toEqual([]);
    // Requirement rows told apart: labels and windows, not two BILAN_ETAPE.
    expect((await rowsOf(page, '#sequences')).map((r) => r.slice(3, 7))).toEqual([
      ['Au moins 10 interventions', '2026-06-01 → 2027-06-01', '13 / ≥ 10', '✓'],
      ['Bilan du 6e mois', '2026-11-01 → 2027-01-01', '1 / 1–1', '✓'],
      ['Bilan du 12e mois', '2027-05-01 → 2027-06-01', '1 / 1–1', '✓'],
      ['Bilan final', '2028-04-02 → 2028-06-01', '0 / 1–1', '1 → 2028-06-01'],
      ['Interventions de suivi (comptées, sans minimum publié)', '2027-06-02 → 2028-06-01', '1 / ≥ 0', '✓'],
    ]);
    expect((await rowsOf(page, '#sequences'))[0]?.slice(0, 3)).toEqual([
      'S1 (Prise en charge initiale intensive)',
      'complète · 2027-05-12',
      '2026-06-01 → 2027-06-01',
    ]);
    expect(await rowsOf(page, '#payers')).toEqual([
      ['S1', '2027-05-19', ...['1 061,40 €', '742,98 €', '318,42 €', '0,00 €'].map(typo)],
    ]);
    // S1 is billed and S2 is not: S2 still says why.
    expect(await page.$$eval('#not-billed li', (e) => e.map((li) => li.textContent))).toEqual([
      'S2 non facturée : séquence ni complète ni terminée à cette date',
    ]);
    expect(await rowsOf(page, '#shares')).toEqual([
      ['S1', 'structure', 'MSP des Tilleuls (fictive) · SIRET 90000000100017', typo('106,14 €')],
      ['S1', 'M. Petit (fictif)', 'Association Sport Santé (fictive) · SIRET 90000000200015', typo('183,61 €')],
      ['S1', 'M. Leroy (fictif)', 'M. Leroy (fictif) · ADELI 759912345', typo('131,42 €')],
      ['S1', 'Dr Martin (fictif)', 'Dr Martin (fictif) · RPPS 10001234565', typo('131,41 €')],
      ['S1', 'Mme Roux (fictive)', 'Mme Roux (fictive) · ADELI 759900017', typo('87,61 €')],
      ['S1', 'Mme Bernard (fictive)', 'Mme Bernard (fictive) · ADELI 759954321', typo('421,21 €')],
    ]);
    expect(await page.$$eval('#trace li', (lis) => lis.length)).toBe(15);
    // The team shows the employer; no cell of the team or the prestations is cut.
    expect(await page.inputValue('#team tbody tr:nth-child(5) [data-col="employer.name"]')).toBe(
      'Association Sport Santé (fictive)',
    );
    expect(await page.inputValue('#team tbody tr:nth-child(5) [data-col="employer.siret"]')).toBe('90000000200015');
    const cut = await page.$$eval('#team input, #prestations input', (inputs) =>
      (inputs as unknown as { type: string; value: string; scrollWidth: number; clientWidth: number }[])
        .filter((i) => i.type === 'text' && i.scrollWidth > i.clientWidth)
        .map((i) => i.value),
    );
    expect(cut).toEqual([]);
    // Labels instead of codes in the prestation rows.
    expect(
      await page.$eval(
        '#prestations tbody tr:nth-child(6) [data-col="code"]',
        (s) => (s as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]?.text,
      ),
    ).toBe('Séance diététique');
    // The prestation status and the exit reason read as words, not codes.
    expect(
      await page.$eval(
        '#prestations tbody tr:nth-child(7) [data-col="status"]',
        (e) => (e as unknown as { selectedOptions: { text: string }[] }).selectedOptions[0]?.text,
      ),
    ).toBe('manquée (non venue)');
    expect(await page.$$eval('[data-field="path:exit.reason"] option', (os) => os.map((o) => o.textContent))).toEqual([
      '',
      'parcours mené à son terme',
      'retrait du patient',
      'décès',
      'déménagement',
      'inéligible',
      'autre motif',
    ]);
    // Each label of the HTML carries the French text the page shows in French (the page reads well before its script).
    const html = readFileSync('examples/browser/index.html', 'utf8');
    const written = [...html.matchAll(/data-i18n="(\w+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    const shown = await page.$$eval('[data-i18n]', (es) =>
      es.map((e) => [(e as unknown as { dataset: { i18n: string } }).dataset.i18n, e.textContent]),
    );
    expect(written.length).toBe(shown.length);
    expect(written).toEqual(shown);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/page-fr.png`, fullPage: true });

    // Remove a prestation row: the timeline follows.
    await page.click('#prestations tbody tr:last-child button.remove');
    await page.click('#run');
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(15);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  }, 60_000);

  it('in English: every label, status and amount; a malformed paste shows its issues by the fields and keeps the text', async () => {
    const { page, errors, requests } = await openPage(`${base}/examples/browser/index.html?lang=en`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('h1')).toBe('Coordinated care pathway: progress and shares');
    expect(await page.textContent('#banner')).toBe(
      'Amounts not official: type “obesite-complexe-adulte” version 2026-03 is a draft, not a published order. Do not bill on these amounts.',
    );
    expect(await rowsOf(page, '#findings')).toEqual([
      [
        'error',
        '2026-08-19',
        'p06 · Séance diététique',
        'M. Leroy (fictif)',
        'Service of 20 min, under the minimum of 30 min: it is not counted.',
      ],
    ]);
    expect(await rowsOf(page, '#worklist')).toEqual([
      ['upcoming', 'S2', 'Bilan final', '1', 'Dr Martin (fictif)', '2028-04-02', '2028-06-01'],
    ]);
    expect(await rowsOf(page, '#payers')).toEqual([['S1', '2027-05-19', '€1,061.40', '€742.98', '€318.42', '€0.00']]);
    expect(await page.$$eval('#not-billed li', (e) => e.map((li) => li.textContent))).toEqual([
      'S2 not billed: sequence neither completed nor ended on this date',
    ]);
    expect((await rowsOf(page, '#sequences'))[0]?.[1]).toBe('completed · 2027-05-12');
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(16);
    expect(await page.$$eval('#legend li', (e) => e.map((li) => li.textContent))).toEqual([
      'service counted',
      'service not counted (the reason on hover and in the findings)',
      'a requirement’s due date',
      'due date passed',
      'evaluation date',
      'the sequence’s window (colour: its status)',
      'completed',
      'in progress',
      'pending',
      'incomplete',
    ]);
    const labels = await page.$$eval('[data-i18n]', (es) => es.map((e) => e.textContent ?? ''));
    expect(labels.filter((t) => /[éèàù]|séquence|prestation|équipe|constat/i.test(t))).toEqual(['Département']);
    const trace = await page.$$eval('#trace li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(trace.filter((t) => /\b(répartition|reste|arrondi|clé)\b/i.test(t))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/page-en.png`, fullPage: true });

    // A malformed paste: unreadable JSON keeps the text and says why.
    await page.click('#tab-json');
    await page.fill('#json', '{"project": ');
    await page.click('#json-import');
    expect(await page.textContent('#json-error')).toMatch(/^Unreadable JSON: /);
    expect(await page.inputValue('#json')).toBe('{"project": ');
    // Readable but wrong: each issue under its field, the form filled with what was typed.
    const docs = JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')) as Record<string, unknown>;
    const project = JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')) as Record<string, unknown>;
    const wrong = {
      project,
      path: {
        ...docs,
        patient: { ...(docs.patient as object), birthDate: '1972-02-30' },
        prestations: (docs.prestations as Record<string, unknown>[]).map((p, i) =>
          i === 2 ? { ...p, date: '2026-13-01' } : p,
        ),
      },
    };
    await page.fill('#json', JSON.stringify(wrong));
    await page.click('#json-import');
    expect(await page.inputValue('[data-field="path:patient.birthDate"]')).toBe('');
    const issues = await page.$$eval('.field-issue', (es) => es.map((e) => e.textContent));
    expect(issues).toEqual([
      'INVALID_DATE — Invalid date: expected a calendar date YYYY-MM-DD between 1900 and 2199.',
      'INVALID_DATE — Invalid date: expected a calendar date YYYY-MM-DD between 1900 and 2199.',
    ]);
    expect(await page.$$eval('#prestations tbody tr:nth-child(3) [aria-invalid="true"]', (e) => e.length)).toBe(1);
    // Above, where the results were: where to look, and no empty result tables.
    expect(await page.textContent('#errors')).toBe(
      '2 findings in the documents, under their fields in “The path’s data” below.',
    );
    expect(await page.isVisible('#results')).toBe(false);
    await page.screenshot({ path: `${SHOTS}/page-en-issues.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('coordinator page (examples/browser) in headless Chromium: the file active', () => {
  it('in French: 31 rows, the known patient’s amount, sorted by a click, the overdue and findings filters, a click opens the patient, no request', async () => {
    const { page, errors, requests } = await openPage(`${base}/examples/browser/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await loadExampleFile(page);
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(31);
    expect(await page.$$eval('#file-rejected li', (r) => r.length)).toBe(0);
    expect(await page.textContent('#file-banner')).toBe(
      'Montants non officiels : 31 parcours sont évalués sur un type qui n’est pas un arrêté publié (obesite-complexe-adulte 2026-03).',
    );
    expect(await page.textContent('#file-summary')).toBe(
      `31 patients affichés sur 31 · 14 en retard · 28 avec constats · facturable sur la période : ${typo('1 061,40 €')}`,
    );
    // The shipped patient's row: type and version, profile, séquences, next item with who and when, the amount.
    expect((await rowsOf(page, '#patients'))[0]).toEqual([
      'PAT-0001',
      'obesite-complexe-adulte 2026-03 draft',
      'D',
      'S1 complète S2 en cours',
      'S2 · Bilan final',
      'Dr Martin (fictif)',
      '2028-06-01',
      '0',
      typo('1 061,40 €'),
      '1',
    ]);
    await page.screenshot({ path: `${SHOTS}/file-active-fr.png`, fullPage: true });
    // Sorted by a click on a header, then the other way by a second click.
    await page.click('#patients th button[data-sort="findings"]');
    expect((await refs(page)).slice(0, 3)).toEqual(['GEN-000005', 'GEN-000020', 'GEN-000023']);
    await page.click('#patients th button[data-sort="findings"]');
    expect((await refs(page)).slice(0, 3)).toEqual(['GEN-000029', 'GEN-000003', 'GEN-000012']);
    expect(await page.getAttribute('#patients th:has(button[data-sort="findings"])', 'aria-sort')).toBe('descending');
    await page.click('#patients th button[data-sort="due"]');
    expect((await refs(page)).slice(0, 2)).toEqual(['GEN-000027', 'GEN-000010']);
    // The filters: overdue only, then also with findings only.
    await page.check('#filter-overdue');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(14);
    expect(await page.textContent('#file-summary')).toBe(
      `14 patients affichés sur 31 · 14 en retard · 12 avec constats · facturable sur la période : ${typo('0,00 €')}`,
    );
    await page.check('#filter-findings');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(12);
    await page.uncheck('#filter-overdue');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(28);
    await page.uncheck('#filter-findings');
    // A period without the S1 billing day bills nothing.
    await page.fill('#from', '2027-06-01');
    await page.waitForSelector('body[data-file-runs="2"]');
    expect(await page.textContent('#file-summary')).toBe(
      `31 patients affichés sur 31 · 14 en retard · 28 avec constats · facturable sur la période : ${typo('0,00 €')}`,
    );
    // A click on a row opens that patient's view.
    await page.click('#patients tbody tr:has-text("GEN-000003")');
    expect(await page.isVisible('#view-patient')).toBe(true);
    expect(await page.inputValue('[data-field="path:patient.ref"]')).toBe('GEN-000003');
    expect(await page.textContent('#patient-title')).toBe(
      "Patient GEN-000003 · PCR obésité complexe de l'adulte 2026-03 · Profil D",
    );
    expect(await page.$$eval('#findings tbody tr', (r) => r.length)).toBe(30);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  }, 60_000);

  it('in English: a chosen file and a pasted one are read in the page without any request; 1,000 paths timed', async () => {
    const { page, errors, requests } = await openPage(`${base}/examples/browser/index.html?lang=en`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#view-file-tab');
    const before = requests.length;
    // A chosen file: the shipped one, given as a file of the disk.
    await page.setInputFiles('#file-input', 'examples/obesite/file-active.ndjson');
    await page.waitForSelector('body[data-file-runs="1"]');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(31);
    expect(await page.textContent('#file-summary')).toBe(
      '31 patients shown of 31 · 14 overdue · 28 with findings · billable in the period: €1,061.40',
    );
    expect(await page.textContent('#file-banner')).toBe(
      'Amounts not official: 31 paths are evaluated on a type that is not a published order (obesite-complexe-adulte 2026-03).',
    );
    expect((await rowsOf(page, '#patients'))[0]).toEqual([
      'PAT-0001',
      'obesite-complexe-adulte 2026-03 draft',
      'D',
      'S1 completed S2 in progress',
      'S2 · Bilan final',
      'Dr Martin (fictif)',
      '2028-06-01',
      '0',
      '€1,061.40',
      '1',
    ]);
    await page.check('#filter-overdue');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(14);
    await page.click('#patients th button[data-sort="ref"]');
    await page.click('#patients th button[data-sort="ref"]');
    expect((await refs(page)).slice(0, 2)).toEqual(['GEN-000028', 'GEN-000025']);
    await page.screenshot({ path: `${SHOTS}/file-active-en.png`, fullPage: true });
    await page.uncheck('#filter-overdue');
    // A pasted text: two lines, one unreadable; the unreadable line is named, the other is a row.
    const first = readFileSync('examples/obesite/file-active.ndjson', 'utf8').split('\n')[0] ?? '';
    await page.click('#paste-box summary');
    await page.fill('#file-paste', `${first}\n{"parcoursType": \n`);
    await page.click('#file-read');
    await page.waitForSelector('body[data-file-runs="2"]');
    expect(await refs(page)).toEqual(['PAT-0001']);
    expect(await page.$$eval('#file-rejected li', (e) => e.map((li) => li.textContent))).toEqual([
      expect.stringMatching(/^Line 2 left out: unreadable line \(/),
    ]);
    expect(requests.slice(before)).toEqual([]);

    // 1,000 generated paths: each settled once, the table built in one go. Timed, not asserted.
    const lines = (obesityFileActive(1000, 2026) as unknown[]).map((p) => JSON.stringify(p)).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'pcr-page-'));
    const big = join(dir, 'file-1000.ndjson');
    writeFileSync(big, lines);
    const started = Date.now();
    await page.setInputFiles('#file-input', big);
    await page.waitForSelector('body[data-file-runs="3"]');
    const wall = Date.now() - started;
    const rejected = await page.$$eval('#file-rejected li', (r) => r.length);
    rmSync(dir, { recursive: true, force: true });
    expect(rejected).toBe(10);
    expect(await page.textContent('#file-summary')).toMatch(/^990 patients shown of 990 · /);
    // A hundred rows at a time: the pager goes through the 990.
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(100);
    expect(await page.textContent('#page-info')).toBe('rows 1 to 100 of 990');
    await page.click('#page-next');
    expect(await page.textContent('#page-info')).toBe('rows 101 to 200 of 990');
    // Still sorted by reference, the other way (GEN-000999 first; one of 900 to 999 was left out).
    expect((await refs(page))[0]).toBe('GEN-000898');
    const rows = 990;
    console.log(
      `file active of 1,000 paths: ${rows} rows, ${rejected} lines left out, read, evaluated and drawn in ${await page.getAttribute('body', 'data-file-ms')} ms in the page, ${wall} ms from the file's choice to the drawn table`,
    );
    expect(requests.slice(before)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('coordinator page: an address that opens the file active', () => {
  it('?view=file&lang=en opens on the shipped file active', async () => {
    const { page, errors, requests } = await openPage(`${base}/examples/browser/index.html?view=file&lang=en`);
    await page.waitForSelector('body[data-file-runs="1"]');
    expect(await page.isVisible('#view-file')).toBe(true);
    expect(await page.isVisible('#view-patient')).toBe(false);
    expect(await page.getAttribute('#view-file-tab', 'aria-selected')).toBe('true');
    expect(await page.$$eval('#patients tbody tr', (r) => r.length)).toBe(31);
    expect(await page.isVisible('#pager')).toBe(false);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('coordinator page opened from the disk (file://)', () => {
  it('says the example cannot be read there, and evaluates a project and a file active chosen from the disk', async () => {
    const { page, errors, requests } = await openPage(`file://${ROOT}/examples/browser/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#errors')).toBe(
      'L’exemple n’a pas pu être lu (page ouverte en file:// ?). Servez le dépôt en local, ou collez vos documents dans l’onglet JSON.',
    );
    await page.click('#view-file-tab');
    await page.setInputFiles('#project-input', 'examples/obesite/project.json');
    await page.setInputFiles('#file-input', 'examples/obesite/file-active.ndjson');
    await page.waitForSelector('body[data-file-runs]');
    await page.waitForFunction("document.querySelectorAll('#patients tbody tr').length === 31");
    expect(await page.textContent('#file-summary')).toBe(
      `31 patients affichés sur 31 · 14 en retard · 28 avec constats · facturable sur la période : ${typo('1 061,40 €')}`,
    );
    expect(requests.filter((r) => !r.startsWith('GET file://'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('pcr report --html in headless Chromium', () => {
  it('draws the statuses, completion, drop-out and the amounts by payer and payee per month, without network', async () => {
    const lines = [readFileSync('examples/obesite/path.json', 'utf8').replace(/\n\s*/g, '')].join('\n');
    const r = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'report',
        '--project',
        'examples/obesite/project.json',
        '--from',
        '2026-01-01',
        '--to',
        '2027-12-31',
        '--html',
      ],
      { input: `${lines}\n`, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(`${SHOTS}/file-active.html`, r.stdout);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (q) => requests.push(q.url()));
    await page.setContent(r.stdout);
    expect(await page.textContent('h1')).toBe('File active du 2026-01-01 au 2027-12-31');
    expect(await page.$$eval('#statuses rect.part', (e) => e.length)).toBe(2);
    expect(await page.$$eval('#amounts .month-part', (e) => e.length)).toBe(3);
    expect(
      await page.$$eval('#by-payer tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      ),
    ).toEqual([['2027-05', '1', ...['1 061,40 €', '742,98 €', '318,42 €', '0,00 €'].map(typo)]]);
    expect(await page.$$eval('#by-payee tbody tr', (e) => e.length)).toBe(6);
    expect(await page.textContent('.trial')).toContain('obesite-complexe-adulte 2026-03 (draft)');
    await page.screenshot({ path: `${SHOTS}/file-active.png`, fullPage: true });
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 60_000);
});
