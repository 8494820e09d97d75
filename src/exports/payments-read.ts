import * as z from 'zod/mini';
import { DATE_PATTERN } from '../dates/iso-date';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { issueSink } from '../issues/issue-sink';
import { Dec } from '../money/decimal';
import type { Payment } from '../operations/reconcile';
import { csvRecords, elementLines } from './csv-read';

/** The columns of a payments file, in the order they are usually written. A public contract. */
export const PAYMENT_COLUMNS = [
  'date',
  'patient',
  'type',
  'sequence',
  'type_identifiant',
  'identifiant',
  'montant',
] as const;

/** One of {@link PAYMENT_COLUMNS}. */
type PaymentColumn = (typeof PAYMENT_COLUMNS)[number];

/** The identifier types a payee may have. */
const PAYEE_ID_TYPES = ['RPPS', 'ADELI', 'CPAM', 'SIRET', 'FINESS'] as const;

/** An amount with a decimal comma or point, two decimals at most, signed: `1 061,40` is refused (no spaces). */
const AMOUNT = /^-?(0|[1-9]\d{0,11})([.,]\d{1,2})?$/;

/** What {@link readPayments} may be told. */
export interface ReadPaymentsOptions {
  /** The file's format; by default `json` when its first character is `[`, else `csv`. */
  readonly format?: 'csv' | 'json';
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

const text = z.string().check(z.minLength(1));
const PaymentSchema = z.object({
  date: z.string().check(z.regex(DATE_PATTERN)),
  patient: text,
  type: text,
  sequence: text,
  type_identifiant: z.enum(PAYEE_ID_TYPES),
  identifiant: text,
  montant: z.union([z.string().check(z.regex(AMOUNT)), z.number().check(z.refine((n) => AMOUNT.test(String(n))))]),
});

/** `-12,5` → `-12.50`. */
const canonical = (amount: string): string => new Dec(amount.replace(',', '.')).toFixed(2);

/** The payment a row's or an object's fields make. */
function paymentOf(f: Record<PaymentColumn, string>): Payment {
  return {
    date: f.date,
    patientRef: f.patient,
    type: f.type,
    sequence: f.sequence,
    payee: { idType: f.type_identifiant, id: f.identifiant },
    amount: canonical(f.montant),
  };
}

/**
 * The payments received, from the structure's own records (its bank statements, the CPAM's payment notices): CSV
 * with a header row holding the columns `date;patient;type;sequence;type_identifiant;identifiant;montant` (in any
 * order, other columns ignored; `;` separator, UTF-8 with or without BOM, amounts with a decimal comma or point,
 * two decimals at most, negative for a recovery; dates `YYYY-MM-DD`), or a JSON array of objects with the same
 * fields (`montant` as text or number). Each bad line is an issue naming it (`path`: `[line, field]`, lines from
 * 1): PAYMENT_LINE_UNREADABLE, PAYMENT_LINE_INVALID, PAYMENT_HEADER_INVALID; any makes the result an error.
 *
 * @example
 * readPayments('date;patient;type;sequence;type_identifiant;identifiant;montant\n2027-06-20;P1;t;S1;RPPS;10001234565;131,41\n').value[0].amount // '131.41'
 */
export function readPayments(source: string, options: ReadPaymentsOptions = {}): Result<Payment[]> {
  const sink = issueSink('input', langOf(options));
  const first = /[^\s\uFEFF]/.exec(source)?.[0];
  const format = options.format ?? (first === '[' ? 'json' : 'csv');
  const out: Payment[] = [];
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) sink.add('PAYMENT_LINE_UNREADABLE', [1], { line: 1 });
    else {
      const lines = elementLines(source);
      parsed.forEach((value: unknown, i) => {
        const line = lines[i] ?? 1;
        const r = z.safeParse(PaymentSchema, value);
        if (!r.success) {
          const field = (r.error.issues[0]?.path ?? []).map(String).join('.');
          sink.add('PAYMENT_LINE_INVALID', field === '' ? [line] : [line, field], { line, field });
        } else out.push(paymentOf({ ...r.data, montant: String(r.data.montant) }));
      });
    }
  } else {
    const records = csvRecords(source);
    if (!Array.isArray(records))
      sink.add('PAYMENT_LINE_UNREADABLE', [records.unreadableLine], { line: records.unreadableLine });
    else {
      const [header, ...rows] = records;
      const at = new Map(header?.fields.map((name, i) => [name.trim(), i] as const) ?? []);
      const missing = PAYMENT_COLUMNS.find((c) => !at.has(c));
      if (header !== undefined && missing !== undefined)
        sink.add('PAYMENT_HEADER_INVALID', [header.line], { column: missing });
      else
        for (const r of rows) {
          const cell = (c: PaymentColumn): string => (r.fields[at.get(c) ?? -1] ?? '').trim();
          const f: Record<PaymentColumn, string> = {
            date: cell('date'),
            patient: cell('patient'),
            type: cell('type'),
            sequence: cell('sequence'),
            type_identifiant: cell('type_identifiant'),
            identifiant: cell('identifiant'),
            montant: cell('montant'),
          };
          const bad = PAYMENT_COLUMNS.find((c) =>
            c === 'date'
              ? !DATE_PATTERN.test(f.date)
              : c === 'montant'
                ? !AMOUNT.test(f.montant)
                : c === 'type_identifiant'
                  ? !PAYEE_ID_TYPES.some((t) => t === f.type_identifiant)
                  : f[c] === '',
          );
          if (bad !== undefined) sink.add('PAYMENT_LINE_INVALID', [r.line, bad], { line: r.line, field: bad });
          else out.push(paymentOf(f));
        }
    }
  }
  const issues: readonly Issue[] = sink.issues;
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out, issues: [] };
}
