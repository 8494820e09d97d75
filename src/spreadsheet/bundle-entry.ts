// The spreadsheet and browser bundle (dist/pcr.global.js): a plain script that defines the global `PCR`.
// First of all, zod without code generation (a strict Content-Security-Policy sees no `new Function`).
import './jitless';
export { parseParcoursType, parseProject, parsePatientPath } from '../documents/parse';
export { validatePath } from '../validation/validate-path';
export { settle } from '../settlement/settle';
export { allocate } from '../money/allocate';
export { createCatalog } from '../catalog/catalog';
export { shippedCatalog } from '../catalog/shipped-rules';
export { sheet } from './sheet-functions';
export { exclusionText, issueMessage, traceStepText } from '../messages/render';
export { PROFESSIONS, STRUCTURE_CATEGORIES, EXEMPTIONS } from '../domain/vocabulary';
export { worklist } from '../operations/worklist';
