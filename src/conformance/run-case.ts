import type { Catalog } from '../catalog/catalog';
import type { Lang } from '../domain/vocabulary';
import { messagesFor } from '../messages/render';
import { parsePatientPath, parseProject } from '../documents/parse';
import { settle } from '../settlement/settle';
import type { Settlement } from '../settlement/settlement-types';
import { validatePath } from '../validation/validate-path';
import type { PathReport } from '../validation/report-types';

/** What a conformance case expects. Every field is optional; what is given must match exactly. */
export interface CaseExpectation {
  /** The issue code of a failed version resolution, when the case expects one. */
  readonly resolution?: string;
  /** The version of the type in force on the inclusion date. */
  readonly typeVersion?: string;
  /** Whether a path-level error blocks billing. */
  readonly blocked?: boolean;
  /** Every issue code of the settlement (validation issues then settlement issues), in order. */
  readonly issues?: readonly string[];
  /** Fields of the report of each séquence id (status, completedOn, endedOn, attestation…), as JSON values. */
  readonly sequences?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Exactly the séquences billed, with their amounts and shares by beneficiary (`structure` or member id). */
  readonly billed?: Readonly<
    Record<
      string,
      {
        /** The forfait billed. */
        readonly amount: string;
        /** The Assurance Maladie's part. */
        readonly amo: string;
        /** The complementary's part. */
        readonly amc: string;
        /** What the patient pays. */
        readonly patient: string;
        /** The share of each beneficiary. */
        readonly shares: Readonly<Record<string, string>>;
        /** The day it became billable. */
        readonly billableOn?: string;
        /** Each named part's share of the amount billed. */
        readonly parts?: Readonly<Record<string, string>>;
      }
    >
  >;
  /** Exactly the séquences not billed, with their reason codes. */
  readonly excluded?: Readonly<Record<string, string>>;
  /** The path's totals. */
  readonly totals?: Readonly<Record<'forfait' | 'amo' | 'amc' | 'patient', string>>;
}

/** A conformance case: inputs, expected figures, and the hand arithmetic behind them. */
export interface ConformanceCase {
  /** The case's id. */
  readonly id: string;
  /** What it shows. */
  readonly title: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** The patient path document, as JSON. */
  readonly path: unknown;
  /**
   * The projet the case runs under: the name of a file next to the case (`"project.json"`), or the projet itself,
   * as JSON. `loadConformanceCases` reads it; `runConformanceCase` takes the projet read.
   */
  readonly project?: unknown;
  /** The hand arithmetic behind the expected figures, line by line. */
  readonly arithmetic?: readonly string[];
  /** What the engine must find. */
  readonly expect: CaseExpectation;
}

/** The outcome of one case: passed, or the list of differences. */
export interface CaseResult {
  /** The case's id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** True when every expected figure was found. */
  readonly passed: boolean;
  /** Each difference, as a sentence. */
  readonly failures: readonly string[];
}

/**
 * Runs one conformance case against this engine: resolves the type version in force on the inclusion date from
 * the catalog, parses the projet and the path, validates and settles, and compares every expected figure. The
 * differences are written in `lang` (French by default).
 *
 * @example
 * const c = { id: 'ex-1', title: 'exemple', asOf: '2026-12-15', path: pathJsonOf(), expect: { typeVersion: '2026-03', excluded: { S2: 'NOT_ENDED' } } };
 * runConformanceCase(shippedCatalog(), c, projectJsonOf()).failures // []
 */
export function runConformanceCase(
  catalog: Catalog,
  c: ConformanceCase,
  projectInput: unknown,
  options: { readonly lang?: Lang } = {},
): CaseResult {
  const { m, f } = messagesFor(options.lang === 'en' ? 'en' : 'fr');
  const failures: string[] = [];
  const done = (): CaseResult => ({ id: c.id, title: c.title, passed: failures.length === 0, failures });
  const at = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
    issues.map((i) => `${i.code}@${i.path.join('.')}`).join(', ');
  const path = parsePatientPath(c.path);
  if (!path.ok) {
    failures.push(m.conformance.doesNotParse({ document: 'path', issues: at(path.issues) }, f));
    return done();
  }
  const project = parseProject(projectInput);
  if (!project.ok) {
    failures.push(m.conformance.doesNotParse({ document: 'project', issues: at(project.issues) }, f));
    return done();
  }
  const resolved = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
  const e = c.expect;
  if (!resolved.ok) {
    const code = resolved.issues[0]?.code ?? '—';
    if (e.resolution !== code)
      failures.push(m.conformance.resolution({ expected: e.resolution ?? '—', actual: code }, f));
    return done();
  }
  if (e.resolution !== undefined)
    failures.push(m.conformance.resolution({ expected: e.resolution, actual: resolved.value.version }, f));
  const type = resolved.value;
  const report = validatePath(type, project.value, path.value, { asOf: c.asOf });
  const s = settle(type, project.value, path.value, { asOf: c.asOf, report });
  const eq = (what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      failures.push(
        m.conformance.differs({ what, expected: JSON.stringify(expected), actual: JSON.stringify(actual) }, f),
      );
  };
  if (e.typeVersion !== undefined) eq('type version', e.typeVersion, type.version);
  if (e.blocked !== undefined) eq('blocked', e.blocked, report.blocked);
  if (e.issues !== undefined)
    eq(
      'issues',
      e.issues,
      s.issues.map((i) => i.code),
    );
  compareSequences(e, report, eq);
  compareSettlement(e, s, eq);
  return done();
}

type Eq = (what: string, expected: unknown, actual: unknown) => void;

function compareSequences(e: CaseExpectation, report: PathReport, eq: Eq): void {
  for (const [id, fields] of Object.entries(e.sequences ?? {})) {
    const seq = report.sequences.find((q) => q.id === id);
    if (!seq) {
      eq(`séquence ${id}`, 'present', 'absent');
      continue;
    }
    const actual = new Map<string, unknown>(Object.entries(seq));
    for (const [k, v] of Object.entries(fields)) eq(`séquence ${id} ${k}`, v, actual.get(k));
  }
}

function compareSettlement(e: CaseExpectation, s: Settlement, eq: Eq): void {
  if (e.billed !== undefined) {
    eq('séquences billed', Object.keys(e.billed).sort(), s.sequences.map((q) => q.sequence).sort());
    for (const [id, want] of Object.entries(e.billed)) {
      const q = s.sequences.find((x) => x.sequence === id);
      if (!q) continue;
      eq(`${id} amount`, want.amount, q.forfait.amount);
      eq(`${id} amo/amc/patient`, [want.amo, want.amc, want.patient], [q.payers.amo, q.payers.amc, q.payers.patient]);
      const shares = Object.fromEntries(
        q.shares.map((x) => [x.beneficiary.kind === 'structure' ? 'structure' : x.beneficiary.id, x.amount]),
      );
      eq(`${id} shares`, sortKeys(want.shares), sortKeys(shares));
      if (want.billableOn !== undefined) eq(`${id} billableOn`, want.billableOn, q.billableOn);
      if (want.parts !== undefined)
        eq(`${id} parts`, want.parts, Object.fromEntries((q.forfait.parts ?? []).map((x) => [x.id, x.amount])));
    }
  }
  for (const [id, reason] of Object.entries(e.excluded ?? {}))
    eq(`${id} excluded`, reason, s.excluded.find((x) => x.sequence === id)?.reason);
  if (e.totals !== undefined) {
    const t = s.totals;
    eq('totals', e.totals, { forfait: t.forfait, amo: t.amo, amc: t.amc, patient: t.patient });
  }
}

function sortKeys(o: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
