// The spreadsheet and browser bundle (dist/pcr.global.js): a plain script that defines the global `PCR`.
export { parseParcoursType, parseProject, parsePatientPath } from '../parse/parse-functions';
export { validatePath } from '../validation/validate-path';
export { settle } from '../settlement/settle';
export { allocate } from '../money/allocate';
export { shippedCatalog, createCatalog } from '../catalog/catalog-api';
export { sheet } from './sheet-functions';
