import { ISSUE_CODES, SEVERITIES } from '../domain/issue-codes';
import { issueText } from '../messages/render';

/** Parameters that read `?` whatever their name: the table shows where a figure goes. */
const SAMPLE = new Proxy({}, { get: (_t, key) => (key === Symbol.toPrimitive ? undefined : '?') }) as never;

/**
 * The table of issue codes as Markdown: code, severity, French message, English message (with `?` standing for
 * the figures filled in at run time). `docs/issue-codes.md` is this table; a test keeps them equal.
 *
 * @example
 * issueCodeTable().split('\n')[0] // '# Issue codes'
 */
export function issueCodeTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = ISSUE_CODES.map(
    (code) =>
      `| \`${code}\` | ${SEVERITIES[code]} | ${cell(issueText(code, SAMPLE, 'fr'))} | ${cell(issueText(code, SAMPLE, 'en'))} |`,
  );
  return [
    '# Issue codes',
    '',
    'Every issue has a stable `code`, a `severity`, the `document` it points into (`type`, `project`, `path`, `input`),',
    'a `path` inside that document, a `message` (French by default, English with `lang: "en"`) and the `params` used',
    'in the message (`src/domain/issue-codes.ts` declares each code’s parameters). `?` below stands for a figure filled',
    'in at run time. Codes are never renamed or reused.',
    '',
    'Generated from `src/messages/fr.ts` and `en.ts` by `npm run docs:codes`; a test fails when this file is out of date.',
    '',
    '| code | severity | message (fr) | message (en) |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
