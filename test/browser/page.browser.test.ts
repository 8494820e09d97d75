import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typo } from '../helpers/typography';

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

/** A new page that records console errors and page errors. */
async function openPage(url: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

const rowsOf = (page: Awaited<ReturnType<typeof openPage>>['page'], selector: string) =>
  page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  );

describe('coordinator page (examples/browser) in headless Chromium', () => {
  it('in French: the form from the example, the timeline with one mark per prestation, séquences, payers, shares, trace', async () => {
    const { page, errors } = await openPage(`${base}/examples/browser/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('[data-field="path:patient.ref"]')).toBe('PAT-0001');
    expect(await page.$$eval('#team tbody tr', (r) => r.length)).toBe(5);
    expect(await page.$$eval('#prestations tbody tr', (r) => r.length)).toBe(16);
    expect(await page.textContent('#version')).toBe('Version en vigueur à la date d’inclusion : 2026-03 (draft)');
    // The timeline: two séquence windows, 16 marks (one per prestation, 2 not counted: p06 too short, p07 past the count), the evaluation day, the due dates.
    expect(await page.$$eval('#timeline .window', (e) => e.length)).toBe(2);
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(16);
    expect(await page.$$eval('#timeline .mark.not-counted', (e) => e.length)).toBe(2);
    expect(await page.$$eval('#timeline .today', (e) => e.length)).toBe(1);
    expect(await page.$$eval('#timeline .due', (e) => e.length)).toBeGreaterThan(0);
    expect(await page.$eval('#timeline .mark.not-counted title', (t) => t.textContent)).toContain('non comptée — ');
    expect(await rowsOf(page, '#payers')).toEqual([
      ['S1', ...['1 061,40 €', '742,98 €', '318,42 €', '0,00 €'].map(typo)],
    ]);
    expect(await rowsOf(page, '#shares')).toEqual([
      ['S1', 'structure', 'MSP des Tilleuls (fictive) · SIRET 90000000100017', typo('106,14 €')],
      ['S1', 'apa-petit', 'Association Sport Santé (fictive) · SIRET 90000000200015', typo('183,61 €')],
      ['S1', 'diet-leroy', 'M. Leroy (fictif) · ADELI 759912345', typo('131,42 €')],
      ['S1', 'dr-martin', 'Dr Martin (fictif) · RPPS 10001234565', typo('131,41 €')],
      ['S1', 'ide-roux', 'Mme Roux (fictive) · ADELI 759900017', typo('87,61 €')],
      ['S1', 'psy-bernard', 'Mme Bernard (fictive) · ADELI 759954321', typo('421,21 €')],
    ]);
    expect((await rowsOf(page, '#sequences'))[0]?.slice(0, 3)).toEqual([
      'S1 (Prise en charge initiale intensive)',
      'complète · 2027-05-12',
      '2026-06-01 → 2027-06-01',
    ]);
    expect(await page.$$eval('#trace li', (lis) => lis.length)).toBeGreaterThan(8);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/page-fr.png`, fullPage: true });

    // Remove a prestation row, add one: the timeline follows.
    await page.click('#prestations tbody tr:last-child button.remove');
    await page.click('#run');
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(15);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('in English: every label, status and amount; a malformed paste shows its issues by the fields and keeps the text', async () => {
    const { page, errors } = await openPage(`${base}/examples/browser/index.html?lang=en`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('h1')).toBe('Coordinated care pathway: progress and shares');
    expect(await rowsOf(page, '#payers')).toEqual([['S1', '€1,061.40', '€742.98', '€318.42', '€0.00']]);
    expect((await rowsOf(page, '#sequences'))[0]?.[1]).toBe('completed · 2027-05-12');
    expect(await page.$$eval('#timeline .mark', (e) => e.length)).toBe(16);
    const labels = await page.$$eval('[data-i18n]', (es) => es.map((e) => e.textContent ?? ''));
    expect(labels.filter((t) => /[éèàù]|séquence|prestation|équipe/i.test(t))).toEqual(['Département']);
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
    await page.screenshot({ path: `${SHOTS}/page-en-issues.png`, fullPage: true });
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
