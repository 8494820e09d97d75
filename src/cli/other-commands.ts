import { shippedCatalog } from '../catalog/shipped-rules';
import { runConformanceCase } from '../conformance/run-case';
import { jsonSchemaOf, SCHEMA_DOCUMENTS, type SchemaDocument } from '../documents/json-schema';
import { outputMessagesFor } from '../messages/output-render';
import { UsageError } from './args';
import type { CommandOptions } from './command-table';
import { CaseFileError, loadConformanceCases } from './conformance-files';
import type { CliIo } from './io';

/**
 * `pcr verify`: runs every conformance case and prints one PASS / FAIL line per case, then how many passed and
 * failed (`--json`: one array, `--ndjson`: one line per case); 0 when every case passes, else 1. A folder without
 * any case is a failure (1): nothing was verified.
 *
 * @example
 * process.exitCode = verifyCommand({ lang: 'en', output: { format: 'table' } }, io, 'rules');
 */
export function verifyCommand(opts: CommandOptions<'verify'>, io: CliIo, defaultRulesDir: string): number {
  let cases: ReturnType<typeof loadConformanceCases>;
  try {
    cases = loadConformanceCases(opts.cases ?? defaultRulesDir);
  } catch (e) {
    // Only what the reader says of the files; anything else is a bug, thrown as one.
    if (!(e instanceof CaseFileError)) throw e;
    const { file, field } = e;
    throw new UsageError((m, f) =>
      field === undefined ? m.cli.unreadableCases({ file }, f) : m.cli.invalidCase({ file, field }, f),
    );
  }
  const { m, f } = outputMessagesFor(opts.lang);
  if (cases.length === 0) {
    io.stderr.write(`${m.cli.noCases({ dir: opts.cases ?? defaultRulesDir }, f)}\n`);
    return 1;
  }
  const catalog = shippedCatalog({ lang: opts.lang });
  let failed = 0;
  const results: unknown[] = [];
  for (const { file, case: c, project } of cases) {
    const r = runConformanceCase(catalog, c, project, { lang: opts.lang });
    if (opts.output.format === 'table') {
      io.stdout.write(`${r.passed ? 'PASS' : 'FAIL'}  ${r.id.padEnd(14)} ${r.title}  (${file})\n`);
      for (const f of r.failures) io.stdout.write(`        ${f}\n`);
    } else if (opts.output.format === 'ndjson') io.stdout.write(`${JSON.stringify({ file, ...r })}\n`);
    else results.push({ file, ...r });
    if (!r.passed) failed++;
  }
  if (opts.output.format === 'json') io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (opts.output.format === 'table')
    io.stdout.write(`${m.cli.casesSummary({ passed: cases.length - failed, failed }, f)}\n`);
  return failed === 0 ? 0 : 1;
}

const isSchemaDocument = (name: string | undefined): name is SchemaDocument =>
  name !== undefined && Object.hasOwn(SCHEMA_DOCUMENTS, name);

/**
 * `pcr schema NAME`: prints the JSON Schema of a document.
 *
 * @example
 * process.exitCode = schemaCommand({ operand: 'project', lang: 'fr', output: { format: 'json' } }, io);
 */
export function schemaCommand(opts: CommandOptions<'schema'>, io: CliIo): number {
  const name = opts.operand;
  if (!isSchemaDocument(name)) {
    throw new UsageError((m, f) => m.cli.schemaNames({ names: Object.keys(SCHEMA_DOCUMENTS).join(', ') }, f));
  }
  io.stdout.write(`${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  return 0;
}

/**
 * `pcr rules`: lists the parcours types of the catalog, with version, validity and status (`--json`: one array,
 * `--ndjson`: one line per version).
 *
 * @example
 * process.exitCode = rulesCommand({ lang: 'fr', output: { format: 'table' } }, io);
 */
export function rulesCommand(opts: CommandOptions<'rules'>, io: CliIo): number {
  const entries = shippedCatalog({ lang: opts.lang }).list();
  if (opts.output.format === 'json') {
    io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  if (opts.output.format === 'ndjson') {
    io.stdout.write(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    return 0;
  }
  for (const e of entries) {
    io.stdout.write(
      `${e.id.padEnd(30)} ${e.version.padEnd(9)} ${e.validFrom} → ${(e.validTo ?? '…').padEnd(10)} ${e.status.padEnd(12)} ${e.title}\n`,
    );
  }
  return 0;
}
