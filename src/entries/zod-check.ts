// Imported first by every entry: the zod installed must be a supported zod 4 (src/entries/zod-support.ts).
import './zod-package-check';
import * as z from 'zod/mini';
import { assertSupportedZod } from './zod-support';

const found = (z as { readonly core?: { readonly version?: { major: number; minor: number; patch: number } } }).core
  ?.version;
assertSupportedZod({
  version: found === undefined ? 'inconnue / unknown' : `${found.major}.${found.minor}.${found.patch}`,
  hasCompile: typeof (z as { readonly compile?: unknown }).compile === 'function',
});
