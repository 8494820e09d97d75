import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Items sorted by a text key with bounded memory: held in memory up to a chunk, then spilled to sorted temp files. */
export interface SortedSpill<T> {
  /** Adds one item. */
  add(item: T): void;
  /** Every item added, in key order (stable for equal keys), then the temp files are removed. */
  sorted(): AsyncGenerator<T>;
}

const byKey = (a: readonly [string, string], b: readonly [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * An external merge sort: items are kept as JSON text with their key; every `chunk` items (50,000 by default) the
 * buffer is sorted and written to a temp file; `sorted()` merges the files and the rest. A worklist of a region
 * stays sorted by due date without holding it all.
 *
 * @example
 * const s = sortedSpill<WorkItem>((w) => w.dueBy); items.forEach((w) => s.add(w)); for await (const w of s.sorted()) print(w);
 */
export function sortedSpill<T>(key: (item: T) => string, chunk = 50_000): SortedSpill<T> {
  let buffer: [string, string][] = [];
  const files: string[] = [];
  let dir: string | undefined;
  const spill = () => {
    dir ??= mkdtempSync(join(tmpdir(), 'pcr-sort-'));
    const file = join(dir, `${files.length}.ndjson`);
    buffer.sort(byKey);
    writeFileSync(file, buffer.map((e) => `${JSON.stringify(e)}\n`).join(''));
    files.push(file);
    buffer = [];
  };
  return {
    add(item) {
      buffer.push([key(item), JSON.stringify(item)]);
      if (buffer.length >= chunk) spill();
    },
    async *sorted() {
      try {
        if (files.length === 0) {
          buffer.sort(byKey);
          for (const [, json] of buffer) yield JSON.parse(json) as T;
          return;
        }
        if (buffer.length > 0) spill();
        const readers = files.map((f) => createInterface({ input: createReadStream(f) })[Symbol.asyncIterator]());
        const heads: ([string, string] | undefined)[] = [];
        const next = async (i: number) => {
          const r = await readers[i]?.next();
          heads[i] = r === undefined || r.done ? undefined : (JSON.parse(r.value) as [string, string]);
        };
        for (let i = 0; i < readers.length; i++) await next(i);
        for (;;) {
          let min = -1;
          for (let i = 0; i < heads.length; i++) {
            const h = heads[i];
            if (h !== undefined && (min < 0 || h[0] < (heads[min] as [string, string])[0])) min = i;
          }
          if (min < 0) return;
          yield JSON.parse((heads[min] as [string, string])[1]) as T;
          await next(min);
        }
      } finally {
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
