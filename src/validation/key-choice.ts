import type { DistributionKey } from '../documents/distribution-key';
import type { ParcoursType } from '../documents/parcours-type';
import type { ParcoursProject } from '../documents/project';

/** The key that applies to a séquence, and where it comes from. */
export interface ChosenKey {
  readonly key: DistributionKey;
  readonly from: 'project' | 'type';
  /** Set when the key is the one given for this séquence (not a default). */
  readonly sequence?: string;
}

const own = <K>(map: Readonly<Record<string, K>> | undefined, id: string): K | undefined =>
  map !== undefined && Object.hasOwn(map, id) ? map[id] : undefined;

/**
 * The key that applies to a séquence: the projet's for it, the projet's default, then the type's for it, the type's
 * default; undefined when there is none (KEY_MISSING).
 *
 * @example
 * keyFor('S1', project, type)?.from // 'project'
 */
export function keyFor(seq: string, project: ParcoursProject, type: ParcoursType): ChosenKey | undefined {
  const p = project.distribution;
  const t = type.distribution;
  const forProject = own(p.bySequence, seq);
  if (forProject) return { key: forProject, from: 'project', sequence: seq };
  if (p.default) return { key: p.default, from: 'project' };
  const forType = own(t?.bySequence, seq);
  if (forType) return { key: forType, from: 'type', sequence: seq };
  if (t?.default) return { key: t.default, from: 'type' };
  return undefined;
}
