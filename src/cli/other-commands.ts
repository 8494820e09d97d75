import { shippedCatalog } from '../catalog/shipped-rules';
import { runConformanceCase } from '../conformance/run-case';
import { jsonSchemaOf, SCHEMA_DOCUMENTS, type SchemaDocument } from '../documents/json-schema';
import { outputMessagesFor } from '../messages/output-render';
import { UsageError, type CliOptions } from './args';
import { loadConformanceCases } from './conformance-files';
import type { CliIo } from './io';

/**
 * `pcr verify`: runs every conformance case and prints one PASS / FAIL line per case, then how many passed and
 * failed; 0 when every case passes, else 1. A folder without any case is a failure (1): nothing was verified.
 *
 * @example
 * process.exitCode = verifyCommand(readArgs(['verify'], context), io, 'rules');
 */
export function verifyCommand(opts: CliOptions, io: CliIo, defaultRulesDir: string): number {
  let cases: ReturnType<typeof loadConformanceCases>;
  try {
    cases = loadConformanceCases(opts.cases ?? defaultRulesDir);
  } catch {
    throw new UsageError((m, f) => m.cli.unreadableCases({ dir: opts.cases ?? defaultRulesDir }, f));
  }
  const { m, f } = outputMessagesFor(opts.lang);
  if (cases.length === 0) {
    io.stderr.write(`${m.cli.noCases({ dir: opts.cases ?? defaultRulesDir }, f)}\n`);
    return 1;
  }
  const catalog = shippedCatalog({ lang: opts.lang });
  let failed = 0;
  for (const { file, case: c, project } of cases) {
    const r = runConformanceCase(catalog, c, project, { lang: opts.lang });
    if (opts.output === 'table') {
      io.stdout.write(`${r.passed ? 'PASS' : 'FAIL'}  ${r.id.padEnd(14)} ${r.title}  (${file})\n`);
      for (const f of r.failures) io.stdout.write(`        ${f}\n`);
    } else io.stdout.write(`${JSON.stringify({ file, ...r })}\n`);
    if (!r.passed) failed++;
  }
  if (opts.output === 'table') io.stdout.write(`${m.cli.casesSummary({ passed: cases.length - failed, failed }, f)}\n`);
  return failed === 0 ? 0 : 1;
}

/**
 * `pcr schema NAME`: prints the JSON Schema of a document.
 *
 * @example
 * process.exitCode = schemaCommand(readArgs(['schema', 'project'], context), io);
 */
export function schemaCommand(opts: CliOptions, io: CliIo): number {
  const name = opts.positionals[0];
  if (name === undefined || !Object.hasOwn(SCHEMA_DOCUMENTS, name)) {
    throw new UsageError((m, f) => m.cli.schemaNames({ names: Object.keys(SCHEMA_DOCUMENTS).join(', ') }, f));
  }
  io.stdout.write(`${JSON.stringify(jsonSchemaOf(name as SchemaDocument), null, 2)}\n`);
  return 0;
}

/**
 * `pcr rules`: lists the parcours types of the catalog, with version, validity and status.
 *
 * @example
 * process.exitCode = rulesCommand(readArgs(['rules'], context), io);
 */
export function rulesCommand(opts: CliOptions, io: CliIo): number {
  const entries = shippedCatalog({ lang: opts.lang }).list();
  if (opts.output !== 'table') {
    io.stdout.write(`${JSON.stringify(entries, null, opts.output === 'json' ? 2 : undefined)}\n`);
    return 0;
  }
  for (const e of entries) {
    io.stdout.write(
      `${e.id.padEnd(30)} ${e.version.padEnd(9)} ${e.validFrom} → ${(e.validTo ?? '…').padEnd(10)} ${e.status.padEnd(12)} ${e.title}\n`,
    );
  }
  return 0;
}
