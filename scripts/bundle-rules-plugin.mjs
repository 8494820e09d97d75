// An esbuild plugin for the spreadsheet bundle only: the shipped rule files without their documentation — the
// `$schema` link, a type's `notes`, and of its sources only the first one's title (the text the type rests on; a
// source's `note`, `url` and `date` and the further sources go). Nothing the engine computes or a sheet shows reads
// them; the package's `rules/` keep them whole. About 15 KB of text (3.6 KB gzipped) that every spreadsheet would
// otherwise load on each recalculation.
import { readFile } from 'node:fs/promises';

/** @param {unknown} value @param {boolean} [inSources] @returns {unknown} */
function withoutProse(value, inSources = false) {
  if (Array.isArray(value)) return value.map((v) => withoutProse(v, inSources));
  if (value === null || typeof value !== 'object') return value;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema' || key === 'notes' || key === 'note' || (inSources && (key === 'url' || key === 'date')))
      continue;
    out[key] = withoutProse(key === 'sources' && Array.isArray(v) ? v.slice(0, 1) : v, key === 'sources');
  }
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
