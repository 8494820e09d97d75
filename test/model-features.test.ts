import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseParcoursType, parsePatientPath, parseProject, validatePath } from '../src/index';
import { fileActive, worklist } from '../src/entries/operations';
import { formatFileActive } from '../src/entries/exports';
import { readExample } from './helpers/fixtures';

type Json = Record<string, unknown>;
const obesity = (): Json =>
  JSON.parse(readFileSync(new URL('../rules/obesite-complexe-adulte/2026-03.json', import.meta.url), 'utf8')) as Json;
const seq = (t: Json, i: number) => (t.sequences as Json[])[i] as Json;
const at = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('a rule file that uses the new features wrongly is refused with every issue and its path', () => {
  it('an extension shorter than the nominal months, parts for no profile or an unknown one, a window that ends before it starts', () => {
    const t = obesity();
    seq(t, 0).extension = { maxMonths: 10 };
    const parts = (seq(t, 0).forfait as Json).parts as Json[];
    (parts[1] as Json).profiles = [];
    (parts[2] as Json).profiles = ['C', 'Z'];
    const reqs = seq(t, 0).requirements as Json[];
    (reqs[1] as Json).window = { fromMonths: 7, toMonths: 5 };
    const r = parseParcoursType(t);
    expect(r.ok).toBe(false);
    // The schema speaks first (an empty list of profiles); the cross-checks run on a document that parses.
    expect(at(r.issues)).toEqual(['SCHEMA_TOO_SMALL@sequences.0.forfait.parts.1.profiles']);
    (parts[1] as Json).profiles = ['B', 'D'];
    const again = parseParcoursType(t);
    expect(at(again.issues)).toEqual([
      'TYPE_INVALID_RANGE@sequences.0.extension.maxMonths',
      'TYPE_INVALID_RANGE@sequences.0.requirements.1.window.toMonths',
      'TYPE_UNKNOWN_PROFILE@sequences.0.forfait.parts.2.profiles.1',
    ]);
    expect(again.issues.map((i) => i.params)).toEqual([{ low: 12, high: 10 }, { low: 7, high: 5 }, { profile: 'Z' }]);
  });

  it('a profile that no part covers, two targets, a window and a delay, a window after the séquence, recurrence that conflicts', () => {
    const t = obesity();
    (seq(t, 1).forfait as Json).parts = [{ id: 'base', amount: '450.40', profiles: ['A', 'B'] }];
    const reqs = seq(t, 0).requirements as Json[];
    (reqs[0] as Json).prestation = 'BILAN_ETAPE';
    (reqs[1] as Json).withinDays = 30;
    (reqs[2] as Json).window = { fromMonths: 18, toMonths: 20 };
    seq(t, 0).recurring = true;
    const r = parseParcoursType(t);
    expect(at(r.issues)).toEqual([
      'TYPE_RECURRING_CONFLICT@sequences.0.extension',
      'TYPE_REQUIREMENT_TARGET@sequences.0.requirements.0',
      'TYPE_REQUIREMENT_WINDOW@sequences.0.requirements.1',
      'TYPE_WINDOW_AFTER_SEQUENCE@sequences.0.requirements.2.window.fromMonths',
      'TYPE_RECURRING_CONFLICT@sequences.1.start.after',
      'TYPE_PROFILE_MISSING_AMOUNT@sequences.1.forfait.parts',
      'TYPE_PROFILE_MISSING_AMOUNT@sequences.1.forfait.parts',
    ]);
    expect(r.issues.slice(-2).map((i) => i.params)).toEqual([{ profile: 'C' }, { profile: 'D' }]);
  });

  it('a key whose part rule names both a member and a profession, or a part the type does not declare', () => {
    const p = readExample('project.json');
    (p.distribution as Json).default = [
      { kind: 'part', part: 'psy', member: 'psy-bernard', profession: 'psychologue' },
    ];
    const both = parseProject(p);
    expect(at(both.issues)).toEqual(['KEY_RULE_INCOMPLETE@distribution.default.0']);
    (p.distribution as Json).default = [{ kind: 'part', part: 'yoga', profession: 'enseignant-apa' }];
    const project = parseProject(p);
    const type = parseParcoursType(obesity());
    const path = parsePatientPath(readExample('path.json'));
    if (!project.ok || !type.ok || !path.ok) throw new Error('documents');
    // Which parts exist is the type's: the projet is checked against it on each path.
    const r = validatePath(type.value, project.value, path.value, { asOf: '2027-06-15' });
    expect(at(r.issues).filter((c) => c.startsWith('KEY'))).toEqual(['KEY_UNKNOWN_PART@distribution.default.0.part']);
  });
});

describe('a path that records the new facts wrongly gets a coded issue', () => {
  const documents = (mutate: (path: Json) => void) => {
    const path = readExample('path.json');
    mutate(path);
    const type = parseParcoursType(obesity());
    const project = parseProject(readExample('project.json'));
    const p = parsePatientPath(path);
    if (!type.ok || !project.ok || !p.ok) throw new Error(JSON.stringify(p.issues));
    return validatePath(type.value, project.value, p.value, { asOf: '2027-06-15' });
  };

  it('extensions: of a séquence that has none, twice, before the séquence starts', () => {
    const r = documents((p) => {
      p.extensions = [
        { sequence: 'S2', date: '2027-07-01' },
        { sequence: 'S1', date: '2026-05-20' },
        { sequence: 'S1', date: '2027-05-12' },
        { sequence: 'S7', date: '2027-05-12' },
      ];
    });
    expect(at(r.issues).filter((c) => c.startsWith('EXTENSION'))).toEqual([
      'EXTENSION_TOO_EARLY@extensions.1.date',
      'EXTENSION_DUPLICATE@extensions.2',
      'EXTENSION_NOT_ALLOWED@extensions.0.sequence',
      'EXTENSION_NOT_ALLOWED@extensions.3.sequence',
    ]);
    // The first extension of S1 counts, refused: S1 keeps its 12 months.
    expect(r.sequences[0]?.deadline).toBe('2027-06-01');
  });

  it('an attestation for a séquence that requires none is ignored with a warning', () => {
    const t = obesity();
    delete seq(t, 0).requiresAttestation;
    const type = parseParcoursType(t);
    const project = parseProject(readExample('project.json'));
    const path = parsePatientPath(readExample('path.json'));
    if (!type.ok || !project.ok || !path.ok) throw new Error('documents');
    const r = validatePath(type.value, project.value, path.value, { asOf: '2027-06-15' });
    expect(r.issues.filter((i) => i.code === 'ATTESTATION_NOT_REQUIRED').map((i) => [i.severity, i.params])).toEqual([
      ['warning', { sequence: 'S1' }],
    ]);
    expect(r.sequences[0]?.attestation).toBeUndefined();
  });

  it('coverage periods that end before they start, or overlap, block billing', () => {
    const r = documents((p) => {
      p.coverage = {
        complementary: [
          { kind: 'c2s', from: '2026-01-01', to: '2026-12-31' },
          { kind: 'responsable', from: '2026-12-01' },
        ],
        exemptions: [{ kind: 'maternite', from: '2027-03-01', to: '2027-01-31' }],
      };
    });
    expect(at(r.issues).filter((c) => c.startsWith('COVERAGE'))).toEqual([
      'COVERAGE_PERIOD_INVALID@coverage.exemptions.0.to',
      'COVERAGE_OVERLAP@coverage.complementary.1.from',
    ]);
    expect(r.blocked).toBe(true);
  });
});

describe('operations over the new facts', () => {
  const load = () => {
    const type = parseParcoursType(obesity());
    const project = parseProject(readExample('project.json'));
    if (!type.ok || !project.ok) throw new Error('documents');
    return { type: type.value, project: project.value };
  };

  it('the worklist says when an ended séquence waits for its attestation', () => {
    const { type, project } = load();
    const json = readExample('path.json');
    delete json.attestations;
    const path = parsePatientPath(json);
    if (!path.ok) throw new Error('path');
    const items = worklist(type, project, path.value, { asOf: '2027-06-15' });
    expect(items.map((w) => [w.sequence, w.task, w.dueFrom, w.completesSequence, w.sequenceForfait])).toEqual([
      ['S1', 'attestation', '2027-05-12', true, '1061.40'],
      ['S2', 'prestations', '2028-04-02', false, '707.60'],
    ]);
  });

  it('the file active flags a patient included again too soon, and lists the type versions with their status', () => {
    const { project } = load();
    const first = readExample('path.json');
    // The same patient, included again four months after leaving the first parcours.
    const again = { ...readExample('path.json'), inclusion: { date: '2027-05-03' }, prestations: [], attestations: [] };
    first.exit = { date: '2027-01-05', reason: 'withdrawal' };
    const acc = fileActive({ project, types: load().type, from: '2027-01-01', to: '2027-06-30' });
    acc.add(again, 1);
    acc.add(first, 2);
    const report = acc.report();
    expect(report.reinclusions).toEqual([
      { ref: 'PAT-0001', line: 1, previousLine: 2, end: '2027-01-05', allowedFrom: '2028-01-05' },
    ]);
    expect(report.typeVersions).toEqual([
      { id: 'obesite-complexe-adulte', version: '2026-03', status: 'draft', paths: 2 },
    ]);
    const text = formatFileActive(report, 'en');
    expect(text).toContain('type obesite-complexe-adulte 2026-03 (draft, AMOUNTS NOT OFFICIAL): 2 pathways');
    expect(text).toContain(
      'line 1: patient "PAT-0001" included too soon (pathway on line 2 ended on 2027-01-05, new inclusion possible from 2028-01-05)',
    );
  });
});
