import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject } from '../src/index';
import { codes, pathJson, projectJson, typeJson } from './helpers/fixtures';
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
    expect(JSON.stringify(r.issues)).not.toContain('2690549588157');
    (p.patient as Record<string, unknown>).nir = '269054958815780';
    expect(parsePatientPath(p).ok).toBe(true);
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
