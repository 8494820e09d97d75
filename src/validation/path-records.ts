import { addMonths, type IsoDate } from '../dates/calendar';
import { byText } from '../domain/text-order';
import type { ParcoursType } from '../documents/parcours-type';
import type { PatientPath } from '../documents/patient-path';
import type { IssueSink } from '../issues/issue-sink';
import type { SequenceWindow } from './timeline';

/**
 * The path's coverage periods: each ends on or after its start (COVERAGE_PERIOD_INVALID), and no two complementary
 * periods hold the same day (COVERAGE_OVERLAP). Either makes who pays unknown, so both block billing.
 *
 * @example
 * const sink = issueSink('path', 'fr');
 * checkCoverage({ ...path, coverage: { complementary: [{ kind: 'c2s', from: '2026-06-01', to: '2026-05-01' }] } }, sink);
 * sink.issues.map((i) => i.code) // ['COVERAGE_PERIOD_INVALID']
 */
export function checkCoverage(path: PatientPath, sink: IssueSink): void {
  const c = path.coverage;
  // Stryker disable next-line ArrayDeclaration: a string element is skipped, like no element
  (c.exemptions ?? []).forEach((e, i) => {
    // Each guard only narrows the type: a string has no bounds, and a comparison with a missing bound is false.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: the comparison alone decides (see above)
    if (typeof e !== 'string' && e.from !== undefined && e.to !== undefined && e.to < e.from)
      sink.add('COVERAGE_PERIOD_INVALID', ['coverage', 'exemptions', i, 'to'], { from: e.from, to: e.to });
  });
  if (typeof c.complementary === 'string') return;
  const periods = c.complementary.map((p, i) => ({ ...p, i }));
  for (const p of periods) {
    // Stryker disable next-line ConditionalExpression: `p.to !== undefined` only narrows the type: a missing end compared with a date is false
    if (p.to !== undefined && p.to < p.from)
      sink.add('COVERAGE_PERIOD_INVALID', ['coverage', 'complementary', p.i, 'to'], { from: p.from, to: p.to });
  }
  // By start; the sort is stable and `periods` is in index order, so periods starting on one day stay in index order.
  const sorted = [...periods].sort((a, b) => byText(a.from, b.from));
  for (let k = 1; k < sorted.length; k++) {
    // 1 ≤ k < length: both periods exist.
    const prev = sorted[k - 1] as (typeof sorted)[number];
    const cur = sorted[k] as (typeof sorted)[number];
    if (prev.to === undefined || cur.from <= prev.to)
      sink.add('COVERAGE_OVERLAP', ['coverage', 'complementary', cur.i, 'from'], { date: cur.from });
  }
}

/**
 * The type's rule against a new inclusion too soon: when it sets `reinclusionAfterMonths`, an earlier parcours of
 * the same type recorded in the path must have ended that many months before the inclusion (REINCLUSION_TOO_SOON,
 * which blocks billing).
 *
 * @example
 * const sink = issueSink('path', 'fr');
 * checkReinclusion({ ...type, eligibility: { reinclusionAfterMonths: 12 } }, { ...path, previousParcours: [{ parcoursType: type.id, end: '2026-01-15' }] }, sink);
 * sink.issues.map((i) => i.params.allowedFrom) // ['2027-01-15']
 */
export function checkReinclusion(type: ParcoursType, path: PatientPath, sink: IssueSink): void {
  const months = type.eligibility.reinclusionAfterMonths;
  // Without months, addMonths gives '0NaN-NaN-NaN', which no date of 1900–2199 precedes: without the return no issue is raised either.
  // Stryker disable next-line ConditionalExpression: without months no inclusion is too soon, returned early or not (see above)
  if (months === undefined) return;
  // Stryker disable next-line ArrayDeclaration: a string element names no type, so it is skipped like no element
  (path.previousParcours ?? []).forEach((p, i) => {
    if (p.parcoursType !== type.id) return;
    const allowedFrom = addMonths(p.end, months);
    if (path.inclusion.date < allowedFrom)
      sink.add('REINCLUSION_TOO_SOON', ['previousParcours', i, 'end'], { end: p.end, allowedFrom, months });
  });
}

/**
 * Attestations that name no séquence of the path (ATTESTATION_UNKNOWN_SEQUENCE); the others are read with their
 * séquence's report.
 *
 * @example
 * const sink = issueSink('path', 'fr');
 * checkAttestationTargets({ ...path, attestations: [{ sequence: 'S9', date: '2026-12-01' }] }, [], sink);
 * sink.issues.map((i) => i.code) // ['ATTESTATION_UNKNOWN_SEQUENCE']
 */
export function checkAttestationTargets(path: PatientPath, windows: readonly SequenceWindow[], sink: IssueSink): void {
  // A few séquences and attestations per path: looked up in place, no set built.
  (path.attestations ?? []).forEach((a, i) => {
    if (!windows.some((w) => w.id === a.sequence))
      sink.add('ATTESTATION_UNKNOWN_SEQUENCE', ['attestations', i, 'sequence'], { sequence: a.sequence });
  });
}

/** The last day of a path for the rule against a new inclusion too soon: its exit, else the end of the parcours. */
export function pathEnd(exit: IsoDate | undefined, parcoursEnd: IsoDate): IsoDate {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a missing exit compared with a date is false, and on the same day both branches give it
  return exit !== undefined && exit < parcoursEnd ? exit : parcoursEnd;
}
