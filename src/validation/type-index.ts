import type { ParcoursType, PrestationDef, RequirementDef } from '../documents/parcours-type';

/** Lookups derived from a parcours type that a path's validation reads. */
export interface TypeIndex {
  readonly professions: ReadonlySet<string>;
  readonly prestationCodes: ReadonlySet<string>;
  readonly sequenceIds: ReadonlySet<string>;
  readonly prestationsByCode: ReadonlyMap<string, PrestationDef>;
}

/**
 * The lookups of a type, built for each path (a type may be changed between two calls; building them is cheap).
 *
 * @example
 * typeIndex(type).prestationsByCode.get('BILAN_INITIAL')?.minMinutes // 45
 */
export function typeIndex(type: ParcoursType): TypeIndex {
  return {
    professions: new Set(type.professions),
    prestationCodes: new Set(type.prestations.map((p) => p.code)),
    sequenceIds: new Set(type.sequences.map((s) => s.id)),
    prestationsByCode: new Map(type.prestations.map((p) => [p.code, p])),
  };
}

/**
 * The codes a requirement accepts.
 *
 * @example
 * requirementCodes({ prestation: 'A', min: 1 }) // ['A']
 */
export function requirementCodes(r: RequirementDef): readonly string[] {
  return r.prestation !== undefined ? [r.prestation] : (r.anyOf ?? []);
}

/**
 * True when a requirement accepts a code (no list built).
 *
 * @example
 * accepts({ anyOf: ['PSY', 'APA'], min: 1 }, 'APA') // true
 */
export function accepts(r: RequirementDef, code: string): boolean {
  return r.prestation !== undefined ? r.prestation === code : (r.anyOf?.includes(code) ?? false);
}
