import ako2025 from '../../rules/ako-dom-picto/2025.json';
import mrtc2024 from '../../rules/mission-retrouve-ton-cap/2024.json';
import obesite202603 from '../../rules/obesite-complexe-adulte/2026-03.json';
import oncolink202511 from '../../rules/onco-link/2025-11.json';
import rehab202606 from '../../rules/rehabilitation-respiratoire/2026-06.json';
import tnd2019 from '../../rules/tnd-intervention-precoce/2019.json';
import tnd2022 from '../../rules/tnd-intervention-precoce/2022.json';
import type { Lang } from '../issues/issue';
import { createCatalog, type Catalog, type RuleFile } from './catalog';

/** The rule files shipped in `rules/`, embedded so that the catalog works in Node, browsers and spreadsheets. */
export const SHIPPED_RULE_FILES: readonly RuleFile[] = [
  { name: 'rules/ako-dom-picto/2025.json', content: ako2025 },
  { name: 'rules/mission-retrouve-ton-cap/2024.json', content: mrtc2024 },
  { name: 'rules/obesite-complexe-adulte/2026-03.json', content: obesite202603 },
  { name: 'rules/onco-link/2025-11.json', content: oncolink202511 },
  { name: 'rules/rehabilitation-respiratoire/2026-06.json', content: rehab202606 },
  { name: 'rules/tnd-intervention-precoce/2019.json', content: tnd2019 },
  { name: 'rules/tnd-intervention-precoce/2022.json', content: tnd2022 },
];

/**
 * The catalog of the parcours types shipped with the library.
 *
 * @example
 * const t = shippedCatalog().resolve('tnd-intervention-precoce', '2020-06-01'); // version 2019
 */
export function shippedCatalog(options: { lang?: Lang } = {}): Catalog {
  return createCatalog(SHIPPED_RULE_FILES, options);
}
