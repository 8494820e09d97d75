import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as exportsEntry from '../src/entries/exports';
import * as identifiersEntry from '../src/entries/identifiers';
import * as operationsEntry from '../src/entries/operations';
import * as testingEntry from '../src/entries/testing';
import * as root from '../src/index';
import { issueSink } from '../src/issues/issue-sink';
import { Dec } from '../src/money/decimal';
import { RATE_PATTERN, FACTOR_PATTERN } from '../src/money/decimal-formats';
import { Ledger } from '../src/settlement/ledger';
import { emptyTally as root_emptyTally } from '../src/validation/sequence-tally';
import { coverageOn } from '../src/settlement/coverage-on';
import { buildTimeline } from '../src/validation/timeline';
import { TraceBuilder } from '../src/settlement/trace';
import { typeIndex } from '../src/validation/type-index';
import { mustParse, pathJson, projectJson, readExample, typeJson } from './helpers/fixtures';

/**
 * Every JSDoc `@example` of src/ that shows a result (`expression // result`) is run here: the result must be a
 * JavaScript value (`'text'`, a number, an array, an object — compared as a subset — `null`, `true`…), optionally
 * followed by ` — ` and a remark. The lines of an example before it (declarations) run first. Examples run with the
 * module's own exports, the package's, and the shipped example: `type`, `project`, `path`, `report`, `settlement`,
 * `team` (its members by id), `pathJsonOf()` / `projectJsonOf()` (its JSON), `issueSink`, `exampleKeyContext(cents)`
 * (a key rule's context on its S1) and `examplePrestationContext()` (`{ ctx, raise, raised }` on 2027-06-15).
 */
const SRC = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

interface Example {
  readonly file: string;
  readonly lines: readonly string[];
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const block of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const at = block.indexOf('@example');
    if (at < 0) continue;
    const body = block
      .slice(at + '@example'.length)
      .split('\n')
      .map((l) => l.replace(/^\s*\*\/?\s?/, '').replace(/\*\/\s*$/, ''))
      .filter((l) => l.trim() !== '' && !l.trim().startsWith('@'));
    out.push({ file, lines: body });
  }
  return out;
}

/** Where a line's code ends: the first `//` outside quotes (and template literals). -1 when there is none. */
function commentAt(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** Where a result's remark starts: the first ` — ` outside quotes (the end when there is none). */
function remarkAt(comment: string): number {
  let quote: string | null = null;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i] as string;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (comment.startsWith(' — ', i)) return i;
  }
  return comment.length;
}

/** Splits `code // result — remark` into its code and result, when the line shows one. */
function shown(line: string): { code: string; result: string } | null {
  const at = commentAt(line);
  if (at <= 0 || line.slice(0, at).trim() === '') return null;
  const comment = line.slice(at + 2).trim();
  return { code: line.slice(0, at).trim(), result: comment.slice(0, remarkAt(comment)).trim() };
}

/** Splits code at its last `;` outside quotes: the statements before it, and the expression whose value is shown. */
function lastExpression(code: string): { statements: string; expression: string } {
  let quote: string | null = null;
  let last = -1;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === ';') last = i;
  }
  return last < 0
    ? { statements: '', expression: code }
    : { statements: code.slice(0, last + 1), expression: code.slice(last + 1).trim() };
}

const js = (ts: string) => transformSync(ts, { loader: 'ts' }).code;

async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const own = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const typeJsonFile = JSON.parse(
    readFileSync(new URL('../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const d = mustParse(typeJsonFile, readExample('project.json'), readExample('path.json'));
  const asOf = '2027-06-15';
  const report = root.validatePath(d.type, d.project, d.path, { asOf });
  const settlement = root.settle(d.type, d.project, d.path, { asOf });
  const team = new Map(d.project.team.map((m) => [m.id, m]));
  const counted = report.prestations.filter((x) => x.counted && x.sequence === 'S1');
  /** A key rule's context on the example's S1 (its team and counted prestations), for `cents` of forfait. */
  const exampleKeyContext = (cents: number) => ({
    forfait: cents,
    team: d.project.team,
    members: team,
    counted,
    sequence: 'S1',
    ledger: new Ledger(cents),
    sink: issueSink('project', 'fr'),
    trace: new TraceBuilder(),
  });
  /** The example's prestation context on 2027-06-15 and a raiser that keeps the codes raised. */
  const examplePrestationContext = () => {
    const timeline = buildTimeline(d.type, d.path, issueSink('path', 'fr'));
    const tallies = new Map(timeline.sequences.map((w) => [w.id, root_emptyTally(w.def, w)]));
    const raised: string[] = [];
    const ctx = {
      type: d.type,
      path: d.path,
      timeline,
      asOf,
      prestationsByCode: typeIndex(d.type).prestationsByCode,
      members: team,
      tallies,
    };
    return { ctx, raised, raise: (code: string) => raised.push(code) };
  };
  return {
    ...root,
    issueSink,
    RATE_PATTERN,
    FACTOR_PATTERN,
    exampleKeyContext,
    examplePrestationContext,
    emptyTally: root_emptyTally,
    coverageOn,
    buildTimeline,
    team,
    projectJsonOf: () => readExample('project.json'),
    ...operationsEntry,
    ...exportsEntry,
    ...identifiersEntry,
    ...testingEntry,
    Dec,
    TraceBuilder,
    typeIndex,
    typeJson,
    projectJson,
    pathJson,
    pathJsonOf: () => readExample('path.json'),
    ...own,
    type: d.type,
    project: d.project,
    path: d.path,
    report,
    settlement,
    entries: entriesOf(
      exportsEntry.declarationEntries(settlement, {
        project: d.project,
        from: '2027-01-01',
        to: '2027-12-31',
        allowDraft: true,
      }),
    ),
    items: operationsEntry.worklist(d.type, d.project, d.path, { asOf }),
    fileActiveReport: fileActiveOfExample(d),
  };
}

/** The declared entries of a result that must succeed. */
function entriesOf(r: ReturnType<typeof exportsEntry.declarationEntries>) {
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value;
}

/** The example's file active from 2026-01-01 to 2027-06-15. */
function fileActiveOfExample(d: ReturnType<typeof mustParse>) {
  const acc = operationsEntry.fileActive({ project: d.project, types: d.type, from: '2026-01-01', to: '2027-06-15' });
  acc.add(readExample('path.json'));
  return acc.report();
}

const EXAMPLES = files(SRC)
  .flatMap(examplesOf)
  .filter((e) => e.lines.some((l) => shown(l) !== null));

describe('JSDoc examples that show a result', () => {
  it('exist in most modules', () => {
    expect(EXAMPLES.length).toBeGreaterThan(50);
  });

  it.each(EXAMPLES.map((e) => [`${relative(SRC, e.file)}: ${e.lines.find((l) => shown(l))?.trim()}`, e] as const))(
    '%s',
    async (_name, e) => {
      const scope = await scopeOf(e.file);
      const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
      const prelude: string[] = [];
      for (const line of e.lines) {
        const s = shown(line);
        if (s === null) {
          prelude.push(line);
          continue;
        }
        const { statements, expression } = lastExpression(s.code);
        const body = js(`${[...prelude, statements].join('\n')}\nreturn (${expression});`);
        const actual: unknown = await new Function(...names, `return (async () => { ${body} })();`)(
          ...names.map((n) => scope[n]),
        );
        const expected: unknown = new Function(...names, `return (${s.result});`)(...names.map((n) => scope[n]));
        if (expected !== null && typeof expected === 'object' && !Array.isArray(expected))
          expect([line, actual]).toMatchObject([line, expected]);
        else expect([line, actual]).toEqual([line, expected]);
        prelude.push(statements, `${expression};`);
      }
    },
  );
});
