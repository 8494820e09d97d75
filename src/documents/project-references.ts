import {
  checkAdeli,
  checkCpamNumber,
  checkFiness,
  checkRpps,
  type IdentifierCheck,
} from '../identifiers/professional-ids';
import { checkSiret } from '../identifiers/company-ids';
import type { IdentifierKind } from '../domain/vocabulary';
import type { IssueSink } from '../issues/issue-sink';
import type { ParcoursProject } from './project';
import { checkDistribution } from './key-checks';

type ProjectIdentifier = Extract<IdentifierKind, 'RPPS' | 'ADELI' | 'CPAM' | 'SIRET' | 'FINESS'>;

/** The check of each kind of identifier a project holds. */
const CHECKS: Readonly<Record<ProjectIdentifier, (value: string) => IdentifierCheck>> = {
  RPPS: checkRpps,
  ADELI: checkAdeli,
  CPAM: checkCpamNumber,
  SIRET: checkSiret,
  FINESS: checkFiness,
};

/** Raises IDENTIFIER_INVALID at `path` when the identifier is present and refused (the reason, never the value). */
function checkId(value: string | undefined, kind: ProjectIdentifier, path: (string | number)[], sink: IssueSink): void {
  if (value === undefined) return;
  const reason = CHECKS[kind](value);
  if (reason !== null) sink.add('IDENTIFIER_INVALID', path, { kind, reason });
}

/**
 * Cross-reference checks of a projet de parcours: unique members with a valid identifier, a structure with a
 * SIRET or FINESS, an opposition after the sending date, members' periods that end after they start, avenants with
 * unique ids dated from the sending on, and keys (the projet's and its avenants') that name team members only.
 *
 * @example
 * checkProjectReferences(parsedProject, sink)
 */
export function checkProjectReferences(p: ParcoursProject, sink: IssueSink): void {
  const s = p.structure;
  if (s.siret === undefined && s.finess === undefined) sink.add('PROJECT_STRUCTURE_NO_IDENTIFIER', ['structure'], {});
  checkId(s.siret, 'SIRET', ['structure', 'siret'], sink);
  checkId(s.finess, 'FINESS', ['structure', 'finess'], sink);
  if (p.opposition && p.opposition.date < p.sentToArs)
    sink.add('PROJECT_OPPOSITION_BEFORE_SENT', ['opposition', 'date'], {});

  const members = new Set<string>();
  p.team.forEach((m, i) => {
    const at = ['team', i];
    if (members.has(m.id)) sink.add('PROJECT_DUPLICATE_MEMBER', [...at, 'id'], { member: m.id });
    members.add(m.id);
    if (m.rpps === undefined && m.adeli === undefined && m.cpamNumber === undefined)
      sink.add('PROJECT_MEMBER_NO_IDENTIFIER', at, { member: m.id });
    checkId(m.rpps, 'RPPS', [...at, 'rpps'], sink);
    checkId(m.adeli, 'ADELI', [...at, 'adeli'], sink);
    checkId(m.cpamNumber, 'CPAM', [...at, 'cpamNumber'], sink);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a date compared with undefined is false (the guards narrow the types)
    if (m.from !== undefined && m.to !== undefined && m.to < m.from)
      sink.add('MEMBER_PERIOD_INVALID', [...at, 'to'], { member: m.id, from: m.from, to: m.to });
    if (m.employer) {
      if (m.employer.siret === undefined && m.employer.finess === undefined)
        sink.add('PROJECT_STRUCTURE_NO_IDENTIFIER', [...at, 'employer'], {});
      checkId(m.employer.siret, 'SIRET', [...at, 'employer', 'siret'], sink);
      checkId(m.employer.finess, 'FINESS', [...at, 'employer', 'finess'], sink);
    }
  });
  checkDistribution(p.distribution, ['distribution'], { known: { members }, sink });
  const avenants = new Set<string>();
  // Stryker disable next-line ArrayDeclaration: a stand-in element has no id, date or key: nothing is reported on it
  (p.avenants ?? []).forEach((a, i) => {
    const at = ['avenants', i];
    if (avenants.has(a.id)) sink.add('AVENANT_DUPLICATE_ID', [...at, 'id'], { avenant: a.id });
    avenants.add(a.id);
    if (a.date < p.sentToArs)
      sink.add('AVENANT_BEFORE_SENT', [...at, 'date'], { avenant: a.id, date: a.date, sentToArs: p.sentToArs });
    if (a.distribution) checkDistribution(a.distribution, [...at, 'distribution'], { known: { members }, sink });
  });
}
