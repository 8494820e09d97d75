// The command line's program, loaded by src/cli/launch.ts where it runs (the launcher of a batch never loads it): the
// documents are read by zod's compiled parsers, as the library reads them in Node, then `pcr` runs.
import '../documents/compiled-parsers';

/**
 * Runs `pcr` (src/cli/main.ts runs on import), once the compiled parsers are set.
 *
 * @example
 * await runMain();
 */
export function runMain(): Promise<unknown> {
  return import('./main');
}
