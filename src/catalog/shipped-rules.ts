import ako2025 from '../../rules/ako-dom-picto/2025.json';
import mrtc2024 from '../../rules/mission-retrouve-ton-cap/2024.json';
import obesite202603 from '../../rules/obesite-complexe-adulte/2026-03.json';
import oncolink202511 from '../../rules/onco-link/2025-11.json';
import rehab202606 from '../../rules/rehabilitation-respiratoire/2026-06.json';
import santeProtegee2026 from '../../rules/sante-protegee/2026.json';
import tnd2019 from '../../rules/tnd-intervention-precoce/2019.json';
import tnd2022 from '../../rules/tnd-intervention-precoce/2022.json';
import tnd2025 from '../../rules/tnd-intervention-precoce/2025.json';
import type { Lang } from '../issues/issue';
import { createCatalog, type Catalog, type RuleFile } from './catalog';

/** The rule files shipped in `rules/`, embedded so that the catalog works in Node, browsers and spreadsheets. */
export const SHIPPED_RULE_FILES: readonly RuleFile[] = [
  { name: 'rules/ako-dom-picto/2025.json', content: ako2025 },
  { name: 'rules/mission-retrouve-ton-cap/2024.json', content: mrtc2024 },
  { name: 'rules/obesite-complexe-adulte/2026-03.json', content: obesite202603 },
  { name: 'rules/onco-link/2025-11.json', content: oncolink202511 },
  { name: 'rules/rehabilitation-respiratoire/2026-06.json', content: rehab202606 },
  { name: 'rules/sante-protegee/2026.json', content: santeProtegee2026 },
  { name: 'rules/tnd-intervention-precoce/2019.json', content: tnd2019 },
  { name: 'rules/tnd-intervention-precoce/2022.json', content: tnd2022 },
  { name: 'rules/tnd-intervention-precoce/2025.json', content: tnd2025 },
];

const built: Partial<Record<Lang, Catalog>> = {};

/**
 * The catalog of the parcours types shipped with the library. Built once per language and shared: its types are
 * frozen. A type's files are parsed the first time that type is asked for (`get`, `resolve`), all of them for
 * `list` and `rejected`, so a spreadsheet cell or a cold start reads one type's rule files, not all nine.
 *
 * @example
 * shippedCatalog().resolve('tnd-intervention-precoce', '2020-06-01').issues // [] — the version 2019 is in force
 */
export function shippedCatalog(options: { lang?: Lang } = {}): Catalog {
  const lang: Lang = options.lang === 'en' ? 'en' : 'fr';
  let catalog = built[lang];
  if (catalog === undefined) {
    catalog = lazyCatalog(SHIPPED_RULE_FILES, lang);
    built[lang] = catalog;
  }
  return catalog;
}

/** A catalog that parses each type's files on first use (versions of one type are checked together, as in createCatalog). */
function lazyCatalog(files: readonly RuleFile[], lang: Lang): Catalog {
  const byId = new Map<string, RuleFile[]>();
  for (const f of files) {
    const c = f.content;
    const id = String(typeof c === 'object' && c !== null && 'id' in c ? c.id : undefined);
    const versions = byId.get(id);
    if (versions) versions.push(f);
    else byId.set(id, [f]);
  }
  const parts = new Map<string, Catalog>();
  let whole: Catalog | undefined;
  const frozen = (c: Catalog): Catalog => {
    for (const e of c.list()) deepFreeze(c.get(e.id, e.version));
    return c;
  };
  const part = (id: string): Catalog => {
    if (!byId.has(id)) return createCatalog([], { lang }); // an unknown id: its error, and nothing kept
    let c = parts.get(id);
    if (!c) {
      c = frozen(createCatalog(byId.get(id) ?? [], { lang }));
      parts.set(id, c);
    }
    return c;
  };
  const all = (): Catalog => (whole ??= frozen(createCatalog(files, { lang })));
  return {
    list: () => all().list(),
    get: (id, version) => part(id).get(id, version),
    resolve: (id, date) => part(id).resolve(id, date),
    get rejected() {
      return all().rejected;
    },
  };
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
