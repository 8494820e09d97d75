import type { ParcoursProject, TeamMember } from '../documents/project';
import type { Beneficiary, Payee } from './settlement-types';
import type { LedgerKey } from './ledger';

/**
 * Who is paid for a member: the employer when the member declares one (SIRET, else FINESS), otherwise the
 * professional under RPPS, else ADELI, else the CPAM identification number.
 *
 * @example
 * memberPayee({ id: 'm', profession: 'medecin', rpps: '10001234565' }) // { kind: 'professional', idType: 'RPPS', id: '10001234565' }
 */
export function memberPayee(m: TeamMember): Payee {
  if (m.employer) {
    const e = m.employer;
    return e.siret !== undefined
      ? { kind: 'employer', name: e.name, idType: 'SIRET', id: e.siret }
      : { kind: 'employer', name: e.name, idType: 'FINESS', id: e.finess ?? '' };
  }
  const idType: Payee['idType'] = m.rpps !== undefined ? 'RPPS' : m.adeli !== undefined ? 'ADELI' : 'CPAM';
  const id = m.rpps ?? m.adeli ?? m.cpamNumber ?? '';
  return m.name !== undefined
    ? { kind: 'professional', name: m.name, idType, id }
    : { kind: 'professional', idType, id };
}

/** The structure as payee (SIRET, else FINESS). @example structurePayee(project).idType // 'SIRET' */
export function structurePayee(project: ParcoursProject): Payee {
  const s = project.structure;
  return s.siret !== undefined
    ? { kind: 'structure', name: s.name, idType: 'SIRET', id: s.siret }
    : { kind: 'structure', name: s.name, idType: 'FINESS', id: s.finess ?? '' };
}

/**
 * Resolves a ledger key into the beneficiary and payee that the settlement shows.
 *
 * @example
 * resolveBeneficiary({ kind: 'structure' }, project, team).payee.idType // 'SIRET' — team: the members by id
 */
export function resolveBeneficiary(
  key: LedgerKey,
  project: ParcoursProject,
  team: ReadonlyMap<string, TeamMember>,
): { beneficiary: Beneficiary; payee: Payee } {
  if (key.kind === 'structure')
    return { beneficiary: { kind: 'structure', name: project.structure.name }, payee: structurePayee(project) };
  const m = team.get(key.id);
  // The ledger pays only members of the team (every rule checks): anything else is a defect, not a verdict.
  if (m === undefined) throw new RangeError('resolveBeneficiary: a ledger key outside the team');
  const beneficiary: Beneficiary =
    m.name !== undefined
      ? { kind: 'member', id: m.id, profession: m.profession, name: m.name }
      : { kind: 'member', id: m.id, profession: m.profession };
  return { beneficiary, payee: memberPayee(m) };
}
