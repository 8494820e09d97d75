import { outputMessagesFor } from '../messages/output-render';
import type { Payee } from '../settlement/settlement-types';
import type { DeclarationEntry, DeclaredEntry } from './declaration';

/** OID of the ANS national identifiers of professionals (IdNat_PS: 8 + RPPS, 0 + ADELI). */
export const IDNAT_PS = 'urn:oid:1.2.250.1.71.4.2.1';
/** OID of the ANS national identifiers of structures (IdNat_Struct: 1 + FINESS, 2 + SIREN, 3 + SIRET). */
export const IDNAT_STRUCT = 'urn:oid:1.2.250.1.71.4.2.2';
const NS = 'urn:pcr-forfait';
/** FR Core's identifier types (HL7 v2 table 0203 as Interop'Santé extends it): IDNPS, IDNST. */
export const FR_CORE_IDENTIFIER_TYPES = 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203';
/** Invoices are written for the French billing teleservice: their texts are French. */
const { m: FR, f: fr } = outputMessagesFor('fr');
/**
 * A French sentence for a FHIR text: its no-break spaces become plain spaces, since FHIR's string pattern
 * (`[ \r\n\t\S]+`, read as a JavaScript regular expression by the official JSON Schema) refuses them.
 */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** A FHIR R4 Identifier. */
export interface FhirIdentifier {
  /** What kind of identifier: FR Core's IDNPS (professional) or IDNST (structure), when national. */
  readonly type?: FhirConcept;
  /** The namespace of the value. */
  readonly system: string;
  /** The identifier. */
  readonly value: string;
}

/** A FHIR R4 Reference by identifier, with the type of resource it points to. */
export interface FhirReference {
  /** `Patient`, `Practitioner` or `Organization`. */
  readonly type: 'Patient' | 'Practitioner' | 'Organization';
  /** The identifier of the resource. */
  readonly identifier: FhirIdentifier;
  /** Its name, for people. */
  readonly display?: string;
}

/** A FHIR R4 Money. */
export interface FhirMoney {
  readonly value: number;
  readonly currency: 'EUR';
}

/** A FHIR R4 CodeableConcept with one coding. */
export interface FhirConcept {
  readonly coding: readonly { readonly system: string; readonly code: string; readonly display?: string }[];
  readonly text?: string;
}

/**
 * An extension of a corrected Invoice: its nature (`urn:pcr-forfait:nature`, `initiale`, `rectificative` or
 * `annulation`), or the Invoice it replaces (`urn:pcr-forfait:replaces`, by the replaced one's declaration identifier).
 */
export type FhirInvoiceExtension =
  | { readonly url: 'urn:pcr-forfait:nature'; readonly valueCode: string }
  | {
      readonly url: 'urn:pcr-forfait:replaces';
      readonly valueReference: { readonly type: 'Invoice'; readonly identifier: FhirIdentifier };
    };

/** The subset of a FHIR R4 `Invoice` this library writes. */
export interface FhirInvoice {
  readonly resourceType: 'Invoice';
  /** When the entry has a nature: what it is, and for a correction the Invoice it replaces. */
  readonly extension?: readonly FhirInvoiceExtension[];
  readonly id: string;
  readonly identifier: readonly FhirIdentifier[];
  /** `cancelled` for an `annulation`, `issued` otherwise. */
  readonly status: 'issued' | 'cancelled';
  readonly type: FhirConcept;
  readonly subject: FhirReference;
  readonly date: string;
  readonly issuer: FhirReference;
  readonly participant?: readonly {
    readonly role: FhirConcept;
    readonly actor: FhirReference;
  }[];
  readonly lineItem: readonly {
    readonly sequence: number;
    readonly chargeItemCodeableConcept: FhirConcept;
    readonly priceComponent: readonly {
      /** On the AMC part: the complementary organisation's number, when the path gives it. */
      readonly extension?: readonly { readonly url: string; readonly valueIdentifier: FhirIdentifier }[];
      readonly type: 'base' | 'informational';
      readonly code?: FhirConcept;
      readonly amount: FhirMoney;
    }[];
  }[];
  readonly totalGross: FhirMoney;
  readonly totalNet: FhirMoney;
  /** Present when the type is not official: the invoice is a trial, its amounts are not the law's. */
  readonly note?: readonly { readonly text: string }[];
}

/**
 * The national identifier of a payee: professionals under IdNat_PS (8 + RPPS, 0 + ADELI), structures and employers
 * under IdNat_Struct (1 + FINESS, 3 + SIRET); a CPAM identification number under this library's own system.
 *
 * @example
 * nationalIdentifier({ kind: 'professional', idType: 'RPPS', id: '10001234565' }) // { system: IDNAT_PS, value: '810001234565' }
 */
export function nationalIdentifier(p: Pick<Payee, 'idType' | 'id'>): FhirIdentifier {
  const ps = (value: string) => ({ type: frCoreType('IDNPS'), system: IDNAT_PS, value });
  const st = (value: string) => ({ type: frCoreType('IDNST'), system: IDNAT_STRUCT, value });
  switch (p.idType) {
    case 'RPPS':
      return ps(`8${p.id}`);
    case 'ADELI':
      return ps(`0${p.id}`);
    case 'FINESS':
      return st(`1${p.id}`);
    case 'SIRET':
      return st(`3${p.id}`);
    case 'CPAM':
      return { system: `${NS}:cpam-number`, value: p.id };
  }
}

const frCoreType = (code: 'IDNPS' | 'IDNST'): FhirConcept => ({
  coding: [{ system: FR_CORE_IDENTIFIER_TYPES, code }],
});

/**
 * The `Invoice.id` of a declared séquence: `pcr-` and the 128-bit FNV-1a hash (32 hex digits) of the type, its
 * version, the patient reference and the séquence. Stable across runs and machines, the same for the same séquence,
 * different for different references whatever their characters (`PAT_0001` and `PAT-0001`), and within FHIR's id
 * syntax (`[A-Za-z0-9\-.]{1,64}`); the patient reference does not appear in it.
 *
 * @example
 * invoiceId({ type: { id: 't', version: 'v' }, patientRef: 'PAT_0001', sequence: 'S1' }).length // 36
 */
export function invoiceId(
  e: Pick<DeclarationEntry, 'patientRef' | 'sequence'> & { type: { id: string; version: string } },
): string {
  return `pcr-${fnv1a128(`${e.type.id}|${e.type.version}|${e.patientRef}|${e.sequence}`)}`;
}

/** The `Invoice.id` of a correction: `pcr-` and the hash of its séquence, nature and figures (new and previous). */
function correctedInvoiceId(e: DeclaredEntry): string {
  const figures = [e.forfait, e.amo, e.amc, e.patient, e.previous, e.lines.map((l) => [l.beneficiary, l.amount])];
  return `pcr-${fnv1a128(`${e.type.id}|${e.type.version}|${e.patientRef}|${e.sequence}|${e.nature}|${JSON.stringify(figures)}`)}`;
}

const FNV_PRIME = (1n << 88n) + 0x13bn;
const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const MASK = (1n << 128n) - 1n;

/** FNV-1a, 128 bits, over the UTF-8 bytes of `text`, as 32 hex digits. */
function fnv1a128(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK;
  return h.toString(16).padStart(32, '0');
}

const money = (amount: string): FhirMoney => ({ value: Number(amount), currency: 'EUR' });
const actorType = (p: Pick<Payee, 'idType'>): FhirReference['type'] =>
  p.idType === 'RPPS' || p.idType === 'ADELI' ? 'Practitioner' : 'Organization';

/**
 * A FHIR resource (or Bundle) as JSON text, with every `Money.value` written with two decimals (`1061.40`, not
 * `1061.4`): JSON numbers, as FHIR's schema wants, in the form a payer's reconciliation reads.
 *
 * @example
 * fhirJson({ amount: { value: 12.5, currency: 'EUR' } }) // '{"amount":{"value":12.50,"currency":"EUR"}}'
 */
export function fhirJson(resource: unknown, indent?: number): string {
  const text = JSON.stringify(
    resource,
    function (this: unknown, key, value) {
      const holder = this as { currency?: unknown };
      return key === 'value' && typeof value === 'number' && holder.currency === 'EUR'
        ? `\u0000money:${value.toFixed(2)}\u0000`
        : value;
    },
    indent,
  );
  return text.replace(/"\\u0000money:(-?[0-9]+\.[0-9]{2})\\u0000"/g, '$1');
}
const concept = (system: string, code: string, text?: string): FhirConcept => ({
  coding: [{ system: `${NS}:${system}`, code }],
  ...(text ? { text } : {}),
});

/** The `Invoice.identifier` value of a declared séquence: type, version, patient reference, séquence. */
const declarationIdentifier = (
  e: Pick<DeclarationEntry, 'patientRef' | 'sequence'>,
  type: string,
  version: string,
) => ({
  system: `${NS}:declaration`,
  value: `${type}|${version}|${e.patientRef}|${e.sequence}`,
});

/**
 * One FHIR R4 `Invoice` for a declared séquence: the structure as issuer, each payee as a participant with its
 * national identifier, one line item carrying the forfait (`base`) and, as `informational` components, the AMO /
 * AMC / patient parts and each payee's share. The patient appears only by its pseudonymous reference.
 *
 * An entry with a nature (see `declarationDelta`) carries it as the extension `urn:pcr-forfait:nature`. A
 * `rectificative` or an `annulation` also carries `urn:pcr-forfait:replaces`: a reference to the Invoice it replaces,
 * by that one's `Invoice.identifier` (type, previous version, patient reference, séquence), and, as `informational`
 * components coded under `urn:pcr-forfait:previous`, the previous forfait, parts and shares; its `id` is its own
 * (`pcr-` and the hash of the séquence, the nature and the figures), so that it never overwrites the replaced one.
 * An `annulation` has status `cancelled` and every amount at 0.
 *
 * @example
 * JSON.stringify(fhirInvoice(entries[0]))
 */
export function fhirInvoice(e: DeclaredEntry): FhirInvoice {
  const issuerId =
    e.structure.siret !== undefined
      ? nationalIdentifier({ idType: 'SIRET', id: e.structure.siret })
      : nationalIdentifier({ idType: 'FINESS', id: e.structure.finess ?? '' });
  const participant = e.lines.map((l) => ({
    role: concept('role', l.beneficiary === 'structure' ? 'coordination' : 'intervenant'),
    actor: {
      type: actorType(l.payee),
      identifier: nationalIdentifier(l.payee),
      ...(l.payee.name !== undefined ? { display: l.payee.name } : {}),
    },
  }));
  const amcOrganisation =
    e.amcOrganisation !== undefined
      ? {
          extension: [
            {
              url: `${NS}:amc-organisation`,
              valueIdentifier: { system: `${NS}:amc-number`, value: e.amcOrganisation },
            },
          ],
        }
      : {};
  const previous = e.nature === 'rectificative' || e.nature === 'annulation' ? e.previous : undefined;
  const extension: FhirInvoiceExtension[] = [];
  if (e.nature !== undefined) extension.push({ url: 'urn:pcr-forfait:nature', valueCode: e.nature });
  if (previous !== undefined)
    extension.push({
      url: 'urn:pcr-forfait:replaces',
      valueReference: { type: 'Invoice', identifier: declarationIdentifier(e, e.type.id, previous.version) },
    });
  const previousComponents =
    previous === undefined
      ? []
      : [
          { type: 'informational' as const, code: concept('previous', 'forfait'), amount: money(previous.forfait) },
          { type: 'informational' as const, code: concept('previous', 'amo'), amount: money(previous.amo) },
          { type: 'informational' as const, code: concept('previous', 'amc'), amount: money(previous.amc) },
          { type: 'informational' as const, code: concept('previous', 'patient'), amount: money(previous.patient) },
          ...e.lines.map((l) => ({
            type: 'informational' as const,
            code: concept('previous-share', l.beneficiary),
            amount: money(l.previousAmount ?? '0.00'),
          })),
        ];
  return {
    resourceType: 'Invoice',
    ...(extension.length > 0 ? { extension } : {}),
    id: previous === undefined ? invoiceId(e) : correctedInvoiceId(e),
    identifier: [declarationIdentifier(e, e.type.id, e.type.version)],
    status: e.nature === 'annulation' ? 'cancelled' : 'issued',
    type: concept('parcours-type', e.type.id, `${e.type.id} ${e.type.version}`),
    subject: { type: 'Patient', identifier: { system: `${NS}:patient-ref`, value: e.patientRef } },
    date: e.billableOn,
    issuer: {
      type: 'Organization',
      identifier: issuerId,
      ...(e.structure.name !== '' ? { display: e.structure.name } : {}),
    },
    ...(participant.length > 0 ? { participant } : {}),
    lineItem: [
      {
        sequence: 1,
        chargeItemCodeableConcept: concept(
          'sequence',
          e.sequence,
          plain(FR.fhir.sequence({ id: e.sequence, completed: e.status === 'completed' }, fr)),
        ),
        priceComponent: [
          { type: 'base', amount: money(e.forfait) },
          { type: 'informational', code: concept('payer', 'amo'), amount: money(e.amo) },
          { ...amcOrganisation, type: 'informational', code: concept('payer', 'amc'), amount: money(e.amc) },
          { type: 'informational', code: concept('payer', 'patient'), amount: money(e.patient) },
          ...e.lines.map((l) => ({
            type: 'informational' as const,
            code: concept('share', l.beneficiary),
            amount: money(l.amount),
          })),
          ...previousComponents,
        ],
      },
    ],
    totalGross: money(e.forfait),
    totalNet: money(e.forfait),
    ...(e.type.status !== 'official'
      ? {
          note: [
            {
              text: plain(FR.fhir.notOfficial({ type: e.type.id, version: e.type.version, status: e.type.status }, fr)),
            },
          ],
        }
      : {}),
  };
}
