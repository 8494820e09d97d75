// Imported first by every entry, before any module that imports zod. Under CommonJS, `require('zod/mini')` of a
// zod 3 fails inside Node (zod 3 has no `zod/mini`), so the version is read from zod's package.json before: an
// unsupported zod is then one sentence naming the range and the install command. Under ESM, Node links every
// import before any code runs, so this check is left to ./zod-check.ts (zod 4 too old), and a zod without
// `zod/mini` at all is Node's own error naming it (`npm install` already refuses it: zod is a peer dependency).
import { assertSupportedZod } from './zod-support';

function installedZodVersion(): string | undefined {
  if (typeof require !== 'function') return undefined;
  try {
    const pkg: unknown = require('zod/package.json');
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
      ? pkg.version
      : undefined;
  } catch {
    // No zod/package.json to read (a bundler's require): ./zod-check.ts probes zod/mini itself.
    return undefined;
  }
}

const version = installedZodVersion();
if (version !== undefined) assertSupportedZod({ version, hasCompile: true });
