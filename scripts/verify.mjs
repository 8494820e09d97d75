// Runs every conformance case of rules/*/cases against the built engine and prints one PASS / FAIL line per case.
// Exit code 0 when all pass, 1 otherwise.
import { shippedCatalog, runConformanceCase } from '../dist/index.js';
import { loadConformanceCases } from './conformance-files.mjs';

const catalog = shippedCatalog();
let failed = 0;
const cases = loadConformanceCases();
for (const { file, case: c, project } of cases) {
  const r = runConformanceCase(catalog, c, project);
  console.log(`${r.passed ? 'PASS' : 'FAIL'}  ${r.id.padEnd(14)} ${r.title}  (${file})`);
  for (const f of r.failures) console.log(`        ${f}`);
  if (!r.passed) failed++;
}
console.log(`${cases.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
