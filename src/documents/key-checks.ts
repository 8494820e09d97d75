import type { IssueDocument } from '../issues/issue';
import type { IssuePath, IssueSink } from '../issues/issue-sink';
import { KEY_RULE_RANK, type Distribution, type DistributionKey, type KeyRule } from './distribution-key';

/** What a key may refer to; a set left undefined is not checked here (checked later against the other document). */
export interface KnownNames {
  readonly members?: ReadonlySet<string>;
  readonly professions?: ReadonlySet<string>;
  readonly prestations?: ReadonlySet<string>;
  readonly sequences?: ReadonlySet<string>;
  /** The ids of the type's forfait parts. */
  readonly parts?: ReadonlySet<string>;
}

/** How a key is checked: against what is known, into a sink, as issues of `document` (else the sink's own). */
export interface KeyCheck {
  readonly known: KnownNames;
  readonly sink: IssueSink;
  readonly document?: IssueDocument;
}

const unknownMember = (id: string, known: KnownNames): boolean => known.members !== undefined && !known.members.has(id);

/** A kind of key rule, and the rule of that kind. */
export type KeyRuleKind = KeyRule['kind'];
export type KeyRuleOf<K extends KeyRuleKind> = Extract<KeyRule, { readonly kind: K }>;

/** The check of one kind of rule: what it refers to must be known, and its fields must make one rule. */
export type KeyRuleCheck<K extends KeyRuleKind> = (rule: KeyRuleOf<K>, at: IssuePath, check: KeyCheck) => void;

/**
 * The references of each kind of rule: members, prestations, professions and parts the rule names must be known.
 * A kind missing here is a compile error.
 */
export const KEY_RULE_CHECKS: { readonly [K in KeyRuleKind]: KeyRuleCheck<K> } = {
  coordination: (rule, at, { sink, document }) => {
    if ((rule.rate === undefined) === (rule.amount === undefined)) sink.add('KEY_RULE_INCOMPLETE', at, {}, document);
  },
  fixed: (rule, at, { known, sink, document }) => {
    if (unknownMember(rule.member, known))
      sink.add('KEY_UNKNOWN_MEMBER', [...at, 'member'], { member: rule.member }, document);
  },
  perPrestation: (rule, at, { known, sink, document }) => {
    for (const code of Object.keys(rule.rates)) {
      if (known.prestations && !known.prestations.has(code))
        sink.add('KEY_UNKNOWN_PRESTATION', [...at, 'rates', code], { code }, document);
    }
  },
  part: (rule, at, { known, sink, document }) => {
    if ((rule.member === undefined) === (rule.profession === undefined))
      sink.add('KEY_RULE_INCOMPLETE', at, {}, document);
    if (known.parts && !known.parts.has(rule.part))
      sink.add('KEY_UNKNOWN_PART', [...at, 'part'], { part: rule.part }, document);
    if (rule.member !== undefined && unknownMember(rule.member, known))
      sink.add('KEY_UNKNOWN_MEMBER', [...at, 'member'], { member: rule.member }, document);
    if (rule.profession !== undefined && known.professions && !known.professions.has(rule.profession))
      sink.add('TYPE_UNKNOWN_PROFESSION', [...at, 'profession'], { profession: rule.profession }, document);
  },
  weights: (rule, at, { known, sink, document }) => {
    for (const id of Object.keys(rule.weights ?? {})) {
      if (rule.by === 'member') {
        if (unknownMember(id, known)) sink.add('KEY_UNKNOWN_MEMBER', [...at, 'weights', id], { member: id }, document);
      } else if (known.professions && !known.professions.has(id))
        sink.add('TYPE_UNKNOWN_PROFESSION', [...at, 'weights', id], { profession: id }, document);
    }
  },
  remainder: (rule, at, { known, sink, document }) => {
    if (rule.member !== undefined && unknownMember(rule.member, known))
      sink.add('KEY_UNKNOWN_MEMBER', [...at, 'member'], { member: rule.member }, document);
  },
};

/** Runs the check of the rule's kind. */
function checkRuleReferences<K extends KeyRuleKind>(kind: K, rule: KeyRuleOf<K>, at: IssuePath, check: KeyCheck): void {
  KEY_RULE_CHECKS[kind](rule, at, check);
}

/**
 * Checks one distribution key: the canonical order of its rules (coordination, fixed amounts and unit rates, weights,
 * remainder; one weights and one remainder rule at most), complete coordination rules, and references to members,
 * professions and prestations that are known.
 *
 * @example
 * const sink = issueSink('project', 'fr');
 * checkKey([{ kind: 'fixed', member: 'm9', amount: '10.00' }], ['distribution', 'default'], { known: { members: new Set(['m1']) }, sink });
 * sink.issues.map((i) => i.code) // ['KEY_UNKNOWN_MEMBER']
 */
export function checkKey(key: DistributionKey, at: IssuePath, check: KeyCheck): void {
  let lastRank = -1;
  key.forEach((rule, i) => {
    const rank = KEY_RULE_RANK[rule.kind];
    if (rank < lastRank || (rank === lastRank && rank >= 2))
      check.sink.add('KEY_RULE_ORDER', [...at, i], { kind: rule.kind }, check.document);
    lastRank = rank;
    checkRuleReferences(rule.kind, rule, [...at, i], check);
  });
}

/**
 * Checks a distribution (default and per séquence): each key, and the séquences keys are given for.
 *
 * @example
 * const sink = issueSink('project', 'fr');
 * checkDistribution({ bySequence: { S9: [{ kind: 'remainder' }] } }, ['distribution'], { known: { sequences: new Set(['S1']) }, sink });
 * sink.issues.map((i) => i.code) // ['KEY_UNKNOWN_SEQUENCE']
 */
export function checkDistribution(d: Distribution, at: IssuePath, check: KeyCheck): void {
  if (d.default) checkKey(d.default, [...at, 'default'], check);
  for (const [seq, key] of Object.entries(d.bySequence ?? {})) {
    if (check.known.sequences && !check.known.sequences.has(seq))
      check.sink.add('KEY_UNKNOWN_SEQUENCE', [...at, 'bySequence', seq], { sequence: seq }, check.document);
    checkKey(key, [...at, 'bySequence', seq], check);
  }
}
