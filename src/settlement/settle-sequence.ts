import type { ParcoursProject, TeamMember } from '../documents/project';
import type { IssueSink } from '../issues/issue-sink';
import type { ChosenKey } from '../validation/key-choice';
import type { Cents } from '../money/decimal';
import { forfaitFor, type EndedSequence } from './forfait-amount';
import { applyKey } from './key-rules/order';
import { coverageOn } from './coverage-on';
import { Ledger } from './ledger';
import type { IsoDate } from '../dates/iso-date';
import type { SequenceReport } from '../validation/report-types';
import { splitPayers } from './payer-split';
import { resolveBeneficiary } from './payees';
import type { SequenceCents, ShareCents } from './settlement-cents';
import { TraceBuilder } from './trace';

/** An ended séquence to settle, with the projet, the key that applies and what was counted in it. */
export interface SequenceToSettle extends EndedSequence {
  readonly project: ParcoursProject;
  readonly members: ReadonlyMap<string, TeamMember>;
  readonly chosen: ChosenKey;
  readonly sink: IssueSink;
}

/**
 * The day an ended séquence becomes billable: its completion, or the end of an incomplete séquence, or the day its
 * attestation was signed when it requires one and that came later.
 *
 * @example
 * billableDate({ ...report.sequences[0], attestation: { signedOn: '2027-07-01' } }) // '2027-07-01'
 */
export function billableDate(seq: SequenceReport): IsoDate {
  const ended = seq.completedOn ?? seq.endedOn ?? seq.deadline;
  const signed = seq.attestation?.signedOn ?? ended;
  // Stryker disable next-line EqualityOperator: signed on the day it ended, signed and ended are the same date, and either is returned
  return signed > ended ? signed : ended;
}

/**
 * Settles one ended séquence, in cents: its forfait (and the share due), the payer split, the key's shares; the trace
 * holds every step. Undefined when nothing is due. Its amounts are written as texts with the settlement
 * (./settlement-cents.ts).
 *
 * @example
 * const chosen = { key: project.distribution.default, from: 'project' };
 * const input = { type, def: type.sequences[0], path, seq: report.sequences[0], project, members: team, chosen, counted: report.prestations.filter((p) => p.counted && p.sequence === 'S1'), sink: issueSink('path', 'fr') };
 * settleSequence(input)?.forfait.amount // 106140
 */
export function settleSequence(input: SequenceToSettle): SequenceCents | undefined {
  const { type, project, path, seq, chosen, members, counted, sink } = input;
  if (seq.status !== 'completed' && seq.status !== 'incomplete') return undefined;
  const trace = new TraceBuilder();
  const { forfait, parts } = forfaitFor(input, trace);
  const cents = forfait.amount;
  if (cents === 0) return undefined;
  const billableOn = billableDate(seq);
  const coverage = coverageOn(path.coverage, billableOn);
  if (coverage.gap) sink.add('COVERAGE_GAP', ['coverage', 'complementary'], { sequence: seq.id, date: billableOn });
  const payers = splitPayers(cents, type.participation, coverage, trace);
  trace.add('KEY_SOURCE', {
    from: chosen.from,
    ...(chosen.sequence !== undefined ? { sequence: chosen.sequence } : {}),
    ...(chosen.avenant !== undefined ? { avenant: chosen.avenant } : {}),
  });
  const ledger = new Ledger(cents);
  applyKey(chosen.key, {
    forfait: cents,
    team: project.team,
    members,
    counted,
    sequence: seq.id,
    ledger,
    sink,
    trace,
    parts,
  });
  let sum: Cents = 0;
  const shares: ShareCents[] = [];
  for (const { key, parts } of ledger.entries()) {
    const total = parts.reduce((n, p) => n + p.cents, 0);
    sum += total;
    const { beneficiary, payee } = resolveBeneficiary(key, project, members);
    shares.push({ beneficiary, payee, cents: total, parts });
  }
  trace.add('CHECK', { sum, amount: cents });
  return {
    sequence: seq.id,
    status: seq.status,
    billableOn,
    ...(chosen.avenant !== undefined ? { avenant: chosen.avenant } : {}),
    forfait,
    payers: coverage.organisation !== undefined ? { ...payers, amcOrganisation: coverage.organisation } : payers,
    shares,
    trace,
  };
}
