import type { Catalog } from '../catalog/catalog';
import type { IsoDate } from '../dates/iso-date';
import type { ParcoursType } from '../documents/parcours-type';
import type { ParcoursProject } from '../documents/project';
import type { Lang } from '../issues/issue';
import { formatCents, type Amount, type Cents } from '../money/decimal';
import type { SettlementCents } from '../settlement/settlement-cents';
import { fileActiveInCents, type FileActiveReport } from './file-active';

/** A candidate distribution key: its name, and a projet `distribution` (`default`, `bySequence`). */
export interface CandidateKey {
  /** How the outputs name it (the key file's name, for `pcr simulate`). */
  readonly name: string;
  /** The distribution that replaces the projet's. */
  readonly distribution: ParcoursProject['distribution'];
}

/** What {@link simulation} needs. */
export interface SimulationOptions {
  /** The structure's projet: its team and structure; its `distribution` is replaced by each key's, its avenants' keys left out. */
  readonly project: ParcoursProject;
  /** The keys compared, the first being the one differences are taken from. At least one. */
  readonly keys: readonly CandidateKey[];
  /** A fixed type, or a catalog to resolve each path's version by its inclusion date. */
  readonly types: Catalog | ParcoursType;
  /** First day of the period: séquences billable from it are counted. */
  readonly from: IsoDate;
  /** Last day of the period, and the evaluation date. */
  readonly to: IsoDate;
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

/** One key's figures over the period. */
export interface KeyTotal {
  readonly name: string;
  /** The forfaits of the séquences billable in the period, settled under this key. */
  readonly total: Amount;
  /** How many séquences were billable in the period. */
  readonly sequences: number;
}

/** One beneficiary's amount under each key. */
export interface BeneficiarySimulation {
  /** `structure`, or the member's id. */
  readonly beneficiary: string;
  /** The member's profession (none for the structure). */
  readonly profession?: string;
  /** What the beneficiary receives under each key, in the order of the keys. */
  readonly amounts: readonly Amount[];
  /** Under each key after the first: its amount minus the first key's, signed. */
  readonly differences: readonly Amount[];
}

/** What {@link simulation} finds. */
export interface Simulation {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Each key's total, in the order given: equal across keys (a key moves money, it never creates any). */
  readonly keys: readonly KeyTotal[];
  /** Each beneficiary, the structure first, then members in the order they first receive something. */
  readonly beneficiaries: readonly BeneficiarySimulation[];
  /** The file active's paths: read, evaluated, excluded (from the first key's report). */
  readonly paths: FileActiveReport['paths'];
}

/**
 * The same file active settled under each candidate key: per key, the total of the séquences billable in the
 * period; per beneficiary, what it receives under each key and the difference with the first key. Paths are added
 * one at a time (nothing is kept but sums). Every path is evaluated on `to`, as `pcr report` does. Since a key
 * moves money between beneficiaries and never creates any, the totals are equal across keys — unless a key leaves
 * a séquence without distribution (`NO_KEY`), which then shows as a lower total.
 *
 * @example
 * const sim = simulation({ project, keys: [{ name: 'own', distribution: project.distribution }, { name: 'equal', distribution: { default: [{ kind: 'weights', by: 'member', basis: 'equal' }] } }], types: type, from: '2027-01-01', to: '2027-12-31' }); sim.add(pathJsonOf()); sim.result().keys.map((k) => k.total) // ['1061.40', '1061.40']
 */
export function simulation(options: SimulationOptions): {
  add(input: unknown, line?: number): void;
  addUnreadable(line: number): void;
  result(): Simulation;
} {
  const { from, to, keys } = options;
  // A candidate key replaces the projet's whole key history: the avenants keep their dates and team changes, not
  // their keys (otherwise a séquence billable after an avenant would be settled under the avenant's key, not the
  // candidate's).
  const avenants = options.project.avenants?.map(({ distribution: _key, ...avenant }) => avenant);
  const accs = keys.map((k) =>
    fileActiveInCents({
      project: {
        ...options.project,
        distribution: k.distribution,
        ...(avenants !== undefined ? { avenants } : {}),
      },
      types: options.types,
      from,
      to,
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
      maxExcludedPaths: 0,
    }),
  );
  const totals = keys.map(() => ({ cents: 0, sequences: 0 }));
  const byBeneficiary = new Map<string, { profession?: string; cents: Cents[] }>([
    ['structure', { cents: keys.map(() => 0) }],
  ]);
  const tally = (k: number, s: SettlementCents) => {
    for (const q of s.sequences) {
      if (q.billableOn < from || q.billableOn > to) continue;
      const total = totals[k] as { cents: number; sequences: number };
      total.cents += q.forfait.amount;
      total.sequences++;
      for (const share of q.shares) {
        const b = share.beneficiary;
        const id = b.kind === 'structure' ? 'structure' : b.id;
        let row = byBeneficiary.get(id);
        if (!row) {
          row = { ...(b.kind === 'member' ? { profession: b.profession } : {}), cents: keys.map(() => 0) };
          byBeneficiary.set(id, row);
        }
        row.cents[k] = (row.cents[k] ?? 0) + share.cents;
      }
    }
  };
  return {
    add(input, line) {
      accs.forEach((acc, k) => {
        const { cents } = acc.add(input, line);
        if (cents) tally(k, cents);
      });
    },
    addUnreadable(line) {
      for (const acc of accs) acc.addUnreadable(line);
    },
    result() {
      const first = accs[0]?.report();
      const beneficiaries = [...byBeneficiary]
        .filter(([id, row]) => id !== 'structure' || row.cents.some((c) => c !== 0))
        .map(([beneficiary, row]) => ({
          beneficiary,
          ...(row.profession !== undefined ? { profession: row.profession } : {}),
          amounts: row.cents.map(formatCents),
          differences: row.cents.slice(1).map((c) => formatCents(c - (row.cents[0] ?? 0))),
        }));
      return {
        from,
        to,
        keys: keys.map((k, i) => ({
          name: k.name,
          total: formatCents(totals[i]?.cents ?? 0),
          sequences: totals[i]?.sequences ?? 0,
        })),
        beneficiaries,
        paths: first?.paths ?? { total: 0, evaluated: 0, excluded: 0, excludedByReason: {} },
      };
    },
  };
}

/**
 * {@link simulation} over paths given at once (parsed or as JSON).
 *
 * @example
 * simulate([pathJsonOf()], { project, keys: [{ name: 'own', distribution: project.distribution }], types: type, from: '2027-01-01', to: '2027-12-31' }).keys[0].total // '1061.40'
 */
export function simulate(paths: Iterable<unknown>, options: SimulationOptions): Simulation {
  const sim = simulation(options);
  for (const p of paths) sim.add(p);
  return sim.result();
}
