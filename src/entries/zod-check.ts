// Imported first by every entry: the zod installed must be a supported zod 4 (src/entries/zod-support.ts).
import './zod-package-check';
import * as z from 'zod/mini';
import { assertSupportedZod } from './zod-support';

// Probed, not trusted: an older zod may lack `core.version` or `compile`.
const probe: object = z;
const core: unknown = 'core' in probe ? probe.core : undefined;
const found: unknown = typeof core === 'object' && core !== null && 'version' in core ? core.version : undefined;
assertSupportedZod({
  version:
    typeof found === 'object' && found !== null && 'major' in found && 'minor' in found && 'patch' in found
      ? `${String(found.major)}.${String(found.minor)}.${String(found.patch)}`
      : 'inconnue / unknown',
  hasCompile: 'compile' in probe && typeof probe.compile === 'function',
});
