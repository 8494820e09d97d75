import type { ParcoursType, PrestationDef } from '../documents/parcours-type';

/** Lookups derived from a parcours type that every path's validation reads. */
export interface TypeIndex {
  readonly professions: ReadonlySet<string>;
  readonly prestationCodes: ReadonlySet<string>;
  readonly sequenceIds: ReadonlySet<string>;
  readonly prestationsByCode: ReadonlyMap<string, PrestationDef>;
}

/** Indexes of frozen types (the shipped catalog's), kept as long as their type lives. */
const OF_FROZEN = new WeakMap<ParcoursType, TypeIndex>();

/**
 * The lookups of a type. A frozen type (every type of `shippedCatalog()`, frozen to the leaves) cannot change, so its
 * index is built once and kept; any other type is indexed again on each call, so that a caller who edits a type
 * between two calls is always judged on the type as it is.
 *
 * @example
 * typeIndex(type).prestationsByCode.get('BILAN_INITIAL')?.minMinutes // 45
 */
export function typeIndex(type: ParcoursType): TypeIndex {
  if (!isFrozenIndexSource(type)) return indexOf(type);
  let index = OF_FROZEN.get(type);
  if (index === undefined) {
    index = indexOf(type);
    OF_FROZEN.set(type, index);
  }
  return index;
}

/** The type and the three lists the index is built from are frozen (a shallow freeze of the type alone is not enough). */
function isFrozenIndexSource(type: ParcoursType): boolean {
  return Object.isFrozen(type) && Object.isFrozen(type.professions) && Object.isFrozen(type.prestations) && Object.isFrozen(type.sequences);
}

function indexOf(type: ParcoursType): TypeIndex {
  return {
    professions: new Set(type.professions),
    prestationCodes: new Set(type.prestations.map((p) => p.code)),
    sequenceIds: new Set(type.sequences.map((s) => s.id)),
    prestationsByCode: new Map(type.prestations.map((p) => [p.code, p])),
  };
}
