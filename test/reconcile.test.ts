import { describe, expect, it } from 'vitest';
import {
  type DeclaredEntry,
  declarationCsv,
  declarationDelta,
  readDeclarations,
  readPayments,
} from '../src/entries/exports';
import { type Payment, reconcile, type Reconciliation } from '../src/entries/operations';
import { declarable, examplePath, fileActivePaths } from './helpers/declared';

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value;
};

// The example's S1, declared on 2027-06-15: structure 106.14 (SIRET), apa-petit 183.61 (its employer's SIRET),
// diet-leroy 131.42 (ADELI), dr-martin 131.41 (RPPS), ide-roux 87.61 (ADELI), psy-bernard 421.21 (ADELI).
// Computed in each test, not when the file loads: a mutation run then knows which tests exercise the engine.
const declared = () => ok(declarationDelta([], declarable(examplePath()), { declaredOn: '2027-06-15' }));
const TYPE = 'obesite-complexe-adulte';
const pay = (date: string, idType: string, id: string, amount: string, sequence = 'S1'): Payment => ({
  date,
  patientRef: 'PAT-0001',
  type: TYPE,
  sequence,
  payee: { idType, id },
  amount,
});
const STRUCTURE = ['SIRET', '90000000100017'] as const;
const APA = ['SIRET', '90000000200015'] as const;
const DIET = ['ADELI', '759912345'] as const;
const DR = ['RPPS', '10001234565'] as const;
const IDE = ['ADELI', '759900017'] as const;
const PSY = ['ADELI', '759954321'] as const;
const statuses = (r: Reconciliation) =>
  r.lines.map((l) => [l.payee.id, l.status, l.expected, l.received, l.missing ?? '', l.excess ?? '']);

describe('reconcile: payments checked against the declarations', () => {
  const payments = [
    pay('2027-07-10', ...STRUCTURE, '106.14'),
    pay('2027-07-10', ...APA, '100.00'),
    pay('2027-07-20', ...APA, '83.61'),
    pay('2027-07-10', ...DIET, '131.00'),
    pay('2027-07-10', ...DR, '131.41'),
    pay('2027-07-12', ...DR, '10.00'),
    pay('2027-07-12', ...DR, '50.00', 'S2'),
  ];

  it('gives each declared line one status, with hand-worked amounts', () => {
    // 2027-06-15 → 2027-08-01 is 47 days: past the 30 days of grace.
    const r = ok(reconcile(declared(), payments, { asOf: '2027-08-01' }));
    expect(statuses(r)).toEqual([
      ['90000000100017', 'paid', '106.14', '106.14', '', ''],
      // 100.00 + 83.61 = 183.61: two payments add up.
      ['90000000200015', 'paid', '183.61', '183.61', '', ''],
      // 131.42 − 131.00 = 0.42 missing.
      ['759912345', 'short', '131.42', '131.00', '0.42', ''],
      // 131.41 + 10.00 = 141.41: 10.00 beyond 131.41.
      ['10001234565', 'over', '131.41', '141.41', '', '10.00'],
      ['759900017', 'late', '87.61', '0.00', '87.61', ''],
      ['759954321', 'late', '421.21', '0.00', '421.21', ''],
    ]);
    expect(r.lines.map((l) => [l.payments, l.difference, l.declaredOn, l.nature])).toEqual([
      [1, '0.00', '2027-06-15', 'initiale'],
      [2, '0.00', '2027-06-15', 'initiale'],
      [1, '-0.42', '2027-06-15', 'initiale'],
      [2, '10.00', '2027-06-15', 'initiale'],
      [0, '-87.61', '2027-06-15', 'initiale'],
      [0, '-421.21', '2027-06-15', 'initiale'],
    ]);
    // The S2 payment matches no declared line.
    expect(r.unexpected).toEqual([pay('2027-07-12', ...DR, '50.00', 'S2')]);
    expect(r.after).toEqual([]);
    // expected 1061.40; received 106.14 + 183.61 + 131.00 + 141.41 = 562.16; missing 0.42 + 87.61 + 421.21 = 509.24;
    // and 1061.40 − 562.16 + 10.00 = 509.24.
    expect(r.total).toEqual({
      expected: '1061.40',
      received: '562.16',
      missing: '509.24',
      excess: '10.00',
      unexpected: '50.00',
      counts: { paid: 2, short: 1, over: 1, pending: 0, late: 2, unexpected: 1 },
    });
    expect(r.byPayee.find((p) => p.payee.id === DR[1])).toEqual({
      payee: { idType: 'RPPS', id: '10001234565' },
      expected: '131.41',
      received: '141.41',
      missing: '0.00',
      excess: '10.00',
      unexpected: '50.00',
      counts: { paid: 0, short: 0, over: 1, pending: 0, late: 0, unexpected: 1 },
    });
    expect(r.byPayee.map((p) => p.payee.id)).toEqual([
      '90000000100017',
      '90000000200015',
      '759912345',
      '10001234565',
      '759900017',
      '759954321',
    ]);
  });

  it('pending within the grace, late from its last day on (default 30 days, or as given)', () => {
    const nothing = (asOf: string, graceDays?: number) =>
      ok(reconcile(declared(), [], graceDays === undefined ? { asOf } : { asOf, graceDays })).lines[0]?.status;
    // 2027-06-15 + 29 days = 2027-07-14: pending; + 30 days = 2027-07-15: late.
    expect([nothing('2027-07-14'), nothing('2027-07-15')]).toEqual(['pending', 'late']);
    // With 10 days: 2027-06-24 is 9 days after (pending), 2027-06-25 is 10 (late); 0 days: late the same day.
    expect([nothing('2027-06-24', 10), nothing('2027-06-25', 10), nothing('2027-06-15', 0)]).toEqual([
      'pending',
      'late',
      'late',
    ]);
    const r = ok(reconcile(declared(), [], { asOf: '2027-07-01' }));
    expect(r.total.counts).toEqual({ paid: 0, short: 0, over: 0, pending: 6, late: 0, unexpected: 0 });
    expect(r.total.missing).toBe('1061.40');
  });

  it('counts the grace from the billable date when the entry has no declaration date', () => {
    const plain = declarable(examplePath()); // billable on 2027-05-19
    // 2027-05-19 → 2027-06-15 is 27 days; → 2027-06-18 is 30.
    expect(ok(reconcile(plain, [], { asOf: '2027-06-15' })).lines[0]?.status).toBe('pending');
    expect(ok(reconcile(plain, [], { asOf: '2027-06-18' })).lines[0]?.status).toBe('late');
    expect(ok(reconcile(plain, [], { asOf: '2027-06-18' })).lines[0]?.declaredOn).toBe('2027-05-19');
  });

  it('the last entry read wins: a rectified line expects its new amount, a cancelled one 0', () => {
    const late = examplePath();
    late.prestations = [
      ...(late.prestations as unknown[]),
      { id: 'p17', code: 'SEANCE_IDE', date: '2027-02-10', member: 'ide-roux', minutes: 30, status: 'done' },
    ];
    const rectified = ok(declarationDelta(declared(), declarable(late), { declaredOn: '2027-07-01' }));
    // ide-roux now expects 122.03; paid 87.61 as first declared: 122.03 − 87.61 = 34.42 missing.
    const r = ok(
      reconcile([...declared(), ...rectified], [pay('2027-07-10', ...IDE, '87.61')], { asOf: '2027-07-20' }),
    );
    expect(r.lines.find((l) => l.payee.id === IDE[1])).toMatchObject({
      nature: 'rectificative',
      declaredOn: '2027-07-01',
      expected: '122.03',
      received: '87.61',
      status: 'short',
      missing: '34.42',
    });
    const cancelled = ok(declarationDelta([...declared(), ...rectified], [], { declaredOn: '2027-08-01' }));
    const c = ok(
      reconcile([...declared(), ...rectified, ...cancelled], [pay('2027-07-10', ...STRUCTURE, '106.14')], {
        asOf: '2027-09-30',
      }),
    );
    // Nothing expected any more: the structure's 106.14 is an excess, the others (nothing received) are paid.
    expect(statuses(c)).toEqual([
      ['90000000100017', 'over', '0.00', '106.14', '', '106.14'],
      ['90000000200015', 'paid', '0.00', '0.00', '', ''],
      ['759912345', 'paid', '0.00', '0.00', '', ''],
      ['10001234565', 'paid', '0.00', '0.00', '', ''],
      ['759900017', 'paid', '0.00', '0.00', '', ''],
      ['759954321', 'paid', '0.00', '0.00', '', ''],
    ]);
  });

  it('does not count a payment dated after the day of the check', () => {
    // On 2027-07-11, dr-martin's 10.00 of 2027-07-12 has not arrived: 131.41 received, paid.
    const r = ok(reconcile(declared(), payments, { asOf: '2027-07-11' }));
    expect(r.lines.find((l) => l.payee.id === DR[1])).toMatchObject({
      status: 'paid',
      received: '131.41',
      payments: 1,
    });
    // apa's 83.61 of 2027-07-20 neither: 100.00 of 183.61, 83.61 short.
    expect(r.lines.find((l) => l.payee.id === APA[1])).toMatchObject({ status: 'short', missing: '83.61' });
    expect(r.after).toEqual([payments[2], payments[5], payments[6]]);
    expect(r.unexpected).toEqual([]);
  });

  it('a recovery (negative payment) reduces what was received', () => {
    // 141.41 − 10.00 = 131.41: paid.
    const r = ok(
      reconcile(declared(), [pay('2027-07-10', ...DR, '141.41'), pay('2027-07-30', ...DR, '-10.00')], {
        asOf: '2027-08-01',
      }),
    );
    expect(r.lines.find((l) => l.payee.id === DR[1])).toMatchObject({
      status: 'paid',
      received: '131.41',
      payments: 2,
    });
  });

  it('the file active declared and paid line for line: all paid', () => {
    const all = fileActivePaths().flatMap((p) => declarable(p, '2027-12-31'));
    expect(all.length).toBe(9);
    const paid = all.flatMap((e) =>
      e.lines.map((l) => ({
        date: '2027-07-01',
        patientRef: e.patientRef,
        type: e.type.id,
        sequence: e.sequence,
        payee: { idType: l.payee.idType, id: l.payee.id },
        amount: l.amount,
      })),
    );
    const r = ok(reconcile(all, paid, { asOf: '2027-12-31' }));
    expect(r.lines.every((l) => l.status === 'paid')).toBe(true);
    expect(r.total.expected).toBe(r.total.received);
    expect([r.total.missing, r.total.excess, r.total.unexpected]).toEqual(['0.00', '0.00', '0.00']);
  });

  it('refuses an invalid date or grace period (errors are data)', () => {
    const r1 = reconcile(declared(), [], { asOf: '2027-02-30' });
    expect(r1.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['OPTION_INVALID', ['asOf'], { option: 'asOf', expected: 'date' }],
    ]);
    for (const graceDays of [-1, 1.5, 3651, Number.NaN]) {
      const r = reconcile(declared(), [], { asOf: '2027-07-01', graceDays });
      expect([r.ok, r.issues.map((i) => [i.code, i.params])]).toEqual([false, [['GRACE_DAYS_INVALID', { max: 3650 }]]]);
    }
    expect(reconcile(declared(), [], { asOf: '2027-07-01', graceDays: 3650, lang: 'en' }).ok).toBe(true);
  });

  it('reads back a declaration file and checks it (CSV: declared on the file’s date)', () => {
    const fromCsv = ok(readDeclarations(declarationCsv(declarable(examplePath())), { declaredOn: '2027-06-15' }));
    const r = ok(reconcile(fromCsv, payments, { asOf: '2027-08-01' }));
    expect(r.total.counts).toEqual({ paid: 2, short: 1, over: 1, pending: 0, late: 2, unexpected: 1 });
    expect((fromCsv[0] as DeclaredEntry).declaredOn).toBe('2027-06-15');
  });
});

describe('readPayments: the payments file', () => {
  const header = 'date;patient;type;sequence;type_identifiant;identifiant;montant';

  it('reads CSV with or without BOM, decimal comma or point, signed amounts, columns in any order', () => {
    const csv = `\uFEFF${header}\r\n2027-07-10;PAT-0001;${TYPE};S1;RPPS;10001234565;131,41\r\n2027-07-12;PAT-0001;${TYPE};S1;RPPS;10001234565;-10.5\r\n\r\n`;
    expect(ok(readPayments(csv))).toEqual([pay('2027-07-10', ...DR, '131.41'), pay('2027-07-12', ...DR, '-10.50')]);
    const reordered = `montant;libelle;identifiant;type_identifiant;sequence;type;patient;date\n12;virement CPAM;759900017;ADELI;S1;${TYPE};PAT-0001;2027-07-10\n`;
    expect(ok(readPayments(reordered))).toEqual([pay('2027-07-10', ...IDE, '12.00')]);
  });

  it('reads JSON with the same fields, amounts as text or number', () => {
    const json = JSON.stringify(
      [
        {
          date: '2027-07-10',
          patient: 'PAT-0001',
          type: TYPE,
          sequence: 'S1',
          type_identifiant: 'ADELI',
          identifiant: '759954321',
          montant: 421.21,
        },
        {
          date: '2027-07-11',
          patient: 'PAT-0001',
          type: TYPE,
          sequence: 'S1',
          type_identifiant: 'ADELI',
          identifiant: '759954321',
          montant: '0,79',
        },
      ],
      null,
      2,
    );
    expect(ok(readPayments(json))).toEqual([pay('2027-07-10', ...PSY, '421.21'), pay('2027-07-11', ...PSY, '0.79')]);
  });

  it('names each bad line (errors are data)', () => {
    const rows = [
      header,
      `2027-07-10;PAT-0001;${TYPE};S1;RPPS;10001234565;131,41`,
      `2027-07-32;PAT-0001;${TYPE};S1;RPPS;10001234565;131,41`,
      `2027-07-10;PAT-0001;${TYPE};S1;NIR;1;131,41`,
      `2027-07-10;PAT-0001;${TYPE};S1;RPPS;10001234565;131,415`,
      `2027-07-10;;${TYPE};S1;RPPS;10001234565;1`,
    ].join('\n');
    const r = readPayments(rows, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['PAYMENT_LINE_INVALID', [3, 'date'], { line: 3, field: 'date' }],
      ['PAYMENT_LINE_INVALID', [4, 'type_identifiant'], { line: 4, field: 'type_identifiant' }],
      ['PAYMENT_LINE_INVALID', [5, 'montant'], { line: 5, field: 'montant' }],
      ['PAYMENT_LINE_INVALID', [6, 'patient'], { line: 6, field: 'patient' }],
    ]);
    expect(r.issues[0]?.message).toBe('Payments, line 3: field "date" missing or invalid.');
    expect(
      readPayments('date;patient;type;sequence;identifiant;montant\n').issues.map((i) => [i.code, i.params]),
    ).toEqual([['PAYMENT_HEADER_INVALID', { column: 'type_identifiant' }]]);
    expect(readPayments(`${header}\n2027-07-10;"PAT\n`).issues.map((i) => [i.code, i.params])).toEqual([
      ['PAYMENT_LINE_UNREADABLE', { line: 2 }],
    ]);
    expect(readPayments('[{"date": "2027-07-10"').issues.map((i) => [i.code, i.params])).toEqual([
      ['PAYMENT_LINE_UNREADABLE', { line: 1 }],
    ]);
    const json =
      '[\n  {"date": "2027-07-10", "patient": "P", "type": "t", "sequence": "S1", "type_identifiant": "RPPS", "identifiant": "1", "montant": "1"},\n  {"date": "2027-07-10"}\n]';
    expect(readPayments(json).issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['PAYMENT_LINE_INVALID', [3, 'patient'], { line: 3, field: 'patient' }],
    ]);
    expect(readPayments(header).ok).toBe(true);
  });
});
