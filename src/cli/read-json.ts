import { UsageError } from './args';
import type { CliIo } from './io';

/** The largest JSON file read (`--project`, `--path`, `--type`): 16 MiB (a path of 10,000 prestations is about 2 MB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads and parses a JSON file; an unreadable file, one over {@link MAX_FILE_BYTES} (read no
 * further: `/dev/zero` ends) or invalid JSON is a usage error (exit code 2).
 *
 * @example
 * const projectJson = readJsonFile(io, 'examples/obesite/project.json');
 */
export function readJsonFile(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path, MAX_FILE_BYTES);
  } catch (e) {
    if ((e as { code?: string }).code === 'PCR_FILE_TOO_LARGE')
      throw new UsageError((m, f) => m.cli.fileTooLarge({ file: path, max: MAX_FILE_BYTES }, f));
    throw new UsageError((m, f) => m.cli.unreadableFile({ file: path }, f));
  }
  try {
    // A byte-order mark at the start (some editors write one) is not part of the JSON.
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch {
    throw new UsageError((m, f) => m.cli.invalidJson({ file: path }, f));
  }
}
