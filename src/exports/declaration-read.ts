import * as z from 'zod/mini';
import { DATE_PATTERN, type IsoDate } from '../dates/iso-date';
import { RULE_STATUSES } from '../domain/vocabulary';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { issueSink } from '../issues/issue-sink';
import type { Payee } from '../settlement/settlement-types';
import { csvRecords, elementLines } from './csv-read';
import type { DeclarationEntry, DeclarationNature, DeclaredEntry, DeclaredLine } from './declaration';
import { DECLARATION_COLUMNS } from './declaration-csv';
import { figuresDifference, minus } from './declaration-delta';

/** The formats `pcr declare` writes and {@link readDeclarations} reads back. */
export type DeclarationFileFormat = 'csv' | 'json' | 'ndjson';

/** What {@link readDeclarations} may be told. */
export interface ReadDeclarationsOptions {
  /** The file's format; by default, guessed from its first character (`[`: JSON, `{`: NDJSON, else CSV). */
  readonly format?: DeclarationFileFormat;
  /** The structure that declares: a line of another one (SIRET or FINESS) is refused (DECLARED_OTHER_STRUCTURE). */
  readonly structure?: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>;
  /** The day the file was sent: given to each entry that does not carry its own `declaredOn`. */
  readonly declaredOn?: IsoDate;
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

const AMOUNT = /^(0|[1-9]\d{0,11})\.\d{2}$/;
const SIGNED = /^-?(0|[1-9]\d{0,11})\.\d{2}$/;
const PAYEE_ID_TYPES = ['RPPS', 'ADELI', 'CPAM', 'SIRET', 'FINESS'] as const;
const NATURES = ['initiale', 'rectificative', 'annulation'] as const;

const amount = z.string().check(z.regex(AMOUNT));
const signed = z.string().check(z.regex(SIGNED));
const date = z.string().check(z.regex(DATE_PATTERN));
const text = z.string().check(z.minLength(1));

/** A declaration entry as `pcr declare --json` / `--ndjson` writes it (names included), nothing more. */
const DeclaredEntrySchema = z.strictObject({
  structure: z.strictObject({ name: z.string(), siret: z.optional(text), finess: z.optional(text) }),
  patientRef: text,
  type: z.strictObject({ id: text, version: text, status: z.enum([...RULE_STATUSES, '']) }),
  sequence: text,
  status: z.enum(['completed', 'incomplete']),
  billableOn: date,
  forfait: amount,
  amo: amount,
  amc: amount,
  patient: amount,
  amcOrganisation: z.optional(text),
  lines: z.array(
    z.strictObject({
      beneficiary: text,
      payee: z.strictObject({
        kind: z.enum(['professional', 'employer', 'structure']),
        name: z.optional(z.string()),
        idType: z.enum(PAYEE_ID_TYPES),
        id: text,
      }),
      amount,
      nature: z.optional(z.literal('annulation')),
      previousAmount: z.optional(amount),
      difference: z.optional(signed),
    }),
  ),
  nature: z.optional(z.enum(NATURES)),
  declaredOn: z.optional(date),
  previous: z.optional(z.strictObject({ version: text, forfait: amount, amo: amount, amc: amount, patient: amount })),
  difference: z.optional(z.strictObject({ forfait: signed, amo: signed, amc: signed, patient: signed })),
});

/** The first character that is not a BOM or white space tells the format: `[` JSON, `{` NDJSON, else CSV. */
function guessFormat(text: string): DeclarationFileFormat {
  const first = /[^\s\uFEFF]/.exec(text)?.[0];
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv';
}

/** The element of `list` equal to `value`, typed as the list's; undefined when it holds none. */
function memberOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((x) => x === value);
}

/** The payee's kind, which the CSV does not write: a person's identifier, the structure, or an employer. */
function payeeKind(beneficiary: string, idType: Payee['idType']): Payee['kind'] {
  if (idType === 'RPPS' || idType === 'ADELI' || idType === 'CPAM') return 'professional';
  return beneficiary === 'structure' ? 'structure' : 'employer';
}

const fromFrench = (value: string): string => value.replace(',', '.');

/** One CSV row, its fields checked: the entry's columns, the line's, and the nature. */
interface CsvRow {
  readonly line: number;
  /** The entry's columns, joined: rows of one entry hold the same. */
  readonly entryColumns: string;
  readonly entry: Omit<DeclaredEntry, 'lines' | 'nature'>;
  readonly nature: DeclarationNature | '';
  readonly lineValue: DeclaredLine;
  readonly lineKey: string;
}

/** Index of each column in the file's header. */
const COLUMN = new Map<string, number>(DECLARATION_COLUMNS.map((c, i) => [c, i]));
/** The first payee-line column and the first correction column: the entry's columns are the others. */
const BENEFICIARY_COLUMN = DECLARATION_COLUMNS.indexOf('beneficiaire');
const PREVIOUS_VERSION_COLUMN = DECLARATION_COLUMNS.indexOf('version_precedente');
/** Columns a file written before the correction columns existed has (the first 18). */
const BASE_COLUMNS = DECLARATION_COLUMNS.indexOf('nature');

function readCsvRow(
  fields: readonly string[],
  line: number,
  defaults: ReadDeclarationsOptions,
  bad: (field: string) => void,
): CsvRow | undefined {
  const get = (name: string): string => fields[COLUMN.get(name) ?? -1] ?? '';
  let ok = true;
  const check = (name: string, valid: boolean) => {
    if (!valid && ok) {
      ok = false;
      bad(name);
    }
  };
  const money = (name: string) => {
    const v = fromFrench(get(name));
    check(name, AMOUNT.test(v));
    return v;
  };
  const optionalMoney = (name: string) => (get(name) === '' ? undefined : money(name));
  const required = (name: string) => {
    check(name, get(name) !== '');
    return get(name);
  };
  const siret = get('structure_siret');
  const finess = get('structure_finess');
  const patientRef = required('patient');
  const typeId = required('type');
  const version = required('version');
  const typeStatusText = get('statut_type');
  const typeStatus = typeStatusText === '' ? '' : memberOf(RULE_STATUSES, typeStatusText);
  check('statut_type', typeStatus !== undefined);
  const sequence = required('sequence');
  const status = get('statut');
  check('statut', status === 'complete' || status === 'incomplete');
  const billableOn = get('date_facturable');
  check('date_facturable', DATE_PATTERN.test(billableOn));
  const forfait = money('forfait');
  const amo = money('part_amo');
  const amc = money('part_amc');
  const amcOrganisation = get('organisme_amc');
  const patient = money('part_patient');
  const beneficiary = required('beneficiaire');
  const idType = memberOf(PAYEE_ID_TYPES, get('type_identifiant'));
  check('type_identifiant', idType !== undefined);
  const id = required('identifiant');
  const lineAmount = money('montant');
  const natureText = get('nature');
  const nature = natureText === '' ? '' : memberOf(NATURES, natureText);
  check('nature', nature !== undefined);
  const previousAmount = optionalMoney('montant_precedent');
  const previousVersion = get('version_precedente');
  const previousParts = ['forfait_precedent', 'part_amo_precedente', 'part_amc_precedente', 'part_patient_precedente'];
  const hasPrevious = previousVersion !== '' || previousParts.some((c) => get(c) !== '');
  const previous = hasPrevious
    ? {
        version: required('version_precedente'),
        forfait: money('forfait_precedent'),
        amo: money('part_amo_precedente'),
        amc: money('part_amc_precedente'),
        patient: money('part_patient_precedente'),
      }
    : undefined;
  const declaredOn = get('date_declaration');
  check('date_declaration', declaredOn === '' || DATE_PATTERN.test(declaredOn));
  if (!ok || typeStatus === undefined || idType === undefined || nature === undefined) return undefined;
  const entry: Omit<DeclaredEntry, 'lines' | 'nature'> = {
    structure: { name: '', ...(siret !== '' ? { siret } : {}), ...(finess !== '' ? { finess } : {}) },
    patientRef,
    type: { id: typeId, version, status: typeStatus },
    sequence,
    status: status === 'complete' ? 'completed' : 'incomplete',
    billableOn,
    forfait,
    amo,
    amc,
    patient,
    ...(amcOrganisation !== '' ? { amcOrganisation } : {}),
    ...(declaredOn !== ''
      ? { declaredOn }
      : defaults.declaredOn !== undefined
        ? { declaredOn: defaults.declaredOn }
        : {}),
    ...(previous !== undefined
      ? {
          previous,
          difference: figuresDifference({ forfait, amo, amc, patient }, previous),
        }
      : {}),
  };
  return {
    line,
    entryColumns: JSON.stringify([
      ...DECLARATION_COLUMNS.slice(0, BENEFICIARY_COLUMN).map(get),
      ...DECLARATION_COLUMNS.slice(PREVIOUS_VERSION_COLUMN).map(get),
    ]),
    entry,
    nature,
    lineValue: {
      beneficiary,
      payee: { kind: payeeKind(beneficiary, idType), idType, id },
      amount: lineAmount,
      ...(previousAmount !== undefined ? { previousAmount, difference: minus(lineAmount, previousAmount) } : {}),
    },
    lineKey: JSON.stringify([beneficiary, idType, id]),
  };
}

/** The rows of one entry made into the entry: its nature is the one its rows share, `annulation` rows aside. */
function entryOf(first: CsvRow, rows: readonly CsvRow[]): DeclaredEntry {
  const own = rows.find((r) => r.nature !== 'annulation')?.nature ?? 'annulation';
  return {
    ...first.entry,
    ...(own !== '' ? { nature: own } : {}),
    lines: rows.map((r) =>
      r.nature === 'annulation' && own !== 'annulation' ? { ...r.lineValue, nature: 'annulation' } : r.lineValue,
    ),
  };
}

/** The group a row joins: the same entry columns, a line not seen yet in it, a nature it may share. */
function joins(group: readonly CsvRow[], row: CsvRow): boolean {
  const first = group[0];
  if (first === undefined || first.entryColumns !== row.entryColumns) return false;
  if (group.some((r) => r.lineKey === row.lineKey)) return false;
  const own = group.find((r) => r.nature !== 'annulation')?.nature;
  return row.nature === 'annulation' || own === undefined || own === row.nature;
}

/**
 * The entries of a declaration file as `pcr declare` writes it, read back: CSV (UTF-8 with or without BOM, `;`,
 * decimal comma, the apostrophe before a formula-like value removed; the 18 columns of a plain declaration or the 26
 * with the correction columns), a JSON array (`--json`) or NDJSON (`--ndjson`). A JSON or NDJSON file is read back
 * exactly; a CSV holds no names (the structure's name is read as `''`, payees have none) and not the payee's kind,
 * which is inferred (RPPS / ADELI / CPAM: `professional`; beneficiary `structure`: `structure`; else `employer`).
 * Consecutive CSV rows with the same séquence columns are one entry's payee lines.
 *
 * Entries come in the file's order; when a séquence appears several times, the last one read wins
 * (`declaredState`, `declarationDelta`). An unreadable line, a bad field or header, a line of another structure
 * (when `structure` is given) make the result an error naming the line (`path`: `[line]` or `[line, field]`,
 * lines from 1): DECLARED_LINE_UNREADABLE, DECLARED_LINE_INVALID, DECLARED_HEADER_INVALID,
 * DECLARED_OTHER_STRUCTURE.
 *
 * @example
 * readDeclarations(declarationCsv(entries)).value[0].forfait // '1061.40'
 * readDeclarations('[{"patientRef": "P1"}]').issues[0].code // 'DECLARED_LINE_INVALID'
 */
export function readDeclarations(text: string, options: ReadDeclarationsOptions = {}): Result<DeclaredEntry[]> {
  const lang = langOf(options);
  const sink = issueSink('input', lang);
  const format = options.format ?? guessFormat(text);
  const entries: { line: number; entry: DeclaredEntry }[] = [];
  if (format === 'csv') readCsv(text, options, sink, entries);
  else readJson(text, format, options, sink, entries);
  if (options.structure !== undefined) {
    const s = options.structure;
    for (const { line, entry } of entries)
      if ((entry.structure.siret ?? '') !== (s.siret ?? '') || (entry.structure.finess ?? '') !== (s.finess ?? ''))
        sink.add('DECLARED_OTHER_STRUCTURE', [line], {
          line,
          structure: [entry.structure.siret, entry.structure.finess].filter((x) => x !== undefined).join(' '),
        });
  }
  const issues: readonly Issue[] = sink.issues;
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: entries.map((e) => e.entry), issues: [] };
}

function readCsv(
  text: string,
  options: ReadDeclarationsOptions,
  sink: ReturnType<typeof issueSink>,
  out: { line: number; entry: DeclaredEntry }[],
): void {
  const records = csvRecords(text);
  if (!Array.isArray(records)) {
    sink.add('DECLARED_LINE_UNREADABLE', [records.unreadableLine], { line: records.unreadableLine });
    return;
  }
  const [header, ...rows] = records;
  if (header === undefined) return;
  const width = header.fields.length === BASE_COLUMNS ? BASE_COLUMNS : DECLARATION_COLUMNS.length;
  const wrong = DECLARATION_COLUMNS.slice(0, width).findIndex((c, i) => header.fields[i] !== c);
  if (wrong >= 0 || header.fields.length !== width) {
    const column = DECLARATION_COLUMNS[wrong >= 0 ? wrong : Math.min(header.fields.length, width - 1)] ?? '';
    sink.add('DECLARED_HEADER_INVALID', [header.line], { column });
    return;
  }
  let group: CsvRow[] = [];
  const flush = () => {
    const first = group[0];
    if (first !== undefined) out.push({ line: first.line, entry: entryOf(first, group) });
    group = [];
  };
  for (const r of rows) {
    if (r.fields.length !== width) {
      sink.add('DECLARED_LINE_INVALID', [r.line], {
        line: r.line,
        field: DECLARATION_COLUMNS[Math.min(r.fields.length, width - 1)] ?? '',
      });
      continue;
    }
    const row = readCsvRow(r.fields, r.line, options, (field) =>
      sink.add('DECLARED_LINE_INVALID', [r.line, field], { line: r.line, field }),
    );
    if (row === undefined) continue;
    if (!joins(group, row)) flush();
    group.push(row);
  }
  flush();
}

function readJson(
  text: string,
  format: 'json' | 'ndjson',
  options: ReadDeclarationsOptions,
  sink: ReturnType<typeof issueSink>,
  out: { line: number; entry: DeclaredEntry }[],
): void {
  const values: { line: number; value: unknown }[] = [];
  const parse = (source: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      const value: unknown = JSON.parse(source);
      return { ok: true, value };
    } catch {
      return { ok: false };
    }
  };
  if (format === 'json') {
    const parsed = parse(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok || !Array.isArray(parsed.value)) {
      sink.add('DECLARED_LINE_UNREADABLE', [1], { line: 1 });
      return;
    }
    const lines = elementLines(text);
    parsed.value.forEach((value: unknown, i) => {
      values.push({ line: lines[i] ?? 1, value });
    });
  } else {
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .forEach((source, i) => {
        if (source.trim() === '') return;
        const parsed = parse(source);
        if (parsed.ok) values.push({ line: i + 1, value: parsed.value });
        else sink.add('DECLARED_LINE_UNREADABLE', [i + 1], { line: i + 1 });
      });
  }
  for (const { line, value } of values) {
    const r = z.safeParse(DeclaredEntrySchema, value);
    if (!r.success) {
      const first = r.error.issues[0];
      // An unknown key is named (zod gives it apart from the path).
      const unknown = first?.code === 'unrecognized_keys' ? first.keys.slice(0, 1) : [];
      const field = [...(first?.path ?? []), ...unknown].map(String).join('.');
      sink.add('DECLARED_LINE_INVALID', field === '' ? [line] : [line, field], { line, field });
      continue;
    }
    const entry: DeclaredEntry = r.data;
    out.push({
      line,
      entry:
        entry.declaredOn === undefined && options.declaredOn !== undefined
          ? { ...entry, declaredOn: options.declaredOn }
          : entry,
    });
  }
}
