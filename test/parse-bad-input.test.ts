import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseParcoursType, parsePatientPath, parseProject } from '../src/index';
import { IDENTIFIER_PATTERN, MAP_KEY_PATTERN, TERRITORY_PATTERN } from '../src/documents/formats';
import { checkDistribution } from '../src/documents/key-checks';
import { ownValue } from '../src/documents/own-value';
import { parsedDocuments } from '../src/documents/parse';
import { reportZodIssues } from '../src/documents/zod-issues';
import { MAX_ARRAY_LENGTH, MAX_DEPTH, MAX_KEYS, scanUntrusted } from '../src/documents/untrusted-input';
import { issueSink } from '../src/issues/issue-sink';
import { codes, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';
import { typo } from './helpers/typography';

const at = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('parse functions on hostile or malformed input', () => {
  it.each([null, undefined, 'text', 42, 1e308, true, [], [1, 2]])(
    'rejects %j as a whole document without throwing',
    (input) => {
      for (const parse of [parseParcoursType, parseProject, parsePatientPath]) {
        const r = parse(input);
        expect(r.ok).toBe(false);
        expect(r.issues.length).toBeGreaterThan(0);
        expect(r.issues[0]?.path).toEqual([]);
        expect(['SCHEMA_INVALID_TYPE', 'SCHEMA_REQUIRED']).toContain(r.issues[0]?.code);
      }
    },
  );

  it('rejects __proto__, constructor and prototype keys with their path', () => {
    const raw = `{"parcoursType":"t","__proto__":{"polluted":1},"patient":{"constructor":{"x":1}}}`;
    const r = parsePatientPath(JSON.parse(raw));
    expect(r.ok).toBe(false);
    expect(at(r.issues)).toEqual(['INPUT_FORBIDDEN_KEY@__proto__', 'INPUT_FORBIDDEN_KEY@patient.constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects impossible dates with INVALID_DATE and the field path', () => {
    const p = pathJson();
    p.inclusion = { date: '2025-02-30' };
    (p.patient as Record<string, unknown>).birthDate = '1980-13-01';
    const r = parsePatientPath(p);
    expect(at(r.issues)).toEqual(['INVALID_DATE@patient.birthDate', 'INVALID_DATE@inclusion.date']);
    expect(r.issues[0]?.message).toBe(
      typo('Date invalide : attendu une date du calendrier AAAA-MM-JJ entre 1900 et 2199.'),
    );
  });

  it('rejects amounts with three decimals, exponents, negatives and huge numbers', () => {
    const t = typeJson();
    const seqs = t.sequences as Record<string, unknown>[];
    (seqs[0] as Record<string, unknown>).forfait = { byProfile: { A: '12.345', B: 1e21 } };
    (seqs[1] as Record<string, unknown>).forfait = { amount: -5 };
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual([
      'INVALID_AMOUNT@sequences.0.forfait.byProfile.A',
      'INVALID_AMOUNT@sequences.0.forfait.byProfile.B',
      'INVALID_AMOUNT@sequences.1.forfait.amount',
    ]);
  });

  it('refuses a number zod’s multipleOf lets through but JavaScript writes in exponent form (1e-7)', () => {
    const t = typeJson();
    seq(t, 1).forfait = { amount: 1e-7 };
    t.participation = { kind: 'rate', rate: 1e-7 };
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['INVALID_AMOUNT', 'sequences.1.forfait.amount', {}],
      ['INVALID_DECIMAL', 'participation.rate', { min: 0, max: 1 }],
    ]);
  });

  it('accepts amounts as numbers with two decimals and normalises them to strings', () => {
    const t = typeJson();
    ((t.sequences as Record<string, unknown>[])[1] as Record<string, unknown>).forfait = { amount: 600.5 };
    const r = parseParcoursType(t);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.sequences[1]?.forfait.amount).toBe('600.50');
  });

  it('names unknown fields, wrong types, missing fields and bad enum values', () => {
    const p = pathJson();
    p.extra = 1;
    p.coverage = { complementary: 'mutuelle' };
    p.prestations = [{ id: 'x', code: 'BILAN', date: '2026-02-01', member: 'med', status: 'done', minutes: '60' }];
    delete (p.patient as Record<string, unknown>).birthDate;
    const r = parsePatientPath(p, { lang: 'en' });
    expect(at(r.issues)).toEqual([
      'SCHEMA_REQUIRED@patient.birthDate',
      'SCHEMA_INVALID_VALUE@coverage.complementary',
      'SCHEMA_INVALID_TYPE@prestations.0.minutes',
      'SCHEMA_UNKNOWN_KEY@extra',
    ]);
    // A complementary is one of the kinds, or a list of dated periods.
    expect(r.issues[1]?.message).toBe('Value not allowed. Allowed values: responsable, c2s, ame, none, (array).');
    expect(r.issues[2]?.message).toBe('Invalid type: expected number, received text.');
  });

  it('says a missing field is missing, whatever its kind (text, list of values, amount, rate)', () => {
    const t = typeJson();
    delete t.status;
    t.participation = { kind: 'rate' };
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual(['SCHEMA_REQUIRED@status', 'SCHEMA_REQUIRED@participation.rate']);
  });

  it('names a wrong type for amounts and decimals with their own codes, and whole numbers as such', () => {
    const t = typeJson();
    ((t.sequences as Record<string, unknown>[])[0] as Record<string, unknown>).forfait = { amount: true };
    t.participation = { kind: 'rate', rate: null };
    ((t.sequences as Record<string, unknown>[])[1] as Record<string, unknown>).months = 2.5;
    const r = parseParcoursType(t, { lang: 'en' });
    expect(at(r.issues)).toEqual([
      'INVALID_AMOUNT@sequences.0.forfait.amount',
      'SCHEMA_INVALID_TYPE@sequences.1.months',
      'INVALID_DECIMAL@participation.rate',
    ]);
    expect(r.issues[1]?.params).toEqual({ expected: 'int', received: 'number' });
    expect(r.issues[1]?.message).toBe('Invalid type: expected whole number, received number.');
    expect(r.issues[2]?.params).toEqual({ min: 0, max: 1 });
  });

  it('names a bad map key by its format, and a map of the wrong type as an object expected', () => {
    const t = typeJson();
    ((t.sequences as Record<string, unknown>[])[0] as Record<string, unknown>).forfait = {
      byProfile: { 'profil A': '10.00' },
    };
    ((t.sequences as Record<string, unknown>[])[1] as Record<string, unknown>).forfait = { byProfile: ['10.00'] };
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual([
      'SCHEMA_INVALID_FORMAT@sequences.0.forfait.byProfile.profil A',
      'SCHEMA_INVALID_TYPE@sequences.1.forfait.byProfile',
    ]);
    expect(r.issues[0]?.params).toEqual({ format: '[A-Za-z0-9_.-], 1–64' });
    expect(r.issues[1]?.params).toEqual({ expected: 'object', received: 'array' });
  });

  it('reports what is wrong inside a séquence start given as an object, or the allowed forms otherwise', () => {
    const t = typeJson();
    const seqs = t.sequences as Record<string, unknown>[];
    (seqs[0] as Record<string, unknown>).start = { afterr: 'S1' };
    (seqs[1] as Record<string, unknown>).start = 'debut';
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual([
      'SCHEMA_REQUIRED@sequences.0.start.after',
      'SCHEMA_UNKNOWN_KEY@sequences.0.start.afterr',
      'SCHEMA_INVALID_VALUE@sequences.1.start',
    ]);
    expect(r.issues[2]?.params).toEqual({ allowed: 'inclusion, (object)' });
  });

  it('reports a bad discriminator with the allowed values', () => {
    const t = typeJson();
    ((t.sequences as Record<string, unknown>[])[1] as Record<string, unknown>).incomplete = { policy: 'half' };
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual(['SCHEMA_INVALID_VALUE@sequences.1.incomplete.policy']);
    expect(r.issues[0]?.params).toEqual({ allowed: 'none, full, prorata, tiers' });
  });

  it('rejects documents nested beyond 32 levels and cyclic objects', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(codes(parseProject(deep).issues)).toEqual(['INPUT_TOO_DEEP']);
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(codes(parseProject(cyclic).issues)).toEqual(['INPUT_NOT_PLAIN']);
  });

  it('reports a value that cannot be read (a throwing getter, a Proxy whose traps throw) at its own path', () => {
    const p = pathJson();
    Object.defineProperty(p.patient as object, 'birthDate', {
      enumerable: true,
      get: () => {
        throw new Error('hostile');
      },
    });
    expect(at(parsePatientPath(p).issues)).toEqual(['INPUT_NOT_PLAIN@patient.birthDate']);
    const q = pathJson();
    q.coverage = new Proxy(
      { complementary: 'none' },
      {
        ownKeys: () => {
          throw new Error('hostile');
        },
      },
    );
    expect(at(parsePatientPath(q).issues)).toEqual(['INPUT_NOT_PLAIN@coverage']);
    const r = pathJson();
    r.prestations = new Proxy([], {
      get: (t, k) =>
        k === 'length'
          ? 2
          : k === '0'
            ? (() => {
                throw new Error('hostile');
              })()
            : Reflect.get(t, k),
    });
    expect(at(parsePatientPath(r).issues)).toEqual(['INPUT_NOT_PLAIN@prestations.0']);
  });

  it('never mutates its input', () => {
    const t = typeJson();
    const before = JSON.stringify(t);
    parseParcoursType(t);
    expect(JSON.stringify(t)).toBe(before);
  });
});

describe('parcours type cross-references', () => {
  it('flags an unknown prestation in a requirement, a missing profile amount, a duplicate id and an unknown profession', () => {
    const t = typeJson();
    const seqs = t.sequences as Record<string, unknown>[];
    const s1 = seqs[0] as Record<string, unknown>;
    s1.requirements = [{ prestation: 'NOPE', min: 1 }];
    s1.forfait = { byProfile: { A: '300.00' } };
    (t.prestations as Record<string, unknown>[]).push({ code: 'DIET', professions: ['dieteticien'] });
    (t.prestations as Record<string, unknown>[]).push({ code: 'KINE', professions: ['masseur-kinesitherapeute'] });
    const r = parseParcoursType(t);
    expect(r.ok).toBe(false);
    expect(at(r.issues)).toEqual([
      'TYPE_DUPLICATE_ID@prestations.5.code',
      'TYPE_UNKNOWN_PROFESSION@prestations.6.professions.0',
      'TYPE_UNKNOWN_PRESTATION@sequences.0.requirements.0.prestation',
      'TYPE_PROFILE_MISSING_AMOUNT@sequences.0.forfait.byProfile',
    ]);
    expect(r.issues[3]?.message).toBe('Forfait sans montant pour le profil «\u00a0B\u00a0».');
  });

  it('rejects a profession code outside the vocabulary at schema level', () => {
    const t = typeJson();
    (t.professions as string[]).push('sorcier');
    expect(at(parseParcoursType(t).issues)).toEqual(['SCHEMA_INVALID_VALUE@professions.4']);
  });

  it('checks séquence order, requirement bounds, tiers and validity range', () => {
    const t = typeJson();
    t.validTo = '2025-12-31';
    const seqs = t.sequences as Record<string, unknown>[];
    (seqs[0] as Record<string, unknown>).start = { after: 'S2' };
    (seqs[0] as Record<string, unknown>).incomplete = {
      policy: 'tiers',
      tiers: [
        { minDone: 2, share: '0.5' },
        { minDone: 1, share: '0.6' },
      ],
    };
    (seqs[1] as Record<string, unknown>).requirements = [
      { prestation: 'FINAL', min: 3, max: 1 },
      { prestation: 'PSY', anyOf: ['APA'], min: 1 },
    ];
    expect(at(parseParcoursType(t).issues)).toEqual([
      'TYPE_INVALID_RANGE@validTo',
      'TYPE_SEQUENCE_ORDER@sequences.0.start.after',
      'TYPE_TIERS_ORDER@sequences.0.incomplete.tiers.1',
      'TYPE_INVALID_RANGE@sequences.1.requirements.0.max',
      'TYPE_REQUIREMENT_TARGET@sequences.1.requirements.1',
    ]);
  });

  it('warns, without rejecting, when séquences outlast the parcours', () => {
    const t = typeJson();
    ((t.sequences as Record<string, unknown>[])[1] as Record<string, unknown>).months = 20;
    const r = parseParcoursType(t);
    expect(r.ok).toBe(true);
    expect(at(r.issues)).toEqual(['TYPE_SEQUENCES_EXCEED_DURATION@sequences']);
  });
});

describe('project cross-references', () => {
  it('flags duplicate members, missing and invalid identifiers, and keys naming strangers', () => {
    const p = projectJson();
    const team = p.team as Record<string, unknown>[];
    team.push({ id: 'med', profession: 'medecin', rpps: '10001234566' });
    team.push({ id: 'kine', profession: 'masseur-kinesitherapeute' });
    p.distribution = {
      default: [
        { kind: 'fixed', member: 'ghost', amount: '10.00' },
        { kind: 'coordination', rate: '0.1' },
      ],
    };
    const r = parseProject(p);
    expect(at(r.issues)).toEqual([
      'PROJECT_DUPLICATE_MEMBER@team.4.id',
      'IDENTIFIER_INVALID@team.4.rpps',
      'PROJECT_MEMBER_NO_IDENTIFIER@team.5',
      'KEY_UNKNOWN_MEMBER@distribution.default.0.member',
      'KEY_RULE_ORDER@distribution.default.1',
    ]);
    expect(r.issues[1]?.message).toBe('Identifiant RPPS invalide (clé de contrôle Luhn incorrecte).');
  });

  it('checks the NIR when given and never echoes it', () => {
    const p = pathJson();
    (p.patient as Record<string, unknown>).nir = '269054958815781';
    const r = parsePatientPath(p);
    expect(at(r.issues)).toEqual(['IDENTIFIER_INVALID@patient.nir']);
    expect(r.issues.map((i) => [i.document, i.params])).toEqual([['path', { kind: 'NIR', reason: 'NIR_KEY' }]]);
    expect(JSON.stringify(r.issues)).not.toContain('2690549588157');
    (p.patient as Record<string, unknown>).nir = '269054958815780';
    expect(parsePatientPath(p).ok).toBe(true);
    // The same valid NIR as the patient's reference: refused, unrepeated.
    (p.patient as Record<string, unknown>).ref = '269054958815780';
    expect(detail(parsePatientPath(p).issues)).toEqual([['PATIENT_REF_IS_NIR', 'patient.ref', {}]]);
  });
});

describe('exported zod schemas', () => {
  it('work as Standard Schema: a vendor validates a document with ~standard.validate, issues and all', async () => {
    const { ParcoursTypeSchema, ProjectSchema, PatientPathSchema } = await import('../src/index');
    const ok = await PatientPathSchema['~standard'].validate(pathJson());
    expect('value' in ok && ok.value).toMatchObject({ parcoursType: 't-test', inclusion: { date: '2026-01-31' } });
    const p = pathJson();
    p.inclusion = { date: '2026-02-30' };
    const bad = await PatientPathSchema['~standard'].validate(p);
    expect('issues' in bad && bad.issues?.map((i) => [i.message, i.path])).toEqual([
      ['INVALID_DATE', ['inclusion', 'date']],
    ]);
    expect(PatientPathSchema['~standard'].vendor).toBe('zod');
    const t = await ParcoursTypeSchema['~standard'].validate(typeJson());
    expect('value' in t).toBe(true);
    const project = await ProjectSchema['~standard'].validate(projectJson());
    expect('value' in project && (project.value as { team: unknown[] }).team).toHaveLength(4);
  });

  it('are zod/mini schemas that a vendor composes in its own forms', async () => {
    const z = await import('zod/mini');
    const { PatientPathSchema } = await import('../src/index');
    const form = z.strictObject({ path: PatientPathSchema, consent: z.boolean() });
    expect(form.safeParse({ path: pathJson(), consent: true }).success).toBe(true);
    const r = form.safeParse({ path: { ...pathJson(), profile: 'profil A' }, consent: true });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['path.profile']);
  });
});

/** Each issue as [code, path, params]. */
const detail = (issues: readonly { code: string; path: readonly (string | number)[]; params: object }[]) =>
  issues.map((i) => [i.code, i.path.join('.'), i.params]);
type Json = Record<string, unknown>;
const seq = (t: Json, i: number) => (t.sequences as Json[])[i] as Json;
const req = (t: Json, i: number, j: number) => (seq(t, i).requirements as Json[])[j] as Json;

describe('parcours type cross-references at their bounds', () => {
  it('accepts every bound met exactly: equal dates, ages, counts, shares, windows and durations', () => {
    const t = typeJson();
    t.validTo = '2026-01-01'; // = validFrom
    t.eligibility = { minAge: 40, maxAge: 40, profiles: [{ id: 'A' }, { id: 'B' }] };
    req(t, 0, 0).withinDays = 31; // S1 lasts 1 month: 1 × 31 = 31 days, not beyond
    (seq(t, 0).requirements as Json[])[1] = { prestation: 'DIET', min: 2, max: 2 };
    (seq(t, 0).incomplete as Json).tiers = [
      { minDone: 1, share: '0.25' },
      { minDone: 2, share: '0.25' }, // the same share, more prestations: in order
    ];
    seq(t, 1).extension = { maxMonths: 11 }; // = S2's 11 months
    req(t, 1, 0).window = { fromMonths: 4, toMonths: 4 };
    req(t, 1, 1).window = { fromMonths: 10, toMonths: 11 }; // starts before month 11, ends at S2's end
    // S1 ends at 1 month, S2 at 1 + 11 = 12 months = the duration.
    const r = parseParcoursType(t);
    expect(detail(r.issues)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('refuses each bound passed by one: dates, ages, days, counts, tiers, extension, windows, duration', () => {
    const t = typeJson();
    t.validTo = '2025-12-31';
    t.eligibility = { minAge: 41, maxAge: 40, profiles: [{ id: 'A' }, { id: 'B' }] };
    t.duration = { months: 11 };
    req(t, 0, 0).withinDays = 32; // 1 month × 31 = 31 < 32
    (seq(t, 0).requirements as Json[])[1] = { prestation: 'DIET', min: 3, max: 2 };
    (seq(t, 0).incomplete as Json).tiers = [
      { minDone: 1, share: '0.25' },
      { minDone: 1, share: '0.5' },
    ];
    seq(t, 1).extension = { maxMonths: 10 }; // shorter than S2's 11 months; S2's longest stays 11
    req(t, 1, 0).window = { fromMonths: 3, toMonths: 2 };
    req(t, 1, 1).window = { fromMonths: 11, toMonths: 11 }; // starts when S2 ends
    (seq(t, 1).requirements as Json[]).push({ prestation: 'PSY', min: 0, window: { fromMonths: 0, toMonths: 12 } });
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_INVALID_RANGE', 'validTo', { low: '2026-01-01', high: '2025-12-31' }],
      ['TYPE_INVALID_RANGE', 'eligibility.maxAge', { low: 41, high: 40 }],
      ['TYPE_WINDOW_EXCEEDS_SEQUENCE', 'sequences.0.requirements.0.withinDays', { days: 32, months: 1 }],
      ['TYPE_INVALID_RANGE', 'sequences.0.requirements.1.max', { low: 3, high: 2 }],
      ['TYPE_TIERS_ORDER', 'sequences.0.incomplete.tiers.1', {}],
      ['TYPE_INVALID_RANGE', 'sequences.1.extension.maxMonths', { low: 11, high: 10 }],
      ['TYPE_INVALID_RANGE', 'sequences.1.requirements.0.window.toMonths', { low: 3, high: 2 }],
      ['TYPE_WINDOW_AFTER_SEQUENCE', 'sequences.1.requirements.1.window.fromMonths', { fromMonths: 11, months: 11 }],
      ['TYPE_WINDOW_BEYOND_SEQUENCE', 'sequences.1.requirements.2.window.toMonths', { toMonths: 12, months: 11 }],
      // S2 starts after S1's 1 month: 1 + 11 = 12 months > 11.
      ['TYPE_SEQUENCES_EXCEED_DURATION', 'sequences', { months: 12, duration: 11 }],
    ]);
  });

  it('checks ages only when both are given, and amounts by profile when the type has no profiles', () => {
    const t = typeJson();
    t.eligibility = { minAge: 18 }; // no profiles: a forfait by profile names unknown ones
    seq(t, 0).forfait = { byProfile: { A: '300.00' } };
    req(t, 1, 1).prestation = 'NOPE';
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_UNKNOWN_PROFILE', 'sequences.0.forfait.byProfile.A', { profile: 'A' }],
      ['TYPE_UNKNOWN_PRESTATION', 'sequences.1.requirements.1.prestation', { code: 'NOPE' }],
    ]);
    t.eligibility = { maxAge: 18 };
    seq(t, 0).forfait = { amount: '300.00' };
    req(t, 1, 1).prestation = 'FINAL';
    expect(detail(parseParcoursType(t).issues)).toEqual([]);
  });

  it('reads a window against the extension, and checks each requirement has one target of known codes', () => {
    const t = typeJson();
    seq(t, 0).requirements = [
      { prestation: 'BILAN', min: 1, withinDays: 15, window: { fromMonths: 0, toMonths: 1 } },
      { min: 1 },
      { prestation: 'DIET', any: true, min: 1 },
      { anyOf: ['PSY', 'NOPE'], min: 1 },
    ];
    seq(t, 1).extension = { maxMonths: 13 }; // S2 may last 13 months: a window may end there
    req(t, 1, 1).window = { fromMonths: 12, toMonths: 13 };
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_REQUIREMENT_WINDOW', 'sequences.0.requirements.0', {}],
      ['TYPE_REQUIREMENT_TARGET', 'sequences.0.requirements.1', {}],
      ['TYPE_REQUIREMENT_TARGET', 'sequences.0.requirements.2', {}],
      ['TYPE_UNKNOWN_PRESTATION', 'sequences.0.requirements.3.anyOf.1', { code: 'NOPE' }],
    ]);
  });

  it('checks a forfait has one form, known profiles, unique parts and an amount for every profile', () => {
    const t = typeJson();
    seq(t, 0).forfait = { amount: '100.00', byProfile: { A: '300.00', B: '400.00', C: '1.00' } };
    seq(t, 1).forfait = {
      parts: [
        { id: 'p1', amount: '100.00', profiles: ['A', 'Z'] },
        { id: 'p1', amount: '50.00', profiles: ['A'] },
      ],
    };
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_FORFAIT_AMOUNT', 'sequences.0.forfait', {}],
      ['TYPE_UNKNOWN_PROFILE', 'sequences.0.forfait.byProfile.C', { profile: 'C' }],
      ['TYPE_DUPLICATE_ID', 'sequences.1.forfait.parts.1.id', { id: 'p1' }],
      ['TYPE_UNKNOWN_PROFILE', 'sequences.1.forfait.parts.0.profiles.1', { profile: 'Z' }],
      ['TYPE_PROFILE_MISSING_AMOUNT', 'sequences.1.forfait.parts', { profile: 'B' }],
    ]);
    // A part without profiles is every profile's: B has one.
    seq(t, 0).forfait = { byProfile: { A: '300.00', B: '400.00' } };
    seq(t, 1).forfait = {
      parts: [
        { id: 'p1', amount: '100.00', profiles: ['A'] },
        { id: 'p2', amount: '50.00' },
      ],
    };
    expect(detail(parseParcoursType(t).issues)).toEqual([]);
  });

  it('checks the codes a tier counts and that shares never fall', () => {
    const t = typeJson();
    (seq(t, 0).incomplete as Json).tiers = [
      { minDone: 1, share: '0.5', of: ['DIET', 'NOPE'] },
      { minDone: 2, share: '0.25' },
    ];
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_UNKNOWN_PRESTATION', 'sequences.0.incomplete.tiers.0.of.1', { code: 'NOPE' }],
      ['TYPE_TIERS_ORDER', 'sequences.0.incomplete.tiers.1', {}],
    ]);
  });

  it('checks séquence ids, unknown séquences and recurring séquences, and ends each after the one it follows', () => {
    const t = typeJson();
    seq(t, 1).recurring = true;
    // Each its own objects: an object met twice is refused by the input scan.
    const more = () => ({ months: 1, requirements: [], forfait: { amount: '10.00' }, incomplete: { policy: 'none' } });
    (t.sequences as Json[]).push(
      { ...more(), id: 'S2', start: { after: 'S2' } },
      { ...more(), id: 'S4', start: { after: 'S9' }, recurring: true, extension: { maxMonths: 2 } },
    );
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_DUPLICATE_ID', 'sequences.2.id', { id: 'S2' }],
      ['TYPE_RECURRING_CONFLICT', 'sequences.2.start.after', { sequence: 'S2' }],
      ['TYPE_UNKNOWN_SEQUENCE', 'sequences.3.start.after', { sequence: 'S9' }],
      ['TYPE_RECURRING_CONFLICT', 'sequences.3.extension', { sequence: 'S4' }],
      // S1 ends at 1, S2 at 1 + 11 = 12, the second S2 at 12 + 1 = 13 months; S4 (after no known séquence) at 1.
      ['TYPE_SEQUENCES_EXCEED_DURATION', 'sequences', { months: 13, duration: 12 }],
    ]);
  });

  it('checks unique profiles and modulations, professions, and the default key against the type', () => {
    const t = typeJson();
    t.eligibility = { profiles: [{ id: 'A' }, { id: 'B' }, { id: 'A' }] };
    (t.modulations as Json[]).push({ id: 'om', when: { departments: ['2A'] }, factor: '1.10' });
    (t.prestations as Json[]).push({ code: 'SF', professions: ['medecin', 'sage-femme'] });
    seq(t, 1).forfait = { parts: [{ id: 'p1', amount: '600.00' }] };
    t.distribution = {
      default: [
        { kind: 'coordination', rate: '0.1' },
        { kind: 'part', part: 'p1', profession: 'medecin' },
        { kind: 'part', part: 'p9', member: 'x' },
        { kind: 'part', part: 'p1' },
        { kind: 'part', part: 'p1', profession: 'sage-femme' },
        { kind: 'perPrestation', rates: { NOPE: '5.00', BILAN: '1.00' } },
        { kind: 'weights', by: 'profession', basis: 'sessions', weights: { medecin: '1', 'sage-femme': '2' } },
        { kind: 'remainder', member: 'med' },
      ],
      bySequence: { S1: [{ kind: 'remainder' }], S9: [{ kind: 'fixed', member: 'm', amount: '1.00' }] },
    };
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['TYPE_DUPLICATE_ID', 'eligibility.profiles.2.id', { id: 'A' }],
      ['TYPE_DUPLICATE_ID', 'modulations.1.id', { id: 'om' }],
      ['TYPE_UNKNOWN_PROFESSION', 'prestations.5.professions.1', { profession: 'sage-femme' }],
      // A type names no member: every member a key of the type names is unknown.
      ['KEY_UNKNOWN_PART', 'distribution.default.2.part', { part: 'p9' }],
      ['KEY_UNKNOWN_MEMBER', 'distribution.default.2.member', { member: 'x' }],
      ['KEY_RULE_INCOMPLETE', 'distribution.default.3', {}],
      ['TYPE_UNKNOWN_PROFESSION', 'distribution.default.4.profession', { profession: 'sage-femme' }],
      ['KEY_UNKNOWN_PRESTATION', 'distribution.default.5.rates.NOPE', { code: 'NOPE' }],
      ['TYPE_UNKNOWN_PROFESSION', 'distribution.default.6.weights.sage-femme', { profession: 'sage-femme' }],
      ['KEY_UNKNOWN_MEMBER', 'distribution.default.7.member', { member: 'med' }],
      ['KEY_UNKNOWN_SEQUENCE', 'distribution.bySequence.S9', { sequence: 'S9' }],
      ['KEY_UNKNOWN_MEMBER', 'distribution.bySequence.S9.0.member', { member: 'm' }],
    ]);
  });
});

describe('key checks against what is known', () => {
  it('checks no name against a set left undefined (checked later against the other document)', () => {
    const sink = issueSink('project', 'en');
    checkDistribution(
      {
        default: [
          { kind: 'fixed', member: 'm9', amount: '10.00' },
          { kind: 'part', part: 'p9', member: 'm9' },
          { kind: 'weights', by: 'member', basis: 'equal', weights: { m9: '1' } },
          { kind: 'remainder', member: 'm9' },
        ],
        bySequence: { S9: [{ kind: 'perPrestation', rates: { NOPE: '1.00' } }] },
      },
      ['distribution'],
      { known: {}, sink },
    );
    expect(detail(sink.issues)).toEqual([]);
    checkDistribution({ default: [{ kind: 'remainder', member: 'm9' }] }, ['d'], {
      known: { members: new Set(['m1']) },
      sink,
      document: 'type',
    });
    expect(sink.issues.map((i) => [i.code, i.document, i.path.join('.')])).toEqual([
      ['KEY_UNKNOWN_MEMBER', 'type', 'd.default.0.member'],
    ]);
  });
});

describe('project cross-references, one by one', () => {
  it('wants a SIRET or a FINESS for the structure, and no opposition before the sending', () => {
    const p = projectJson();
    p.structure = { name: 'MSP test', category: 'msp' };
    p.opposition = { date: '2025-10-30' }; // sent on 2025-10-31
    expect(detail(parseProject(p).issues)).toEqual([
      ['PROJECT_STRUCTURE_NO_IDENTIFIER', 'structure', {}],
      ['PROJECT_OPPOSITION_BEFORE_SENT', 'opposition.date', {}],
    ]);
    expect(parseProject(p).issues.map((i) => i.document)).toEqual(['project', 'project']);
    p.structure = { name: 'MSP test', category: 'msp', finess: '750712184' };
    p.opposition = { date: '2025-10-31' };
    const r = parseProject(p);
    expect(detail(r.issues)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('checks each identifier of the structure, the members and their employers, and members’ periods', () => {
    const p = projectJson();
    p.structure = { name: 'MSP test', category: 'msp', siret: '90000000100018', finess: 'ZZ1234567' };
    p.team = [
      { id: 'med', profession: 'medecin', rpps: '1000123456', from: '2026-01-01', to: '2026-01-01' },
      { id: 'diet', profession: 'dieteticien', adeli: '75991234', from: '2026-02-01', to: '2026-01-31' },
      { id: 'psy', profession: 'psychologue', cpamNumber: 'bad number!' },
      { id: 'apa', profession: 'enseignant-apa', cpamNumber: 'APA-1', employer: { name: 'Asso' } },
      {
        id: 'med2',
        profession: 'medecin',
        rpps: '10001234565',
        employer: { name: 'X', siret: '123', finess: 'ZZ1234567' },
      },
      { id: 'kine', profession: 'medecin', adeli: '759912345', employer: { name: 'Y', finess: '750712184' } },
      { id: 'med', profession: 'medecin', rpps: '10001234565', from: '2026-03-01' }, // no end: no period to check
      { id: 'nobody', profession: 'psychologue', to: '2026-03-01' },
    ];
    expect(detail(parseProject(p).issues)).toEqual([
      // 90000000100017 is valid: its last digit, not doubled by Luhn, moved by one breaks the sum.
      ['IDENTIFIER_INVALID', 'structure.siret', { kind: 'SIRET', reason: 'LUHN' }],
      ['IDENTIFIER_INVALID', 'structure.finess', { kind: 'FINESS', reason: 'FINESS_SHAPE' }],
      ['IDENTIFIER_INVALID', 'team.0.rpps', { kind: 'RPPS', reason: 'DIGITS_11' }],
      ['IDENTIFIER_INVALID', 'team.1.adeli', { kind: 'ADELI', reason: 'ADELI_SHAPE' }],
      ['MEMBER_PERIOD_INVALID', 'team.1.to', { member: 'diet', from: '2026-02-01', to: '2026-01-31' }],
      ['IDENTIFIER_INVALID', 'team.2.cpamNumber', { kind: 'CPAM', reason: 'CPAM_SHAPE' }],
      ['PROJECT_STRUCTURE_NO_IDENTIFIER', 'team.3.employer', {}],
      ['IDENTIFIER_INVALID', 'team.4.employer.siret', { kind: 'SIRET', reason: 'DIGITS_14' }],
      ['IDENTIFIER_INVALID', 'team.4.employer.finess', { kind: 'FINESS', reason: 'FINESS_SHAPE' }],
      ['PROJECT_DUPLICATE_MEMBER', 'team.6.id', { member: 'med' }],
      ['PROJECT_MEMBER_NO_IDENTIFIER', 'team.7', { member: 'nobody' }],
    ]);
  });

  it('checks the order, completeness and members of the keys, the projet’s and its avenants’', () => {
    const p = projectJson();
    p.distribution = {
      default: [
        { kind: 'coordination', rate: '0.10', amount: '5.00' },
        { kind: 'coordination' },
        { kind: 'fixed', member: 'med', amount: '10.00' },
        { kind: 'part', part: 'p', member: 'med', profession: 'medecin' },
        { kind: 'perPrestation', rates: { NOPE: '1.00' } }, // the type's prestations are checked with the type
        { kind: 'weights', by: 'member', basis: 'equal', weights: { diet: '2', ghost: '1' } },
        { kind: 'weights', by: 'profession', basis: 'equal', weights: { 'sage-femme': '1' } },
        { kind: 'remainder', member: 'psy' },
        { kind: 'remainder', member: 'ghost2' },
      ],
      bySequence: { S9: [{ kind: 'remainder', member: 'apa' }] }, // the type's séquences: checked with the type
    };
    p.avenants = [
      { id: 'a1', date: '2025-10-31' },
      {
        id: 'a1',
        date: '2025-10-30',
        distribution: { default: [{ kind: 'fixed', member: 'nobody', amount: '1.00' }] },
      },
      { id: 'a2', date: '2026-01-01', distribution: { bySequence: { S1: [{ kind: 'remainder', member: 'x' }] } } },
    ];
    expect(detail(parseProject(p).issues)).toEqual([
      ['KEY_RULE_INCOMPLETE', 'distribution.default.0', {}],
      ['KEY_RULE_INCOMPLETE', 'distribution.default.1', {}],
      ['KEY_RULE_INCOMPLETE', 'distribution.default.3', {}],
      ['KEY_UNKNOWN_MEMBER', 'distribution.default.5.weights.ghost', { member: 'ghost' }],
      ['KEY_RULE_ORDER', 'distribution.default.6', { kind: 'weights' }],
      ['KEY_RULE_ORDER', 'distribution.default.8', { kind: 'remainder' }],
      ['KEY_UNKNOWN_MEMBER', 'distribution.default.8.member', { member: 'ghost2' }],
      ['AVENANT_DUPLICATE_ID', 'avenants.1.id', { avenant: 'a1' }],
      ['AVENANT_BEFORE_SENT', 'avenants.1.date', { avenant: 'a1', date: '2025-10-30', sentToArs: '2025-10-31' }],
      ['KEY_UNKNOWN_MEMBER', 'avenants.1.distribution.default.0.member', { member: 'nobody' }],
      ['KEY_UNKNOWN_MEMBER', 'avenants.2.distribution.bySequence.S1.0.member', { member: 'x' }],
    ]);
  });
});

describe('the input scan at its limits', () => {
  /** The scan's verdict and its issues as [code, path, params]. */
  const scan = (value: unknown, limits = {}) => {
    const sink = issueSink('project', 'en');
    const scanned = scanUntrusted(value, sink, limits);
    return { ok: scanned !== undefined, issues: detail(sink.issues) };
  };
  /** What the scan hands on: a copy of what it read, equal to the value and never the value itself. */
  const copied = (value: object) => {
    const scanned = scanUntrusted(value, issueSink('project', 'en'));
    expect(scanned?.value === value).toBe(false);
    return scanned?.value;
  };
  /** `n` objects, each the only field `a` of the one before. */
  const nested = (n: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < n; i++) v = { a: v };
    return v;
  };

  it('reads 32 levels of objects and lists, and refuses the 33rd at its path', () => {
    expect(MAX_DEPTH).toBe(32);
    // The outermost object is at depth 0: 32 objects reach depth 31.
    expect(scan(nested(32))).toEqual({ ok: true, issues: [] });
    expect(copied(nested(32) as object)).toEqual(nested(32));
    expect(scan(nested(33))).toEqual({
      ok: false,
      issues: [['INPUT_TOO_DEEP', Array(32).fill('a').join('.'), { max: 32 }]],
    });
  });

  it('reads a list up to its limit and refuses it whole one element beyond', () => {
    expect(scan({ list: [1, 2, 3] }, { maxArrayLength: 3 })).toEqual({ ok: true, issues: [] });
    expect(scan({ list: [{ a: () => 1 }, 2, 3, 4] }, { maxArrayLength: 3 })).toEqual({
      ok: false,
      issues: [['INPUT_TOO_LARGE', 'list', { max: 3, unit: 'elements' }]],
    });
    expect(MAX_ARRAY_LENGTH).toBe(10_000);
    expect(scan(Array(10_000).fill(0))).toEqual({ ok: true, issues: [] });
    expect(scan(Array(10_001).fill(0))).toEqual({
      ok: false,
      issues: [['INPUT_TOO_LARGE', '', { max: 10_000, unit: 'elements' }]],
    });
  });

  it('reads an object of 1,000 fields and refuses one of 1,001', () => {
    expect(MAX_KEYS).toBe(1_000);
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(scan({ o: fields(1_000) })).toEqual({ ok: true, issues: [] });
    // The copy keeps the fields in their order (the schema reports unknown keys in that order).
    expect(Object.keys((copied({ o: fields(1_000) }) as { o: object }).o)).toEqual(Object.keys(fields(1_000)));
    expect(scan({ o: fields(1_001) })).toEqual({
      ok: false,
      issues: [['INPUT_TOO_LARGE', 'o', { max: 1_000, unit: 'keys' }]],
    });
  });

  it('reports functions, symbols, bigints, class instances and objects met twice at their paths, in order', () => {
    const shared = { x: 1 };
    const value = {
      list: [() => 1, Symbol('s'), 10n, 'text', null, true, undefined, 2],
      date: new Date(0),
      bare: Object.assign(Object.create(null) as object, { fine: 'yes' }),
      first: shared,
      second: shared,
    };
    expect(scan(value)).toEqual({
      ok: false,
      issues: [
        ['INPUT_NOT_PLAIN', 'list.0', {}],
        ['INPUT_NOT_PLAIN', 'list.1', {}],
        ['INPUT_NOT_PLAIN', 'list.2', {}],
        ['INPUT_NOT_PLAIN', 'date', {}],
        ['INPUT_NOT_PLAIN', 'second', {}],
      ],
    });
  });

  it('refuses the forbidden keys wherever they are, first or nested, and reads the rest', () => {
    const value = JSON.parse('{"constructor":1,"b":{"ok":[{"prototype":2}]},"__proto__":{}}');
    expect(scan(value)).toEqual({
      ok: false,
      // In the document's order: the fields of one object in their order, each one's content before the next field.
      issues: [
        ['INPUT_FORBIDDEN_KEY', 'constructor', { key: 'constructor' }],
        ['INPUT_FORBIDDEN_KEY', 'b.ok.0.prototype', { key: 'prototype' }],
        ['INPUT_FORBIDDEN_KEY', '__proto__', { key: '__proto__' }],
      ],
    });
  });

  it('reads a list within its length only', () => {
    const hostile = new Proxy([] as unknown[], {
      get: (_, k) => {
        if (k === 'length') return 2;
        if (k === '0' || k === '1') return 1;
        throw new Error(`read past the end: ${String(k)}`);
      },
    });
    expect(scan({ list: hostile })).toEqual({ ok: true, issues: [] });
    expect(copied({ list: hostile })).toEqual({ list: [1, 1] });
    // A Proxy can give a list any length: one that is not a whole number is no list JSON could hold.
    for (const length of ['ab', 2.5, Number.NaN, -1]) {
      const lying = new Proxy([] as unknown[], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
      expect(scan({ list: lying })).toEqual({ ok: false, issues: [['INPUT_NOT_PLAIN', 'list', {}]] });
    }
  });

  it('says a value is safe by what it found, not by the issues already in the sink', () => {
    const sink = issueSink('project', 'en');
    sink.add('INPUT_NOT_PLAIN', ['before'], {});
    expect(scanUntrusted({ a: [1] }, sink)).toEqual({ value: { a: [1] } });
    expect(scanUntrusted({ a: [1n] }, sink)).toBeUndefined();
    expect(detail(sink.issues)).toEqual([
      ['INPUT_NOT_PLAIN', 'before', {}],
      ['INPUT_NOT_PLAIN', 'a.0', {}],
    ]);
  });
});

describe('the text formats of the documents', () => {
  it('identifiers: a letter or digit, then up to 63 of letters, digits, _ . -', () => {
    for (const ok of ['a', '0', 'A-b_c.9', `x${'y'.repeat(63)}`]) expect(IDENTIFIER_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '_a', '-a', '.a', 'a b', 'é', `x${'y'.repeat(64)}`, 'a\n', ' a'])
      expect(IDENTIFIER_PATTERN.test(bad)).toBe(false);
    const t = typeJson();
    t.id = `x${'y'.repeat(64)}`; // 65 characters
    t.version = 'v 1';
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['SCHEMA_INVALID_FORMAT', 'id', { format: '[A-Za-z0-9_.-], 1–64' }],
      ['SCHEMA_INVALID_FORMAT', 'version', { format: '[A-Za-z0-9_.-], 1–64' }],
    ]);
  });

  it('map keys: identifiers, but never __proto__, constructor or prototype (a key may hold them)', () => {
    for (const ok of ['A', 'constructorA', 'xprototype', 'prototype1', `x${'y'.repeat(63)}`])
      expect(MAP_KEY_PATTERN.test(ok)).toBe(true);
    for (const bad of ['constructor', 'prototype', '__proto__', '_a', 'a b', `x${'y'.repeat(64)}`, 'a\n'])
      expect(MAP_KEY_PATTERN.test(bad)).toBe(false);
  });

  it('départements: two digits, 2A, 2B or three digits, nothing around them', () => {
    for (const ok of ['01', '75', '2A', '2B', '971']) expect(TERRITORY_PATTERN.test(ok)).toBe(true);
    for (const bad of ['1', '2C', '9711', 'x75', '75x', '2Ax', 'x2B', '2a'])
      expect(TERRITORY_PATTERN.test(bad)).toBe(false);
    const t = typeJson();
    t.modulations = [{ id: 'om', when: { departments: ['2A', '2B', '01', '971', '2C'] }, factor: '1.20' }];
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['SCHEMA_INVALID_FORMAT', 'modulations.0.when.departments.4', { format: '01…95, 2A, 2B, 971…976' }],
    ]);
  });
});

describe('zod issues in the project’s words', () => {
  /** What reportZodIssues says of a value a schema refuses, as [code, path, params]. */
  const said = (schema: z.ZodMiniType, value: unknown) => {
    const r = schema.safeParse(value);
    const sink = issueSink('type', 'en');
    if (!r.success) reportZodIssues(r.error.issues, value, [], sink);
    return detail(sink.issues);
  };

  it('names a pattern of its own by its source, without the slashes and flags', () => {
    expect(said(z.object({ s: z.string().check(z.regex(/^x+$/i)) }), { s: 'y' })).toEqual([
      ['SCHEMA_INVALID_FORMAT', 's', { format: '^x+$' }],
    ]);
    expect(said(z.object({ s: z.string().check(z.regex(/^a\/b$/)) }), { s: 'y' })).toEqual([
      ['SCHEMA_INVALID_FORMAT', 's', { format: '^a\\/b$' }],
    ]);
    // A map key refused by something else than a pattern: its format is unknown.
    expect(said(z.record(z.string().check(z.minLength(3)), z.string()), { ab: 'x' })).toEqual([
      ['SCHEMA_INVALID_FORMAT', 'ab', { format: '?' }],
    ]);
  });

  it('says what a union allows, or what is wrong in the branch of the value’s kind', () => {
    const u = (schema: z.ZodMiniType, value: unknown) => said(z.object({ u: schema }), { u: value });
    expect(u(z.union([z.literal('a'), z.number(), z.boolean()]), 'b')).toEqual([
      ['SCHEMA_INVALID_VALUE', 'u', { allowed: 'a, (number), (boolean)' }],
    ]);
    expect(u(z.union([z.literal('a'), z.object({ k: z.string() })]), { k: 1 })).toEqual([
      ['SCHEMA_INVALID_TYPE', 'u.k', { expected: 'string', received: 'number' }],
    ]);
    expect(u(z.union([z.string().check(z.minLength(3)), z.number()]), 'ab')).toEqual([
      ['SCHEMA_TOO_SMALL', 'u', { minimum: 3 }],
    ]);
    const tagged = z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]);
    expect(u(tagged, { k: 'c' })).toEqual([['SCHEMA_INVALID_VALUE', 'u.k', { allowed: 'a, b' }]]);
  });

  it('says a refusal of no known kind with no allowed values, a null as null, a list’s type once', () => {
    expect(said(z.object({ s: z.string().check(z.refine(() => false)) }), { s: 'y' })).toEqual([
      ['SCHEMA_INVALID_VALUE', 's', { allowed: '?' }],
    ]);
    expect(said(z.object({ t: z.string() }), { t: null })).toEqual([
      ['SCHEMA_INVALID_TYPE', 't', { expected: 'string', received: 'null' }],
    ]);
    // zod also finds the text too short for a list: the wrong type says it all.
    expect(said(z.array(z.string()).check(z.minLength(2)), 'x')).toEqual([
      ['SCHEMA_INVALID_TYPE', '', { expected: 'array', received: 'string' }],
    ]);
  });

  it('reads issues as zod could give them: no message, an int of another type, a path through a text or null', () => {
    const sink = issueSink('type', 'en');
    const issues = [
      { code: 'invalid_type', expected: 'string', path: ['t'] },
      { code: 'invalid_type', expected: 'int', path: ['n'] },
      { code: 'invalid_type', expected: 'string', path: ['s', 0] },
      { code: 'invalid_type', expected: 'string', path: ['z', 'k'] },
      { code: 'invalid_value', values: ['a', 'b'], path: ['t'] },
    ];
    reportZodIssues(issues as never, { t: 1, n: 'x', s: 'abc', z: null }, [], sink);
    expect(sink.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['SCHEMA_INVALID_TYPE', ['t'], { expected: 'string', received: 'number' }],
      ['SCHEMA_INVALID_TYPE', ['n'], { expected: 'number', received: 'string' }],
      ['SCHEMA_REQUIRED', ['s', 0], {}],
      ['SCHEMA_REQUIRED', ['z', 'k'], {}],
      ['SCHEMA_INVALID_VALUE', ['t'], { allowed: 'a, b' }],
    ]);
  });

  it('reads a union’s branch as the value’s kind only when none of its issues is about the value itself', () => {
    const sink = issueSink('type', 'en');
    const union = {
      code: 'invalid_union',
      path: ['u'],
      errors: [
        [
          { code: 'invalid_type', expected: 'string', path: [] },
          { code: 'too_small', origin: 'array', minimum: 2, path: ['x'] },
        ],
        [{ code: 'invalid_type', expected: 'number', path: [] }],
      ],
    };
    reportZodIssues([union as never], { u: true }, [], sink);
    expect(detail(sink.issues)).toEqual([['SCHEMA_INVALID_VALUE', 'u', { allowed: '(string), (number)' }]]);
  });

  it('names a map key by the pattern it fails, whatever else it fails first; an enum by its values', () => {
    const keyed = z.record(z.string().check(z.minLength(3), z.regex(/^x+$/)), z.string());
    expect(said(keyed, { ab: 'x' })).toEqual([['SCHEMA_INVALID_FORMAT', 'ab', { format: '^x+$' }]]);
    const t = typeJson();
    t.status = 'final';
    t.extra = 1;
    const r = parseParcoursType(t);
    expect(detail(r.issues)).toEqual([
      ['SCHEMA_INVALID_VALUE', 'status', { allowed: 'official, draft, illustrative' }],
      ['SCHEMA_UNKNOWN_KEY', 'extra', { key: 'extra' }],
    ]);
    expect(r.issues.map((i) => i.document)).toEqual(['type', 'type']);
  });

  it('says a number failing several checks of its part once, with numbers in paths as numbers', () => {
    const t = typeJson();
    seq(t, 1).forfait = { amount: -0.005 }; // below 0 and more than two decimals
    const r = parseParcoursType(t);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_AMOUNT', ['sequences', 1, 'forfait', 'amount']]]);
  });

  it('names no allowed values for a discriminator whose options zod left out', () => {
    const sink = issueSink('type', 'en');
    const tagged = [
      { code: 'invalid_union', discriminator: 'k', path: ['u'], errors: [] },
      { code: 'invalid_union', discriminator: 'k', options: undefined, path: ['v'], errors: [] },
    ];
    reportZodIssues(tagged as never, { u: {}, v: {} }, [], sink);
    expect(detail(sink.issues)).toEqual([
      ['SCHEMA_INVALID_VALUE', 'u', { allowed: '' }],
      ['SCHEMA_INVALID_VALUE', 'v', { allowed: '' }],
    ]);
  });

  it('writes a symbol in a path as its text', () => {
    const sink = issueSink('type', 'en');
    const issue = { code: 'invalid_type', expected: 'string', path: [Symbol('s')], message: '', input: 1 } as const;
    reportZodIssues([issue as never], {}, ['doc'], sink);
    expect(sink.issues.map((i) => [i.code, i.path])).toEqual([['SCHEMA_REQUIRED', ['doc', 'Symbol(s)']]]);
  });

  it('names bounds once: a count past its limits, an empty list, a text too short or too long', () => {
    const t = typeJson();
    t.duration = { months: 1201 };
    (t.sequences as Json[])[0] = { ...seq(t, 0), months: 0 };
    req(t, 1, 1).min = 2 ** 60; // past zod's safe integers too: said once, by the count's own bound
    t.sources = [];
    t.title = '';
    t.notes = ['x'.repeat(501)];
    expect(detail(parseParcoursType(t).issues)).toEqual([
      ['SCHEMA_TOO_SMALL', 'title', { minimum: 1 }],
      ['SCHEMA_TOO_SMALL', 'sources', { minimum: 1 }],
      ['SCHEMA_TOO_BIG', 'notes.0', { maximum: 500 }],
      ['SCHEMA_TOO_BIG', 'duration.months', { maximum: 1200 }],
      ['SCHEMA_TOO_SMALL', 'sequences.0.months', { minimum: 1 }],
      ['SCHEMA_TOO_BIG', 'sequences.1.requirements.1.min', { maximum: 999_999 }],
    ]);
  });
});

describe('parse options and the documents validatePath and settle take', () => {
  const threePrestations = () => ({
    ...pathJson(),
    prestations: [1, 2, 3].map((n) => pr(`p${n}`, 'DIET', `2026-02-0${n}`, 'diet')),
  });

  it('reads its limits when given as numbers, and its defaults otherwise', () => {
    expect(detail(parsePatientPath(threePrestations(), { limits: { maxArrayLength: 2 } }).issues)).toEqual([
      ['INPUT_TOO_LARGE', 'prestations', { max: 2, unit: 'elements' }],
    ]);
    expect(parsePatientPath(threePrestations(), { limits: { maxArrayLength: 3 } }).ok).toBe(true);
    // A limit that is not a number, or limits that are not an object, leave the defaults (10,000 elements).
    for (const limits of [{ maxArrayLength: '2' }, null, 2, 'x'])
      expect(parsePatientPath(threePrestations(), { limits } as never).ok).toBe(true);
    const bad = { ...pathJson(), prestations: [1, 2, 3] };
    expect(detail(parsePatientPath(bad, { limits: { maxIssues: 2 }, lang: 'en' }).issues)).toEqual([
      ['SCHEMA_INVALID_TYPE', 'prestations.0', { expected: 'object', received: 'number' }],
      ['SCHEMA_INVALID_TYPE', 'prestations.1', { expected: 'object', received: 'number' }],
      ['INPUT_TOO_MANY_ISSUES', '', { shown: 2, more: 1 }],
    ]);
    expect(parsePatientPath(bad, { limits: { maxIssues: '2' } } as never).issues).toHaveLength(3);
  });

  it('reads each value of the input once: the schema sees what the scan read, a second read never happens', () => {
    const p = pathJson();
    let reads = 0;
    Object.defineProperty(p, 'profile', {
      enumerable: true,
      get: () => {
        reads++;
        if (reads > 1) throw new Error('hostile'); // a second read would throw
        return 'A';
      },
    });
    const r = parsePatientPath(p);
    expect(r.ok && r.value.profile).toBe('A');
    expect(reads).toBe(1);
    // A value that changes between reads: what was scanned (a plain text) is what the schema reads, never the
    // object with a forbidden key a second read would give.
    const q = pathJson();
    let seen = 0;
    Object.defineProperty(q.patient as object, 'ref', {
      enumerable: true,
      get: () => (seen++ === 0 ? 'PAT-ONCE' : JSON.parse('{"__proto__": {"polluted": true}}')),
    });
    const once = parsePatientPath(q);
    expect(once.ok && once.value.patient.ref).toBe('PAT-ONCE');
    expect(seen).toBe(1);
  });

  it('takes a parsed value as it is, reads any other value again, and refuses what a parse function refuses', () => {
    const t = parseParcoursType(typeJson());
    const p = parseProject(projectJson());
    const x = parsePatientPath(pathJson());
    if (!t.ok || !p.ok || !x.ok) throw new Error('fixtures');
    const edited = x.value as { patient: { ref: string } };
    edited.patient.ref = 'PAT-EDITED'; // a parsed value, edited: taken as it is now
    const given = parsedDocuments(t.value, p.value, x.value);
    expect(given?.type).toBe(t.value);
    expect(given?.project).toBe(p.value);
    expect(given?.path).toBe(x.value);
    expect(given?.path.patient.ref).toBe('PAT-EDITED');
    const byHand = parsedDocuments(typeJson(), projectJson(), { ...pathJson(), prestations: [] });
    expect(byHand?.type).toEqual(t.value);
    expect(byHand?.type).not.toBe(t.value);
    expect(byHand?.path.patient.ref).toBe('PAT-T1');
    const refused = { ...pathJson(), profile: 'profil A' };
    expect(parsedDocuments({ ...typeJson(), id: '' }, p.value, x.value)).toBeUndefined();
    expect(parsedDocuments(t.value, { ...projectJson(), team: [] }, x.value)).toBeUndefined();
    expect(parsedDocuments(t.value, p.value, refused)).toBeUndefined();
    expect(parsedDocuments(t.value, p.value, null)).toBeUndefined();
  });
});

describe('a document map’s own values', () => {
  it('gives a map’s own entry, never a property of Object.prototype, and nothing for no map', () => {
    const map = { A: '300.00', toString: '1.00' };
    expect(ownValue(map, 'A')).toBe('300.00');
    expect(ownValue(map, 'toString')).toBe('1.00');
    expect(ownValue({ A: '300.00' }, 'toString')).toBeUndefined();
    expect(ownValue({ A: '300.00' }, 'B')).toBeUndefined();
    expect(ownValue(undefined, 'A')).toBeUndefined();
  });
});
