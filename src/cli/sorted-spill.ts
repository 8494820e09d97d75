import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { once } from 'node:events';
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

const byKey = (a: readonly [string, unknown], b: readonly [string, unknown]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/** The most runs merged at once: a million paths make a few hundred runs, merged 16 at a time (16 open files). */
const FAN_IN = 16;

/**
 * The lines of sorted runs (`[key, item]` as JSON), merged in key order; equal keys in the order of the runs. A binary
 * min-heap holds each run's current line.
 */
async function* mergeRuns(files: readonly string[]): AsyncGenerator<{ line: string; item: string }> {
  // Small read buffers: up to FAN_IN runs are open at once.
  const readers = files.map((f) =>
    createInterface({ input: createReadStream(f, { highWaterMark: 16 * 1024 }), crlfDelay: Infinity })[
      Symbol.asyncIterator
    ](),
  );
  type Node = { key: string; item: string; line: string; file: number };
  const heap: Node[] = [];
  const before = (a: Node, b: Node) => a.key < b.key || (a.key === b.key && a.file < b.file);
  const push = (node: Node) => {
    // Sift up: parents after the node move down (the root has none: its parent's place, -1, is empty).
    let i = heap.length;
    for (;;) {
      const up = (i - 1) >> 1;
      const parent = heap[up];
      if (parent === undefined || !before(node, parent)) break;
      heap[i] = parent;
      i = up;
    }
    heap[i] = node;
  };
  /** The least node, taken off the heap; undefined when the heap is empty. */
  const pop = (): Node | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    // Sift down: from the root, the lesser child moves up while it is before the last node (a leaf has no child).
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const left = heap[l];
      if (left === undefined) break;
      const right = heap[l + 1];
      let m = l;
      let child = left;
      if (right !== undefined && before(right, left)) {
        m = l + 1;
        child = right;
      }
      if (!before(child, last)) break;
      heap[i] = child;
      i = m;
    }
    heap[i] = last;
    return top;
  };
  const read = async (file: number) => {
    const r = await readers[file]?.next();
    if (r === undefined || r.done) return;
    const [key, item] = JSON.parse(r.value) as [string, string];
    push({ key, item, line: r.value, file });
  };
  for (let i = 0; i < readers.length; i++) await read(i);
  for (let top = pop(); top !== undefined; top = pop()) {
    const { line, item, file } = top;
    yield { line, item };
    await read(file);
  }
}

/** Writes lines to a file, waiting when its buffer is full. */
async function writeRun(file: string, lines: AsyncIterable<{ line: string }>): Promise<void> {
  const out = createWriteStream(file, { highWaterMark: 64 * 1024 });
  for await (const { line } of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/**
 * An external merge sort: items are kept with their key; every `chunk` items (4,000 by default) the
 * buffer is sorted and written to a temp file; `sorted()` merges the files and the rest, at most {@link FAN_IN} at a time. A worklist of a region
 * stays sorted by due date without holding it all.
 *
 * @example
 * const s = sortedSpill<WorkItem>((w) => w.dueBy); items.forEach((w) => s.add(w)); for await (const w of s.sorted()) print(w);
 */
export function sortedSpill<T>(key: (item: T) => string, chunk = 4_000): SortedSpill<T> {
  let buffer: [string, T][] = [];
  const files: string[] = [];
  let dir: string | undefined;
  /** The temp folder of the runs, made by the first spill. */
  const workDir = () => {
    dir ??= mkdtempSync(join(tmpdir(), 'pcr-sort-'));
    return dir;
  };
  const spill = () => {
    const file = join(workDir(), `${files.length}.ndjson`);
    buffer.sort(byKey);
    // Written 500 lines at a time: the run is never held twice (items and one text of them all).
    const fd = openSync(file, 'w');
    try {
      for (let at = 0; at < buffer.length; at += 500) {
        let text = '';
        for (const [k, item] of buffer.slice(at, at + 500)) text += `${JSON.stringify([k, JSON.stringify(item)])}\n`;
        writeSync(fd, text);
      }
    } finally {
      closeSync(fd);
    }
    files.push(file);
    buffer = [];
  };
  return {
    add(item) {
      buffer.push([key(item), item]);
      if (buffer.length >= chunk) spill();
    },
    async *sorted() {
      try {
        if (files.length === 0) {
          buffer.sort(byKey);
          for (const [, item] of buffer) yield item;
          return;
        }
        if (buffer.length > 0) spill();
        // Bounded fan-in: while there are more than FAN_IN runs, each FAN_IN consecutive runs are merged into one
        // (consecutive, so that earlier runs still hold earlier items of equal keys); then the last merge streams.
        let runs = files;
        let level = 0;
        while (runs.length > FAN_IN) {
          const next: string[] = [];
          for (let g = 0; g < runs.length; g += FAN_IN) {
            const group = runs.slice(g, g + FAN_IN);
            if (group.length === 1) {
              next.push(...group);
              continue;
            }
            const file = join(workDir(), `m${level}-${next.length}.ndjson`);
            await writeRun(file, mergeRuns(group));
            for (const f of group) rmSync(f, { force: true });
            next.push(file);
          }
          runs = next;
          level++;
        }
        for await (const { item } of mergeRuns(runs)) yield JSON.parse(item) as T;
      } finally {
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
