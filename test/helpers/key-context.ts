import type { TeamMember } from '../../src/documents/project';
import { issueSink } from '../../src/issues/issue-sink';
import type { CountedPrestation, KeyContext } from '../../src/settlement/key-rules/key-context';
import { Ledger } from '../../src/settlement/ledger';
import { TraceBuilder } from '../../src/settlement/trace';

/** A small team for the key rules' worked examples: one doctor, one dietitian, two psychologists. */
export const TEAM: readonly TeamMember[] = [
  { id: 'diet-a', profession: 'dieteticien', adeli: '123456782' },
  { id: 'med-a', profession: 'medecin', rpps: '10000000008' },
  { id: 'psy-a', profession: 'psychologue', adeli: '234567891' },
  { id: 'psy-b', profession: 'psychologue', adeli: '345678916' },
];

/** The counted prestations of the worked examples: med-a 1 × BILAN (60 min), diet-a 3 × DIET (30), psy-a 2 × PSY (45). */
export const COUNTED: readonly CountedPrestation[] = [
  { member: 'med-a', code: 'BILAN', minutes: 60 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'psy-a', code: 'PSY', minutes: 45 },
  { member: 'psy-a', code: 'PSY', minutes: 45 },
];

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
