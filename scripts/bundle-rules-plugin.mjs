// An esbuild plugin for the spreadsheet bundle only: the shipped rule files without their documentation prose
// (`notes` of a type, `note` of a source). Nothing the engine computes reads them; the package's `rules/` keep them.
// About 13 KB of text (≈ 4 KB gzipped) that every spreadsheet would otherwise load on each recalculation.
import { readFile } from 'node:fs/promises';

/** @param {unknown} value @returns {unknown} */
function withoutProse(value) {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value === null || typeof value !== 'object') return value;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, v] of Object.entries(value)) if (key !== 'notes' && key !== 'note') out[key] = withoutProse(v);
  return out;
}

/** @type {import('esbuild').Plugin} */
export const rulesWithoutProse = {
  name: 'rules-without-prose',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/][^\\/]+[\\/][^\\/]+\.json$/ }, async (args) => ({
      contents: JSON.stringify(withoutProse(JSON.parse(await readFile(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};
