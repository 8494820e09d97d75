import { EXEMPTIONS } from '../domain/vocabulary';
import type { Participation } from '../documents/parcours-type';
import type { CoverageOnDate } from './coverage-on';
import { formatCents, timesFactor, toCents, type Cents } from '../money/decimal';
import type { PayerSplit } from './settlement-types';
import type { TraceBuilder } from './trace';

/**
 * Splits a séquence's forfait between the AMO, the complementary and the patient. The participation (none, a
 * rate of the forfait rounded to the cent, or a flat amount capped at the forfait) is zero when the patient has an
 * exemption in force that the type lists (all of R.160-17-2 CSS by default). A contrat responsable or the C2S pays it
 * (AMC); under the AME nothing is left to the patient and the AMO pays all; without cover the patient pays it. The
 * coverage is the one in force on the séquence's billable date (./coverage-on.ts); the trace says which, when the
 * path dates its coverage.
 *
 * @example
 * splitPayers(106140, { kind: 'rate', rate: '0.3' }, coverageOn(path.coverage, '2027-05-19'), new TraceBuilder()).split // { amo: '742.98', amc: '318.42', patient: '0.00', participation: '318.42' }
 */
export function splitPayers(
  forfait: Cents,
  participation: Participation,
  coverage: CoverageOnDate,
  trace: TraceBuilder,
): { split: PayerSplit; cents: { amo: Cents; amc: Cents; patient: Cents } } {
  if (coverage.dated)
    trace.add('COVERAGE', {
      date: coverage.date,
      complementary: coverage.complementary,
      exemptions: coverage.exemptions,
      unrelated: coverage.unrelated,
    });
  const exemptionsApplying: readonly string[] =
    participation.kind === 'none' ? [] : (participation.exemptions ?? EXEMPTIONS);
  const exemption = coverage.exemptions.filter((e) => exemptionsApplying.includes(e)).sort()[0];
  let part: Cents = 0;
  if (participation.kind === 'none') trace.add('PARTICIPATION_NONE', {});
  else if (exemption !== undefined) trace.add('PARTICIPATION_EXEMPT', { exemption }, 0);
  else if (participation.kind === 'rate') {
    const product = timesFactor(forfait, participation.rate);
    part = product.cents;
    trace.add(
      'PARTICIPATION_RATE',
      { forfait: formatCents(forfait), rate: participation.rate, exact: product.exact, amount: formatCents(part) },
      part,
    );
  } else {
    part = Math.min(toCents(participation.amount), forfait);
    trace.add('PARTICIPATION_FLAT', { amount: formatCents(part) }, part);
  }
  const cover = coverage.complementary;
  const amc = cover === 'responsable' || cover === 'c2s' ? part : 0;
  const patient = cover === 'none' ? part : 0;
  const amo = forfait - amc - patient;
  trace.add('PAYERS', {
    amo: formatCents(amo),
    amc: formatCents(amc),
    patient: formatCents(patient),
    total: formatCents(forfait),
    cover,
  });
  const split: PayerSplit = {
    amo: formatCents(amo),
    amc: formatCents(amc),
    patient: formatCents(patient),
    participation: formatCents(part),
    ...(exemption !== undefined ? { exemption } : {}),
  };
  return { cents: { amo, amc, patient }, split };
}
