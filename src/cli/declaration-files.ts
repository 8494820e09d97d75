import type { IsoDate } from '../dates/iso-date';
import type { DeclarationEntry, DeclaredEntry } from '../exports/declaration';
import { declarationDelta, declarationKey } from '../exports/declaration-delta';
import { type DeclarationFileFormat, readDeclarations } from '../exports/declaration-read';
import type { Issue, Lang, Result } from '../issues/issue';
import { UsageError } from './args';
import type { CliIo } from './io';

/** The largest declaration or payments file read: 256 MiB (a file active of 100,000 séquences is about 300 MB as CSV). */
export const MAX_DECLARATION_BYTES = 256 * 1024 * 1024;

/** The format a file's extension says (`.csv`, `.json`, `.ndjson` / `.jsonl`), else undefined: its content says it. */
export function declarationFormatOf(file: string): DeclarationFileFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return undefined;
}

/**
 * A file's text, {@link MAX_DECLARATION_BYTES} at most; an unreadable or too large file is a usage error (exit 2).
 *
 * @example
 * const text = readTextFile(io, 'declaration-2027-06.csv');
 */
export function readTextFile(io: CliIo, file: string): string {
  try {
    return io.readFile(file, MAX_DECLARATION_BYTES);
  } catch (e) {
    if ((e as { code?: string }).code === 'PCR_FILE_TOO_LARGE')
      throw new UsageError((m, f) => m.cli.fileTooLarge({ file, max: MAX_DECLARATION_BYTES }, f));
    throw new UsageError((m, f) => m.cli.unreadableFile({ file }, f));
  }
}

/**
 * A result's value, or a usage error (exit 2) naming the file and its first issue (which names the line).
 *
 * @example
 * const payments = valueOrUsage('reglements.csv', readPayments(text));
 */
export function valueOrUsage<T>(file: string, r: Result<T>): T {
  if (r.ok) return r.value;
  const errors: readonly Issue[] = r.issues;
  const message = errors[0]?.message ?? '';
  throw new UsageError((m, f) => m.cli.fileIssues({ file, message, more: errors.length - 1 }, f));
}

/**
 * The declarations of each file, read in order (CSV, JSON or NDJSON, from the extension or the content); a blank
 * file holds none. An unreadable file or line, or a line of another structure, is a usage error naming the file and
 * the line.
 *
 * @example
 * const previous = readDeclarationFiles(io, ['declaration-2027-06.csv'], { structure: project.structure, lang: 'fr' });
 */
export function readDeclarationFiles(
  io: CliIo,
  files: readonly string[],
  options: { readonly structure?: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>; readonly lang: Lang },
): DeclaredEntry[] {
  const entries: DeclaredEntry[] = [];
  for (const file of files) {
    const text = readTextFile(io, file);
    if (text.replace(/^\uFEFF/, '').trim() === '') continue;
    const format = declarationFormatOf(file);
    const read = readDeclarations(text, { ...options, ...(format !== undefined ? { format } : {}) });
    for (const e of valueOrUsage(file, read)) entries.push(e);
  }
  return entries;
}

/** What {@link previousDeclarations} needs: the structure, the day sent, the period declared. */
export interface DeltaOptions {
  readonly structure: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>;
  readonly declaredOn: IsoDate;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly lang: Lang;
}

/**
 * What was declared, split by séquence so that a file active is compared path by path as it streams: each path's
 * entries against the previous entries of its own séquences (initiale or rectificative), then, after the last
 * path, the séquences never seen again (billable in the period) cancelled. The result is `declarationDelta`'s over
 * the whole file active, in the same order (a séquence met in two paths is sent for each, the second compared with
 * the first: what stands declared at the end is the same). A path whose declaration was refused keeps what was
 * declared for its patient and type: a refusal is not a cancellation.
 *
 * @example
 * const delta = previousDeclarations(previous, options); sink.add(delta.ofPath(entries)); sink.add(delta.rest());
 */
export function previousDeclarations(previous: readonly DeclaredEntry[], options: DeltaOptions) {
  const byKey = new Map<string, DeclaredEntry[]>();
  const byPatientType = new Map<string, Set<string>>();
  for (const e of previous) {
    const key = declarationKey(e);
    const group = byKey.get(key);
    if (group) group.push(e);
    else byKey.set(key, [e]);
    const pt = JSON.stringify([e.patientRef, e.type.id]);
    const keys = byPatientType.get(pt) ?? new Set<string>();
    keys.add(key);
    byPatientType.set(pt, keys);
  }
  const seen = new Set<string>();
  const delta = (before: readonly DeclaredEntry[], now: readonly DeclarationEntry[]): DeclaredEntry[] => {
    const r = declarationDelta(before, now, options);
    // Every previous entry was read against the structure: a refusal here is a defect, not a verdict on the input.
    if (!r.ok) throw new Error(`declarationDelta: ${r.issues.map((i) => i.code).join(', ')}`);
    return r.value;
  };
  return {
    /** What one path's declarable entries make to send. */
    ofPath(entries: readonly DeclarationEntry[]): DeclaredEntry[] {
      if (entries.length === 0) return [];
      const keys = entries.map(declarationKey);
      const before = [...new Set(keys)].flatMap((k) => byKey.get(k) ?? []);
      for (const k of keys) seen.add(k);
      const sent = delta(before, entries);
      // What is sent stands declared: a séquence met again in a later path is compared with it.
      for (const e of sent) {
        const key = declarationKey(e);
        const group = byKey.get(key);
        if (group) group.push(e);
        else byKey.set(key, [e]);
      }
      return sent;
    },
    /** A path whose declaration was refused: what was declared for its patient and type stands. */
    refused(patientRef: string, typeId: string): void {
      for (const k of byPatientType.get(JSON.stringify([patientRef, typeId])) ?? []) seen.add(k);
    },
    /** After the last path: the cancellations of the séquences no path declares any more. */
    rest(): DeclaredEntry[] {
      return delta(
        previous.filter((e) => !seen.has(declarationKey(e))),
        [],
      );
    },
  };
}
