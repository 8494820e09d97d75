import type { IsoDate } from '../dates/iso-date';
import type { ParcoursProject } from '../documents/project';
import type { Payee, Settlement } from '../settlement/settlement-types';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { makeIssue } from '../issues/issue-sink';
import type { TypeVersion } from '../validation/report-types';

/** One payee line of a declared séquence. */
export interface DeclarationLine {
  /** `structure`, or the member id. */
  readonly beneficiary: string;
  /** Who is paid: the professional, the employer, or the structure. */
  readonly payee: Payee;
  /** The quote-part, in euros. */
  readonly amount: string;
}

/** What the structure sends for one billable séquence (R.162-140 CSS). */
export interface DeclarationEntry {
  /** The coordinating structure that bills. */
  readonly structure: {
    /** Its name. */
    readonly name: string;
    /** Its SIRET. */
    readonly siret?: string;
    /** Its FINESS. */
    readonly finess?: string;
  };
  /** The patient's pseudonymous reference. */
  readonly patientRef: string;
  /** The type version the séquence was settled on. */
  readonly type: {
    /** The type's id. */
    readonly id: string;
    /** The version's id. */
    readonly version: string;
    /** `official`, or `draft` / `illustrative` when declared as a trial (`allowDraft`): not the law's amounts. */
    readonly status: TypeVersion['status'];
  };
  /** The séquence's id. */
  readonly sequence: string;
  /** Completed, or ended incomplete and paid under its policy. */
  readonly status: 'completed' | 'incomplete';
  /** The day it became billable. */
  readonly billableOn: IsoDate;
  /** The forfait billed, in euros. */
  readonly forfait: string;
  /** The Assurance Maladie's part. */
  readonly amo: string;
  /** The complementary's part. */
  readonly amc: string;
  /** What the patient pays. */
  readonly patient: string;
  /** One line per beneficiary and payee; they add up to `forfait`. */
  /** The complementary organisation's number (numéro d'organisme AMC), when the path gives it. */
  readonly amcOrganisation?: string;
  readonly lines: readonly DeclarationLine[];
}

/** What {@link declarationEntries} needs besides the settlement. */
export interface DeclarationOptions {
  /** The projet: the structure's identifiers. */
  readonly project: ParcoursProject;
  /** First day of the period (inclusive). */
  readonly from: IsoDate;
  /** Last day of the period (inclusive). */
  readonly to: IsoDate;
  /** Declare the séquences of a `draft` or `illustrative` type too (a trial); refused otherwise. */
  readonly allowDraft?: boolean;
  /** Language of the issues' messages. */
  readonly lang?: Lang;
}

/**
 * The declaration entries of one settlement: every billed séquence whose billable date falls in [from, to]
 * (both inclusive), with the structure's identifiers, the type's version and status, the payer parts and one line
 * per payee. Séquences of a type that is not `official` are refused (DECLARATION_NOT_OFFICIAL) unless `allowDraft`,
 * and then come with TYPE_NOT_OFFICIAL; nothing in the period is no entry and no issue.
 *
 * @example
 * const s = settle(type, project, path, { asOf: '2027-06-30' });
 * declarationEntries(s, { project, from: '2027-04-01', to: '2027-06-30' }).issues.map((i) => i.code) // ['DECLARATION_NOT_OFFICIAL']
 */
export function declarationEntries(settlement: Settlement, options: DeclarationOptions): Result<DeclarationEntry[]> {
  const { project, from, to } = options;
  const lang = langOf(options);
  const s = project.structure;
  const t = settlement.type;
  const due = settlement.sequences.filter((q) => q.billableOn >= from && q.billableOn <= to);
  const issues: Issue[] = [];
  if (due.length > 0 && t.status !== 'official' && t.status !== '') {
    const params = { type: t.id, version: t.version, status: t.status };
    const code = options.allowDraft === true ? 'TYPE_NOT_OFFICIAL' : 'DECLARATION_NOT_OFFICIAL';
    issues.push(makeIssue(code, { document: 'type', path: ['status'], params, lang }));
    if (code === 'DECLARATION_NOT_OFFICIAL') return { ok: false, issues };
  }
  const value = due.map((q) => ({
    structure: {
      name: s.name,
      ...(s.siret !== undefined ? { siret: s.siret } : {}),
      ...(s.finess !== undefined ? { finess: s.finess } : {}),
    },
    patientRef: settlement.patientRef,
    type: { id: t.id, version: t.version, status: t.status },
    sequence: q.sequence,
    status: q.status,
    billableOn: q.billableOn,
    forfait: q.forfait.amount,
    amo: q.payers.amo,
    amc: q.payers.amc,
    patient: q.payers.patient,
    ...(q.payers.amcOrganisation !== undefined ? { amcOrganisation: q.payers.amcOrganisation } : {}),
    lines: q.shares.map((sh) => ({
      beneficiary: sh.beneficiary.kind === 'structure' ? 'structure' : sh.beneficiary.id,
      payee: sh.payee,
      amount: sh.amount,
    })),
  }));
  return { ok: true, value, issues };
}

/**
 * What a declared line or entry is for the payer: `initiale` (never declared before), `rectificative` (declared with
 * other figures: it replaces the previous one), `annulation` (declared, no longer billable: amounts 0).
 */
export type DeclarationNature = 'initiale' | 'rectificative' | 'annulation';

/** One payee line as sent: a {@link DeclarationLine}, with what it replaces when it corrects a previous one. */
export interface DeclaredLine extends DeclarationLine {
  /** `annulation` for a payee line of a corrected entry that is no longer paid (amount `0.00`); absent otherwise. */
  readonly nature?: 'annulation';
  /** The amount previously declared for this line (`0.00` for a payee new in a rectified entry). */
  readonly previousAmount?: string;
  /** `amount − previousAmount`, signed (`-12.50`), when `previousAmount` is present. */
  readonly difference?: string;
}

/** The figures of the séquence as previously declared. */
export interface PreviousFigures {
  /** The type version previously declared (a change of version is a rectification). */
  readonly version: string;
  /** The forfait previously declared. */
  readonly forfait: string;
  /** The AMO part previously declared. */
  readonly amo: string;
  /** The AMC part previously declared. */
  readonly amc: string;
  /** The patient's part previously declared. */
  readonly patient: string;
}

/**
 * A declaration entry as sent (and as read back from a declaration file): a {@link DeclarationEntry} with its
 * nature and, for a correction, the previous figures and the differences. A plain entry is an `initiale` one.
 */
export interface DeclaredEntry extends DeclarationEntry {
  /** `initiale`, `rectificative` or `annulation`; absent on an entry that was never compared (a plain declaration). */
  readonly nature?: DeclarationNature;
  /** The day the entry was sent, when known (reconciliation counts its grace period from it). */
  readonly declaredOn?: IsoDate;
  /** For a `rectificative` or `annulation`: the figures it replaces. */
  readonly previous?: PreviousFigures;
  /** For a `rectificative` or `annulation`: new minus previous, signed. */
  readonly difference?: {
    /** Forfait. */
    readonly forfait: string;
    /** AMO part. */
    readonly amo: string;
    /** AMC part. */
    readonly amc: string;
    /** Patient's part. */
    readonly patient: string;
  };
  /** One line per beneficiary and payee (with, in a rectification, the cancelled payee lines at amount `0.00`). */
  readonly lines: readonly DeclaredLine[];
}
