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
 * members, professions and prestations that the context knows.
 *
 * @example
 * checkKey(project.distribution.default, { members: new Set(['m1']) }, ['distribution', 'default'], sink)
 */
export function checkKey(key: DistributionKey, ctx: KeyContext, path: readonly (string | number)[], sink: IssueSink): void {
  let rank = 0;
  let lastRank = -1;
  key.forEach((rule, i) => {
    const at = [...path, i];
    rank = RANK[rule.kind];
    if (rank < lastRank || (rank === lastRank && rank >= 2)) sink.add('KEY_RULE_ORDER', at, { kind: rule.kind });
    lastRank = rank;
    switch (rule.kind) {
      case 'coordination':
        if ((rule.rate === undefined) === (rule.amount === undefined)) sink.add('KEY_RULE_INCOMPLETE', at);
        break;
      case 'fixed':
        checkMember(rule.member, ctx, [...at, 'member'], sink);
        break;
      case 'perPrestation':
        if (ctx.prestations) {
          for (const code of Object.keys(rule.rates)) {
            if (!ctx.prestations.has(code)) sink.add('KEY_UNKNOWN_PRESTATION', [...at, 'rates', code], { code });
          }
        }
        break;
      case 'weights':
        for (const id of Object.keys(rule.weights ?? {})) {
          if (rule.by === 'member') checkMember(id, ctx, [...at, 'weights', id], sink);
          else if (ctx.professions && !ctx.professions.has(id)) sink.add('TYPE_UNKNOWN_PROFESSION', [...at, 'weights', id], { profession: id });
        }
        break;
      case 'remainder':
        if (rule.member !== undefined) checkMember(rule.member, ctx, [...at, 'member'], sink);
        break;
    }
  });
}

function checkMember(id: string, ctx: KeyContext, path: (string | number)[], sink: IssueSink): void {
  if (ctx.members && !ctx.members.has(id)) sink.add('KEY_UNKNOWN_MEMBER', path, { member: id });
}
