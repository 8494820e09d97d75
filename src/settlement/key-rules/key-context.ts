import type { TeamMember } from '../../documents/project';
import type { IssueSink } from '../../issues/issue-sink';
import type { Cents } from '../../money/decimal';
import type { Ledger } from '../ledger';
import type { TraceBuilder } from '../trace';

/** A counted prestation as the key rules see it (a line of the path report). */
export interface CountedPrestation {
  readonly member: string;
  readonly code: string;
  /** Minutes, when recorded (0 for the weights otherwise). */
  readonly minutes?: number;
}

/** What every rule of a key works on: one séquence's forfait, its team and counted prestations, where money goes. */
export interface KeyContext {
  /** The séquence's forfait, in cents. */
  readonly forfait: Cents;
  readonly team: readonly TeamMember[];
  /** The team by member id. */
  readonly members: ReadonlyMap<string, TeamMember>;
  readonly counted: readonly CountedPrestation[];
  /** The séquence's id (for issues). */
  readonly sequence: string;
  /** What is paid to whom, and what is left. */
  readonly ledger: Ledger;
  readonly sink: IssueSink;
  readonly trace: TraceBuilder;
  /** The amount billed of each named part of the forfait, in cents, when the forfait has parts. */
  readonly parts?: ReadonlyMap<string, Cents>;
}
