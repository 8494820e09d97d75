// A screenshot of the file-active HTML report (`pcr report --html` on the shipped file active), in headless
// Chromium, to look at: test/browser/screenshots/report-<lang>.png. Needs dist/cli.js (`npm run build`) and a
// Chromium (`PCR_CHROMIUM`, /usr/bin/chromium by default).
// Usage: node scripts/report-screenshot.mjs [fr|en]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const lang = process.argv[2] === 'en' ? 'en' : 'fr';
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
    '2027-06-30',
    '--html',
    '--lang',
    lang,
  ],
  { input: readFileSync('examples/obesite/file-active.ndjson'), encoding: 'utf8' },
);
if (!r.stdout.startsWith('<!doctype html>')) throw new Error(`pcr report --html: ${r.stderr}`);
const browser = await chromium.launch({
  executablePath: process.env.PCR_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent(r.stdout);
  mkdirSync('test/browser/screenshots', { recursive: true });
  const file = `test/browser/screenshots/report-${lang}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
} finally {
  await browser.close();
}
