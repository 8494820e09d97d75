import type { Lang } from '../domain/vocabulary';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text put into HTML: `& < > " '` escaped.
 *
 * @example
 * escapeHtml('Dr "Martin" & <MSP>') // 'Dr &quot;Martin&quot; &amp; &lt;MSP&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The style every page starts with: the body, headings, tables and right-aligned amounts (`td.n`). */
const BASE_STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#263238;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}svg text{font-size:12px;fill:#37474f}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #cfd8dc;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}`;

/** What {@link htmlPage} puts together. */
export interface HtmlPage {
  /** The page's language (`<html lang>`). */
  readonly lang: Lang;
  /** Its title, as text: the `<title>` and the `<h1>`. */
  readonly title: string;
  /** Style rules of this page, after the shared ones. */
  readonly style: string;
  /** The body's HTML after the `<h1>`, already escaped. */
  readonly body: string;
}

/**
 * One self-contained HTML page (no script, no request: the report, the reconciliation and the simulation pages):
 * the shared head and style, the page's own style, the title as `<h1>`, then the body.
 *
 * @example
 * htmlPage({ lang: 'fr', title: 'Rapport', style: '', body: '<p>1 parcours</p>' }).includes('<h1>Rapport</h1>\n<p>1 parcours</p>') // true
 */
export function htmlPage(page: HtmlPage): string {
  const title = escapeHtml(page.title);
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${BASE_STYLE}${page.style === '' ? '' : `\n${page.style}`}
</style></head>
<body>
<h1>${title}</h1>
${page.body}
</body>
</html>
`;
}
