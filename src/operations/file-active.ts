import type { Catalog } from '../catalog/catalog';
import type { IsoDate } from '../dates/iso-date';
import type { ParcoursType } from '../documents/parcours-type';
import type { ParcoursProject } from '../documents/project';
import { parsePatientPath } from '../documents/parse';
import type { SequenceStatus } from '../domain/vocabulary';
import { langOf, type Issue, type Lang } from '../issues/issue';
import { makeIssue } from '../issues/issue-sink';
import { Dec, decimalText, formatCents, type Cents } from '../money/decimal';
import { settleInCents } from '../settlement/settle';
import { writeSettlement, type SettlementCents } from '../settlement/settlement-cents';
import type { Payee, Settlement } from '../settlement/settlement-types';
import type { PathReport, TypeVersion } from '../validation/report-types';
import { validatePath } from '../validation/validate-path';
import { pathEnd } from '../validation/path-records';
import { addMonths } from '../dates/calendar';
import { LatestPaths } from './latest-paths';
import { worklist, type WorkItem } from './worklist';

/** Why a path of the file active was left out of the figures. */
export type PathExclusion = 'PARSE' | 'TYPE' | 'BLOCKED';

/** A path left out, with the issues that say why. */
export interface ExcludedPath {
  /** Its line in the input (1 for a single document). */
  readonly line: number;
  /** The patient's reference, when the path could be read. */
  readonly ref?: string;
  /** Unreadable (`PARSE`), no type version in force (`TYPE`), or a blocking error (`BLOCKED`). */
  readonly reason: PathExclusion;
  /** The issues that say why. */
  readonly issues: readonly Pick<Issue, 'code' | 'severity' | 'path' | 'message'>[];
}

/** The pilotage report of a file active over a period. */
export interface FileActiveReport {
  /** First day of the period. */
  readonly from: IsoDate;
  /** Last day of the period: every path is evaluated on it. */
  readonly to: IsoDate;
  /** Paths read, evaluated and excluded (by reason). */
  readonly paths: {
    /** Paths read (lines of the input). */
    readonly total: number;
    /** Paths validated and settled. */
    readonly evaluated: number;
    /** Paths left out. */
    readonly excluded: number;
    /** Paths left out by reason (`PARSE`, `TYPE`, `BLOCKED`). */
    readonly excludedByReason: Readonly<Record<string, number>>;
  };
  /**
   * The type versions the evaluated paths were judged on, by id then version, with their status: a `draft` or
   * `illustrative` version's amounts are not the law's.
   */
  readonly typeVersions: readonly {
    /** The type's id. */
    readonly id: string;
    /** The version's id. */
    readonly version: string;
    /** `official`, `draft` or `illustrative`. */
    readonly status: TypeVersion['status'];
    /** Paths evaluated on it. */
    readonly paths: number;
  }[];
  /**
   * Patients included again too soon: two paths of the same patient reference and type whose type sets
   * `reinclusionAfterMonths`, the later included before the earlier's end (exit, else parcours end) + that many
   * months. The later path is flagged (it is still evaluated: the file cannot tell which record is wrong).
   */
  readonly reinclusions: readonly {
    /** The patient's reference. */
    readonly ref: string;
    /** The line of the later path. */
    readonly line: number;
    /** The line of the earlier path. */
    readonly previousLine: number;
    /** The earlier path's end. */
    readonly end: IsoDate;
    /** The first day a new inclusion was possible. */
    readonly allowedFrom: IsoDate;
  }[];
  /**
   * The first excluded paths (up to `maxExcludedPaths`, 1,000 by default), each with its issues, in input order;
   * `paths.excluded` counts them all.
   */
  readonly excludedPaths: readonly ExcludedPath[];
  /** Séquence statuses on `to`, over the paths evaluated. */
  readonly sequences: {
    /** How many séquences have each status. */
    readonly byStatus: Readonly<Record<SequenceStatus, number>>;
    /** Completed or incomplete. */
    readonly ended: number;
    /** Completed. */
    readonly completed: number;
    /** completed / ended (completed + incomplete), 4 decimals; "0.0000" when none ended. */
    readonly completionRate: string;
    /** Séquences not billed in the period, by reason code (NOT_ENDED, NOTHING_DUE…), plus those of excluded paths. */
    readonly notBilledByReason: Readonly<Record<string, number>>;
  };
  /** Paths that left before the end (exit reason other than `completed`) by `to`, over the paths evaluated. */
  readonly dropOut: {
    /** Paths with an exit by `to`. */
    readonly exits: number;
    /** Of them, those whose reason is not `completed`. */
    readonly dropOuts: number;
    /** dropOuts / paths evaluated, 4 decimals. */
    readonly rate: string;
  };
  /** Séquences billable in [from, to]. */
  readonly amounts: {
    /** How many. */
    readonly billedSequences: number;
    /** Their forfaits, in euros. */
    readonly forfait: string;
    /** The Assurance Maladie's part. */
    readonly amo: string;
    /** The complementary's part. */
    readonly amc: string;
    /** What patients pay. */
    readonly patient: string;
    /** By payee, sorted by identifier. */
    readonly byPayee: readonly {
      /** Who is paid. */
      readonly payee: Payee;
      /** How much, in euros. */
      readonly amount: string;
    }[];
    /** The same by month of the billable date (`YYYY-MM`), in order; only the months with a séquence billed. */
    readonly byMonth: readonly {
      /** The month, `YYYY-MM`. */
      readonly month: string;
      /** Séquences billable in it. */
      readonly billedSequences: number;
      /** Their forfaits, in euros. */
      readonly forfait: string;
      /** The Assurance Maladie's part. */
      readonly amo: string;
      /** The complementary's part. */
      readonly amc: string;
      /** What patients pay. */
      readonly patient: string;
      /** By payee, sorted by identifier (the payees of `byPayee`). */
      readonly byPayee: readonly {
        /** The payee's identifier type and number, `idType:id`, as a key into `byPayee`. */
        readonly payee: string;
        /** How much, in euros. */
        readonly amount: string;
      }[];
    }[];
  };
  /** Counted prestations dated in [from, to]. */
  readonly prestations: {
    /** By team member, sorted by id. */
    readonly byMember: readonly {
      /** The member's id. */
      readonly member: string;
      /** The member's profession. */
      readonly profession: string;
      /** Prestations counted. */
      readonly count: number;
    }[];
    /** By profession, sorted by name. */
    readonly byProfession: readonly {
      /** The profession. */
      readonly profession: string;
      /** Prestations counted. */
      readonly count: number;
    }[];
  };
}

/** Options of a file-active evaluation. */
export interface FileActiveOptions {
  /** The structure's projet, for every path. */
  readonly project: ParcoursProject;
  /** A fixed type, or a catalog to resolve each path's version by its inclusion date. */
  readonly types: Catalog | ParcoursType;
  /** First day of the period. */
  readonly from: IsoDate;
  /** Last day of the period, and the evaluation date. */
  readonly to: IsoDate;
  /** Language of the issues' messages. */
  readonly lang?: Lang;
  /** Also compute each path's worklist (in `PathOutcome.work`); off by default. */
  readonly worklist?: boolean;
  /** How many excluded paths the report lists with their issues (the others are counted): 1,000 by default. */
  readonly maxExcludedPaths?: number;
}

/** What one path contributed, for callers that also want per-path results. */
export interface PathOutcome {
  /** The path's line in the input. */
  readonly line: number;
  /** Set when the path was left out. */
  readonly excluded?: ExcludedPath;
  /** The path's report, when it could be validated. */
  readonly report?: PathReport;
  /** The path's settlement, when it was evaluated. */
  readonly settlement?: Settlement;
  /** The path's work items, when asked for. */
  readonly work: readonly WorkItem[];
}

/** The file active's figures so far: counters and sums, never the list of all paths. */
function emptyTally() {
  const byStatus: Record<SequenceStatus, number> = {
    pending: 0,
    'in-progress': 0,
    completed: 0,
    incomplete: 0,
    'not-started': 0,
  };
  const excludedPaths: ExcludedPath[] = [];
  const reinclusions: FileActiveReport['reinclusions'][number][] = [];
  return {
    total: 0,
    evaluated: 0,
    exits: 0,
    dropOuts: 0,
    billed: 0,
    sums: { forfait: 0, amo: 0, amc: 0, patient: 0 },
    excluded: 0,
    byMonth: new Map<string, MonthTally>(),
    byStatus,
    excludedPaths,
    excludedByReason: new Map<string, number>(),
    notBilled: new Map<string, number>(),
    byPayee: new Map<string, { payee: Payee; cents: Cents }>(),
    byMember: new Map<string, number>(),
    versions: new Map<string, { id: string; version: string; status: TypeVersion['status']; paths: number }>(),
    /** The latest path seen of each patient and type under a reinclusion rule: its inclusion, end and line. */
    lastPaths: new LatestPaths(),
    reinclusions,
  };
}
type Tally = ReturnType<typeof emptyTally>;

/** One month's billed figures, in cents. */
interface MonthTally {
  billed: number;
  forfait: number;
  amo: number;
  amc: number;
  patient: number;
  byPayee: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const rate = (num: number, den: number): string => (den === 0 ? '0.0000' : decimalText(new Dec(num).div(den), 4, true));
const byKey = <T>(entries: Iterable<[string, T]>): [string, T][] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Adds an evaluated path's statuses, exits, billed séquences of the period and counted prestations. */
function tallyEvaluated(t: Tally, options: FileActiveOptions, report: PathReport, settlement: SettlementCents): void {
  const { from, to } = options;
  t.evaluated++;
  const v = report.type;
  const version = t.versions.get(`${v.id}\u0000${v.version}`);
  if (version) version.paths++;
  else t.versions.set(`${v.id}\u0000${v.version}`, { ...v, paths: 1 });
  for (const s of report.sequences) t.byStatus[s.status]++;
  if (report.exit && report.exit.date <= to) {
    t.exits++;
    if (report.exit.reason !== 'completed') t.dropOuts++;
  }
  for (const x of settlement.excluded) bump(t.notBilled, x.reason);
  for (const q of settlement.sequences) {
    if (q.billableOn < from || q.billableOn > to) {
      bump(t.notBilled, 'OUTSIDE_PERIOD');
      continue;
    }
    t.billed++;
    const month = q.billableOn.slice(0, 7);
    let mt = t.byMonth.get(month);
    if (mt === undefined) {
      mt = { billed: 0, forfait: 0, amo: 0, amc: 0, patient: 0, byPayee: new Map() };
      t.byMonth.set(month, mt);
    }
    const cents = { forfait: q.forfait.amount, amo: q.payers.amo, amc: q.payers.amc, patient: q.payers.patient };
    mt.billed++;
    for (const k of ['forfait', 'amo', 'amc', 'patient'] as const) {
      t.sums[k] += cents[k];
      mt[k] += cents[k];
    }
    for (const sh of q.shares) {
      const k = `${sh.payee.idType}:${sh.payee.id}`;
      const e = t.byPayee.get(k) ?? { payee: sh.payee, cents: 0 };
      e.cents += sh.cents;
      t.byPayee.set(k, e);
      bump(mt.byPayee, k, sh.cents);
    }
  }
  for (const p of report.prestations) if (p.counted && p.date >= from && p.date <= to) bump(t.byMember, p.member);
}

/**
 * Compares an evaluated path with the last path of the same patient and type, when the type has a rule against a
 * new inclusion too soon, and flags the later one. Three paths or more of one patient are compared pairwise with
 * the latest seen.
 */
function tallyReinclusion(t: Tally, type: ParcoursType, report: PathReport, line: number): void {
  const months = type.eligibility.reinclusionAfterMonths;
  if (months === undefined) return;
  const key = `${type.id}\u0000${report.patientRef}`;
  const mine = { inclusion: report.inclusion, end: pathEnd(report.exit?.date, report.parcoursEnd), line };
  // About 48 bytes per patient and type (latest-paths.ts): the file active's only per-path memory.
  const other = t.lastPaths.get(key);
  if (other === undefined || other.inclusion <= mine.inclusion) t.lastPaths.set(key, mine);
  if (other === undefined) return;
  const [earlier, later] = other.inclusion <= mine.inclusion ? [other, mine] : [mine, other];
  const allowedFrom = addMonths(earlier.end, months);
  if (later.inclusion < allowedFrom)
    t.reinclusions.push({
      ref: report.patientRef,
      line: later.line,
      previousLine: earlier.line,
      end: earlier.end,
      allowedFrom,
    });
}

/** The report of the tally. */
function reportOf(t: Tally, options: FileActiveOptions): FileActiveReport {
  const professionOf = new Map(options.project.team.map((m) => [m.id, m.profession]));
  const memberRows = byKey(t.byMember.entries()).map(([member, count]) => ({
    member,
    profession: professionOf.get(member) ?? '?',
    count,
  }));
  const professions = new Map<string, number>();
  for (const r of memberRows) bump(professions, r.profession, r.count);
  const { byStatus } = t;
  return {
    from: options.from,
    to: options.to,
    paths: {
      total: t.total,
      evaluated: t.evaluated,
      excluded: t.excluded,
      excludedByReason: Object.fromEntries(t.excludedByReason),
    },
    typeVersions: byKey(t.versions.entries()).map(([, e]) => e),
    reinclusions: [...t.reinclusions].sort((a, b) => a.line - b.line),
    excludedPaths: t.excludedPaths,
    sequences: {
      byStatus: { ...byStatus },
      ended: byStatus.completed + byStatus.incomplete,
      completed: byStatus.completed,
      completionRate: rate(byStatus.completed, byStatus.completed + byStatus.incomplete),
      notBilledByReason: Object.fromEntries(byKey(t.notBilled.entries())),
    },
    dropOut: { exits: t.exits, dropOuts: t.dropOuts, rate: rate(t.dropOuts, t.evaluated) },
    amounts: {
      billedSequences: t.billed,
      forfait: formatCents(t.sums.forfait),
      amo: formatCents(t.sums.amo),
      amc: formatCents(t.sums.amc),
      patient: formatCents(t.sums.patient),
      byPayee: byKey(t.byPayee.entries()).map(([, e]) => ({ payee: e.payee, amount: formatCents(e.cents) })),
      byMonth: byKey(t.byMonth.entries()).map(([month, mt]) => ({
        month,
        billedSequences: mt.billed,
        forfait: formatCents(mt.forfait),
        amo: formatCents(mt.amo),
        amc: formatCents(mt.amc),
        patient: formatCents(mt.patient),
        byPayee: byKey(mt.byPayee.entries()).map(([payee, cents]) => ({ payee, amount: formatCents(cents) })),
      })),
    },
    prestations: {
      byMember: memberRows,
      byProfession: byKey(professions.entries()).map(([profession, count]) => ({ profession, count })),
    },
  };
}

/**
 * Accumulates a file active path by path (so a batch can stream), evaluating each on the period's last day:
 * statuses, completion and drop-out, amounts billable in the period by payer and payee, prestations by member and
 * profession. A path that does not parse, has no type version in force or is blocked is listed with its issues and
 * counted apart, never dropped.
 *
 * @example
 * const acc = fileActive({ project, types: shippedCatalog(), from: '2026-01-01', to: '2026-12-31' }); acc.add(pathJson); acc.report().paths.total // 1
 */
export function fileActive(options: FileActiveOptions): {
  add(input: unknown, line?: number): PathOutcome;
  addUnreadable(line: number): PathOutcome;
  report(): FileActiveReport;
} {
  const acc = fileActiveInCents(options);
  return {
    add: (input, line) => acc.add(input, line).outcome,
    addUnreadable: (line) => acc.addUnreadable(line),
    report: acc.report,
  };
}

/**
 * {@link fileActive}, each evaluated path also handing back its settlement in cents (for the operations that add
 * amounts up, such as `simulate`: no amount text read back). The outcome's `settlement` is written when first read.
 */
export function fileActiveInCents(options: FileActiveOptions): {
  add(input: unknown, line?: number): { readonly outcome: PathOutcome; readonly cents?: SettlementCents };
  addUnreadable(line: number): PathOutcome;
  report(): FileActiveReport;
} {
  const { project, to } = options;
  const lang = langOf(options);
  const t = emptyTally();
  const exclude = (line: number, reason: PathExclusion, issues: readonly Issue[], ref?: string): PathOutcome => {
    const e: ExcludedPath = {
      line,
      ...(ref !== undefined ? { ref } : {}),
      reason,
      issues: issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path, message: i.message })),
    };
    t.excluded++;
    if (t.excludedPaths.length < (options.maxExcludedPaths ?? 1000)) t.excludedPaths.push(e);
    bump(t.excludedByReason, reason);
    return { line, excluded: e, work: [] };
  };
  const typeOf = (id: string, date: IsoDate) =>
    'resolve' in options.types ? options.types.resolve(id, date) : ({ ok: true, value: options.types } as const);
  return {
    addUnreadable(line) {
      t.total++;
      return exclude(line, 'PARSE', [
        makeIssue('INPUT_INVALID_JSON', { document: 'input', path: [], params: {}, lang }),
      ]);
    },
    add(input, line = t.total + 1) {
      t.total++;
      const parsed = parsePatientPath(input, { lang });
      if (!parsed.ok) return { outcome: exclude(line, 'PARSE', parsed.issues) };
      const path = parsed.value;
      const type = typeOf(path.parcoursType, path.inclusion.date);
      if (!type.ok) return { outcome: exclude(line, 'TYPE', type.issues, path.patient.ref) };
      const report = validatePath(type.value, project, path, { asOf: to, lang });
      if (report.blocked) {
        bump(t.notBilled, 'BLOCKED', report.sequences.length);
        return { outcome: exclude(line, 'BLOCKED', report.issues, path.patient.ref) };
      }
      const cents = settleInCents(type.value, project, path, { asOf: to, lang, report });
      tallyEvaluated(t, options, report, cents);
      tallyReinclusion(t, type.value, report, line);
      // The texts of the settlement (amounts, trace) are written only for a caller that reads them.
      let written: Settlement | undefined;
      const outcome: PathOutcome = {
        line,
        report,
        get settlement() {
          written ??= writeSettlement(cents);
          return written;
        },
        work: options.worklist ? worklist(type.value, project, path, { asOf: to, report }) : [],
      };
      return { outcome, cents };
    },
    report: () => reportOf(t, options),
  };
}
