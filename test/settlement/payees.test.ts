import { describe, expect, it } from 'vitest';
import type { ParcoursProject, TeamMember } from '../../src/documents/project';
import { memberPayee, resolveBeneficiary, structurePayee } from '../../src/settlement/payees';
import { mustParse, pathJson, projectJson, typeJson } from '../helpers/fixtures';

/** The test projet with its structure replaced. */
const projectWith = (structure: Record<string, unknown>): ParcoursProject =>
  mustParse(typeJson(), { ...projectJson(), structure }, pathJson()).project;

describe('who is paid for a member, and for the structure', () => {
  it('a professional by RPPS, else ADELI, else the CPAM number; the name when the member gives one', () => {
    expect(memberPayee({ id: 'm', profession: 'medecin', rpps: '10001234565', adeli: '759912345' })).toStrictEqual({
      kind: 'professional',
      idType: 'RPPS',
      id: '10001234565',
    });
    expect(memberPayee({ id: 'd', profession: 'dieteticien', adeli: '759912345', cpamNumber: 'C-1' })).toStrictEqual({
      kind: 'professional',
      idType: 'ADELI',
      id: '759912345',
    });
    expect(memberPayee({ id: 'a', name: 'A. Petit', profession: 'enseignant-apa', cpamNumber: 'C-1' })).toStrictEqual({
      kind: 'professional',
      name: 'A. Petit',
      idType: 'CPAM',
      id: 'C-1',
    });
    // No identifier at all (validation refuses such a member before any settlement): an empty CPAM id.
    expect(memberPayee({ id: 'x', profession: 'psychologue' })).toStrictEqual({
      kind: 'professional',
      idType: 'CPAM',
      id: '',
    });
  });

  it('the employer instead of the professional: by SIRET, else FINESS', () => {
    const base: TeamMember = { id: 'a', profession: 'enseignant-apa', rpps: '10001234565' };
    expect(
      memberPayee({ ...base, employer: { name: 'Asso', siret: '90000000200015', finess: '010000024' } }),
    ).toStrictEqual({
      kind: 'employer',
      name: 'Asso',
      idType: 'SIRET',
      id: '90000000200015',
    });
    expect(memberPayee({ ...base, employer: { name: 'Hôpital', finess: '010000024' } })).toStrictEqual({
      kind: 'employer',
      name: 'Hôpital',
      idType: 'FINESS',
      id: '010000024',
    });
    // Neither (refused by validation): an empty FINESS.
    expect(memberPayee({ ...base, employer: { name: 'Sans numéro' } })).toStrictEqual({
      kind: 'employer',
      name: 'Sans numéro',
      idType: 'FINESS',
      id: '',
    });
  });

  it('the structure by SIRET, else FINESS', () => {
    expect(structurePayee(projectWith({ name: 'MSP', category: 'msp', siret: '90000000100017' }))).toStrictEqual({
      kind: 'structure',
      name: 'MSP',
      idType: 'SIRET',
      id: '90000000100017',
    });
    expect(structurePayee(projectWith({ name: 'CDS', category: 'centre-sante', finess: '010000024' }))).toStrictEqual({
      kind: 'structure',
      name: 'CDS',
      idType: 'FINESS',
      id: '010000024',
    });
  });

  it('a structure with neither number (refused by validation) has an empty FINESS', () => {
    const project = projectWith({ name: 'CDS', category: 'centre-sante', finess: '010000024' });
    expect(structurePayee({ ...project, structure: { name: 'CDS', category: 'centre-sante' } })).toStrictEqual({
      kind: 'structure',
      name: 'CDS',
      idType: 'FINESS',
      id: '',
    });
  });

  it('resolves a ledger key: the structure, a member with or without a name; a key outside the team is a defect', () => {
    const project = projectWith({ name: 'CDS', category: 'centre-sante', finess: '010000024' });
    const team = new Map<string, TeamMember>([
      ['med', { id: 'med', profession: 'medecin', rpps: '10001234565' }],
      ['diet', { id: 'diet', name: 'D. Leroy', profession: 'dieteticien', adeli: '759912345' }],
    ]);
    expect(resolveBeneficiary({ kind: 'structure' }, project, team)).toStrictEqual({
      beneficiary: { kind: 'structure', name: 'CDS' },
      payee: { kind: 'structure', name: 'CDS', idType: 'FINESS', id: '010000024' },
    });
    expect(resolveBeneficiary({ kind: 'member', id: 'med' }, project, team)).toStrictEqual({
      beneficiary: { kind: 'member', id: 'med', profession: 'medecin' },
      payee: { kind: 'professional', idType: 'RPPS', id: '10001234565' },
    });
    expect(resolveBeneficiary({ kind: 'member', id: 'diet' }, project, team)).toStrictEqual({
      beneficiary: { kind: 'member', id: 'diet', profession: 'dieteticien', name: 'D. Leroy' },
      payee: { kind: 'professional', name: 'D. Leroy', idType: 'ADELI', id: '759912345' },
    });
    expect(() => resolveBeneficiary({ kind: 'member', id: 'psy' }, project, team)).toThrow(
      new RangeError('resolveBeneficiary: a ledger key outside the team'),
    );
  });
});
