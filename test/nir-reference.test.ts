import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePatientPath } from '../src/index';
import { checkNir, holdsNir } from '../src/entries/identifiers';
import { pathJson } from './helpers/fixtures';

type Json = Record<string, unknown>;
// Made-up NIRs that no person holds (month 00, then département 00 or 2A); their keys are computed
// here, 97 − (body mod 97) with 2A read as 19, so that the test checks the rule, not a copied number.
const key = (body: string) => String(97 - (Number(body.replace('2A', '19').replace('2B', '18')) % 97)).padStart(2, '0');
const BODY = '2990000123456';
const NIR = BODY + key(BODY); // 299000012345621
const CORSICA = `299002A123456${key('299002A123456')}`; // 299002A12345690
const spaced = (n: string) => [
  n.slice(0, 1),
  n.slice(1, 3),
  n.slice(3, 5),
  n.slice(5, 7),
  n.slice(7, 10),
  n.slice(10, 13),
  n.slice(13),
];

describe('a patient reference that holds a NIR', () => {
  it('computes the keys the test relies on', () => {
    expect([NIR, CORSICA]).toEqual(['299000012345621', '299002A12345690']);
    expect([checkNir(NIR), checkNir(CORSICA)]).toEqual([null, null]);
  });

  it.each([
    ['bare', NIR],
    ['with dashes', spaced(NIR).join('-')],
    ['with dots', spaced(NIR).join('.')],
    ['with underscores and dots', spaced(NIR).join('_.')],
    ['inside a longer reference', `PAT-${spaced(NIR).join('.')}-B`],
    ['after and before other digits', `7${NIR}3`],
    ['for Corsica (2A), in lower case, with dashes', spaced(CORSICA).join('-').toLowerCase()],
    ['for Corsica (2A), inside a reference', `dossier_${CORSICA}_bis`],
  ])('is refused when written %s, without repeating it', (_how, ref) => {
    expect(holdsNir(ref)).toBe(true);
    const r = parsePatientPath({ ...pathJson(), patient: { ...(pathJson().patient as Json), ref } });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['PATIENT_REF_IS_NIR', 'patient.ref']]);
    const said = JSON.stringify(r.issues);
    expect(said).not.toContain(ref);
    expect(said.replace(/[^0-9A-Z]/gi, '')).not.toContain(NIR.slice(0, 13));
  });

  it('written with spaces, is refused by the identifier format, without repeating it either', () => {
    const ref = spaced(NIR).join(' ');
    expect(holdsNir(ref)).toBe(true);
    const r = parsePatientPath({ ...pathJson(), patient: { ...(pathJson().patient as Json), ref } });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['SCHEMA_INVALID_FORMAT', 'patient.ref']]);
    expect(JSON.stringify(r.issues).replace(/[^0-9]/g, '')).not.toContain(NIR.slice(0, 13));
  });

  it.each([
    ['the example reference', 'PAT-0001'],
    ['15 digits whose key is wrong', `${BODY}22`],
    ['a wrong key, with dashes', `${spaced(NIR).slice(0, 6).join('-')}-22`],
    ['a body of 12 digits and a key', `${BODY.slice(1)}${key(BODY)}`],
    ['Corsica 2B with the key of 2A', `299002B123456${key('299002A123456')}`],
    ['a first digit that no NIR has', `5${BODY.slice(1)}${key(`5${BODY.slice(1)}`)}`],
  ])('is accepted when it is %s', (_what, ref) => {
    expect(holdsNir(ref)).toBe(false);
    expect(parsePatientPath({ ...pathJson(), patient: { ...(pathJson().patient as Json), ref } }).ok).toBe(true);
  });

  it('written with dots, never reaches an output of the command line', () => {
    const ref = spaced(NIR).join('.');
    const line = JSON.stringify({
      ...JSON.parse(readFileSync('examples/obesite/path.json', 'utf8')),
      patient: { birthDate: '1970-03-14', ref },
    });
    const EX = ['--project', 'examples/obesite/project.json'];
    for (const args of [
      ['settle', ...EX, '--ndjson', '--as-of', '2027-06-15'],
      ['declare', ...EX, '--from', '2026-01-01', '--to', '2028-12-31', '--allow-draft', '--fhir'],
      ['worklist', ...EX, '--as-of', '2027-06-15', '--csv'],
    ]) {
      const out = spawnSync(process.execPath, ['dist/cli.js', ...args], { input: `${line}\n`, encoding: 'utf8' });
      const all = out.stdout + out.stderr;
      expect(out.status).toBe(1);
      if (args[0] === 'settle') expect(out.stdout).toContain('"code":"PATIENT_REF_IS_NIR"');
      expect(all).not.toContain(ref);
      expect(all.replace(/[^0-9]/g, '')).not.toContain(NIR.slice(0, 13));
    }
  });
});
