import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

describe('browser page (examples/browser) in headless Chromium', () => {
  it('loads the bundle, computes the example, and shows the report, the shares and the trace', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/examples/browser/index.html`);
    await page.waitForSelector('#shares tbody tr');
    const rows = await page.$$eval('#shares tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows).toEqual([
      ['S1', 'structure', 'MSP des Tilleuls (fictive) · SIRET 90000000100017', '53,60 €'],
      ['S1', 'apa-petit', 'Association Sport Santé (fictive) · SIRET 90000000200015', '60,34 €'],
      ['S1', 'diet-leroy', 'M. Leroy (fictif) · ADELI 759912345', '241,37 €'],
      ['S1', 'dr-martin', 'Dr Martin (fictif) · RPPS 10001234565', '60,00 €'],
      ['S1', 'psy-bernard', 'Mme Bernard (fictive) · ADELI 759954321', '120,69 €'],
    ]);
    const report = await page.$$eval('#sequences tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(report).toEqual([
      ['S1 (Phase intensive)', 'complète · 2026-09-21', '2026-05-31 → 2026-11-30', 'BILAN_INITIAL', '1 / 1–1', '✓'],
      ['', '', '', 'SEANCE_DIET', '4 / 4–8', '✓'],
      ['', '', '', 'SEANCE_PSY | SEANCE_APA', '3 / 2–10', '✓'],
      ['S2 (Phase de suivi)', 'en cours', '2026-12-01 → 2028-05-31', 'SEANCE_DIET', '1 / 3–6', '2 → 2028-05-31'],
      ['', '', '', 'SEANCE_PSY | SEANCE_APA', '0 / 3–12', '3 → 2028-05-31'],
      ['', '', '', 'BILAN_FINAL', '0 / 1–1', '1 → 2028-05-31'],
    ]);
    expect(await page.$$eval('#findings li', (lis) => lis.map((li) => li.textContent))).toEqual([
      "PRESTATION_TOO_SHORT @ path:prestations.5.minutes — Prestation de 20 min, sous la durée minimale de 30 min : elle n'est pas comptée.",
    ]);
    expect(await page.$$eval('#trace li', (lis) => lis.length)).toBe(10);
    expect(await page.$$eval('#type option', (os) => os.length)).toBe(7);
    mkdirSync('.ci/out', { recursive: true });
    await page.screenshot({ path: '.ci/out/browser-page.png', fullPage: true });

    await page.fill('#path', '{"parcoursType": "obesite-complexe-adulte"}');
    await page.selectOption('#lang', 'en');
    await page.click('#run');
    expect(await page.textContent('#errors')).toContain('SCHEMA_REQUIRED @ patient — Required field is missing.');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
