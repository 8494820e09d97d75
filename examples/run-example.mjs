// Evaluates the shipped example (examples/obesite, with the rule file rules/obesite-complexe-adulte/2026-03.json)
// with the built package: prints the path report, then the
// settlement of every billable séquence with its trace.
// Usage: node examples/run-example.mjs [asOf YYYY-MM-DD] [fr|en]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, formatSettlement, parseParcoursType, parsePatientPath, parseProject, settle, validatePath } from '../dist/index.js';

const dir = fileURLToPath(new URL('./obesite/', import.meta.url));
const read = (name) => JSON.parse(readFileSync(dir + name, 'utf8'));
const asOf = process.argv[2] ?? '2026-12-15';
const lang = process.argv[3] === 'en' ? 'en' : 'fr';

const type = parseParcoursType(JSON.parse(readFileSync(new URL('../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8')), { lang });
const project = parseProject(read('project.json'), { lang });
const path = parsePatientPath(read('path.json'), { lang });
for (const [name, r] of [['rules/obesite-complexe-adulte/2026-03.json', type], ['project.json', project], ['path.json', path]]) {
  if (!r.ok) {
    console.error(`${name}:`);
    for (const i of r.issues) console.error(`  ${i.code} @ ${i.path.join('.')} — ${i.message}`);
    process.exitCode = 1;
  }
}
if (type.ok && project.ok && path.ok) {
  console.log(formatReport(validatePath(type.value, project.value, path.value, { asOf, lang }), lang));
  console.log('\n' + '─'.repeat(100) + '\n');
  console.log(formatSettlement(settle(type.value, project.value, path.value, { asOf, lang }), lang));
}
