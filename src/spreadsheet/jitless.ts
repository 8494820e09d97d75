import * as z from 'zod/mini';

// The spreadsheet and browser bundle runs where a Content-Security-Policy may forbid code generation: zod is told
// before any schema parses anything never to try `new Function` (not even to find out whether it may), and the
// library's parsers then use zod's interpreter instead of z.compile. Imported first by ./bundle-entry.ts.
z.config({ jitless: true });
