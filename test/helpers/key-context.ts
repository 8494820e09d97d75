import { issueSink } from '../../src/issues/issue-sink';
import type { CountedPrestation, KeyContext } from '../../src/settlement/key-rules/key-context';
import { EXAMPLE_COUNTED, EXAMPLE_TEAM } from '../../src/settlement/key-rules/key-rule-def';
import { Ledger } from '../../src/settlement/ledger';
import { TraceBuilder } from '../../src/settlement/trace';

/** The key rules' worked examples' team and counted prestations (one declaration, beside the rules' definitions). */
export const TEAM = EXAMPLE_TEAM;
export const COUNTED = EXAMPLE_COUNTED;

/** A key context over `forfait` cents with the worked examples' team and counted prestations. */
export function keyContext(forfait: number, counted: readonly CountedPrestation[] = COUNTED): KeyContext {
  return {
    forfait,
    team: TEAM,
    members: new Map(TEAM.map((m) => [m.id, m])),
    counted,
    sequence: 'S1',
    ledger: new Ledger(forfait),
    sink: issueSink('project', 'fr'),
    trace: new TraceBuilder(),
  };
}

/** What the ledger paid, as `who basis cents` lines in its order (structure first, then members by id). */
export function paid(ctx: KeyContext): string[] {
  return ctx.ledger
    .entries()
    .flatMap((e) => e.parts.map((p) => `${e.key.kind === 'structure' ? 'structure' : e.key.id} ${p.basis} ${p.cents}`));
}

/** The trace's step kinds, in order. */
export const steps = (ctx: KeyContext): string[] => ctx.trace.steps.map((s) => s.step);
