import {
  cellDate,
  cellDecimal,
  cellError,
  cellText,
  cellWord,
  pairsOf,
  required,
  rowsOf,
  type Pairs,
  type SheetRow,
  type SheetText,
} from './cell-values';

const opt = <K extends string>(k: K, v: unknown): Partial<Record<K, unknown>> => {
  const o: Partial<Record<K, unknown>> = {};
  if (v !== null && v !== undefined) o[k] = v;
  return o;
};

/** The documents built from a sheet's ranges, and where each part of them came from (to name it in an error). */
export interface SheetDocuments {
  readonly project: Record<string, unknown>;
  readonly path: Record<string, unknown>;
  /** The sheet row of each team member (`team.N`) and of each prestation (`prestations.N`). */
  readonly teamRows: readonly number[];
  readonly prestationRows: readonly number[];
  /** The row of each key of the Projet and Patient ranges. */
  readonly projectPairs: Pairs;
  readonly patientPairs: Pairs;
}

/** A distribution key cell: JSON, or `type` for the type's own key. */
function keyOf(text: string, t: SheetText, where: { range: string; row: number }): unknown {
  if (text.toLowerCase() === 'type') return undefined;
  try {
    const key: unknown = JSON.parse(text);
    return key;
  } catch {
    throw cellError(t, where, t.m.sheet.keyNotJson({ key: text.length > 40 ? `${text.slice(0, 40)}…` : text }, t.f));
  }
}

/**
 * The distribution of the Projet range: the required row `key` (JSON, or `type` for the type's key) and one row
 * `key.S2` per séquence with its own key.
 */
function distributionOf(p: Pairs, t: SheetText): Record<string, unknown> {
  const range = t.m.sheet.ranges.project;
  const k = required(p, 'key', t, range);
  const main = keyOf(String(k.value).trim(), t, { range, row: k.row });
  const bySequence: Record<string, unknown> = {};
  for (const [name, e] of p) {
    if (!name.startsWith('key.')) continue;
    const text = cellText(e.value);
    if (text !== null) bySequence[e.key.slice(4)] = keyOf(text, t, { range, row: e.row });
  }
  return { ...opt('default', main), ...(Object.keys(bySequence).length > 0 ? { bySequence } : {}) };
}

/** The text of a required column of a table row, or an error naming the range, the row and the column. */
function needed(r: SheetRow, column: string, t: SheetText, range: string): string {
  const v = cellText(r.cells[column] ?? null);
  if (v === null) throw cellError(t, { range, row: r.row }, t.m.sheet.missingColumn({ column }, t.f));
  return v;
}

/** One team member from a row of the Équipe range (id, name, profession, rpps, adeli, cpam, employer…). */
function memberOf(r: SheetRow, t: SheetText): Record<string, unknown> {
  const range = t.m.sheet.ranges.team;
  const c = r.cells;
  const need = (column: string) => needed(r, column, t, range);
  const employer = cellText(c.employer ?? null);
  return {
    id: need('id'),
    ...opt('name', cellText(c.name ?? null)),
    profession: need('profession').toLowerCase(),
    ...opt('rpps', cellText(c.rpps ?? null)),
    ...opt('adeli', cellText(c.adeli ?? null)),
    ...opt('cpamNumber', cellText(c.cpam ?? null)),
    ...(employer !== null
      ? {
          employer: {
            name: employer,
            ...opt('siret', cellText(c.employer_siret ?? null)),
            ...opt('finess', cellText(c.employer_finess ?? null)),
          },
        }
      : {}),
  };
}

/**
 * Builds the JSON of a projet from a key / value range — structure, category, siret or finess, sentToArs (required),
 * id, acceptedOn, opposedOn, and `key` (required: JSON, or `type`), `key.S2`… — and a team range with headers id,
 * name, profession, rpps, adeli, cpam, employer, employer_siret, employer_finess.
 *
 * @example
 * projectFromRanges([['structure', 'MSP'], ['category', 'msp'], ['siret', '90000000100017'], ['sentToArs', '2026-03-10'], ['key', 'type']], [['id', 'profession'], ['dr', 'medecin']], 'obesite-complexe-adulte', sheetText('fr'));
 */
export function projectFromRanges(
  projectRange: unknown,
  teamRange: unknown,
  typeId: string,
  t: SheetText,
): Pick<SheetDocuments, 'project' | 'teamRows' | 'projectPairs'> {
  const range = t.m.sheet.ranges.project;
  const p = pairsOf(projectRange, t, range);
  const date = (key: string, need = false) => {
    const e = need ? required(p, key, t, range) : p.get(key);
    return e === undefined ? null : cellDate(e.value, t, { range, row: e.row });
  };
  const team = rowsOf(teamRange, t, t.m.sheet.ranges.team);
  return {
    project: {
      id: cellText(p.get('id')?.value ?? null) ?? 'projet',
      structure: {
        name: cellText(required(p, 'structure', t, range).value),
        category: cellWord(required(p, 'category', t, range).value),
        ...opt('siret', cellText(p.get('siret')?.value ?? null)),
        ...opt('finess', cellText(p.get('finess')?.value ?? null)),
      },
      parcoursType: typeId,
      sentToArs: date('senttoars', true),
      ...opt('acceptedOn', date('acceptedon')),
      ...opt('opposedOn', date('opposedon')),
      team: team.map((r) => memberOf(r, t)),
      distribution: distributionOf(p, t),
    },
    teamRows: team.map((r) => r.row),
    projectPairs: p,
  };
}

/** A list cell, `S1 2027-05-19; S2 2028-06-10`: its entries split on `;`, each split on spaces. */
const entriesOf = (text: string | null): string[][] =>
  text === null
    ? []
    : text
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => x.split(/\s+/));

/** The dated lists of the Patient range: attestations, extensions, renewals. */
function datedLists(p: Pairs, t: SheetText): Record<string, unknown> {
  const range = t.m.sheet.ranges.patient;
  const list = (
    key: string,
    expected: string,
    build: (parts: string[], where: { range: string; row: number }) => unknown,
  ) => {
    const e = p.get(key);
    const text = e === undefined ? null : cellText(e.value);
    if (e === undefined || text === null) return {};
    const where = { range, row: e.row };
    return {
      [key]: entriesOf(text).map((parts) => {
        if (parts.length < expected.split(' ').length) throw cellError(t, where, t.m.sheet.badEntry({ expected }, t.f));
        return build(parts, where);
      }),
    };
  };
  const dateOf = (s: string | undefined, where: { range: string; row: number }) => cellDate(s ?? null, t, where);
  return {
    ...list('attestations', 'S1 2027-05-19', ([sequence, date], w) => ({ sequence, date: dateOf(date, w) })),
    ...list('extensions', 'S1 2027-05-01 6', ([sequence, date, months], w) => ({
      sequence,
      date: dateOf(date, w),
      ...opt('months', months === undefined ? null : Number(months)),
    })),
    ...list('renewals', '2027-06-01', ([date], w) => ({ date: dateOf(date, w) })),
  };
}

/** One prestation from a row of the Prestations range (id, code, date, member, minutes, status, sequence). */
function prestationOf(r: SheetRow, t: SheetText): Record<string, unknown> {
  const where = { range: t.m.sheet.ranges.prestations, row: r.row };
  const c = r.cells;
  const need = (column: string) => needed(r, column, t, where.range);
  const minutes = cellDecimal(c.minutes ?? null, t, where);
  return {
    id: cellText(c.id ?? null) ?? `ligne-${r.row}`,
    code: need('code'),
    date: need('date') && cellDate(c.date ?? null, t, where),
    member: need('member'),
    ...opt('minutes', minutes === null ? null : Number(minutes)),
    status: cellWord(c.status ?? null) ?? 'done',
    ...opt('sequence', cellText(c.sequence ?? null)),
  };
}

/**
 * Builds the JSON of a patient's path from a key / value range — ref, birthDate, inclusion and complementary
 * (required), exit, exitReason, profile, territory, exemptions, attestations (`S1 2027-05-19`), extensions
 * (`S1 2027-05-01 6`), renewals (`2027-06-01`), amcOrganisation — and a prestations range with headers id, code,
 * date, member, minutes, status, sequence. Words in any case.
 *
 * @example
 * pathFromRanges([['ref', 'P1'], ['birthDate', 27000], ['inclusion', '2026-06-01'], ['complementary', 'Responsable']], [['code', 'date', 'member']], 'obesite-complexe-adulte', sheetText('fr'));
 */
export function pathFromRanges(
  patientRange: unknown,
  prestationsRange: unknown,
  typeId: string,
  t: SheetText,
): Pick<SheetDocuments, 'path' | 'prestationRows' | 'patientPairs'> {
  const range = t.m.sheet.ranges.patient;
  const p = pairsOf(patientRange, t, range);
  const date = (key: string, need = false) => {
    const e = need ? required(p, key, t, range) : p.get(key);
    return e === undefined ? null : cellDate(e.value, t, { range, row: e.row });
  };
  const exit = date('exit');
  const exemptions = (cellWord(p.get('exemptions')?.value ?? null) ?? '').split(/[,;\s]+/).filter(Boolean);
  const prestations = rowsOf(prestationsRange, t, t.m.sheet.ranges.prestations);
  return {
    path: {
      parcoursType: typeId,
      patient: {
        ref: cellText(required(p, 'ref', t, range).value),
        birthDate: date('birthdate', true),
        ...opt('territory', cellText(p.get('territory')?.value ?? null)?.toUpperCase()),
      },
      coverage: {
        complementary: cellWord(required(p, 'complementary', t, range).value),
        exemptions,
        ...opt('organisation', cellText(p.get('amcorganisation')?.value ?? null)),
      },
      ...opt('profile', cellText(p.get('profile')?.value ?? null)),
      inclusion: { date: date('inclusion', true) },
      ...(exit !== null
        ? { exit: { date: exit, reason: cellWord(p.get('exitreason')?.value ?? null) ?? 'other' } }
        : {}),
      ...datedLists(p, t),
      prestations: prestations.map((r) => prestationOf(r, t)),
    },
    prestationRows: prestations.map((r) => r.row),
    patientPairs: p,
  };
}
