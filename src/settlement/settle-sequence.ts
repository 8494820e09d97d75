import type { ParcoursProject, TeamMember } from '../documents/project';
import type { IssueSink } from '../issues/issue-sink';
import type { ChosenKey } from '../validation/key-choice';
import { formatCents, type Cents } from '../money/decimal';
import { forfaitFor, type EndedSequence } from './forfait-amount';
import { applyKey } from './key-rules/order';
import type { CountedPrestation } from './key-rules/key-context';
import { Ledger } from './ledger';
import { splitPayers } from './payer-split';
import { resolveBeneficiary } from './payees';
import type { SequenceSettlement, Share } from './settlement-types';
import type { SequenceCents } from './totals';
import { TraceBuilder } from './trace';

/** An ended séquence to settle, with the projet, the key that applies and what was counted in it. */
export interface SequenceToSettle extends EndedSequence {
  readonly project: ParcoursProject;
  readonly members: ReadonlyMap<string, TeamMember>;
  readonly chosen: ChosenKey;
  readonly counted: readonly CountedPrestation[];
  readonly sink: IssueSink;
}

/**
 * Settles one ended séquence: its forfait (and the share due), the payer split, the key's shares; the trace holds
 * every step. Undefined when nothing is due.
 *
 * @example
 * const chosen = { key: project.distribution.default, from: 'project' };
 * const input = { type, def: type.sequences[0], path, seq: report.sequences[0], project, members: team, chosen, counted: report.prestations.filter((p) => p.counted && p.sequence === 'S1'), sink: issueSink('path', 'fr') };
 * settleSequence(input)?.settlement.forfait.amount // '536.00'
 */
export function settleSequence(
  input: SequenceToSettle,
): { settlement: SequenceSettlement; cents: SequenceCents } | undefined {
  const { type, project, path, def, seq, chosen, members, counted, sink } = input;
  const trace = new TraceBuilder();
  const { breakdown, cents } = forfaitFor(input, trace);
  if (cents === 0) return undefined;
  const payers = splitPayers(cents, type.participation, path, trace);
  trace.add(
    'KEY_SOURCE',
    chosen.sequence !== undefined ? { from: chosen.from, sequence: chosen.sequence } : { from: chosen.from },
  );
  const ledger = new Ledger(cents);
  applyKey(chosen.key, { forfait: cents, team: project.team, members, counted, sequence: def.id, ledger, sink, trace });
  let sum: Cents = 0;
  const shares: Share[] = [];
  const shareCents: SequenceCents['shares'][number][] = [];
  for (const { key, parts } of ledger.entries()) {
    const total = parts.reduce((n, p) => n + p.cents, 0);
    sum += total;
    const { beneficiary, payee } = resolveBeneficiary(key, project, members);
    shares.push({
      beneficiary,
      payee,
      amount: formatCents(total),
      parts: parts.map((p) => ({ basis: p.basis, amount: formatCents(p.cents) })),
    });
    shareCents.push({ beneficiary, payee, cents: total });
  }
  trace.add('CHECK', { sum: formatCents(sum), amount: formatCents(cents) }, sum);
  const settlement: SequenceSettlement = {
    sequence: def.id,
    status: seq.status as 'completed' | 'incomplete',
    billableOn: seq.completedOn ?? seq.endedOn ?? seq.deadline,
    forfait: breakdown,
    payers: payers.split,
    shares,
    trace: trace.steps,
  };
  return {
    settlement,
    cents: {
      forfait: cents,
      amo: payers.cents.amo,
      amc: payers.cents.amc,
      patient: payers.cents.patient,
      shares: shareCents,
    },
  };
}
