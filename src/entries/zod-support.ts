import { inBothLanguages } from '../messages/package-messages';

/** The versions of zod this package is built and tested with: its `peerDependencies` say the same (a test checks). */
export const SUPPORTED_ZOD = '^4.6.7';
const MINIMUM: readonly [number, number, number] = [4, 6, 7];

/**
 * What is wrong with the zod installed, as one sentence in French then English; null when it is supported. A
 * version is supported from 4.6.7 to below 5, and only when it has the compiler (`compile`) the package uses.
 *
 * @example
 * zodSupportProblem({ version: '4.6.7', hasCompile: true }) // null
 * zodSupportProblem({ version: '3.25.76', hasCompile: false }) !== null // true
 */
export function zodSupportProblem(installed: {
  readonly version: string;
  readonly hasCompile: boolean;
}): string | null {
  const [major = Number.NaN, minor = Number.NaN, patch = Number.NaN] = installed.version
    .split(/[.+-]/)
    .slice(0, 3)
    .map(Number);
  const [wantMajor, wantMinor, wantPatch] = MINIMUM;
  const inRange =
    major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch)) && installed.hasCompile;
  if (inRange) return null;
  return inBothLanguages((m) => m.unsupportedZod({ installed: installed.version, range: SUPPORTED_ZOD }));
}

/**
 * Throws when the zod installed is not supported, with the sentence of {@link zodSupportProblem}.
 *
 * @example
 * assertSupportedZod({ version: '4.6.7', hasCompile: true }) // undefined
 */
export function assertSupportedZod(installed: { readonly version: string; readonly hasCompile: boolean }): void {
  const problem = zodSupportProblem(installed);
  if (problem !== null) throw new Error(problem);
}
