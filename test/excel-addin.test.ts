import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const json = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const manifestTool = (args: string[]) =>
  spawnSync(process.execPath, ['node_modules/office-addin-manifest/cli.js', ...args], { encoding: 'utf8' });

describe('Excel custom-functions add-in (examples/excel)', () => {
  it('the unified manifest passes office-addin-manifest’s validator; the XML manifest reads', () => {
    const ok = manifestTool(['validate', 'examples/excel/manifest.json']);
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    const info = manifestTool(['info', 'examples/excel/manifest.xml']);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('Source Location: https://localhost:3000/examples/excel/functions.html');
  });

  it('declares the same functions in functions.json, the manifest, functions.js and the bundle', () => {
    const meta = json<{ functions: { id: string; parameters: unknown[] }[] }>('examples/excel/functions.json');
    const manifest = json<{
      extensions: { runtimes: { customFunctions: { functions: { id: string; parameters: unknown[] }[] } }[] }[];
    }>('examples/excel/manifest.json');
    const inManifest = manifest.extensions[0]?.runtimes[0]?.customFunctions.functions ?? [];
    const ids = meta.functions.map((f) => f.id);
    expect(ids).toEqual(['PCR_ALLOCATE', 'PCR_SEQUENCES', 'PCR_QUOTE_PARTS', 'PCR_FINDINGS']);
    expect(inManifest.map((f) => [f.id, f.parameters.length])).toEqual(
      meta.functions.map((f) => [f.id, f.parameters.length]),
    );
    // functions.js associates each id with the bundle's function of the same name.
    const associated: Record<string, (...a: unknown[]) => unknown> = {};
    const context = createContext({
      CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => (associated[id] = fn) },
    });
    new Script(readFileSync('dist/pcr.global.js', 'utf8')).runInContext(context);
    new Script(readFileSync('examples/excel/functions.js', 'utf8')).runInContext(context);
    expect(Object.keys(associated)).toEqual(ids);
    expect(associated.PCR_ALLOCATE?.('1 000,00', [[1], [3]], 'fr')).toEqual([[250], [750]]);
    expect(associated.PCR_ALLOCATE?.('x', [[1]], 'en')).toBe('#PCR amount: a number expected (1,000.50 or 1000,5)');
  });
});
