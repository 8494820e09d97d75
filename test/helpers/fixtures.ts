import { readFileSync } from 'node:fs';
import {
  parseParcoursType,
  parsePatientPath,
  parseProject,
  type ParcoursProject,
  type ParcoursType,
  type PatientPath,
} from '../../src/index';

type Json = Record<string, unknown>;

/** A compact two-séquence type used across tests (amounts chosen for easy hand arithmetic). */
export function typeJson(): Json {
  return {
    id: 't-test',
    version: 'v1',
    title: 'Type de test',
    // A made-up type marked official so that the tests of the engine see no TYPE_NOT_OFFICIAL; the tests of the
    // status set it themselves.
    status: 'official',
    sources: [{ title: 'test' }],
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    eligibility: { minAge: 18, maxAge: 70, profiles: [{ id: 'A' }, { id: 'B' }] },
    professions: ['medecin', 'dieteticien', 'psychologue', 'enseignant-apa'],
    coordinators: ['msp', 'centre-sante'],
    duration: { months: 12, renewals: { max: 1, months: 6 } },
    prestations: [
      { code: 'BILAN', professions: ['medecin'], minMinutes: 45 },
      { code: 'DIET', professions: ['dieteticien'], minMinutes: 30 },
      { code: 'PSY', professions: ['psychologue'] },
      { code: 'APA', professions: ['enseignant-apa'], collective: true },
      { code: 'FINAL', professions: ['medecin'] },
    ],
    sequences: [
      {
        id: 'S1',
        start: 'inclusion',
        months: 1,
        requirements: [
          { prestation: 'BILAN', min: 1, max: 1, withinDays: 15 },
          { prestation: 'DIET', min: 2, max: 3 },
        ],
        forfait: { byProfile: { A: '300.00', B: '400.00' } },
        incomplete: {
          policy: 'tiers',
          tiers: [
            { minDone: 1, share: '0.25' },
            { minDone: 2, share: '0.5' },
          ],
        },
      },
      {
        id: 'S2',
        start: { after: 'S1' },
        months: 11,
        requirements: [
          { anyOf: ['PSY', 'APA'], min: 2, max: 4 },
          { prestation: 'FINAL', min: 1, max: 1 },
        ],
        forfait: { amount: '600.00' },
        incomplete: { policy: 'prorata' },
      },
    ],
    modulations: [{ id: 'om', when: { departments: ['971', '972', '973', '974', '976'] }, factor: '1.20' }],
    participation: { kind: 'rate', rate: '0.30' },
  };
}

export function projectJson(): Json {
  return {
    id: 'proj-test',
    structure: { name: 'MSP test', category: 'msp', siret: '90000000100017' },
    parcoursType: 't-test',
    sentToArs: '2025-10-31',
    team: [
      { id: 'med', profession: 'medecin', rpps: '10001234565' },
      { id: 'diet', profession: 'dieteticien', adeli: '759912345' },
      { id: 'psy', profession: 'psychologue', adeli: '759954321' },
      {
        id: 'apa',
        profession: 'enseignant-apa',
        cpamNumber: 'APA-1',
        employer: { name: 'Asso', siret: '90000000200015' },
      },
    ],
    distribution: {
      default: [
        { kind: 'coordination', rate: '0.10' },
        { kind: 'weights', by: 'member', basis: 'sessions' },
      ],
    },
  };
}

export function pathJson(): Json {
  return {
    parcoursType: 't-test',
    patient: { ref: 'PAT-T1', birthDate: '1980-06-15', territory: '75' },
    coverage: { complementary: 'responsable' },
    profile: 'A',
    inclusion: { date: '2026-01-31' },
    prestations: [],
  };
}

/** A prestation record with sensible defaults. */
export function pr(id: string, code: string, date: string, member: string, extra: Json = {}): Json {
  return { id, code, date, member, minutes: 60, status: 'done', ...extra };
}

export function mustParse(
  t: Json,
  p: Json,
  path: Json,
): { type: ParcoursType; project: ParcoursProject; path: PatientPath } {
  const rt = parseParcoursType(t);
  const rp = parseProject(p);
  const rpath = parsePatientPath(path);
  if (!rt.ok) throw new Error(`type: ${JSON.stringify(rt.issues)}`);
  if (!rp.ok) throw new Error(`project: ${JSON.stringify(rp.issues)}`);
  if (!rpath.ok) throw new Error(`path: ${JSON.stringify(rpath.issues)}`);
  return { type: rt.value, project: rp.value, path: rpath.value };
}

export function readExample(name: string): Json {
  return JSON.parse(readFileSync(new URL(`../../examples/obesite/${name}`, import.meta.url), 'utf8')) as Json;
}

/** Codes of a list of issues, in order. */
export const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);
