import { cellDate, cellText, CellError, pairsOf, rowsOf, SHEET, type Cell } from './cell-values';

const opt = <K extends string>(k: K, v: unknown): Partial<Record<K, unknown>> =>
  v === null || v === undefined ? {} : ({ [k]: v } as Record<K, unknown>);
const num = (v: Cell): number | undefined => (v === null || v === undefined || v === '' ? undefined : Number(v));

/**
 * Builds the JSON of a projet from a key/value range (structure, category, siret, finess, sentToArs, key) and a
 * team range with headers id, profession, rpps, adeli, cpam, employer, employer_siret, employer_finess.
 *
 * @example
 * projectFromRanges([['structure', 'MSP'], ['category', 'msp'], ['siret', '90000000100017'], ['sentToArs', '2026-03-10']], team, 'obesite-complexe-adulte')
 */
export function projectFromRanges(projectRange: unknown, teamRange: unknown, typeId: string): Record<string, unknown> {
  const p = pairsOf(projectRange, SHEET.m.sheet.ranges.project);
  const key = cellText(p.key ?? null);
  let distribution: unknown = {};
  if (key !== null) {
    try {
      distribution = { default: JSON.parse(key) as unknown };
    } catch {
      throw new CellError(SHEET.m.sheet.keyNotJson);
    }
  }
  return {
    id: cellText(p.id ?? null) ?? 'projet',
    structure: {
      name: cellText(p.structure ?? null) ?? 'Structure',
      category: cellText(p.category ?? null),
      ...opt('siret', cellText(p.siret ?? null)),
      ...opt('finess', cellText(p.finess ?? null)),
    },
    parcoursType: typeId,
    sentToArs: cellDate(p.senttoars ?? null, 'sentToArs'),
    team: rowsOf(teamRange, SHEET.m.sheet.ranges.team).map((m) => {
      const employer = cellText(m.employer ?? null);
      return {
        id: cellText(m.id ?? null),
        profession: cellText(m.profession ?? null),
        ...opt('rpps', cellText(m.rpps ?? null)),
        ...opt('adeli', cellText(m.adeli ?? null)),
        ...opt('cpamNumber', cellText(m.cpam ?? null)),
        ...(employer !== null
          ? {
              employer: {
                name: employer,
                ...opt('siret', cellText(m.employer_siret ?? null)),
                ...opt('finess', cellText(m.employer_finess ?? null)),
              },
            }
          : {}),
      };
    }),
    distribution,
  };
}

/** The attestations cell, `S1 2027-05-19; S2 2028-06-10`: each séquence with the day it was signed (text as given). */
function attestationsOf(text: string | null): { sequence: string; date: string }[] | undefined {
  if (text === null) return undefined;
  return text
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const [sequence = '', date = ''] = x.split(/\s+/);
      return { sequence, date };
    });
}

/**
 * Builds the JSON of a patient's path from a key/value range (ref, birthDate, inclusion, exit, exitReason, profile,
 * territory, complementary, exemptions, attestations — `S1 2027-05-19; S2 2028-06-10`) and a prestations range with
 * headers id, code, date, member, minutes, status.
 *
 * @example
 * pathFromRanges([['ref', 'P1'], ['birthDate', 27000], ['inclusion', '2026-06-01'], ['complementary', 'responsable']], prestations, 'obesite-complexe-adulte')
 */
export function pathFromRanges(
  patientRange: unknown,
  prestationsRange: unknown,
  typeId: string,
): Record<string, unknown> {
  const p = pairsOf(patientRange, SHEET.m.sheet.ranges.patient);
  const exit = cellDate(p.exit ?? null, 'exit');
  const exemptions = (cellText(p.exemptions ?? null) ?? '').split(/[,;\s]+/).filter(Boolean);
  return {
    parcoursType: typeId,
    patient: {
      ref: cellText(p.ref ?? null),
      birthDate: cellDate(p.birthdate ?? null, 'birthDate'),
      ...opt('territory', cellText(p.territory ?? null)),
    },
    coverage: { complementary: cellText(p.complementary ?? null) ?? 'none', exemptions },
    ...opt('profile', cellText(p.profile ?? null)),
    inclusion: { date: cellDate(p.inclusion ?? null, 'inclusion') },
    ...(exit !== null ? { exit: { date: exit, reason: cellText(p.exitreason ?? null) ?? 'other' } } : {}),
    ...opt('attestations', attestationsOf(cellText(p.attestations ?? null))),
    prestations: rowsOf(prestationsRange, SHEET.m.sheet.ranges.prestations).map((r, i) => ({
      id: cellText(r.id ?? null) ?? `ligne-${i + 2}`,
      code: cellText(r.code ?? null),
      date: cellDate(r.date ?? null, SHEET.m.sheet.prestationsRow({ row: i + 2 }, SHEET.f)),
      member: cellText(r.member ?? null),
      ...opt('minutes', num(r.minutes ?? null)),
      status: cellText(r.status ?? null) ?? 'done',
    })),
  };
}
