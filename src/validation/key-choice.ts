import type { IsoDate } from '../dates/iso-date';
import type { Distribution, DistributionKey } from '../documents/distribution-key';
import type { ParcoursType } from '../documents/parcours-type';
import type { ParcoursProject } from '../documents/project';

/** The key that applies to a séquence, and where it comes from. */
export interface ChosenKey {
  readonly key: DistributionKey;
  readonly from: 'project' | 'type';
  /** Set when the key is the one given for this séquence (not a default). */
  readonly sequence?: string;
  /** The avenant whose distribution is in force, when one is (absent: the projet's initial distribution). */
  readonly avenant?: string;
}

const own = <K>(map: Readonly<Record<string, K>> | undefined, id: string): K | undefined =>
  map !== undefined && Object.hasOwn(map, id) ? map[id] : undefined;

/**
 * The projet's distribution in force on a day: that of the latest avenant dated on or before it that carries one
 * (two on the same day: the later in the list), else the projet's initial one. Without a day, the initial one.
 *
 * @example
 * distributionInForce({ ...project, avenants: [{ id: 'AV-1', date: '2027-06-01', distribution: { default: [] } }] }, '2027-06-01').avenant // 'AV-1'
 */
export function distributionInForce(
  project: Pick<ParcoursProject, 'distribution' | 'avenants'>,
  on?: IsoDate,
): { readonly distribution: Distribution; readonly avenant?: string } {
  let found: { distribution: Distribution; avenant: string; date: IsoDate } | undefined;
  // Stryker disable next-line ConditionalExpression: a date compared with undefined is false: no avenant is found
  if (on !== undefined)
    // Stryker disable next-line ArrayDeclaration: an element without a distribution is skipped, like no element
    for (const a of project.avenants ?? [])
      if (a.distribution !== undefined && a.date <= on && (found === undefined || a.date >= found.date))
        found = { distribution: a.distribution, avenant: a.id, date: a.date };
  return found ? { distribution: found.distribution, avenant: found.avenant } : { distribution: project.distribution };
}

/**
 * The key that applies to a séquence: in the projet's distribution in force on `on` (its billable date; without it,
 * the initial distribution), the key for the séquence, then the default; then the type's for it, the type's default;
 * undefined when there is none (KEY_MISSING).
 *
 * @example
 * keyFor('S1', project, type)?.from // 'project'
 */
export function keyFor(seq: string, project: ParcoursProject, type: ParcoursType, on?: IsoDate): ChosenKey | undefined {
  const { distribution: p, avenant } = distributionInForce(project, on);
  const by = avenant !== undefined ? { avenant } : {};
  const t = type.distribution;
  const forProject = own(p.bySequence, seq);
  if (forProject) return { key: forProject, from: 'project', sequence: seq, ...by };
  if (p.default) return { key: p.default, from: 'project', ...by };
  const forType = own(t?.bySequence, seq);
  if (forType) return { key: forType, from: 'type', sequence: seq, ...by };
  if (t?.default) return { key: t.default, from: 'type', ...by };
  return undefined;
}
