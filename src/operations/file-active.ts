import type { Catalog } from '../catalog/catalog';
import type { IsoDate } from '../dates/calendar';
import type { Issue, Lang } from '../issues/issue';
import { makeIssue } from '../issues/make-issue';
import { Dec, decimalText, formatCents, toCents, type Cents } from '../money/decimal';
import { parsePatientPath } from '../documents/parse';
import type { ParcoursType } from '../documents/parcours-type';
import type { ParcoursProject } from '../documents/project';
import { settleReport } from '../settlement/settle';
import type { Payee, Settlement } from '../settlement/settlement-types';
import type { PathReport, SequenceStatus } from '../validation/report-types';
import { validatePath } from '../validation/validate-path';
import { declarationEntries, type DeclarationEntry } from './declaration';
import { worklist, type WorkItem } from './worklist';

/** Why a path of the file active was left out of the figures. */
export type PathExclusion = 'PARSE' | 'TYPE' | 'BLOCKED';

/** A path left out, with the issues that say why. */
export interface ExcludedPath {
  readonly line: number;
  readonly ref?: string;
  readonly reason: PathExclusion;
  readonly issues: readonly Pick<Issue, 'code' | 'severity' | 'path' | 'message'>[];
}

/** The pilotage report of a file active over a period. */
export interface FileActiveReport {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly paths: { readonly total: number; readonly evaluated: number; readonly excluded: number; readonly excludedByReason: Readonly<Record<string, number>> };
  readonly excludedPaths: readonly ExcludedPath[];
  /** Séquence statuses on `to`, over the paths evaluated. */
  readonly sequences: {
    readonly byStatus: Readonly<Record<SequenceStatus, number>>;
    readonly ended: number;
    readonly completed: number;
    /** completed / ended (completed + incomplete), 4 decimals; "0.0000" when none ended. */
    readonly completionRate: string;
    /** Séquences not billed in the period, by reason code (NOT_ENDED, NOTHING_DUE…), plus those of excluded paths. */
    readonly notBilledByReason: Readonly<Record<string, number>>;
  };
  /** Paths that left before the end (exit reason other than `completed`) by `to`, over the paths evaluated. */
  readonly dropOut: { readonly exits: number; readonly dropOuts: number; readonly rate: string };
  /** Séquences billable in [from, to]. */
  readonly amounts: {
    readonly billedSequences: number;
    readonly forfait: string;
    readonly amo: string;
    readonly amc: string;
    readonly patient: string;
    readonly byPayee: readonly { readonly payee: Payee; readonly amount: string }[];
  };
  /** Counted prestations dated in [from, to]. */
  readonly prestations: {
    readonly byMember: readonly { readonly member: string; readonly profession: string; readonly count: number }[];
    readonly byProfession: readonly { readonly profession: string; readonly count: number }[];
  };
}

/** Options of a file-active evaluation. */
export interface FileActiveOptions {
  readonly project: ParcoursProject;
  /** A fixed type, or a catalog to resolve each path's version by its inclusion date. */
  readonly types: Catalog | ParcoursType;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly lang?: Lang;
  /** Also compute each path's worklist (in `PathOutcome.work`); off by default. */
  readonly worklist?: boolean;
}

/** What one path contributed, for callers that also want per-path results. */
export interface PathOutcome {
  readonly line: number;
  readonly excluded?: ExcludedPath;
  readonly report?: PathReport;
  readonly settlement?: Settlement;
  readonly declaration: readonly DeclarationEntry[];
  readonly work: readonly WorkItem[];
}

const rate = (num: number, den: number): string => (den === 0 ? '0.0000' : decimalText(new Dec(num).div(den), 4, true));
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * Accumulates a file active path by path (so a batch can stream), evaluating each on the period's last day:
 * statuses, completion and drop-out, amounts billable in the period by payer and payee, prestations by member and
 * profession. A path that does not parse, has no type version in force or is blocked is listed with its issues and
 * counted apart, never dropped.
 *
 * @example
 * const acc = fileActive({ project, types: shippedCatalog(), from: '2026-01-01', to: '2026-12-31' });
 * for (const p of paths) acc.add(p);
 * const report = acc.report();
 */
export function fileActive(options: FileActiveOptions): {
  add(input: unknown, line?: number): PathOutcome;
  addUnreadable(line: number): PathOutcome;
  report(): FileActiveReport;
} {
  const { project, from, to } = options;
  const lang = options.lang ?? 'fr';
  const members = new Map(project.team.map((m) => [m.id, m.profession]));
  const excludedPaths: ExcludedPath[] = [];
  const excludedByReason = new Map<string, number>();
  const byStatus: Record<SequenceStatus, number> = { pending: 0, 'in-progress': 0, completed: 0, incomplete: 0, 'not-started': 0 };
  const notBilled = new Map<string, number>();
  const byPayee = new Map<string, { payee: Payee; cents: Cents }>();
  const byMember = new Map<string, number>();
  let total = 0;
  let evaluated = 0;
  let exits = 0;
  let dropOuts = 0;
  let billed = 0;
  const sums = { forfait: 0, amo: 0, amc: 0, patient: 0 };

  const exclude = (line: number, reason: PathExclusion, issues: readonly Issue[], ref?: string): PathOutcome => {
    const e: ExcludedPath = { line, ...(ref !== undefined ? { ref } : {}), reason, issues: issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path, message: i.message })) };
    excludedPaths.push(e);
    bump(excludedByReason, reason);
    return { line, excluded: e, declaration: [], work: [] };
  };

  return {
    addUnreadable(line) {
      total++;
      return exclude(line, 'PARSE', [makeIssue('INPUT_INVALID_JSON', 'input', [], {}, lang)]);
    },
    add(input, line = total + 1) {
      total++;
      const parsed = parsePatientPath(input, { lang });
      if (!parsed.ok) return exclude(line, 'PARSE', parsed.issues);
      const path = parsed.value;
      let type: ParcoursType;
      if ('resolve' in options.types) {
        const r = options.types.resolve(path.parcoursType, path.inclusion.date);
        if (!r.ok) return exclude(line, 'TYPE', r.issues, path.patient.ref);
        type = r.value;
      } else type = options.types;
      const report = validatePath(type, project, path, { asOf: to, lang });
      if (report.blocked) {
        bump(notBilled, 'BLOCKED', report.sequences.length);
        return exclude(line, 'BLOCKED', report.issues, path.patient.ref);
      }
      const settlement = settleReport(type, project, path, report, lang);
      evaluated++;
      for (const s of report.sequences) byStatus[s.status]++;
      if (path.exit && path.exit.date <= to) {
        exits++;
        if (path.exit.reason !== 'completed') dropOuts++;
      }
      for (const x of settlement.excluded) bump(notBilled, x.reason);
      const declaration = declarationEntries(settlement, project, from, to);
      for (const q of settlement.sequences) if (!declaration.some((d) => d.sequence === q.sequence)) bump(notBilled, 'OUTSIDE_PERIOD');
      for (const d of declaration) {
        billed++;
        sums.forfait += toCents(d.forfait);
        sums.amo += toCents(d.amo);
        sums.amc += toCents(d.amc);
        sums.patient += toCents(d.patient);
        for (const l of d.lines) {
          const k = `${l.payee.idType}:${l.payee.id}`;
          const e = byPayee.get(k) ?? { payee: l.payee, cents: 0 };
          e.cents += toCents(l.amount);
          byPayee.set(k, e);
        }
      }
      for (const p of report.prestations) if (p.counted && p.date >= from && p.date <= to) bump(byMember, p.member);
      return { line, report, settlement, declaration, work: options.worklist ? worklist(type, project, path, { asOf: to, report }) : [] };
    },
    report() {
      const memberRows = [...byMember.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([member, count]) => ({ member, profession: members.get(member) ?? '?', count }));
      const professions = new Map<string, number>();
      for (const r of memberRows) bump(professions, r.profession, r.count);
      return {
        from,
        to,
        paths: { total, evaluated, excluded: excludedPaths.length, excludedByReason: Object.fromEntries(excludedByReason) },
        excludedPaths,
        sequences: {
          byStatus: { ...byStatus },
          ended: byStatus.completed + byStatus.incomplete,
          completed: byStatus.completed,
          completionRate: rate(byStatus.completed, byStatus.completed + byStatus.incomplete),
          notBilledByReason: Object.fromEntries([...notBilled.entries()].sort()),
        },
        dropOut: { exits, dropOuts, rate: rate(dropOuts, evaluated) },
        amounts: {
          billedSequences: billed,
          forfait: formatCents(sums.forfait),
          amo: formatCents(sums.amo),
          amc: formatCents(sums.amc),
          patient: formatCents(sums.patient),
          byPayee: [...byPayee.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => ({ payee: e.payee, amount: formatCents(e.cents) })),
        },
        prestations: { byMember: memberRows, byProfession: [...professions.entries()].sort().map(([profession, count]) => ({ profession, count })) },
      };
    },
  };
}

