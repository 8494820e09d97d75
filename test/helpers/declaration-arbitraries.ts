import fc from 'fast-check';
import { type DeclarationEntry, declarationKey } from '../../src/entries/exports';
import { formatCents } from '../../src/money/decimal';

/** Payees a séquence's lines are drawn from: kinds as a CSV infers them, no names (the CSV holds none). */
const PAYEES: DeclarationEntry['lines'][number][] = [
  { beneficiary: 'structure', payee: { kind: 'structure', idType: 'SIRET', id: '90000000100017' }, amount: '' },
  { beneficiary: 'dr-a', payee: { kind: 'professional', idType: 'RPPS', id: '10001234565' }, amount: '' },
  { beneficiary: 'ide-b', payee: { kind: 'professional', idType: 'ADELI', id: '759900017' }, amount: '' },
  { beneficiary: 'apa-c', payee: { kind: 'employer', idType: 'SIRET', id: '90000000200015' }, amount: '' },
  // Two beneficiaries paid to one employer: two lines, one payee identifier.
  { beneficiary: 'apa-d', payee: { kind: 'employer', idType: 'SIRET', id: '90000000200015' }, amount: '' },
  { beneficiary: '-psy', payee: { kind: 'professional', idType: 'CPAM', id: '=X1' }, amount: '' },
];

/** Séquences that may be declared: two patients (one with a formula-like reference), two types, three séquences. */
const KEYS = ['PAT-1', '+PAT;2'].flatMap((patientRef) =>
  ['t-a', 't-b'].flatMap((type) => ['S1', 'S2', 'S3'].map((sequence) => ({ patientRef, type, sequence }))),
);

const cents = fc.integer({ min: 0, max: 150_000 });

/** One séquence's figures: its payees (in order, distinct), their amounts, the parts adding up to the forfait. */
const entryAt = (k: (typeof KEYS)[number]): fc.Arbitrary<DeclarationEntry> =>
  fc
    .record({
      payees: fc.subarray(PAYEES, { minLength: 1 }),
      amounts: fc.array(cents, { minLength: PAYEES.length, maxLength: PAYEES.length }),
      amo: fc.integer({ min: 0, max: 100 }),
      amc: fc.integer({ min: 0, max: 100 }),
      version: fc.constantFrom('2026-03', '2027-01'),
      status: fc.constantFrom('completed' as const, 'incomplete' as const),
      billableOn: fc.constantFrom('2027-01-31', '2027-05-19'),
      amcOrganisation: fc.option(fc.constantFrom('123456789', '=987'), { nil: undefined }),
    })
    .map((f) => {
      const lines = f.payees.map((p, i) => ({ ...p, amount: formatCents(f.amounts[i] as number) }));
      const total = f.payees.reduce((s, _p, i) => s + (f.amounts[i] as number), 0);
      const amo = Math.floor((total * f.amo) / 100);
      const amc = Math.floor(((total - amo) * f.amc) / 100);
      return {
        structure: { name: '', siret: '90000000100017' },
        patientRef: k.patientRef,
        type: { id: k.type, version: f.version, status: 'official' as const },
        sequence: k.sequence,
        status: f.status,
        billableOn: f.billableOn,
        forfait: formatCents(total),
        amo: formatCents(amo),
        amc: formatCents(amc),
        patient: formatCents(total - amo - amc),
        ...(f.amcOrganisation !== undefined ? { amcOrganisation: f.amcOrganisation } : {}),
        lines,
      };
    });

/** What is declarable at one time: a subset of the séquences, each with its figures. */
export const declarable: fc.Arbitrary<DeclarationEntry[]> = fc
  .subarray(KEYS)
  .chain((keys) => (keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(entryAt))));

/** A few successive declarable states, as a structure lives them (séquences come, change and go). */
export const history = fc.array(declarable, { minLength: 1, maxLength: 5 });

/** Entries sorted by their key, to compare sets of séquences. */
export const byKey = <T extends DeclarationEntry>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => (declarationKey(a) < declarationKey(b) ? -1 : 1));
