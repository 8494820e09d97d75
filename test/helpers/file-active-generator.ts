import { addDays } from '../../src/dates/calendar';

/** A small deterministic generator (LCG), so that a file active can be rebuilt identically from its seed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ACTS: [string, string, number][] = [
  ['BILAN_INITIAL', 'dr-martin', 60],
  ['SEANCE_DIET', 'diet-leroy', 45],
  ['SEANCE_DIET', 'diet-leroy', 45],
  ['SEANCE_DIET', 'diet-leroy', 20],
  ['SEANCE_PSY', 'psy-bernard', 50],
  ['SEANCE_APA', 'apa-petit', 60],
  ['BILAN_FINAL', 'dr-martin', 30],
];

/**
 * Paths of the obesity type for the example projet (examples/obesite/project.json): random profiles, territories,
 * coverage, exits and about `perPath` prestations over two years; every 97th line is a broken record.
 */
export function obesityFileActive(count: number, seed: number, perPath = 20): unknown[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const inclusion = addDays('2026-03-10', Math.floor(rnd() * 300));
    const prestations = Array.from({ length: Math.floor(rnd() * perPath * 2) }, (_, k) => {
      const [code, member, minutes] = pick(ACTS);
      return { id: `p${k}`, code, date: addDays(inclusion, Math.floor(rnd() * 700)), member, minutes, status: rnd() < 0.9 ? 'done' : pick(['cancelled', 'missed']) };
    });
    const path: Record<string, unknown> = {
      parcoursType: 'obesite-complexe-adulte',
      patient: { ref: `GEN-${String(i).padStart(6, '0')}`, birthDate: addDays('1950-01-01', Math.floor(rnd() * 20000)), territory: pick(['69', '75', '974', '972', '2A']) },
      coverage: { complementary: pick(['responsable', 'responsable', 'c2s', 'ame', 'none']), exemptions: rnd() < 0.2 ? ['ald'] : [] },
      profile: pick(['A', 'B', 'C', 'D']),
      inclusion: { date: inclusion },
      prestations,
    };
    if (rnd() < 0.25) path.exit = { date: addDays(inclusion, Math.floor(rnd() * 600)), reason: pick(['withdrawal', 'moved', 'completed', 'death']) };
    if (i % 97 === 96) path.inclusion = { date: '2026-02-30' };
    out.push(path);
  }
  return out;
}
