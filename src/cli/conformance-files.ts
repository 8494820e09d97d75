import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceCase } from '../conformance/run-case';

/** A conformance case read from disk, with the projet it names. */
export interface CaseFile {
  readonly file: string;
  readonly case: ConformanceCase;
  readonly project: unknown;
}

/**
 * Reads the conformance cases under `rulesDir/<type>/cases/` (or those of one type's folder, or of one `cases`
 * folder), in file-name order. A case's `project` names a file next to it, or is given inline.
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
      const c = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ConformanceCase & { project: unknown };
      const project =
        typeof c.project === 'string' ? (JSON.parse(readFileSync(join(dir, c.project), 'utf8')) as unknown) : c.project;
      out.push({ file: join(dir, name), case: c, project });
    }
  }
  return out;
}
