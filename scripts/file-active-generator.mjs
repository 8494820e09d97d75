// Generates reproducible files active for tests and benchmarks (no dependency: run by Node or imported by vitest).

/**
 * A small deterministic generator (LCG), so that a file active can be rebuilt identically from its seed.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DAY = 86_400_000;
/** @param {string} iso @param {number} days @returns {string} */
const plusDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** @type {[string, string, number][]} */
const ACTS = [
  ['CONSULTATION_MEDICALE', 'dr-martin', 45],
  ['SEANCE_IDE', 'ide-roux', 30],
  ['SEANCE_DIET', 'diet-leroy', 45],
  ['SEANCE_DIET', 'diet-leroy', 20],
  ['SEANCE_PSY', 'psy-bernard', 50],
  ['SEANCE_APA', 'apa-petit', 60],
  ['BILAN_ETAPE', 'dr-martin', 45],
  ['BILAN_FINAL', 'dr-martin', 30],
];

/**
 * Paths of the obesity type for the example projet (examples/obesite/project.json): random profiles, territories,
 * coverage, exits, extensions and attestations, and on average `perPath` prestations over two years; every 97th path
 * has an impossible inclusion date, so that it is rejected.
 * @param {number} count
 * @param {number} seed
 * @param {number} [perPath]
 * @returns {Generator<Record<string, unknown>>}
 */
export function* obesityPaths(count, seed, perPath = 20) {
  const rnd = seeded(seed);
  /** @template T @param {readonly T[]} xs @returns {T} */
  const pick = (xs) => /** @type {T} */ (xs[Math.floor(rnd() * xs.length)]);
  for (let i = 0; i < count; i++) {
    // A few inclusions come before the projet is deemed accepted (2026-05-10): those paths are blocked.
    const inclusion = plusDays('2026-05-01', Math.floor(rnd() * 300));
    const prestations = Array.from({ length: Math.floor(rnd() * perPath * 2) }, (_, k) => {
      const [code, member, minutes] = pick(ACTS);
      return {
        id: `p${k}`,
        code,
        date: plusDays(inclusion, Math.floor(rnd() * 700)),
        member,
        minutes,
        status: rnd() < 0.9 ? 'done' : pick(['cancelled', 'missed']),
      };
    });
    /** @type {Record<string, unknown>} */
    const path = {
      parcoursType: 'obesite-complexe-adulte',
      patient: {
        ref: `GEN-${String(i).padStart(6, '0')}`,
        birthDate: plusDays('1950-01-01', Math.floor(rnd() * 20000)),
        territory: pick(['69', '75', '974', '972', '2A']),
      },
      coverage: {
        complementary: pick(['responsable', 'responsable', 'c2s', 'ame', 'none']),
        exemptions: rnd() < 0.2 ? ['ald'] : [],
      },
      profile: pick(['A', 'B', 'C', 'D']),
      inclusion: { date: inclusion },
      prestations,
    };
    if (rnd() < 0.25)
      path.exit = {
        date: plusDays(inclusion, Math.floor(rnd() * 600)),
        reason: pick(['withdrawal', 'moved', 'completed', 'death']),
      };
    if (rnd() < 0.1)
      path.extensions = [{ sequence: 'S1', date: plusDays(inclusion, 330 + Math.floor(rnd() * 60)), months: 6 }];
    // Most séquences get their attestation, some before they end (refused), some never.
    path.attestations = [
      { sequence: 'S1', date: plusDays(inclusion, 250 + Math.floor(rnd() * 300)) },
      { sequence: 'S2', date: plusDays(inclusion, 600 + Math.floor(rnd() * 250)) },
    ].filter(() => rnd() < 0.85);
    if (i % 97 === 96) path.inclusion = { date: '2026-02-30' };
    yield path;
  }
}

/**
 * The same paths as {@link obesityPaths}, in an array.
 * @param {number} count
 * @param {number} seed
 * @param {number} [perPath]
 * @returns {Record<string, unknown>[]}
 */
export function obesityFileActive(count, seed, perPath = 20) {
  return [...obesityPaths(count, seed, perPath)];
}
