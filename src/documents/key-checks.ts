import type { IssueDocument } from '../issues/issue';
import type { IssueSink } from '../issues/make-issue';
import type { DistributionKey } from './distribution-key';

/** What a key may refer to; a set left undefined is not checked here (checked later against the other document). */
export interface KeyContext {
  readonly members?: ReadonlySet<string>;
  readonly professions?: ReadonlySet<string>;
  readonly prestations?: ReadonlySet<string>;
  readonly sequences?: ReadonlySet<string>;
}

const RANK: Record<DistributionKey[number]['kind'], number> = {
  coordination: 0,
  fixed: 1,
  perPrestation: 1,
  weights: 2,
  remainder: 3,
};

/**
 * Checks one distribution key: canonical order of its rules (coordination, fixed amounts and unit rates, weights,
 * remainder; one weights and one remainder rule at most), complete coordination rules, and references to
 * members, professions and prestations that the context knows. Its issues name `document` when given (else the
 * sink's own).
 *
 * @example
 * checkKey(project.distribution.default, { members: new Set(['m1']) }, ['distribution', 'default'], sink, 'project')
 */
export function checkKey(key: DistributionKey, ctx: KeyContext, path: readonly (string | number)[], sink: IssueSink, document?: IssueDocument): void {
  let lastRank = -1;
  // Paths are built only for what is reported: a valid key allocates nothing here.
  for (let i = 0; i < key.length; i++) {
    const rule = key[i] as DistributionKey[number];
    const rank = RANK[rule.kind];
    if (rank < lastRank || (rank === lastRank && rank >= 2)) sink.add('KEY_RULE_ORDER', [...path, i], { kind: rule.kind }, document);
    lastRank = rank;
    switch (rule.kind) {
      case 'coordination':
        if ((rule.rate === undefined) === (rule.amount === undefined)) sink.add('KEY_RULE_INCOMPLETE', [...path, i], {}, document);
        break;
      case 'fixed':
        if (unknownMember(rule.member, ctx)) sink.add('KEY_UNKNOWN_MEMBER', [...path, i, 'member'], { member: rule.member }, document);
        break;
      case 'perPrestation':
        if (ctx.prestations) {
          for (const code of Object.keys(rule.rates)) {
            if (!ctx.prestations.has(code)) sink.add('KEY_UNKNOWN_PRESTATION', [...path, i, 'rates', code], { code }, document);
          }
        }
        break;
      case 'weights':
        for (const id of Object.keys(rule.weights ?? {})) {
          if (rule.by === 'member') {
            if (unknownMember(id, ctx)) sink.add('KEY_UNKNOWN_MEMBER', [...path, i, 'weights', id], { member: id }, document);
          } else if (ctx.professions && !ctx.professions.has(id)) sink.add('TYPE_UNKNOWN_PROFESSION', [...path, i, 'weights', id], { profession: id }, document);
        }
        break;
      case 'remainder':
        if (rule.member !== undefined && unknownMember(rule.member, ctx)) sink.add('KEY_UNKNOWN_MEMBER', [...path, i, 'member'], { member: rule.member }, document);
        break;
    }
  }
}

const unknownMember = (id: string, ctx: KeyContext): boolean => ctx.members !== undefined && !ctx.members.has(id);
