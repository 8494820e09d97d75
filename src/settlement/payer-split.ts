import { EXEMPTIONS } from '../domain/vocabulary';
import type { Participation } from '../documents/parcours-type';
import type { CoverageOnDate } from './coverage-on';
import { timesFactor, toCents, type Cents } from '../money/decimal';
import type { PayersCents } from './settlement-cents';
import type { TraceBuilder } from './trace';

/** The first, in text order, of the patient's exemptions that the type lists; undefined when none is. */
function firstExemption<E extends string>(held: readonly E[], listed: readonly string[]): E | undefined {
  return held.filter((e) => listed.includes(e)).sort()[0];
}

/**
 * Splits a séquence's forfait between the AMO, the complementary and the patient. The participation (none, a
 * rate of the forfait rounded to the cent, or a flat amount capped at the forfait) is zero when the patient has an
 * exemption in force that the type lists (all of R.160-17-2 CSS by default). A contrat responsable or the C2S pays it
 * (AMC); under the AME nothing is left to the patient and the AMO pays all; without cover the patient pays it. The
 * coverage is the one in force on the séquence's billable date (./coverage-on.ts); the trace says which, when the
 * path dates its coverage.
 *
 * @example
 * splitPayers(106140, { kind: 'rate', rate: '0.3' }, coverageOn(path.coverage, '2027-05-19'), new TraceBuilder()) // { amo: 74298, amc: 31842, patient: 0, participation: 31842 }
 */
export function splitPayers(
  forfait: Cents,
  participation: Participation,
  coverage: CoverageOnDate,
  trace: TraceBuilder,
): PayersCents {
  if (coverage.dated)
    trace.add('COVERAGE', {
      date: coverage.date,
      complementary: coverage.complementary,
      exemptions: coverage.exemptions,
      unrelated: coverage.unrelated,
    });
  // No participation: none to waive.
  const exemption =
    participation.kind === 'none'
      ? undefined
      : firstExemption(coverage.exemptions, participation.exemptions ?? EXEMPTIONS);
  let part: Cents = 0;
  if (participation.kind === 'none') trace.add('PARTICIPATION_NONE', {});
  else if (exemption !== undefined) trace.add('PARTICIPATION_EXEMPT', { exemption });
  else if (participation.kind === 'rate') {
    const product = timesFactor(forfait, participation.rate);
    part = product.cents;
    trace.add('PARTICIPATION_RATE', { forfait, rate: participation.rate, exact: product.exact, amount: part });
  } else {
    part = Math.min(toCents(participation.amount), forfait);
    trace.add('PARTICIPATION_FLAT', { amount: part });
  }
  const cover = coverage.complementary;
  const amc = cover === 'responsable' || cover === 'c2s' ? part : 0;
  const patient = cover === 'none' ? part : 0;
  const amo = forfait - amc - patient;
  trace.add('PAYERS', { amo, amc, patient, total: forfait, cover });
  return { amo, amc, patient, participation: part, ...(exemption !== undefined ? { exemption } : {}) };
}
