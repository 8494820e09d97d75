import { describe, expect, it } from 'vitest';
import type { TraceKind, TraceParams, TraceStep } from '../src/domain/trace-steps';
import { ISSUE_CODES } from '../src/domain/issue-codes';
import { EN } from '../src/messages/en';
import { formatterFor } from '../src/messages/format';
import { FR } from '../src/messages/fr';
import type { Messages } from '../src/messages/messages';
import { OUTPUT_EN } from '../src/messages/output-en';
import { OUTPUT_FR } from '../src/messages/output-fr';
import { COMMANDS } from '../src/cli/command-table';
import { commandHelp, usageText } from '../src/cli/help';
import { issueText, traceStepText } from '../src/messages/render';
import { fileActive } from '../src/entries/operations';
import { formatFileActive, formatReport, formatSettlement } from '../src/entries/exports';
import { settle, validatePath } from '../src/index';
import { mustParse, readExample } from './helpers/fixtures';
import { readFileSync } from 'node:fs';

/** One set of figures for every kind of trace step. */
const TRACE_SAMPLES: { readonly [K in TraceKind]: TraceParams[K] } = {
  FORFAIT_PART: { id: 'apa', amount: '96.00' },
  PARTS_DUE: { parts: [{ id: 'base', amount: '675.60' }], amount: '675.60' },
  COVERAGE: { date: '2026-09-21', complementary: 'c2s', exemptions: ['maternite'], unrelated: ['ald'] },
  CLAIM_PART: { part: 'apa', amount: '96.00', member: 'apa' },
  BASE: { profile: 'B', amount: '536.00' },
  MODULATION: { id: 'outre-mer', factor: '1.2', territory: '974' },
  MODULATED: { base: '536.00', factor: '1.2', exact: '643.2', amount: '643.20' },
  COMPLETED: { date: '2026-09-21', amount: '536.00' },
  POLICY_FULL: { date: '2026-09-21', amount: '536.00' },
  POLICY_PRORATA: { date: '2026-09-21', met: 1, required: 3, modulated: '600.00', exact: '200', amount: '200.00' },
  POLICY_TIERS: { date: '2026-09-21', done: 3, minDone: 3, share: '0.5', modulated: '536.00', amount: '268.00' },
  PARTICIPATION_NONE: {},
  PARTICIPATION_EXEMPT: { exemption: 'ald' },
  PARTICIPATION_RATE: { forfait: '536.00', rate: '0.3', exact: '160.8', amount: '160.80' },
  PARTICIPATION_FLAT: { amount: '20.00' },
  PAYERS: { amo: '375.20', amc: '160.80', patient: '0.00', total: '536.00', cover: 'responsable' },
  KEY_SOURCE: { from: 'type', sequence: 'S1' },
  COORDINATION_RATE: { rate: '0.1', forfait: '536.00', exact: '53.6', amount: '53.60' },
  COORDINATION_AMOUNT: { amount: '50.00' },
  CLAIM_FIXED: { amount: '100.00', member: 'med' },
  CLAIM_UNIT: { code: 'BILAN', count: 1, rate: '60.00', amount: '60.00', member: 'med' },
  CLAIMS_SCALED: { claimed: '700.00', available: '482.40', paid: [{ member: 'med', amount: '482.40' }] },
  REST: { amount: '422.40' },
  WEIGHTS: {
    by: 'profession',
    basis: 'minutes',
    parts: [{ name: 'dieteticien', weight: '180', amount: '422.40' }],
    total: '180',
    amount: '422.40',
  },
  WEIGHTS_WITHIN: {
    profession: 'dieteticien',
    parts: [
      { name: 'diet-a', weight: '2', amount: '211.20' },
      { name: 'diet-b', weight: '2', amount: '211.20' },
    ],
    amount: '422.40',
  },
  WEIGHTS_EMPTY: {},
  REMAINDER: { amount: '0.01' },
  CHECK: { sum: '536.00', amount: '536.00' },
};
const TRACE_STEPS = Object.entries(TRACE_SAMPLES).map(([step, params]) => ({ step, params }) as TraceStep);

/** Parameters that record which keys a message reads (any figure reads as 7). */
function recording(): { params: never; read: Set<string> } {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_t, key) => {
        if (typeof key !== 'string') return undefined;
        read.add(key);
        return '7';
      },
    },
  ) as never;
  return { params, read };
}

/** The keys of a messages module, recursively (leaves: texts and functions). */
function shape(value: unknown, at = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${at}:${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((k) => shape((value as Record<string, unknown>)[k], at === '' ? k : `${at}.${k}`));
}

describe('messages modules: French and English', () => {
  it('have the same keys, texts and functions in the same places', () => {
    expect(shape(EN)).toEqual(shape(FR));
    expect(shape(OUTPUT_EN)).toEqual(shape(OUTPUT_FR));
  });

  it('read the same parameters of every issue code', () => {
    for (const code of ISSUE_CODES) {
      const fr = recording();
      const en = recording();
      (FR.issues[code] as (p: never, f: unknown) => string)(fr.params, formatterFor('fr'));
      (EN.issues[code] as (p: never, f: unknown) => string)(en.params, formatterFor('en'));
      expect([code, [...en.read].sort()]).toEqual([code, [...fr.read].sort()]);
    }
  });

  it('read the same parameters of every trace step, and render each in both languages', () => {
    for (const step of TRACE_STEPS) {
      const keys = (m: Messages) => {
        const read = new Set<string>();
        const params = new Proxy(step.params as object, {
          get: (t, k) => {
            if (typeof k === 'string') read.add(k);
            return Reflect.get(t, k);
          },
        });
        (m.trace[step.step] as (p: unknown, f: unknown) => string)(params, formatterFor(m === FR ? 'fr' : 'en'));
        return [...read].sort();
      };
      expect([step.step, keys(EN)]).toEqual([step.step, keys(FR)]);
      expect(traceStepText(step, 'fr')).not.toBe(traceStepText(step, 'en'));
    }
  });

  it('write French with its typography and English with its conventions', () => {
    expect(formatterFor('fr').money('1536')).toBe('1\u202f536,00\u00a0€');
    expect(formatterFor('en').money('1536')).toBe('€1,536.00');
    expect(formatterFor('fr').money('333.333333')).toBe('333,333333\u00a0€');
    expect(formatterFor('fr').number('0.3')).toBe('0,3');
    expect(issueText('SCHEMA_UNKNOWN_KEY', { key: 'x' }, 'fr')).toBe('Champ inconnu «\u00a0x\u00a0».');
    expect(issueText('KEY_WEIGHTS_EMPTY', { sequence: 'S1' }, 'fr')).toBe(
      'Séquence S1\u00a0: la pondération ne s’applique à personne (poids nuls)\u202f; le reste va à la règle suivante.',
    );
    expect(issueText('SCHEMA_UNKNOWN_KEY', { key: 'x' }, 'en')).toBe('Unknown field "x".');
  });
});

// ── Every output of the shipped example, in each language: no word of the other one ────────────────────────────
const FRENCH_ONLY =
  /\b(séquences?|forfaits?|prestations?|parcours|projet|clé|répartition|réparti|arrondi|reste|comptées?|complète|incomplète|facturables?|facturé|versé|règlement|constats?|aucune?|avant|après|entre|avec|pour|sans|les|des|du|une|est|sont|pas|montants?|payeurs|totaux|détail|calcul|fin|sortie|profil|membre|équipe|invalide|attendu|reçu|champ|inconnue?|valeur|trop|lignes?|fichier|commande|obligatoire|manquant|à venir|en cours|plus fort)\b/iu;
const ENGLISH_ONLY =
  /\b(the|of|and|is|are|not|with|sequences?|payment|services?|pathways?|key|shares?|rounded|left|counted|completed|billable|paid|findings|settlement|computation|billed|totals|member|team|invalid|expected|received|unknown|field|value|too|lines?|file|command|missing|required|still|due|none|pending|in progress)\b/iu;

/** Every text of the documents (names, labels, codes, statuses): data, not the library's words. */
function dataStrings(...docs: unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  docs.forEach(walk);
  return out.sort((a, b) => b.length - a.length);
}

function exampleOutputs(lang: 'fr' | 'en'): { texts: string[]; data: string[] } {
  const typeJson = JSON.parse(
    readFileSync(new URL('../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const d = mustParse(typeJson, readExample('project.json'), readExample('path.json'));
  const asOf = '2027-06-15';
  const report = validatePath(d.type, d.project, d.path, { asOf, lang });
  // A settlement made in the other language, rendered in this one: the trace is data.
  const settlement = settle(d.type, d.project, d.path, { asOf, lang: lang === 'fr' ? 'en' : 'fr' });
  const acc = fileActive({ project: d.project, types: d.type, from: '2026-01-01', to: asOf, lang });
  acc.add(readExample('path.json'));
  const texts = [
    formatReport(report, lang),
    formatReport({ ...report, issues: [], blocked: true }, lang),
    formatSettlement({ ...settlement, sequences: [] }, lang),
    formatSettlement(settlement, lang).replace(/^.*— .*$/gm, (l) => l),
    formatFileActive(acc.report(), lang),
    ...ISSUE_CODES.map((code) => issueText(code, recording().params, lang)),
    ...TRACE_STEPS.map((s) => traceStepText(s, lang)),
    usageText(lang),
    ...COMMANDS.map((c) => commandHelp(c, lang)),
  ];
  return {
    texts,
    data: dataStrings(typeJson, readExample('project.json'), readExample('path.json'), Object.values(TRACE_SAMPLES)),
  };
}

/**
 * The words of a text once what is not the library's prose is taken out: the documents' own texts, codes
 * (UPPER_SNAKE), options, JSON paths after `@`, quoted field names, file and document names, and the French term
 * "file active", which both languages' files keep.
 */
function words(text: string, data: readonly string[]): string {
  let t = text.replace(/parcours-type\|project\|patient-path/g, ' ');
  for (const s of data) if (s.length > 2) t = t.split(s).join(' ');
  return t
    .replace(/@ [a-z]+:\S*/g, ' ')
    .replace(/"[^"]*"|«[^»]*»/g, ' ')
    .replace(/\b[\w-]+\.(ndjson|json|csv)\b/g, ' ')
    .replace(/\bfile[ -]active\b/gi, ' ')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(/--[a-z-]+/g, ' ');
}

describe('every output of the shipped example', () => {
  it('in English has no French word', () => {
    const { texts, data } = exampleOutputs('en');
    const found = texts.flatMap((t) =>
      words(t, data)
        .split('\n')
        .filter((l) => FRENCH_ONLY.test(l)),
    );
    expect(found).toEqual([]);
  });

  it('in French has no English word', () => {
    const { texts, data } = exampleOutputs('fr');
    const found = texts.flatMap((t) =>
      words(t, data)
        .split('\n')
        .filter((l) => ENGLISH_ONLY.test(l)),
    );
    expect(found).toEqual([]);
  });
});
