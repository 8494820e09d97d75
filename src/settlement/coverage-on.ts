import type { IsoDate } from '../dates/iso-date';
import type { ComplementaryKind, Exemption } from '../domain/vocabulary';
import type { Coverage } from '../documents/patient-path';
import { byText } from '../domain/text-order';

/** The patient's coverage on one day: the complementary and the exemptions in force. */
export interface CoverageOnDate {
  /** The day. */
  readonly date: IsoDate;
  /** The complementary in force (`none` when no period holds the day). */
  readonly complementary: ComplementaryKind;
  /** The exemptions in force that relate to the parcours. */
  readonly exemptions: readonly Exemption[];
  /** The exemptions in force marked unrelated to the parcours (they do not exempt). */
  readonly unrelated: readonly Exemption[];
  /** True when the path dates its coverage (periods, or exemptions with dates or `related`). */
  readonly dated: boolean;
  /** True when the complementary has periods and none holds the day. */
  readonly gap: boolean;
  /** The complementary organisation's number in force, when the path gives one and a complementary holds. */
  readonly organisation?: string;
}

const holds = (p: { readonly from?: IsoDate; readonly to?: IsoDate }, date: IsoDate): boolean =>
  (p.from === undefined || p.from <= date) && (p.to === undefined || date <= p.to);

/**
 * The coverage in force on `date`: a plain exemption or complementary holds for the whole path; a dated one only
 * over its period. An exemption marked `related: false` (an ALD for another condition) is in force but does not
 * exempt. Without a complementary period holding the day, there is none.
 *
 * @example
 * coverageOn({ complementary: [{ kind: 'none', from: '2026-01-01', to: '2026-05-31' }, { kind: 'c2s', from: '2026-06-01' }] }, '2026-07-01').complementary // 'c2s'
 */
export function coverageOn(coverage: Coverage, date: IsoDate): CoverageOnDate {
  const exemptions: Exemption[] = [];
  const unrelated: Exemption[] = [];
  let dated = Array.isArray(coverage.complementary);
  for (const e of coverage.exemptions ?? []) {
    if (typeof e === 'string') {
      exemptions.push(e);
      continue;
    }
    dated = true;
    if (!holds(e, date)) continue;
    if (e.related === false) unrelated.push(e.kind);
    else exemptions.push(e.kind);
  }
  const c = coverage.complementary;
  const organisationOf = (kind: string, own?: string) => {
    const number = own ?? coverage.organisation;
    return number !== undefined && kind !== 'none' ? { organisation: number } : {};
  };
  if (typeof c === 'string')
    return { date, complementary: c, exemptions, unrelated, dated, gap: false, ...organisationOf(c) };
  const period = [...c].sort((a, b) => byText(a.from, b.from)).find((p) => holds(p, date));
  return {
    date,
    complementary: period?.kind ?? 'none',
    exemptions,
    unrelated,
    dated,
    gap: period === undefined,
    ...organisationOf(period?.kind ?? 'none', period?.organisation),
  };
}
