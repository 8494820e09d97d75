import * as z from 'zod/mini';

/**
 * Imported first by the spreadsheet bundle, so that it runs before any schema is built: zod then never probes or
 * uses `new Function`, which Apps Script sandboxes, Excel add-ins under a strict CSP and `vm` contexts forbid.
 */
export const ZOD_CONFIG = z.config({ jitless: true });
