import type { DistributionKey } from '../../documents/distribution-key';
import type { KeyRuleCheck, KeyRuleKind, KeyRuleOf } from '../../documents/key-checks';
import type { TeamMember } from '../../documents/project';
import type { Cents } from '../../money/decimal';
import type { Claim } from './claims';
import type { CountedPrestation, KeyContext } from './key-context';

/** A key's rules grouped by kind, each group in the key's order. */
export type RulesByKind = { readonly [K in KeyRuleKind]: readonly KeyRuleOf<K>[] };

/** A worked example of a key rule, run by test/settlement/key-rules/registry.test.ts on the example team. */
export interface KeyRuleExample {
  /** What it shows, with its arithmetic. */
  readonly title: string;
  /** A key holding the rule, naming the example team ({@link EXAMPLE_TEAM}). */
  readonly key: DistributionKey;
  /** The séquence's forfait. */
  readonly forfait: Cents;
  /** The amount billed of each named part of the forfait, when the example needs parts. */
  readonly parts?: Readonly<Record<string, Cents>>;
  /** What the ledger pays, as `who basis cents` lines (the structure first, then members by id). */
  readonly paid: readonly string[];
}

/**
 * Everything about one kind of key rule in one object: its rank in a key's canonical order, its reference check
 * (../../documents/key-checks.ts, run when a document is parsed), its application — rank 1 rules `claim` (fixed
 * amounts, unit rates, parts: paid together, scaled down when they exceed what is left, ./claims.ts), the others `pay`
 * on what is left — and its worked examples. The registry in ./order.ts holds one for each kind: a kind missing
 * there is a compile error.
 */
export type KeyRuleDef<K extends KeyRuleKind> = {
  readonly rank: number;
  readonly check: KeyRuleCheck<K>;
  readonly examples: readonly KeyRuleExample[];
} & (
  | { readonly claim: (rules: readonly KeyRuleOf<K>[], ctx: KeyContext) => Claim[] }
  | { readonly pay: (rules: readonly KeyRuleOf<K>[], ctx: KeyContext, key: RulesByKind) => void }
);

/** The team the worked examples run on: one doctor, one dietitian, two psychologists. */
export const EXAMPLE_TEAM: readonly TeamMember[] = [
  { id: 'diet-a', profession: 'dieteticien', adeli: '123456782' },
  { id: 'med-a', profession: 'medecin', rpps: '10000000009' },
  { id: 'psy-a', profession: 'psychologue', adeli: '234567891' },
  { id: 'psy-b', profession: 'psychologue', adeli: '345678916' },
];

/** The examples' counted prestations: med-a 1 × BILAN (60 min), diet-a 3 × DIET (30), psy-a 2 × PSY (45). */
export const EXAMPLE_COUNTED: readonly CountedPrestation[] = [
  { member: 'med-a', code: 'BILAN', minutes: 60 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'diet-a', code: 'DIET', minutes: 30 },
  { member: 'psy-a', code: 'PSY', minutes: 45 },
  { member: 'psy-a', code: 'PSY', minutes: 45 },
];
