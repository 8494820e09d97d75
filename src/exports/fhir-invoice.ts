import { outputMessagesFor } from '../messages/output-render';
import type { Payee } from '../settlement/settlement-types';
import type { DeclarationEntry } from './declaration';

/** OID of the ANS national identifiers of professionals (IdNat_PS: 8 + RPPS, 0 + ADELI). */
export const IDNAT_PS = 'urn:oid:1.2.250.1.71.4.2.1';
/** OID of the ANS national identifiers of structures (IdNat_Struct: 1 + FINESS, 2 + SIREN, 3 + SIRET). */
export const IDNAT_STRUCT = 'urn:oid:1.2.250.1.71.4.2.2';
const NS = 'urn:pcr-forfait';
/** Invoices are written for the French billing teleservice: their texts are French. */
const { m: FR, f: fr } = outputMessagesFor('fr');

/** A FHIR R4 Identifier. */
export interface FhirIdentifier {
  readonly system: string;
  readonly value: string;
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

/** The subset of a FHIR R4 `Invoice` this library writes. */
export interface FhirInvoice {
  readonly resourceType: 'Invoice';
  readonly id: string;
  readonly identifier: readonly FhirIdentifier[];
  readonly status: 'issued';
  readonly type: FhirConcept;
  readonly subject: { readonly identifier: FhirIdentifier };
  readonly date: string;
  readonly issuer: { readonly identifier: FhirIdentifier; readonly display: string };
  readonly participant: readonly {
    readonly role: FhirConcept;
    readonly actor: { readonly identifier: FhirIdentifier; readonly display?: string };
  }[];
  readonly lineItem: readonly {
    readonly sequence: number;
    readonly chargeItemCodeableConcept: FhirConcept;
    readonly priceComponent: readonly {
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
  switch (p.idType) {
    case 'RPPS':
      return { system: IDNAT_PS, value: `8${p.id}` };
    case 'ADELI':
      return { system: IDNAT_PS, value: `0${p.id}` };
    case 'FINESS':
      return { system: IDNAT_STRUCT, value: `1${p.id}` };
    case 'SIRET':
      return { system: IDNAT_STRUCT, value: `3${p.id}` };
    case 'CPAM':
      return { system: `${NS}:cpam-number`, value: p.id };
  }
}

const money = (amount: string): FhirMoney => ({ value: Number(amount), currency: 'EUR' });
const concept = (system: string, code: string, text?: string): FhirConcept => ({
  coding: [{ system: `${NS}:${system}`, code }],
  ...(text ? { text } : {}),
});

/**
 * One FHIR R4 `Invoice` for a declared séquence: the structure as issuer, each payee as a participant with its
 * national identifier, one line item carrying the forfait (`base`) and, as `informational` components, the AMO /
 * AMC / patient parts and each payee's share. The patient appears only by its pseudonymous reference.
 *
 * @example
 * JSON.stringify(fhirInvoice(entries[0]))
 */
export function fhirInvoice(e: DeclarationEntry): FhirInvoice {
  const issuerId =
    e.structure.siret !== undefined
      ? nationalIdentifier({ idType: 'SIRET', id: e.structure.siret })
      : nationalIdentifier({ idType: 'FINESS', id: e.structure.finess ?? '' });
  const id = `${e.patientRef}-${e.sequence}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
  return {
    resourceType: 'Invoice',
    id,
    identifier: [
      { system: `${NS}:declaration`, value: `${e.type.id}|${e.type.version}|${e.patientRef}|${e.sequence}` },
    ],
    status: 'issued',
    type: concept('parcours-type', e.type.id, `${e.type.id} ${e.type.version}`),
    subject: { identifier: { system: `${NS}:patient-ref`, value: e.patientRef } },
    date: e.billableOn,
    issuer: { identifier: issuerId, display: e.structure.name },
    participant: e.lines.map((l) => ({
      role: concept('role', l.beneficiary === 'structure' ? 'coordination' : 'intervenant'),
      actor: {
        identifier: nationalIdentifier(l.payee),
        ...(l.payee.name !== undefined ? { display: l.payee.name } : {}),
      },
    })),
    lineItem: [
      {
        sequence: 1,
        chargeItemCodeableConcept: concept(
          'sequence',
          e.sequence,
          FR.fhir.sequence({ id: e.sequence, completed: e.status === 'completed' }, fr),
        ),
        priceComponent: [
          { type: 'base', amount: money(e.forfait) },
          { type: 'informational', code: concept('payer', 'amo'), amount: money(e.amo) },
          { type: 'informational', code: concept('payer', 'amc'), amount: money(e.amc) },
          { type: 'informational', code: concept('payer', 'patient'), amount: money(e.patient) },
          ...e.lines.map((l) => ({
            type: 'informational' as const,
            code: concept('share', l.beneficiary),
            amount: money(l.amount),
          })),
        ],
      },
    ],
    totalGross: money(e.forfait),
    totalNet: money(e.forfait),
    ...(e.type.status !== 'official'
      ? {
          note: [
            { text: FR.fhir.notOfficial({ type: e.type.id, version: e.type.version, status: e.type.status }, fr) },
          ],
        }
      : {}),
  };
}
