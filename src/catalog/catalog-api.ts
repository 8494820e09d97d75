export { createCatalog } from './catalog';
export { shippedCatalog } from './shipped-rules';
