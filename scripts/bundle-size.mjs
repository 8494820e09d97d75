// Prints the size of the spreadsheet bundle (minified and gzipped) and, with --budget KB, fails above it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = new URL('../dist/pcr.global.js', import.meta.url);
const bytes = readFileSync(file);
const gz = gzipSync(bytes, { level: 9 }).length;
console.log(
  `dist/pcr.global.js: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped`,
);
const i = process.argv.indexOf('--budget');
if (i > 0) {
  const budget = Number(process.argv[i + 1]) * 1024;
  if (gz > budget) {
    console.error(`over budget: ${(gz / 1024).toFixed(1)} KB > ${process.argv[i + 1]} KB gzipped`);
    process.exitCode = 1;
  }
}
