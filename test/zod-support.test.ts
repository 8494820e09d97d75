import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_ZOD, zodSupportProblem } from '../src/entries/zod-support';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, string> | undefined
>;

describe('the zod the package runs on', () => {
  afterEach(() => {
    vi.doUnmock('zod/mini');
    vi.resetModules();
  });

  it('is a peer dependency whose range the import check states', () => {
    expect(pkg.peerDependencies?.zod).toBe(SUPPORTED_ZOD);
    expect(SUPPORTED_ZOD).toBe('^4.6.7');
    expect(pkg.dependencies?.zod).toBeUndefined();
    expect(pkg.devDependencies?.zod).toBe(SUPPORTED_ZOD);
  });

  it('is supported from 4.6.7 to below 5, with its compiler', () => {
    expect(zodSupportProblem({ version: '4.6.7', hasCompile: true })).toBeNull();
    expect(zodSupportProblem({ version: '4.7.0', hasCompile: true })).toBeNull();
    expect(zodSupportProblem({ version: '4.10.2', hasCompile: true })).toBeNull();
    expect(zodSupportProblem({ version: '4.6.6', hasCompile: true })).not.toBeNull();
    expect(zodSupportProblem({ version: '4.0.0', hasCompile: true })).not.toBeNull();
    expect(zodSupportProblem({ version: '5.0.0', hasCompile: true })).not.toBeNull();
    expect(zodSupportProblem({ version: '4.6.7', hasCompile: false })).not.toBeNull();
  });

  it('outside the range, is one sentence in French then English naming the range and the install command', () => {
    expect(zodSupportProblem({ version: '3.25.76', hasCompile: false })).toBe(
      'pcr-forfait demande zod ^4.6.7 (zod 3.25.76 est installé)\u00a0: installez-le avec «\u00a0npm install zod@^4.6.7\u00a0». / ' +
        'pcr-forfait needs zod ^4.6.7 (zod 3.25.76 is installed): install it with "npm install zod@^4.6.7".',
    );
  });

  it('is checked when the package is imported: a zod 3 is that sentence, not a crash inside', async () => {
    // zod 3.22's namespace: no `core`, no `compile` (its `zod/mini` does not exist: under CommonJS the package reads
    // zod's package.json first; scripts/journeys.mjs installs a real zod 3 beside the packed package).
    vi.doMock('zod/mini', () => ({ z: {}, ZodType: class {}, core: undefined, compile: undefined }));
    await expect(import('../src/entries/zod-check')).rejects.toThrow(
      'pcr-forfait needs zod ^4.6.7 (zod inconnue / unknown is installed)',
    );
  });

  it('is checked when the package is imported: a zod 4 without the compiler is refused with its version', async () => {
    vi.doMock('zod/mini', () => ({ core: { version: { major: 4, minor: 1, patch: 12 } }, compile: undefined }));
    await expect(import('../src/entries/zod-check')).rejects.toThrow('(zod 4.1.12 is installed)');
  });

  it('lets the package load with the zod installed here', async () => {
    const entry = await import('../src/entries/zod-check');
    expect(entry).toBeDefined();
    const z = await import('zod/mini');
    expect(
      zodSupportProblem({
        version: `${z.core.version.major}.${z.core.version.minor}.${z.core.version.patch}`,
        hasCompile: typeof z.compile === 'function',
      }),
    ).toBeNull();
  });
});
