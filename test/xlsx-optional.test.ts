import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/args';
import { loadExcelJs, openXlsx, XLSX_MAX_ROWS } from '../src/cli/xlsx-writer';
import { outputMessagesFor } from '../src/messages/output-render';

/** What Node throws when a package is not installed. */
const notFound = (name: string) =>
  Object.assign(new Error(`Cannot find package '${name}' imported from /app/node_modules/pcr-forfait/dist/cli.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });

/** The one line `pcr` writes for a usage error. */
const line = async (lang: 'fr' | 'en', load: () => Promise<never>) => {
  const e = await loadExcelJs(load).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UsageError);
  const { m, f } = outputMessagesFor(lang);
  return m.cli.usageError({ message: (e as UsageError).render(m, f) }, f);
};

describe('exceljs, an optional peer of --xlsx', () => {
  it('is loaded on demand when installed', async () => {
    const { default: ExcelJS } = await loadExcelJs();
    expect(typeof ExcelJS.stream.xlsx.WorkbookWriter).toBe('function');
  });

  it('absent, gives one line naming the install command', async () => {
    expect(await line('en', () => Promise.reject(notFound('exceljs')))).toBe(
      'pcr: --xlsx writes the workbook with exceljs, which is not installed: npm install exceljs (help: pcr --help)',
    );
    expect(await line('fr', () => Promise.reject(notFound('exceljs')))).toBe(
      // French punctuation takes a no-break space before the colon.
      'pcr\u00a0: --xlsx écrit le classeur avec exceljs, qui n’est pas installé\u00a0: npm install exceljs (aide\u00a0: pcr --help)',
    );
  });

  it('a broken exceljs (one of its own modules missing) is not taken for an absent one', async () => {
    const broken = notFound('jszip');
    await expect(loadExcelJs(() => Promise.reject(broken))).rejects.toBe(broken);
    const other = new TypeError('boom');
    await expect(loadExcelJs(() => Promise.reject(other))).rejects.toBe(other);
  });

  it('pcr declare --xlsx without exceljs: exit 2 and that one line, before reading a path', () => {
    // A resolve hook makes exceljs unresolvable, as in a project that installed the library only.
    const hook = `export async function resolve(s, c, next) { if (s === 'exceljs') { const e = new Error("Cannot find package 'exceljs' imported from " + c.parentURL); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; } return next(s, c); }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(register)}`,
        'dist/cli.js',
        'declare',
        '--project',
        'examples/obesite/project.json',
        '--from',
        '2026-01-01',
        '--to',
        '2027-12-31',
        '--allow-draft',
        '--xlsx',
        '-',
        '--lang',
        'en',
      ],
      { encoding: 'utf8', input: readFileSync('examples/obesite/path.json', 'utf8').replace(/\s+/g, ' ') },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'pcr: --xlsx writes the workbook with exceljs, which is not installed: npm install exceljs (help: pcr --help)\n',
    );
  });

  it('past its most rows, a workbook stops with a usage error naming the streaming formats, its file removed', async () => {
    expect(XLSX_MAX_ROWS).toBe(40_000);
    const file = join(mkdtempSync(join(tmpdir(), 'pcr-xlsx-cap-')), 'big.xlsx');
    const xlsx = await openXlsx({ file }, 1_048_575, undefined, 3);
    const sheet = xlsx.sheet('declaration', [{ name: 'amount', kind: 'money' }]);
    sheet.add(['1.00']);
    sheet.add(['2.00']);
    sheet.add(['3.00']);
    const until = async (done: () => boolean) => {
      for (let k = 0; k < 100 && !done(); k++) await new Promise((r) => setTimeout(r, 50));
    };
    await until(() => existsSync(file));
    expect(existsSync(file)).toBe(true);
    const e = (() => {
      try {
        sheet.add(['4.00']);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(UsageError);
    const { m, f } = outputMessagesFor('en');
    expect((e as UsageError).render(m, f)).toBe(
      '--xlsx: over 3 rows, more than a workbook is written with bounded memory; for such a batch, write --csv, --json or --fhir',
    );
    await until(() => !existsSync(file));
    expect(existsSync(file)).toBe(false);
  });
});
