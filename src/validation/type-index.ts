import type { ParcoursType, PrestationDef, RequirementDef } from '../documents/parcours-type';

/** Lookups derived from a parcours type that a path's validation reads. */
export interface TypeIndex {
  readonly professions: ReadonlySet<string>;
  readonly prestationCodes: ReadonlySet<string>;
  readonly sequenceIds: ReadonlySet<string>;
  /** The ids of the forfaits' named parts. */
  readonly partIds: ReadonlySet<string>;
  readonly prestationsByCode: ReadonlyMap<string, PrestationDef>;
  /** Every prestation code of the type, in its order (what an `any` requirement accepts). */
  readonly typeCodes: readonly string[];
}

/** The lookups of frozen types (the catalog's are deeply frozen): they cannot change, so they are built once. */
const KEPT = new WeakMap<ParcoursType, TypeIndex>();

/**
 * The lookups of a type: built once for a frozen type (as the catalog gives them), for each path otherwise (a type
 * that is not frozen may be changed between two calls).
 *
 * @example
 * typeIndex(type).prestationsByCode.get('SEANCE_PSY')?.minMinutes // 45
 */
export function typeIndex(type: ParcoursType): TypeIndex {
  let index = KEPT.get(type);
  // Stryker disable next-line ConditionalExpression: building the index again gives the same one (it only costs time)
  if (index === undefined) {
    index = buildIndex(type);
    // Stryker disable next-line ConditionalExpression: a frozen type's index not kept is built again, the same (it only costs time)
    if (Object.isFrozen(type)) KEPT.set(type, index);
  }
  return index;
}

function buildIndex(type: ParcoursType): TypeIndex {
  return {
    professions: new Set(type.professions),
    prestationCodes: new Set(type.prestations.map((p) => p.code)),
    sequenceIds: new Set(type.sequences.map((s) => s.id)),
    // Stryker disable next-line ArrayDeclaration: a string element adds the id undefined, which no key can name
    partIds: new Set(type.sequences.flatMap((s) => (s.forfait.parts ?? []).map((p) => p.id))),
    prestationsByCode: new Map(type.prestations.map((p) => [p.code, p])),
    typeCodes: type.prestations.map((p) => p.code),
  };
}

/**
 * The codes a requirement accepts: its prestation, its list, or every code of the type (`any`).
 *
 * @example
 * requirementCodes({ prestation: 'A', min: 1 }, ['A', 'B']) // ['A']
 * requirementCodes({ any: true, min: 10 }, ['A', 'B']) // ['A', 'B']
 */
export function requirementCodes(r: RequirementDef, typeCodes: readonly string[]): readonly string[] {
  if (r.any === true) return typeCodes;
  return r.prestation !== undefined ? [r.prestation] : (r.anyOf ?? []);
}

/**
 * True when a requirement accepts a code (no list built); an `any` requirement accepts every code (unknown codes are
 * refused before any requirement is looked at).
 *
 * @example
 * accepts({ anyOf: ['PSY', 'APA'], min: 1 }, 'APA') // true
 */
export function accepts(r: RequirementDef, code: string): boolean {
  if (r.any === true) return true;
  return r.prestation !== undefined ? r.prestation === code : (r.anyOf?.includes(code) ?? false);
}
