import { beforeEach, describe, expect, it } from 'vitest';
import { settle, validatePath } from '../src/index';
import {
  declarationCsv,
  declarationEntries,
  fhirInvoice,
  fileActiveCsv,
  type DeclarationEntry,
  type FhirInvoice,
} from '../src/entries/exports';
import { fileActive, projectDates, worklist } from '../src/entries/operations';
import type { ParcoursProject, Settlement } from '../src/index';
import { mustParse, pathJson, pr, projectJson, typeJson } from './helpers/fixtures';

/** The declaration of a whole year, as a trial (the test type is illustrative). */
function trialEntries(s: Settlement, project: ParcoursProject) {
  const r = declarationEntries(s, { project, from: '2026-01-01', to: '2026-12-31', allowDraft: true });
  return r.ok ? r.value : [];
}

type Json = Record<string, unknown>;
const S1_DONE = () => [
  pr('a', 'BILAN', '2026-02-05', 'med'),
  pr('b', 'DIET', '2026-02-10', 'diet', { minutes: 45 }),
  pr('c', 'DIET', '2026-02-20', 'diet', { minutes: 45 }),
];
function docs(mutate: (path: Json, type: Json) => void = () => {}) {
  const path = pathJson();
  const type = typeJson();
  path.prestations = S1_DONE();
  mutate(path, type);
  return mustParse(type, projectJson(), path);
}

describe('projet dates', () => {
  it('gives the tacit acceptance, the avenant deadlines and the end of a formal notice', () => {
    expect(
      projectDates(
        {
          sentToArs: '2026-03-10',
          avenants: [
            { id: 'AV-2', date: '2026-04-28', sentOn: '2026-05-06' },
            { id: 'AV-1', date: '2026-03-26' },
          ],
        },
        { formalNotice: '2026-08-31' },
      ),
    ).toEqual({
      sentToArs: '2026-03-10',
      deemedAcceptedOn: '2026-05-10',
      // 26 March + 7 days = 2 April; 28 April + 7 days = 5 May (AV-2 sent on 6 May: late).
      avenantsDue: [
        { avenant: 'AV-1', changedOn: '2026-03-26', dueBy: '2026-04-02' },
        { avenant: 'AV-2', changedOn: '2026-04-28', dueBy: '2026-05-05', sentOn: '2026-05-06' },
      ],
      formalNoticeEndsOn: '2027-02-28',
    });
    expect(projectDates({ sentToArs: '2025-12-31', opposition: { date: '2026-01-15' } })).toEqual({
      sentToArs: '2025-12-31',
      opposedOn: '2026-01-15',
      avenantsDue: [],
    });
    expect(projectDates({ sentToArs: '2027-12-31' }).deemedAcceptedOn).toBe('2028-02-29');
  });
});

describe('worklist', () => {
  it('lists what is due, by due date then séquence and codes, who can do it and whether it completes the séquence', () => {
    const d = docs((p) => void (p.prestations = [pr('b', 'DIET', '2026-02-10', 'diet')]));
    expect(worklist(d.type, d.project, d.path, { asOf: '2026-02-20' })).toEqual([
      {
        patientRef: 'PAT-T1',
        sequence: 'S1',
        task: 'prestations',
        codes: ['BILAN'],
        missing: 1,
        dueBy: '2026-02-15',
        overdue: true,
        performers: ['med'],
        completesSequence: false,
        sequenceForfait: '300.00',
      },
      {
        patientRef: 'PAT-T1',
        sequence: 'S1',
        task: 'prestations',
        codes: ['DIET'],
        missing: 1,
        dueBy: '2026-02-28',
        overdue: false,
        performers: ['diet'],
        completesSequence: false,
        sequenceForfait: '300.00',
      },
      {
        patientRef: 'PAT-T1',
        sequence: 'S2',
        task: 'prestations',
        codes: ['FINAL'],
        missing: 1,
        dueBy: '2027-01-31',
        overdue: false,
        performers: ['med'],
        completesSequence: false,
        sequenceForfait: '600.00',
      },
      {
        patientRef: 'PAT-T1',
        sequence: 'S2',
        task: 'prestations',
        codes: ['PSY', 'APA'],
        missing: 2,
        dueBy: '2027-01-31',
        overdue: false,
        performers: ['apa', 'psy'],
        completesSequence: false,
        sequenceForfait: '600.00',
      },
    ]);
  });
  it('says which requirement completes a séquence, with the forfait it makes billable (overseas: 400.00 × 1.20)', () => {
    const d = docs((p) => {
      p.profile = 'B';
      (p.patient as Json).territory = '974';
      p.prestations = [pr('a', 'BILAN', '2026-02-05', 'med'), pr('b', 'DIET', '2026-02-10', 'diet')];
    });
    expect(worklist(d.type, d.project, d.path, { asOf: '2026-02-12' })[0]).toMatchObject({
      codes: ['DIET'],
      missing: 1,
      completesSequence: true,
      sequenceForfait: '480.00',
    });
  });
  it('has nothing for a blocked path', () => {
    const d = docs((p) => void ((p.patient as Json).birthDate = '2012-01-01'));
    expect(worklist(d.type, d.project, d.path, { asOf: '2026-02-12' })).toEqual([]);
  });
});

describe('billing declaration', () => {
  // Computed before each test, not when the file loads: a mutation run then knows which tests exercise the engine.
  let d: ReturnType<typeof docs>;
  let s: Settlement;
  let declared: ReturnType<typeof declarationEntries>;
  let entries: readonly DeclarationEntry[] = [];
  const trial = (from: string, to: string) => declarationEntries(s, { project: d.project, from, to, allowDraft: true });
  beforeEach(() => {
    d = docs((_path, t) => void (t.status = 'illustrative'));
    s = settle(d.type, d.project, d.path, { asOf: '2026-03-31' });
    declared = trial('2026-02-01', '2026-02-28');
    entries = declared.ok ? declared.value : [];
  });

  it('refuses the séquences of a type that is not official, unless asked for a trial', () => {
    const refused = declarationEntries(s, { project: d.project, from: '2026-02-01', to: '2026-02-28' });
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['DECLARATION_NOT_OFFICIAL', 'error', { type: 't-test', version: 'v1', status: 'illustrative' }],
    ]);
    expect(declared.ok).toBe(true);
    expect(declared.issues.map((i) => [i.code, i.severity])).toEqual([['TYPE_NOT_OFFICIAL', 'warning']]);
    // Nothing billable in the period: nothing to refuse.
    expect(declarationEntries(s, { project: d.project, from: '2026-03-01', to: '2026-03-31' })).toEqual({
      ok: true,
      value: [],
      issues: [],
    });
    expect(s.issues.filter((i) => i.code === 'TYPE_NOT_OFFICIAL').map((i) => i.params)).toEqual([
      { type: 't-test', version: 'v1', status: 'illustrative' },
    ]);
  });

  it('declares the séquences billable in the period, one line per payee', () => {
    expect(entries).toHaveLength(1);
    expect(trial('2026-03-01', '2026-03-31')).toEqual({ ok: true, value: [], issues: [] });
    expect(entries[0]).toMatchObject({
      patientRef: 'PAT-T1',
      type: { id: 't-test', version: 'v1', status: 'illustrative' },
      sequence: 'S1',
      status: 'completed',
      billableOn: '2026-02-20',
      forfait: '300.00',
      amo: '210.00',
      amc: '90.00',
      patient: '0.00',
    });
  });

  it('writes the exact CSV bytes: UTF-8 BOM, semicolons, decimal commas, CRLF', () => {
    const csv = declarationCsv(entries);
    const expected =
      '\uFEFFstructure_siret;structure_finess;patient;type;version;statut_type;sequence;statut;date_facturable;forfait;part_amo;part_amc;organisme_amc;part_patient;beneficiaire;type_identifiant;identifiant;montant;nature;montant_precedent;version_precedente;forfait_precedent;part_amo_precedente;part_amc_precedente;part_patient_precedente;date_declaration\r\n' +
      '90000000100017;;PAT-T1;t-test;v1;illustrative;S1;complete;2026-02-20;300,00;210,00;90,00;;0,00;structure;SIRET;90000000100017;30,00;;;;;;;;\r\n' +
      '90000000100017;;PAT-T1;t-test;v1;illustrative;S1;complete;2026-02-20;300,00;210,00;90,00;;0,00;diet;ADELI;759912345;180,00;;;;;;;;\r\n' +
      '90000000100017;;PAT-T1;t-test;v1;illustrative;S1;complete;2026-02-20;300,00;210,00;90,00;;0,00;med;RPPS;10001234565;90,00;;;;;;;;\r\n';
    expect(csv).toBe(expected);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes a FHIR R4 Invoice that satisfies the resource’s required elements and code bindings', () => {
    const inv: FhirInvoice = fhirInvoice(entries[0]!);
    const errors = r4InvoiceErrors(JSON.parse(JSON.stringify(inv)) as Json);
    expect(errors).toEqual([]);
    expect(inv.issuer).toEqual({
      type: 'Organization',
      identifier: {
        type: { coding: [{ system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', code: 'IDNST' }] },
        system: 'urn:oid:1.2.250.1.71.4.2.2',
        value: '390000000100017',
      },
      display: entries[0]!.structure.name,
    });
    expect((inv.participant ?? []).map((p) => [p.actor.type, p.actor.identifier.type?.coding[0]?.code])).toEqual([
      ['Organization', 'IDNST'],
      ['Practitioner', 'IDNPS'],
      ['Practitioner', 'IDNPS'],
    ]);
    expect((inv.participant ?? []).map((p) => p.actor.identifier.value)).toEqual([
      '390000000100017',
      '0759912345',
      '810001234565',
    ]);
    expect(inv.lineItem[0]!.priceComponent.map((c) => [c.type, c.code?.coding[0]?.code ?? '', c.amount.value])).toEqual(
      [
        ['base', '', 300],
        ['informational', 'amo', 210],
        ['informational', 'amc', 90],
        ['informational', 'patient', 0],
        ['informational', 'structure', 30],
        ['informational', 'diet', 180],
        ['informational', 'med', 90],
      ],
    );
    expect(inv.totalNet).toEqual({ value: 300, currency: 'EUR' });
    expect(inv.note).toEqual([
      {
        // Plain spaces: FHIR's string pattern refuses no-break ones.
        text: 'Essai : type t-test version v1 au statut illustrative, montants non officiels — ne pas transmettre.',
      },
    ]);
    expect(
      r4InvoiceErrors({
        resourceType: 'Invoice',
        participant: [{}],
        lineItem: [{ priceComponent: [{ type: 'fee' }] }],
      }),
    ).toEqual([
      'status is required',
      'participant[0].actor is required',
      'lineItem[0].chargeItem[x] is required',
      'lineItem[0].priceComponent[0].type "fee" is not in invoice-priceComponentType',
    ]);
  });

  it('never writes a NIR anywhere', () => {
    const nir = '269054958815780';
    const withNir = docs((p) => void ((p.patient as Json).nir = nir));
    const sN = settle(withNir.type, withNir.project, withNir.path, { asOf: '2026-03-31' });
    const outputs = [
      JSON.stringify(validatePath(withNir.type, withNir.project, withNir.path, { asOf: '2026-03-31' })),
      JSON.stringify(sN),
      JSON.stringify(declarationEntries(sN, { project: withNir.project, from: '2026-01-01', to: '2026-12-31' })),
      declarationCsv(trialEntries(sN, withNir.project)),
      JSON.stringify(trialEntries(sN, withNir.project).map(fhirInvoice)),
    ];
    for (const o of outputs) expect(o.includes('2690549588157')).toBe(false);
  });
});

describe('file-active report', () => {
  it('counts statuses, rates, amounts and prestations, and lists excluded paths with their issues', () => {
    const project = mustParse(typeJson(), projectJson(), pathJson()).project;
    const type = mustParse(typeJson(), projectJson(), pathJson()).type;
    const acc = fileActive({ project, types: type, from: '2026-01-01', to: '2026-03-31' });
    const complete = { ...pathJson(), prestations: S1_DONE() };
    const dropped = {
      ...pathJson(),
      patient: { ref: 'PAT-T2', birthDate: '1980-06-15' },
      exit: { date: '2026-02-08', reason: 'withdrawal' },
      prestations: [pr('a', 'BILAN', '2026-02-05', 'med')],
    };
    const tooYoung = { ...pathJson(), patient: { ref: 'PAT-T3', birthDate: '2015-01-01' } };
    acc.add(complete);
    acc.add(dropped);
    acc.add(tooYoung);
    acc.add({ parcoursType: 't-test' });
    acc.addUnreadable(5);
    const r = acc.report();
    expect(r.paths).toEqual({ total: 5, evaluated: 2, excluded: 3, excludedByReason: { BLOCKED: 1, PARSE: 2 } });
    expect(r.excludedPaths.map((x) => [x.line, x.ref ?? '', x.reason, x.issues[0]!.code])).toEqual([
      [3, 'PAT-T3', 'BLOCKED', 'PATIENT_TOO_YOUNG'],
      [4, '', 'PARSE', 'SCHEMA_REQUIRED'],
      [5, '', 'PARSE', 'INPUT_INVALID_JSON'],
    ]);
    // PAT-T1: S1 completed, S2 in progress; PAT-T2: S1 incomplete (tiers 1 → 25 % = 75.00), S2 not started
    expect(r.sequences).toEqual({
      byStatus: { pending: 0, 'in-progress': 1, completed: 1, incomplete: 1, 'not-started': 1 },
      ended: 2,
      completed: 1,
      completionRate: '0.5000',
      notBilledByReason: { BLOCKED: 2, NOT_ENDED: 1, NOT_STARTED: 1 },
    });
    expect(r.dropOut).toEqual({ exits: 1, dropOuts: 1, rate: '0.5000' });
    // 300.00 + 75.00; AMO 210.00 + 52.50; AMC 90.00 + 22.50
    expect(r.amounts).toMatchObject({
      billedSequences: 2,
      forfait: '375.00',
      amo: '262.50',
      amc: '112.50',
      patient: '0.00',
    });
    expect(r.amounts.byPayee.map((l) => `${l.payee.idType}:${l.amount}`)).toEqual([
      'ADELI:180.00',
      'RPPS:157.50',
      'SIRET:37.50',
    ]);
    expect(r.prestations).toEqual({
      byMember: [
        { member: 'diet', profession: 'dieteticien', count: 2 },
        { member: 'med', profession: 'medecin', count: 2 },
      ],
      byProfession: [
        { profession: 'dieteticien', count: 2 },
        { profession: 'medecin', count: 2 },
      ],
    });
    const csv = fileActiveCsv(r);
    expect(csv.startsWith('\uFEFFrubrique;cle;valeur\r\nperiode;du;2026-01-01\r\n')).toBe(true);
    expect(csv).toContain('\r\nmontants;forfait;375,00\r\n');
    expect(csv).toContain('\r\nsequences;taux_completion;0,5000\r\n');
  });
});

/** Checks the elements that FHIR R4 requires in an Invoice and the required code bindings this library uses. */
function r4InvoiceErrors(inv: Json): string[] {
  const errors: string[] = [];
  const STATUS = ['draft', 'issued', 'balanced', 'cancelled', 'entered-in-error'];
  const PRICE = ['base', 'surcharge', 'deduction', 'discount', 'tax', 'informational'];
  if (inv.resourceType !== 'Invoice') errors.push('resourceType must be Invoice');
  if (inv.id !== undefined && !/^[A-Za-z0-9\-.]{1,64}$/.test(String(inv.id))) errors.push('id is not a FHIR id');
  if (inv.status === undefined) errors.push('status is required');
  else if (!STATUS.includes(String(inv.status))) errors.push('status is not in invoice-status');
  if (inv.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(String(inv.date)))
    errors.push('date is not a dateTime');
  const money = (m: unknown, at: string) => {
    const v = m as { value?: unknown; currency?: unknown } | undefined;
    if (v === undefined) return;
    if (typeof v.value !== 'number') errors.push(`${at}.value must be a decimal`);
    if (typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency))
      errors.push(`${at}.currency must be an ISO 4217 code`);
  };
  ((inv.participant as Json[] | undefined) ?? []).forEach((p, i) => {
    if (p.actor === undefined) errors.push(`participant[${i}].actor is required`);
  });
  ((inv.lineItem as Json[] | undefined) ?? []).forEach((l, i) => {
    if (l.chargeItemReference === undefined && l.chargeItemCodeableConcept === undefined)
      errors.push(`lineItem[${i}].chargeItem[x] is required`);
    ((l.priceComponent as Json[] | undefined) ?? []).forEach((c, j) => {
      if (c.type === undefined) errors.push(`lineItem[${i}].priceComponent[${j}].type is required`);
      else if (!PRICE.includes(String(c.type)))
        errors.push(
          `lineItem[${i}].priceComponent[${j}].type "${String(c.type)}" is not in invoice-priceComponentType`,
        );
      money(c.amount, `lineItem[${i}].priceComponent[${j}].amount`);
    });
  });
  money(inv.totalGross, 'totalGross');
  money(inv.totalNet, 'totalNet');
  return errors;
}
