// The practical limit for the benchmark: the obesity type and the example projet hard-coded, in integer cents, with
// no schema, no catalog, no trace and no messages. Same rules and same results as the engine on the same paths
// (bench.mjs checks it), so that the ratio measured against it is fair: profiles as a base plus named parts, a
// first séquence of 12 months extendable to 18 with at least 10 interventions and two reviews in windows, a second
// of 12 months with its final review, the patient's attestation, prorata on exit, the projet's key (coordination,
// the parts to their professions, the rest by sessions).

const DAY = 86_400_000;
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const dayIso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
function addMonths(iso, n) {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7) - 1 + n;
  const d = +iso.slice(8, 10);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}
function age(birth, on) {
  let a = +on.slice(0, 4) - +birth.slice(0, 4);
  if (on.slice(5) < birth.slice(5)) a--;
  return a;
}

const PROFESSION = {
  'dr-martin': 'medecin',
  'ide-roux': 'infirmier',
  'diet-leroy': 'dieteticien',
  'psy-bernard': 'psychologue',
  'apa-petit': 'enseignant-apa',
};
// Code → [professions allowed, minimum minutes].
const APA = ['masseur-kinesitherapeute', 'enseignant-apa', 'psychomotricien', 'ergotherapeute'];
const PRESTATION = {
  CONSULTATION_MEDICALE: [['medecin'], 0],
  SEANCE_IDE: [['infirmier'], 0],
  SEANCE_DIET: [['dieteticien'], 30],
  SEANCE_PSY: [['psychologue'], 45],
  SEANCE_APA: [APA, 45],
  BILAN_ETAPE: [['medecin'], 30],
  BILAN_FINAL: [['medecin'], 30],
};
// Requirements: [code or '*' for any intervention, min, max (or Infinity), window in months [from, to] or null].
const S1 = [
  ['*', 10, Infinity, null],
  ['BILAN_ETAPE', 1, 1, [5, 7]],
  ['BILAN_ETAPE', 1, 1, [11, 12]],
];
const S2 = [
  ['BILAN_FINAL', 1, 1, [10, 12]],
  ['*', 0, Infinity, null],
];
// Parts of each séquence: [id, cents, profiles (null: all)].
const PARTS = [
  [
    ['base', 67560, null],
    ['apa', 9600, ['B', 'D']],
    ['psy', 28980, ['C', 'D']],
  ],
  [
    ['base', 45040, null],
    ['apa', 6400, ['B', 'D']],
    ['psy', 19320, ['C', 'D']],
  ],
];
const PART_TO = { apa: 'apa-petit', psy: 'psy-bernard' }; // the one enseignant APA, the one psychologue
const DOM = new Set(['971', '972', '973', '974', '976']);
const MEMBERS = ['apa-petit', 'diet-garnier', 'diet-leroy', 'dr-martin', 'ide-roux', 'psy-bernard'];
// The projet's avenant AV-2027-01: from this day, S2 is billed under a key whose coordination share is 12 % (10 %
// before, and for S1 throughout). The key applied to a séquence is the one in force on its billable date.
const AVENANT_2027_01 = '2027-06-01';
const ACCEPTED = '2026-05-10'; // sent to the ARS on 2026-03-10, + 2 months
const half = (num, den) => Math.floor((2 * num + den) / (2 * den)); // num / den rounded half up (num, den ≥ 0)

/** Splits `cents` by integer weights, by largest remainder, ties to the earlier weight. */
function split(cents, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w, i) => ({ i, q: Math.floor((cents * w) / total), r: (cents * w) % total }));
  let left = cents - parts.reduce((a, x) => a + x.q, 0);
  for (const x of [...parts].sort((a, b) => b.r - a.r || a.i - b.i)) {
    if (left === 0) break;
    x.q++;
    left--;
  }
  return parts.map((x) => x.q);
}

/** The months an extension of S1 recorded in the path grants (0 when refused). */
function extensionMonths(path, inc) {
  const e = (path.extensions ?? []).find((x) => x.sequence === 'S1');
  if (!e) return 0;
  const months = e.months ?? 6;
  return e.date >= inc && e.date <= addMonths(inc, 12) && months <= 6 ? months : 0;
}

/** Counts the path's prestations into the two séquences (their requirement counts and counted prestations). */
function count(path, inc, seqs, asOf) {
  const exit = path.exit?.date;
  const end = seqs[1].deadline;
  const list = path.prestations
    .map((p) => ({
      p,
      k: `${p.date}\u0000${p.id}\u0000${p.code}\u0000${p.member}\u0000${p.status}\u0000${p.minutes ?? ''}\u0000${p.sequence ?? ''}`,
    }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const seen = new Set();
  for (const { p } of list) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    if (p.status !== 'done') continue;
    const def = PRESTATION[p.code];
    if (!def?.[0].includes(PROFESSION[p.member])) continue;
    if (p.date < inc || (exit && p.date > exit) || p.date > asOf || p.date > end) continue;
    if (p.minutes !== undefined && p.minutes < def[1]) continue;
    const s = p.date <= seqs[0].deadline ? seqs[0] : seqs[1];
    const open = (i) => p.date >= s.from[i] && p.date <= s.to[i];
    const primary = s.reqs.findIndex((r, i) => r[0] === p.code && open(i) && s.done[i] < r[2]);
    // Beyond its requirement's maximum, a prestation is counted by no requirement, any intervention included.
    if (primary < 0 && s.reqs.some((r, i) => r[0] === p.code && open(i) && s.done[i] >= r[2])) continue;
    if (primary >= 0) s.done[primary]++;
    s.reqs.forEach((r, i) => {
      if (r[0] === '*') s.done[i]++; // every counted prestation is an intervention (windowless, no maximum)
    });
    s.counted.push(p);
    if (!s.completedOn && s.reqs.every((r, i) => s.done[i] >= r[1])) s.completedOn = p.date;
  }
}

/** Shares a séquence's amount: coordination, the parts to their professionals, the rest by sessions. */
function shares(amount, partsDue, counted, coordinationPercent) {
  const out = new Map([['structure', half(amount * coordinationPercent, 100)]]);
  let rest = amount - out.get('structure');
  for (const [id, cents] of partsDue) {
    const to = PART_TO[id];
    if (!to || cents === 0) continue;
    out.set(to, (out.get(to) ?? 0) + cents);
    rest -= cents;
  }
  const weights = MEMBERS.map((m) => counted.filter((p) => p.member === m).length);
  if (weights.every((w) => w === 0)) out.set('structure', out.get('structure') + rest);
  else
    split(rest, weights).forEach((q, i) => {
      if (q > 0) out.set(MEMBERS[i], (out.get(MEMBERS[i]) ?? 0) + q);
    });
  return out;
}

/** Validates and settles one parsed path on `asOf`; returns the billed séquences, or null when blocked. */
export function baselineSettle(path, asOf) {
  const inc = path.inclusion.date;
  if (inc < '2026-03-05' || inc < ACCEPTED || age(path.patient.birthDate, inc) < 18) return null;
  if (!['A', 'B', 'C', 'D'].includes(path.profile) || (path.exit && path.exit.date < inc)) return null;
  const ext = extensionMonths(path, inc);
  const d1 = addMonths(inc, 12 + ext);
  const s2start = dayIso(toDay(d1) + 1);
  const window = (start, deadline, reqs) => ({
    from: reqs.map((r) => (r[3] === null || r[3][0] === 0 ? start : addMonths(start, r[3][0]))),
    to: reqs.map((r) => {
      const to = r[3] === null ? deadline : addMonths(start, r[3][1]);
      return to < deadline ? to : deadline;
    }),
  });
  const seqs = [
    { id: 'S1', reqs: S1, start: inc, deadline: d1, ...window(inc, d1, S1) },
    { id: 'S2', reqs: S2, start: s2start, deadline: addMonths(inc, 24 + ext) },
  ].map((s) => ({
    ...window(s.start, s.deadline, s.reqs),
    ...s,
    done: s.reqs.map(() => 0),
    counted: [],
    completedOn: null,
  }));
  count(path, inc, seqs, asOf);
  const out = [];
  const realExit = path.exit && path.exit.date <= asOf ? path.exit.date : undefined;
  seqs.forEach((s, n) => {
    if ((realExit && realExit < s.start) || s.start > asOf) return;
    let ended;
    if (s.completedOn && s.completedOn <= asOf) ended = s.completedOn;
    else if (realExit && realExit <= s.deadline) ended = realExit;
    else if (s.deadline < asOf) ended = s.deadline;
    else return;
    const parts = PARTS[n].filter(([, , profiles]) => profiles === null || profiles.includes(path.profile));
    const base = parts.reduce((a, [, c]) => a + c, 0);
    const f = DOM.has(path.patient.territory) ? half(base * 12, 10) : base;
    let amount = f;
    if (ended !== s.completedOn) {
      const required = s.reqs.reduce((m, r) => m + r[1], 0);
      const met = s.reqs.reduce((m, r, i) => m + Math.min(s.done[i], r[1]), 0);
      amount = half(f * met, required);
    }
    if (amount === 0) return;
    const signed = (path.attestations ?? [])
      .filter((a) => a.sequence === s.id && a.date <= asOf && a.date >= ended)
      .map((a) => a.date)
      .sort()[0];
    if (signed === undefined) return;
    const due = split(
      amount,
      parts.map(([, c]) => c),
    ).map((c, i) => [parts[i][0], c]);
    const exempt = (path.coverage.exemptions ?? []).length > 0;
    const part = exempt ? 0 : half(amount * 3, 10);
    const c = path.coverage.complementary;
    const amc = c === 'responsable' || c === 'c2s' ? part : 0;
    const patient = c === 'none' ? part : 0;
    out.push({
      amount,
      amo: amount - amc - patient,
      amc,
      patient,
      shares: shares(amount, due, s.counted, s.id === 'S2' && signed >= AVENANT_2027_01 ? 12 : 10),
    });
  });
  return out;
}
