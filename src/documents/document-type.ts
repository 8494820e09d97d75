import type * as z from 'zod/mini';

/**
 * How a document's type is read from its schema: the schema is the only declaration of a document, and its public
 * type is the schema's output, read-only all the way down.
 *
 * Every object of a document is written as a named fields object, a JSDoc comment on each field, and a schema
 * annotated with it (`const member: Strict<typeof memberFields> = z.strictObject(memberFields)`): the declaration
 * emitter then writes each field with its comment in the `.d.ts`, and a vendor's editor shows it on hover. An object
 * schema written inline (`z.strictObject({ … })` as an argument) loses its fields' comments there.
 */

/** A type with every property and array read-only, all the way down (unions kept member by member). */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What a schema parses, read-only: the public type of a document or of a part of one. */
export type Parsed<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;

/** The schema of a strict object (unknown keys refused) with the given fields. */
export type Strict<F extends z.core.$ZodLooseShape> = z.ZodMiniObject<F, z.core.$strict>;
