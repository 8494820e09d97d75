import { UsageError } from './args';
import type { CliIo } from './io';

/**
 * Reads and parses a JSON file; an unreadable file or invalid JSON is a usage error (exit code 2).
 *
 * @example
 * const projectJson = readJsonFile(io, 'examples/obesite/project.json');
 */
export function readJsonFile(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new UsageError((m, f) => m.cli.unreadableFile({ file: path }, f));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError((m, f) => m.cli.invalidJson({ file: path }, f));
  }
}
