import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settle, validatePath } from '../src/index';
import { formatReport, formatSettlement } from '../src/entries/exports';
import { mustParse, readExample } from './helpers/fixtures';

const ROOT = resolve(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** The README and every guide in docs/. */
const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));
/** The guides this file holds to the code, and the front page that leads to them. */
const GUIDES = ['docs/documents.md', 'docs/rules.md', 'docs/vendor.md', 'docs/payer.md', 'docs/journeys.md'];
/** Guides other work adds beside these: a link to one is checked once the file is there. */
const GUIDES_ADDED_BESIDE = ['docs/cli.md', 'docs/spreadsheet.md', 'docs/coordinator-page.md', 'docs/bench.md'];
/** Text with no-break spaces read as spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function shippedExample() {
  const type = JSON.parse(read('rules/obesite-complexe-adulte/2026-03.json')) as Record<string, unknown>;
  const d = mustParse(type, readExample('project.json'), readExample('path.json'));
  const asOf = '2027-06-15';
  const report = validatePath(d.type, d.project, d.path, { asOf });
  return { report, settlement: settle(d.type, d.project, d.path, { asOf, report }) };
}

describe('the README and the guides', () => {
  it('docs/rules.md shows the report and settlement that the shipped example really produces', () => {
    const rules = read('docs/rules.md');
    const { report, settlement } = shippedExample();
    expect(rules).toContain(formatReport(report, 'fr'));
    expect(rules).toContain(formatSettlement(settlement, 'fr'));
  });

  it("the README's first screen gives the two commands and the example's amounts as the engine computes them", () => {
    const readme = read('README.md');
    const firstScreen = readme.split('\n').slice(0, 20).join('\n');
    expect(firstScreen).toContain('npm install && npm start');
    expect(firstScreen).toContain('npm install && npm test');
    const s1 = shippedExample().settlement.sequences.find((q) => q.sequence === 'S1');
    const fr = (amount = '') => `${amount.replace(/\B(?=(\d{3})+\.)/, ' ').replace('.', ',')} €`;
    expect([s1?.forfait.amount, s1?.payers.amo, s1?.payers.amc, s1?.payers.patient]).toEqual([
      '1061.40',
      '742.98',
      '318.42',
      '0.00',
    ]);
    expect(plain(firstScreen)).toContain(
      `**${fr(s1?.forfait.amount)}** for its first séquence: AMO ${fr(s1?.payers.amo)}, AMC ${fr(s1?.payers.amc)}, patient ${fr(s1?.payers.patient)}`,
    );
  });

  it('the README has one short section per user, each linking to its guide', () => {
    const readme = read('README.md');
    const sections = readme
      .split(/^### /m)
      .slice(1)
      .map((s) => s.split(/^## /m)[0] ?? '');
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      'A software vendor',
      'A payer',
      'A coordinator in a spreadsheet',
      'A coordinator in the page',
      'A batch over a file active',
    ]);
    for (const s of sections) {
      expect(s.split('\n').length).toBeLessThan(30);
      expect(s).toMatch(/\]\(docs\/[a-z-]+\.md\)/);
    }
    expect(readme.split('\n').length).toBeLessThan(150);
  });

  it('every relative link of the README and of the guides points to a file of the repository', () => {
    const broken: string[] = [];
    for (const doc of ['README.md', ...GUIDES]) {
      for (const [, target = ''] of read(doc).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const file = join(dirname(join(ROOT, doc)), target);
        const relative = file.slice(ROOT.length + 1);
        if (!existsSync(file) && !GUIDES_ADDED_BESIDE.includes(relative)) broken.push(`${doc} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every anchor a guide links to is a heading of the file it names', () => {
    const slug = (h: string) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-');
    const broken: string[] = [];
    for (const doc of ['README.md', ...GUIDES]) {
      for (const [, target = '', anchor = ''] of read(doc).matchAll(/\]\(([^)#\s]*)#([^)]+)\)/g)) {
        const file = target === '' ? join(ROOT, doc) : join(dirname(join(ROOT, doc)), target);
        if (!existsSync(file)) continue;
        const headings = [...readFileSync(file, 'utf8').matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1] ?? ''));
        if (!headings.includes(anchor)) broken.push(`${doc} → ${target}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('imports in their TypeScript examples only names that the package entry exports', async () => {
    const entries: Record<string, string> = {
      'pcr-forfait': '../src/index.ts',
      'pcr-forfait/operations': '../src/entries/operations.ts',
      'pcr-forfait/exports': '../src/entries/exports.ts',
      'pcr-forfait/identifiers': '../src/entries/identifiers.ts',
      'pcr-forfait/testing': '../src/entries/testing.ts',
    };
    const blocks = DOCS.flatMap((doc) => [...read(doc).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? ''));
    const imports = blocks.flatMap((b) => [...b.matchAll(/import \{([^}]*)\} from '([^']+)'/g)]);
    expect(imports.length).toBeGreaterThanOrEqual(6);
    const missing: string[] = [];
    for (const [, names = '', from = ''] of imports) {
      if (from === 'vitest') continue;
      const file = entries[from];
      if (file === undefined) {
        missing.push(`${from} (no such entry)`);
        continue;
      }
      const runtime = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      for (const raw of names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        const isType = raw.startsWith('type ');
        const name = raw.replace(/^type /, '');
        const found = isType ? new RegExp(`\\b${name}\\b`).test(source) : name in runtime;
        if (!found) missing.push(`${name} from ${from}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the payer guide shows the payer example as it is', () => {
    const example = read('examples/payer/conformance.test.ts');
    const shown = read('docs/payer.md');
    for (const line of [
      "import { shippedCatalog } from 'pcr-forfait';",
      "import { runConformanceCase, shippedConformanceCases } from 'pcr-forfait/testing';",
      'expect(runConformanceCase(shippedCatalog(), c.case, c.project).failures).toEqual([]);',
    ]) {
      expect(example).toContain(line);
      expect(shown).toContain(line);
    }
  });
});
