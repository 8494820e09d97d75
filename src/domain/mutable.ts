/** A report type with its fields writable, for building it field by field in its documented key order. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
