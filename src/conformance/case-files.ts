import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * Reads the conformance cases under `rulesDir/<type>/cases/` (or those of one type's folder, or of one `cases`
 * folder), in file-name order. A case's `project` names a file next to it, or is given inline. Node only (it reads
 * files).
 *
 * @example
 * loadConformanceCases('rules/sante-protegee').length // 3
 */
export function loadConformanceCases(rulesDir: string): CaseFile[] {
  const dirs = existsSync(join(rulesDir, 'project.json'))
    ? [rulesDir]
    : existsSync(join(rulesDir, 'cases', 'project.json'))
      ? [join(rulesDir, 'cases')]
      : readdirSync(rulesDir)
          .sort()
          .map((t) => join(rulesDir, t, 'cases'))
          .filter((d) => existsSync(d) && statSync(d).isDirectory());
  const out: CaseFile[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json') || name === 'project.json') continue;
      const c = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ConformanceCase;
      const project =
        typeof c.project === 'string' ? (JSON.parse(readFileSync(join(dir, c.project), 'utf8')) as unknown) : c.project;
      out.push({ file: join(dir, name), case: c, project });
    }
  }
  return out;
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
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'pcr-forfait'
    )
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
