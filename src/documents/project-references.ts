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

function checkId(
  value: string | undefined,
  kind: IdentifierKind,
  check: (v: string) => IdentifierCheck,
  path: (string | number)[],
  sink: IssueSink,
): void {
  if (value === undefined) return;
  const reason = check(value);
  if (reason !== null) sink.add('IDENTIFIER_INVALID', path, { kind, reason });
}

/**
 * Cross-reference checks of a projet de parcours: unique members with a valid identifier, a structure with a
 * SIRET or FINESS, an opposition after the sending date, and keys that name team members only.
 *
 * @example
 * checkProjectReferences(parsedProject, sink)
 */
export function checkProjectReferences(p: ParcoursProject, sink: IssueSink): void {
  const s = p.structure;
  if (s.siret === undefined && s.finess === undefined) sink.add('PROJECT_STRUCTURE_NO_IDENTIFIER', ['structure'], {});
  checkId(s.siret, 'SIRET', checkSiret, ['structure', 'siret'], sink);
  checkId(s.finess, 'FINESS', checkFiness, ['structure', 'finess'], sink);
  if (p.opposition && p.opposition.date < p.sentToArs)
    sink.add('PROJECT_OPPOSITION_BEFORE_SENT', ['opposition', 'date'], {});

  const members = new Set<string>();
  p.team.forEach((m, i) => {
    const at = ['team', i];
    if (members.has(m.id)) sink.add('PROJECT_DUPLICATE_MEMBER', [...at, 'id'], { member: m.id });
    members.add(m.id);
    if (m.rpps === undefined && m.adeli === undefined && m.cpamNumber === undefined)
      sink.add('PROJECT_MEMBER_NO_IDENTIFIER', at, { member: m.id });
    checkId(m.rpps, 'RPPS', checkRpps, [...at, 'rpps'], sink);
    checkId(m.adeli, 'ADELI', checkAdeli, [...at, 'adeli'], sink);
    checkId(m.cpamNumber, 'CPAM', checkCpamNumber, [...at, 'cpamNumber'], sink);
    if (m.employer) {
      if (m.employer.siret === undefined && m.employer.finess === undefined)
        sink.add('PROJECT_STRUCTURE_NO_IDENTIFIER', [...at, 'employer'], {});
      checkId(m.employer.siret, 'SIRET', checkSiret, [...at, 'employer', 'siret'], sink);
      checkId(m.employer.finess, 'FINESS', checkFiness, [...at, 'employer', 'finess'], sink);
    }
  });
  checkDistribution(p.distribution, ['distribution'], { known: { members }, sink });
}
