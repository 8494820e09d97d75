import { EXEMPTIONS } from '../domain/vocabulary';
import { formatCents, timesFactor, toCents, type Cents } from '../money/decimal';
import type { Participation } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { PayerSplit } from './settlement-types';
import type { TraceBuilder } from './trace';

const COVER_LABEL: Record<string, { fr: string; en: string }> = {
  responsable: { fr: 'contrat responsable, participation prise en charge par l\u2019AMC', en: 'contrat responsable, participation paid by the complementary' },
  c2s: { fr: 'C2S, participation prise en charge', en: 'C2S, participation covered' },
  ame: { fr: 'AME, prise en charge intégrale par l\u2019Assurance Maladie', en: 'AME, paid in full by the Assurance Maladie' },
  none: { fr: 'sans complémentaire, participation due par le patient', en: 'no complementary, participation due by the patient' },
};

/**
 * Splits a séquence's forfait between the AMO, the complementary and the patient. The participation (none, a
 * rate of the forfait rounded to the cent, or a flat amount capped at the forfait) is zero when the patient has an
 * exemption the type lists (all of R.160-17-2 CSS by default). A contrat responsable or the C2S pays it (AMC);
 * under the AME nothing is left to the patient and the AMO pays all; without cover the patient pays it.
 *
 * @example
 * splitPayers(32160, { kind: 'rate', rate: '0.3' }, path, trace) // { amo: '225.12', amc: '96.48', patient: '0.00', … }
 */
export function splitPayers(forfait: Cents, participation: Participation, path: PatientPath, trace: TraceBuilder): { split: PayerSplit; cents: { amo: Cents; amc: Cents; patient: Cents } } {
  const exemptionsApplying: readonly string[] = participation.kind === 'none' ? [] : (participation.exemptions ?? EXEMPTIONS);
  const exemption = (path.coverage.exemptions ?? []).filter((e) => exemptionsApplying.includes(e)).sort()[0];
  let part: Cents = 0;
  if (participation.kind === 'none') trace.add('PARTICIPATION_NONE', {});
  else if (exemption !== undefined) trace.add('PARTICIPATION_EXEMPT', { exemption }, 0);
  else if (participation.kind === 'rate') {
    const product = timesFactor(forfait, participation.rate);
    part = product.cents;
    trace.add('PARTICIPATION_RATE', { amount_base: trace.eur(forfait), rate: trace.num(participation.rate), exact: `${trace.num(product.exact)} €`, amount: trace.eur(part) }, part);
  } else {
    part = Math.min(toCents(participation.amount), forfait);
    trace.add('PARTICIPATION_FLAT', { amount: trace.eur(part) }, part);
  }
  const cover = path.coverage.complementary;
  const amc = cover === 'responsable' || cover === 'c2s' ? part : 0;
  const patient = cover === 'none' ? part : 0;
  const amo = forfait - amc - patient;
  trace.add('PAYERS', { amo: trace.eur(amo), amc: trace.eur(amc), patient: trace.eur(patient), total: trace.eur(forfait), cover: COVER_LABEL[cover]?.[trace.lang] ?? cover });
  return {
    cents: { amo, amc, patient },
    split:
      exemption !== undefined
        ? { amo: formatCents(amo), amc: formatCents(amc), patient: formatCents(patient), participation: formatCents(part), exemption }
        : { amo: formatCents(amo), amc: formatCents(amc), patient: formatCents(patient), participation: formatCents(part) },
  };
}
