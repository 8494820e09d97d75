import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileActiveHtml } from '../src/exports/file-active-html';
import { formatFileActive } from '../src/exports/file-active-output';
import { parseProject, shippedCatalog } from '../src/index';
import { fileActive } from '../src/operations/file-active';
import { typo } from './helpers/typography';

/** `pcr report` from the built program, on the shipped file active (31 paths, GEN-000000 on line 2 is blocked). */
const report = (...extra: string[]) =>
  spawnSync(
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
      ...extra,
    ],
    { input: readFileSync('examples/obesite/file-active.ndjson'), encoding: 'utf8' },
  );

/** The cells of each body row of the table `id` of a page, as text (tags dropped, entities read). */
const tableRows = (html: string, id: string): string[][] => {
  const table = html.slice(html.indexOf(`<table id="${id}">`));
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
    [...(r[1] ?? '').matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) =>
      (c[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    ),
  );
};

const BLOCKED_FR = typo(
  'Parcours non financé : inclusion le 2026-05-07, avant que le projet soit réputé accepté (le 2026-05-10, envoi à l’ARS + 2 mois ; L.162-62 II et R.162-137 CSS).',
);

describe('the file-active report lists its excluded paths in words', () => {
  it('pcr report --html: a table of the excluded paths (line, patient, reason, first finding) and slanted month labels', () => {
    const r = report('--html');
    expect(r.status).toBe(1); // a path is excluded
    expect(r.stdout).toContain('<p>31 parcours lus, 30 évalués, 1 exclu</p>');
    expect(r.stdout).toContain('<h2>Parcours exclus</h2>');
    expect(tableRows(r.stdout, 'excluded')).toEqual([
      ['2', 'GEN-000000', 'parcours bloqué par une erreur', `${BLOCKED_FR} PROJECT_NOT_ACCEPTED`],
    ]);
    // The month under its column, slanted by 40° around its anchor: labels 48 px apart no longer overlap.
    expect(r.stdout).toContain(
      '<text class="month" x="108" y="214" text-anchor="end" transform="rotate(-40 108 214)">2027-05</text>',
    );
  });

  it('pcr report (text), in French and in English: the reason and the first finding in words', () => {
    expect(report().stdout.split('\n').at(-2)).toBe(
      typo(`  exclu ligne 2 GEN-000000 : parcours bloqué par une erreur (PROJECT_NOT_ACCEPTED) — ${BLOCKED_FR}`),
    );
    const en = report('--lang', 'en');
    expect(en.stdout.split('\n').at(-2)).toBe(
      '  excluded line 2 GEN-000000: path blocked by an error (PROJECT_NOT_ACCEPTED) — Pathway not funded: inclusion on 2026-05-07, before the project is deemed accepted (on 2026-05-10, sent to the ARS + 2 months; L.162-62 II and R.162-137 CSS).',
    );
    expect(tableRows(report('--html', '--lang', 'en').stdout, 'excluded')[0]?.slice(0, 3)).toEqual([
      '2',
      'GEN-000000',
      'path blocked by an error',
    ]);
  });

  it('lists the excluded paths up to the cap and counts the others', () => {
    const project = parseProject(JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')));
    if (!project.ok) throw new Error('project');
    const acc = fileActive({
      project: project.value,
      types: shippedCatalog(),
      from: '2026-01-01',
      to: '2027-06-30',
      maxExcludedPaths: 1,
    });
    acc.addUnreadable(4);
    acc.add({ parcoursType: 'obesite-complexe-adulte' }, 7);
    acc.addUnreadable(9);
    const html = fileActiveHtml(acc.report(), 'fr');
    const rows = tableRows(html, 'excluded');
    expect(rows.map((x) => x.slice(0, 3))).toEqual([['4', '', 'parcours illisible']]);
    expect(html).toContain('<p>… 2 autres exclus</p>');
    expect(formatFileActive(acc.report(), 'fr').split('\n').slice(-2)[1]).toBe('  … 2 autres exclus');
  });
});
