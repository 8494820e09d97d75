import { ISSUE_CATALOG, type IssueDefinition } from './catalog';

const SAMPLE: Record<string, string> = {};

/**
 * The table of issue codes as Markdown: code, severity, French message, English message (with `?` standing for
 * the figures filled in at run time). `docs/issue-codes.md` is this table; a test keeps them equal.
 *
 * @example
 * fs.writeFileSync('docs/issue-codes.md', issueCodeTable());
 */
export function issueCodeTable(): string {
  const rows = Object.entries(ISSUE_CATALOG as Record<string, IssueDefinition>).map(
    ([code, d]) => `| \`${code}\` | ${d.severity} | ${d.fr(SAMPLE).replace(/\|/g, '\\|')} | ${d.en(SAMPLE).replace(/\|/g, '\\|')} |`,
  );
  return [
    '# Issue codes',
    '',
    'Every issue has a stable `code`, a `severity`, the `document` it points into (`type`, `project`, `path`, `input`),',
    'a `path` inside that document, a `message` (French by default, English with `lang: "en"`) and the `params` used',
    'in the message. `?` below stands for a figure filled in at run time. Codes are never renamed or reused.',
    '',
    'Generated from `src/issues/catalog.ts` by `npm run docs:codes`; a test fails when this file is out of date.',
    '',
    '| code | severity | message (fr) | message (en) |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
