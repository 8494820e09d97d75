/**
 * What a column of an exported table holds, so that each format writes it right: `text` stays text (identifiers keep
 * their leading zeros), `money` is euros with two decimals, `date` a calendar day, `count` a whole number.
 */
export type ColumnKind = 'text' | 'money' | 'date' | 'count' | 'rate';

/** One column of an exported table: its header (a public contract) and what it holds. */
export interface Column {
  /** The header, in the file's own vocabulary (`date_facturable`). */
  readonly name: string;
  /** What it holds. */
  readonly kind: ColumnKind;
}

/** One row of an exported table: one value per column, as text (amounts `1234.50`, dates `YYYY-MM-DD`). */
export type Row = readonly string[];
