import type { IsoDate } from '../dates/iso-date';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { makeIssue } from '../issues/issue-sink';
import { Dec } from '../money/decimal';
import type { DeclarationEntry, DeclarationLine, DeclaredEntry, DeclaredLine, PreviousFigures } from './declaration';

/** What {@link declarationDelta} needs besides the entries. */
export interface DeclarationDeltaOptions {
  /**
   * The structure that declares (the projet's): a previous entry of another structure (other SIRET or FINESS) is
   * refused with DECLARED_OTHER_STRUCTURE. Default: the structure of the first current entry, else of the first
   * previous one.
   */
  readonly structure?: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>;
  /** The day the returned entries are sent: written on each of them as `declaredOn`. */
  readonly declaredOn?: IsoDate;
  /**
   * The period `current` was declared over (`declarationEntries`' `from` and `to`, inclusive). A previous séquence
   * billable outside it is out of scope: compared if it is in `current`, never cancelled for not being there.
   * Without it, every previous séquence absent from `current` is cancelled.
   */
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

/**
 * The key a declared séquence is matched on: structure (SIRET and FINESS), patient reference, type id and séquence.
 * The type's version is not in it: a séquence declared under one version and now under another is rectified.
 *
 * @example
 * declarationKey({ structure: { name: 'S', siret: '12345678900011' }, patientRef: 'P1', type: { id: 't' }, sequence: 'S1' })
 * // '["12345678900011","","P1","t","S1"]'
 */
export function declarationKey(
  e: Pick<DeclarationEntry, 'patientRef' | 'sequence'> & {
    readonly structure: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>;
    readonly type: { readonly id: string };
  },
): string {
  return JSON.stringify([e.structure.siret ?? '', e.structure.finess ?? '', e.patientRef, e.type.id, e.sequence]);
}

/** A payee line's key within its séquence: the beneficiary and the payee's identifier (type and value). */
const lineKey = (l: DeclarationLine): string => JSON.stringify([l.beneficiary, l.payee.idType, l.payee.id]);

const structureText = (s: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>): string =>
  [s.siret !== undefined ? `SIRET ${s.siret}` : '', s.finess !== undefined ? `FINESS ${s.finess}` : '']
    .filter((x) => x !== '')
    .join(' ');

const sameStructure = (
  a: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>,
  b: Pick<DeclarationEntry['structure'], 'siret' | 'finess'>,
): boolean => (a.siret ?? '') === (b.siret ?? '') && (a.finess ?? '') === (b.finess ?? '');

/**
 * `a − b` to the cent, signed, both canonical amounts.
 *
 * @example
 * minus('87.61', '122.03') // '-34.42'
 */
export function minus(a: string, b: string): string {
  return new Dec(a).minus(b).toFixed(2);
}

/** The payer figures of an entry. */
type Figures = Pick<DeclarationEntry, 'forfait' | 'amo' | 'amc' | 'patient'>;

/**
 * The differences of an entry's payer figures, `now − before`, as a correction carries them.
 *
 * @example
 * figuresDifference({ forfait: '0.00', amo: '0.00', amc: '0.00', patient: '0.00' }, { forfait: '1061.40', amo: '742.98', amc: '318.42', patient: '0.00' }).amo // '-742.98'
 */
export function figuresDifference(now: Figures, before: Figures): NonNullable<DeclaredEntry['difference']> {
  return {
    forfait: minus(now.forfait, before.forfait),
    amo: minus(now.amo, before.amo),
    amc: minus(now.amc, before.amc),
    patient: minus(now.patient, before.patient),
  };
}

/** An entry's own figures, without its nature, previous figures, differences or cancelled payee lines. */
function plainEntry(e: DeclaredEntry): DeclarationEntry {
  const { nature: _n, declaredOn: _d, previous: _p, difference: _x, lines, ...rest } = e;
  return {
    ...rest,
    lines: lines
      .filter((l) => l.nature !== 'annulation')
      .map(({ nature: _ln, previousAmount: _pa, difference: _ld, ...line }) => line),
  };
}

/**
 * What stands declared after a sequence of sent entries, read in order: for each séquence (structure, patient, type
 * id, séquence), the last entry read wins; an `annulation` removes the séquence; a payee line marked `annulation`
 * in a rectified entry is dropped. The result holds each séquence's figures as plain entries (no nature, no previous
 * figures), in the order their séquences were first declared (a séquence declared again after a cancellation comes
 * last).
 *
 * @example
 * declaredState([...entries, ...declarationDelta(entries, []).value]).length // 0 — declared, then cancelled
 */
export function declaredState(entries: readonly DeclaredEntry[]): DeclarationEntry[] {
  const state = new Map<string, DeclarationEntry>();
  for (const e of entries) {
    const key = declarationKey(e);
    if (e.nature === 'annulation') state.delete(key);
    else state.set(key, plainEntry(e));
  }
  return [...state.values()];
}

/**
 * The figures a change of which makes a séquence declared again. Names (structure, payees) and the payee's kind
 * (which a CSV does not hold) are not figures.
 */
function figures(e: DeclarationEntry): string {
  return JSON.stringify([
    e.type.version,
    e.type.status,
    e.status,
    e.billableOn,
    e.forfait,
    e.amo,
    e.amc,
    e.patient,
    e.amcOrganisation ?? null,
    e.lines.map((l) => [l.beneficiary, l.payee.idType, l.payee.id, l.amount]),
  ]);
}

const previousOf = (p: DeclarationEntry): PreviousFigures => ({
  version: p.type.version,
  forfait: p.forfait,
  amo: p.amo,
  amc: p.amc,
  patient: p.patient,
});

/** A séquence declared with other figures: the full new entry, each line with its previous amount, then the cancelled payee lines. */
function rectification(now: DeclarationEntry, before: DeclarationEntry, declaredOn?: IsoDate): DeclaredEntry {
  const previousLines = new Map(before.lines.map((l) => [lineKey(l), l] as const));
  const nowKeys = new Set(now.lines.map(lineKey));
  const lines: DeclaredLine[] = now.lines.map((l) => {
    const previousAmount = previousLines.get(lineKey(l))?.amount ?? '0.00';
    return { ...l, previousAmount, difference: minus(l.amount, previousAmount) };
  });
  for (const l of before.lines)
    if (!nowKeys.has(lineKey(l)))
      lines.push({
        ...l,
        nature: 'annulation',
        amount: '0.00',
        previousAmount: l.amount,
        difference: minus('0.00', l.amount),
      });
  return {
    ...now,
    nature: 'rectificative',
    ...(declaredOn !== undefined ? { declaredOn } : {}),
    previous: previousOf(before),
    difference: figuresDifference(now, before),
    lines,
  };
}

/** A séquence declared and no longer billable: the previous entry at amount 0, its figures kept as previous. */
function cancellation(before: DeclarationEntry, declaredOn?: IsoDate): DeclaredEntry {
  const zero = { forfait: '0.00', amo: '0.00', amc: '0.00', patient: '0.00' };
  return {
    ...before,
    ...zero,
    nature: 'annulation',
    ...(declaredOn !== undefined ? { declaredOn } : {}),
    previous: previousOf(before),
    difference: figuresDifference(zero, before),
    lines: before.lines.map((l) => ({
      ...l,
      amount: '0.00',
      previousAmount: l.amount,
      difference: minus('0.00', l.amount),
    })),
  };
}

/**
 * What must be sent, given what was already declared (`previous`, every entry of every file sent so far, in the
 * order sent: the last one read for a séquence wins, see {@link declaredState}) and what is declarable now
 * (`current`, as {@link declarationEntries} gives it). Séquences are matched on structure, patient reference, type
 * id and séquence; payee lines within a séquence on beneficiary and payee identifier.
 *
 * The granularity is the séquence: an entry is sent whole, with all its payee lines, when any of its figures
 * changed (type version or status, status, billable date, forfait, AMO / AMC / patient parts, AMC organisation, a
 * payee line's beneficiary, payee identifier or amount, or their order). Each returned entry has a `nature`:
 * - `initiale`: never declared (or cancelled since): the entry as it is now;
 * - `rectificative`: declared with other figures: the full new entry, `previous` (version, forfait, parts) and
 *   `difference` (new − previous), each line with its `previousAmount` (`0.00` for a new payee) and `difference`,
 *   then each payee line that disappeared, marked `annulation`, at `0.00` with its previous amount;
 * - `annulation`: declared and no longer billable (path blocked, séquence no longer complete, out of the
 *   declarable set): the previous entry with every amount at `0.00`, its previous figures kept.
 * Unchanged séquences are not returned. Current entries come first (in their order), then the cancellations (in
 * the order the séquences were first declared). With `period`, only previous séquences billable in it may be
 * cancelled (a declaration of one quarter does not cancel the last one's). A previous entry of another structure refuses the whole
 * (DECLARED_OTHER_STRUCTURE, `line` being its position in `previous`, from 1).
 *
 * @example
 * declarationDelta([], entries).value[0].nature // 'initiale'
 * declarationDelta(declarationDelta([], entries).value, entries).value // []
 */
export function declarationDelta(
  previous: readonly DeclaredEntry[],
  current: readonly DeclarationEntry[],
  options: DeclarationDeltaOptions = {},
): Result<DeclaredEntry[]> {
  const lang = langOf(options);
  const structure = options.structure ?? current[0]?.structure ?? previous[0]?.structure;
  const issues: Issue[] = [];
  previous.forEach((e, i) => {
    if (structure !== undefined && !sameStructure(e.structure, structure))
      issues.push(
        makeIssue('DECLARED_OTHER_STRUCTURE', {
          document: 'input',
          path: ['previous', i],
          params: { line: i + 1, structure: structureText(e.structure) },
          lang,
        }),
      );
  });
  if (issues.length > 0) return { ok: false, issues };
  const { declaredOn } = options;
  const before = new Map(declaredState(previous).map((e) => [declarationKey(e), e] as const));
  const now = new Map<string, DeclarationEntry>();
  for (const e of current) {
    const key = declarationKey(e);
    now.delete(key);
    now.set(key, e);
  }
  const sent: DeclaredEntry[] = [];
  for (const [key, e] of now) {
    const b = before.get(key);
    if (b === undefined) sent.push({ ...e, nature: 'initiale', ...(declaredOn !== undefined ? { declaredOn } : {}) });
    else if (figures(b) !== figures(e)) sent.push(rectification(e, b, declaredOn));
  }
  const { period } = options;
  const inScope = (b: DeclarationEntry) =>
    period === undefined || (b.billableOn >= period.from && b.billableOn <= period.to);
  for (const [key, b] of before) if (!now.has(key) && inScope(b)) sent.push(cancellation(b, declaredOn));
  return { ok: true, value: sent, issues: [] };
}
