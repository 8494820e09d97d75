import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  CoordinationRule,
  Distribution,
  DistributionSchema,
  KeyRule,
  KeyRuleSchema,
} from '../src/documents/distribution-key';
import type {
  IncompletePolicy,
  ParcoursType,
  ParcoursTypeSchema,
  Participation,
  SequenceDef,
} from '../src/documents/parcours-type';
import type { PatientPath, PatientPathSchema, PrestationRecord } from '../src/documents/patient-path';
import type { ParcoursProject, ProjectSchema, TeamMember } from '../src/documents/project';
import { parseParcoursType } from '../src/documents/parse';
import { typeJson } from './helpers/fixtures';

/** A type with every property and array read-only, all the way down: what the named interfaces promise. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * The named interfaces of the documents are written by hand, with a comment on every field; the schemas are the
 * truth. These checks fail the typecheck (`npm run typecheck`, in CI) when the two drift apart: a field added to a
 * schema and not to its interface, a type changed, an optional field made required.
 */
describe('named document interfaces match the schemas', () => {
  it('the three documents are exactly what their schemas parse, read-only', () => {
    expectTypeOf<DeepReadonly<z.infer<typeof ParcoursTypeSchema>>>().toEqualTypeOf<DeepReadonly<ParcoursType>>();
    expectTypeOf<DeepReadonly<z.infer<typeof ProjectSchema>>>().toEqualTypeOf<DeepReadonly<ParcoursProject>>();
    expectTypeOf<DeepReadonly<z.infer<typeof PatientPathSchema>>>().toEqualTypeOf<DeepReadonly<PatientPath>>();
    expectTypeOf<DeepReadonly<z.infer<typeof DistributionSchema>>>().toEqualTypeOf<DeepReadonly<Distribution>>();
    expectTypeOf<DeepReadonly<z.infer<typeof KeyRuleSchema>>>().toEqualTypeOf<DeepReadonly<KeyRule>>();
  });

  it('what a schema parses is assignable to its interface as is', () => {
    expectTypeOf<z.infer<typeof ParcoursTypeSchema>>().toExtend<ParcoursType>();
    expectTypeOf<z.infer<typeof ProjectSchema>>().toExtend<ParcoursProject>();
    expectTypeOf<z.infer<typeof PatientPathSchema>>().toExtend<PatientPath>();
  });

  it('the parts are the interfaces of their place in the document', () => {
    expectTypeOf<ParcoursType['sequences'][number]>().toEqualTypeOf<SequenceDef>();
    expectTypeOf<SequenceDef['incomplete']>().toEqualTypeOf<IncompletePolicy>();
    expectTypeOf<ParcoursType['participation']>().toEqualTypeOf<Participation>();
    expectTypeOf<ParcoursProject['team'][number]>().toEqualTypeOf<TeamMember>();
    expectTypeOf<PatientPath['prestations'][number]>().toEqualTypeOf<PrestationRecord>();
    expectTypeOf<Extract<KeyRule, { kind: 'coordination' }>>().toEqualTypeOf<CoordinationRule>();
  });

  it('a parsed type reads through its interface', () => {
    const r = parseParcoursType(typeJson());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const type: ParcoursType = r.value;
    expect(type.sequences.map((s) => s.incomplete.policy)).toEqual(['tiers', 'prorata']);
  });
});
