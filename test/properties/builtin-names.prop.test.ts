import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject, settle, validatePath } from '../../src/index';
import { declarationEntries, declarationCsv } from '../../src/entries/exports';
import { fileActive, worklist } from '../../src/entries/operations';
import { IDENTIFIER_PATTERN, MAP_KEY_PATTERN } from '../../src/documents/formats';
import { RUNS } from '../helpers/arbitraries';

type Json = unknown;

/** JavaScript's built-in property names that are valid identifiers: what an inherited lookup would find. */
const BUILT_INS = [
  ...new Set(
    [Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Map.prototype]
      .flatMap((p) => Object.getOwnPropertyNames(p))
      .filter((n) => IDENTIFIER_PATTERN.test(n)),
  ),
].sort();

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Json;
const TYPE = read('rules/obesite-complexe-adulte/2026-03.json');
const PROJECT = read('examples/obesite/project.json');
const PATH = read('examples/obesite/path.json');

/** Every string value and object key equal to `from` becomes `to`. */
function rename(v: Json, names: ReadonlyMap<string, string>): Json {
  if (typeof v === 'string') return names.get(v) ?? v;
  if (Array.isArray(v)) return v.map((x) => rename(x, names));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [names.get(k) ?? k, rename(x, names)]));
  return v;
}

/** What a settlement pays, by séquence and beneficiary, with the names mapped back. */
function outcome(type: Json, project: Json, path: Json, back: ReadonlyMap<string, string>) {
  const t = parseParcoursType(type);
  const p = parseProject(project);
  const x = parsePatientPath(path);
  if (!t.ok || !p.ok || !x.ok) return { parsed: false, codes: [t, p, x].flatMap((r) => r.issues.map((i) => i.code)) };
  const asOf = '2027-06-15';
  const report = validatePath(t.value, p.value, x.value, { asOf });
  const s = settle(t.value, p.value, x.value, { asOf, report });
  const entries = declarationEntries(s, { project: p.value, from: '2026-01-01', to: '2028-12-31', allowDraft: true });
  const acc = fileActive({ project: p.value, types: t.value, from: '2026-01-01', to: asOf, worklist: true });
  const fa = acc.add(path);
  const name = (n: string) => back.get(n) ?? n;
  return {
    parsed: true,
    statuses: report.sequences.map((q) => [name(q.id), q.status]),
    forfaits: s.sequences.map((q) => [name(q.sequence), q.forfait.amount, q.payers]),
    // Who gets a remainder cent among tied fractions follows the ids' order, which a renaming changes: each share is
    // kept in cents, to be compared within one cent.
    shares: Object.fromEntries(
      s.sequences.flatMap((q) =>
        q.shares.map((sh) => [
          `${name(q.sequence)} ${sh.beneficiary.kind === 'structure' ? 'structure' : name(sh.beneficiary.id)}`,
          Math.round(Number(sh.amount) * 100),
        ]),
      ),
    ),
    csvRows: entries.ok ? declarationCsv(entries.value).split('\r\n').length : -1,
    work: worklist(t.value, p.value, x.value, { asOf }).length,
    fileActive: [fa.excluded?.reason ?? 'evaluated', acc.report().amounts.forfait],
  };
}

/** The same outcome, each share within one cent of the reference's (same beneficiaries, same totals). */
function expectSame(got: ReturnType<typeof outcome>, reference: ReturnType<typeof outcome>): void {
  const { shares: a, ...rest } = got as { shares: Record<string, number> };
  const { shares: b, ...restRef } = reference as { shares: Record<string, number> };
  expect(rest).toEqual(restRef);
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const k of Object.keys(b)) expect([k, Math.abs((a[k] ?? 0) - (b[k] ?? 0)) <= 1]).toEqual([k, true]);
}

describe('identifiers named like JavaScript built-ins (property-based)', () => {
  const reference = outcome(TYPE, PROJECT, PATH, new Map());

  it('a member, séquence, profile or prestation code named constructor, toString, valueOf… changes no amount', () => {
    expect(reference).toMatchObject({ parsed: true, fileActive: ['evaluated', '1061.40'] });
    const renamable = ['dr-martin', 'diet-leroy', 'psy-bernard', 'apa-petit', 'S1', 'S2', 'SEANCE_DIET', 'BILAN_FINAL'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...BUILT_INS), { minLength: renamable.length, maxLength: renamable.length }),
        (names) => {
          const to = new Map(renamable.map((from, i) => [from, names[i] as string]));
          // A name the map keys refuse (constructor, __proto__…) is refused with an issue where it is a key.
          const back = new Map([...to].map(([a, b]) => [b, a]));
          const got = outcome(rename(TYPE, to), rename(PROJECT, to), rename(PATH, to), back);
          if (!got.parsed) {
            expect([...to.values()].some((n) => !MAP_KEY_PATTERN.test(n))).toBe(true);
            return;
          }
          expectSame(got, reference);
        },
      ),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it('the names most likely to be inherited, each in every role', () => {
    for (const n of ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'length', 'name', 'call']) {
      for (const from of ['dr-martin', 'S1', 'D', 'SEANCE_PSY', 'apa']) {
        const to = new Map([[from, n]]);
        const got = outcome(rename(TYPE, to), rename(PROJECT, to), rename(PATH, to), new Map([[n, from]]));
        expectSame(got, reference);
      }
    }
  });
});
