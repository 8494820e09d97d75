// Regenerates docs/issue-codes.md from the built package's issue catalog.
import { writeFileSync } from 'node:fs';
import { issueCodeTable } from '../dist/testing.js';

writeFileSync(new URL('../docs/issue-codes.md', import.meta.url), issueCodeTable());
console.log('docs/issue-codes.md written');
