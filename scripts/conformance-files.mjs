// Lists the conformance cases shipped under rules/<type>/cases/, with the projet each one names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const rules = new URL('../rules/', import.meta.url);

/** @returns {{ file: string, case: object, project: unknown }[]} */
export function loadConformanceCases() {
  const out = [];
  for (const type of readdirSync(rules).sort()) {
    const dir = new URL(`${type}/cases/`, rules);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json') || name === 'project.json') continue;
      const c = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      const project = typeof c.project === 'string' ? JSON.parse(readFileSync(new URL(c.project, dir), 'utf8')) : c.project;
      out.push({ file: `rules/${type}/cases/${name}`, case: c, project });
    }
  }
  return out;
}
