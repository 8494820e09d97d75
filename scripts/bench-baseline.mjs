// The practical limit for the benchmark: the obesity type and the example projet hard-coded, in integer cents, with
// no schema, no catalog, no trace and no messages. Same rules and same results as the engine on the same paths
// (bench.mjs checks it), so that the ratio measured against it is fair.

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
  'diet-leroy': 'dieteticien',
  'psy-bernard': 'psychologue',
  'apa-petit': 'enseignant-apa',
};
const PRESTATION = {
  BILAN_INITIAL: ['medecin', 45],
  SEANCE_DIET: ['dieteticien', 30],
  SEANCE_PSY: ['psychologue', 45],
  SEANCE_APA: ['enseignant-apa', 45],
  BILAN_FINAL: ['medecin', 30],
};
// Requirements: codes, min, max, window (days from the séquence start, or -1).
const S1 = [
  [['BILAN_INITIAL'], 1, 1, 30],
  [['SEANCE_DIET'], 4, 8, -1],
  [['SEANCE_PSY', 'SEANCE_APA'], 2, 10, -1],
];
const S2 = [
  [['SEANCE_DIET'], 3, 6, -1],
  [['SEANCE_PSY', 'SEANCE_APA'], 3, 12, -1],
  [['BILAN_FINAL'], 1, 1, -1],
];
const FORFAIT = [
  { A: 45040, B: 53600, C: 62200, D: 70760 },
  { A: 67560, B: 80400, C: 93300, D: 106140 },
];
const DOM = new Set(['971', '972', '973', '974', '976']);
const UNIT = { BILAN_INITIAL: 6000, BILAN_FINAL: 4000 };
const MEMBERS = ['apa-petit', 'diet-leroy', 'dr-martin', 'psy-bernard'];
const half = (num, den) => Math.floor((2 * num + den) / (2 * den)); // num / den rounded half up (num, den ≥ 0)

/** Validates and settles one parsed path on `asOf`; returns the billed séquences, or null when blocked. */
export function baselineSettle(path, asOf) {
  const inc = path.inclusion.date;
  if (inc < '2026-03-05' || age(path.patient.birthDate, inc) < 18 || !(path.profile in FORFAIT[0])) return null;
  if (path.exit && path.exit.date < inc) return null;
  const d1 = addMonths(inc, 6);
  const seqs = [
    { reqs: S1, start: inc, deadline: d1, done: [0, 0, 0], counted: [], completedOn: null },
    {
      reqs: S2,
      start: dayIso(toDay(d1) + 1),
      deadline: addMonths(inc, 24),
      done: [0, 0, 0],
      counted: [],
      completedOn: null,
    },
  ];
  const exit = path.exit?.date;
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
    if (!def || PROFESSION[p.member] !== def[0]) continue;
    if (p.date < inc || (exit && p.date > exit) || p.date > asOf || p.date > seqs[1].deadline) continue;
    if (p.minutes !== undefined && p.minutes < def[1]) continue;
    const s = p.date <= seqs[0].deadline ? seqs[0] : seqs[1];
    const cands = s.reqs.map((r, i) => [r, i]).filter(([r]) => r[0].includes(p.code));
    if (cands.length === 0) continue;
    const inWindow = cands.filter(
      ([r]) => r[3] < 0 || toDay(p.date) <= Math.min(toDay(s.start) + r[3], toDay(s.deadline)),
    );
    const open = inWindow.find(([r, i]) => s.done[i] < r[2]);
    if (!open) continue;
    s.done[open[1]]++;
    s.counted.push(p);
    if (!s.completedOn && s.reqs.every((r, i) => s.done[i] >= r[1])) s.completedOn = p.date;
  }
  const out = [];
  const realExit = exit && exit <= asOf ? exit : undefined;
  seqs.forEach((s, n) => {
    if (realExit && realExit < s.start) return;
    if (s.start > asOf) return;
    let f = FORFAIT[n][path.profile];
    if (DOM.has(path.patient.territory)) f = half(f * 12, 10);
    let amount;
    if (s.completedOn && s.completedOn <= asOf) amount = f;
    else if ((realExit && realExit <= s.deadline) || s.deadline < asOf) {
      if (n === 0) amount = s.counted.length >= 3 ? half(f, 2) : 0;
      else {
        const met = s.reqs.reduce((m, r, i) => m + Math.min(s.done[i], r[1]), 0);
        amount = half(f * met, 7);
      }
    } else return;
    if (amount === 0) return;
    const exempt = (path.coverage.exemptions ?? []).length > 0;
    const part = exempt ? 0 : half(amount * 3, 10);
    const c = path.coverage.complementary;
    const amc = c === 'responsable' || c === 'c2s' ? part : 0;
    const patient = c === 'none' ? part : 0;
    const shares = new Map([['structure', half(amount, 10)]]);
    let rest = amount - shares.get('structure');
    const weights = new Map();
    for (const p of s.counted) {
      const unit = UNIT[p.code];
      if (unit) {
        shares.set(p.member, (shares.get(p.member) ?? 0) + unit);
        rest -= unit;
      } else weights.set(p.member, (weights.get(p.member) ?? 0) + 1);
    }
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    if (total === 0) shares.set('structure', shares.get('structure') + rest);
    else {
      const parts = MEMBERS.map((m, i) => ({
        m,
        i,
        q: Math.floor((rest * (weights.get(m) ?? 0)) / total),
        r: (rest * (weights.get(m) ?? 0)) % total,
      }));
      let left = rest - parts.reduce((a, x) => a + x.q, 0);
      for (const x of [...parts].sort((a, b) => b.r - a.r || a.i - b.i)) {
        if (left === 0) break;
        x.q++;
        left--;
      }
      for (const x of parts) if (x.q > 0) shares.set(x.m, (shares.get(x.m) ?? 0) + x.q);
    }
    out.push({ amount, amo: amount - amc - patient, amc, patient, shares });
  });
  return out;
}
