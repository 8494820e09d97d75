import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { inBothLanguages } from '../messages/package-messages';
import type { ConformanceCase } from './run-case';

/** A conformance case read from disk, with the projet it names. */
export interface CaseFile {
  /** The case file's path. */
  readonly file: string;
  /** The case, as written in the file. */
  readonly case: ConformanceCase;
  /** The projet of the case: the file its `project` names, read, or the projet given inline. */
  readonly project: unknown;
}

/**
 * Why conformance cases could not be read: the file or folder (`file`), and for a file that is not a case the first
 * field it lacks or has wrong (`field`; undefined when the file or folder cannot be read, or is not JSON). Its
 * message is in French then English.
 *
 * @example
 * const e = new CaseFileError('cases/01.json', 'title');
 * e.field // 'title'
 */
export class CaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly field?: string,
  ) {
    super(inBothLanguages((m) => (field === undefined ? m.caseUnreadable({ file }) : m.caseInvalid({ file, field }))));
    this.name = 'CaseFileError';
  }
}

/**
 * Reads the conformance cases under `rulesDir/<type>/cases/` (or those of one type's folder, or of one `cases`
 * folder), in file-name order. A case's `project` names a file next to it, or is given inline. Node only (it reads
 * files). Throws a {@link CaseFileError} naming the file (and the field) when a folder or a file cannot be read,
 * is not JSON, or is not a case.
 *
 * @example
 * loadConformanceCases('rules/sante-protegee').length // 3
 */
export function loadConformanceCases(rulesDir: string): CaseFile[] {
  const dirs = existsSync(join(rulesDir, 'project.json'))
    ? [rulesDir]
    : existsSync(join(rulesDir, 'cases', 'project.json'))
      ? [join(rulesDir, 'cases')]
      : listDir(rulesDir)
          .map((t) => join(rulesDir, t, 'cases'))
          .filter((d) => existsSync(d) && statSync(d).isDirectory());
  const out: CaseFile[] = [];
  for (const dir of dirs) {
    for (const name of listDir(dir)) {
      if (!name.endsWith('.json') || name === 'project.json') continue;
      const c = readCase(join(dir, name));
      const project = typeof c.project === 'string' ? readJson(join(dir, c.project)) : c.project;
      out.push({ file: join(dir, name), case: c, project });
    }
  }
  return out;
}

const strings = z.record(z.string(), z.string());
const parts = z.looseObject({ forfait: z.string(), amo: z.string(), amc: z.string(), patient: z.string() });
/** A conformance case's shape (the fields it does not name are kept as they are). */
const CaseSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  asOf: z.string(),
  path: z.unknown(),
  project: z.optional(z.unknown()),
  arithmetic: z.optional(z.array(z.string())),
  expect: z.looseObject({
    resolution: z.optional(z.string()),
    typeVersion: z.optional(z.string()),
    blocked: z.optional(z.boolean()),
    issues: z.optional(z.array(z.string())),
    sequences: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
    billed: z.optional(
      z.record(
        z.string(),
        z.looseObject({
          amount: z.string(),
          amo: z.string(),
          amc: z.string(),
          patient: z.string(),
          shares: strings,
          billableOn: z.optional(z.string()),
          parts: z.optional(strings),
        }),
      ),
    ),
    excluded: z.optional(strings),
    totals: z.optional(parts),
  }),
});

/** A case file read and checked: a file that is not a case is an error naming it and the first field wrong. */
function readCase(file: string): ConformanceCase {
  const r = z.safeParse(CaseSchema, readJson(file));
  if (r.success) return r.data;
  const field = (r.error.issues[0]?.path ?? []).map(String).join('.');
  throw new CaseFileError(file, field);
}

/** A JSON file's value, not yet checked; a CaseFileError when it cannot be read or is not JSON. */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    throw new CaseFileError(file);
  }
}

/** A folder's entries in name order; a CaseFileError when it cannot be listed. */
function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    throw new CaseFileError(dir);
  }
}

/**
 * The folder of the rule files and conformance cases shipped in the package (`rules/`), found from this module's
 * own file: the nearest folder above it holding the package's `package.json`. Node only.
 *
 * @example
 * shippedRulesDir().endsWith('rules') // true
 */
export function shippedRulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    const pkg: unknown = existsSync(manifest) ? readJson(manifest) : undefined;
    if (typeof pkg === 'object' && pkg !== null && 'name' in pkg && pkg.name === 'pcr-forfait')
      return join(dir, 'rules');
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(inBothLanguages((m) => m.packageNotFound({ from: fileURLToPath(import.meta.url) })));
    }
    dir = parent;
  }
}

/**
 * Every conformance case shipped in the package (`rules/<type>/cases/*.json`), with its projet, in file-name order:
 * what a payer's test suite runs with `runConformanceCase`. Node only.
 *
 * @example
 * shippedConformanceCases().length // 60
 */
export function shippedConformanceCases(): CaseFile[] {
  return loadConformanceCases(shippedRulesDir());
}
