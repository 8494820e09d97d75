import { describe, expect, it } from 'vitest';
import { DistributionKeySchema, KEY_RULE_RANK } from '../../../src/documents/distribution-key';
import { KEY_RULE_CHECKS } from '../../../src/documents/key-checks';
import { PROFESSIONS } from '../../../src/domain/vocabulary';
import { checkAdeli, checkRpps } from '../../../src/identifiers/professional-ids';
import { issueSink } from '../../../src/issues/issue-sink';
import type { KeyContext } from '../../../src/settlement/key-rules/key-context';
import { EXAMPLE_COUNTED, EXAMPLE_TEAM } from '../../../src/settlement/key-rules/key-rule-def';
import { applyKey, KEY_RULES } from '../../../src/settlement/key-rules/order';
import { Ledger } from '../../../src/settlement/ledger';
import { TraceBuilder } from '../../../src/settlement/trace';
import { paid } from '../../helpers/key-context';

const members = new Set(EXAMPLE_TEAM.map((m) => m.id));
const professions = new Set(EXAMPLE_TEAM.map((m) => m.profession));

describe('the key-rule registry', () => {
  it('holds every kind once, with its rank and its check from the documents', () => {
    // The same kinds as the documents' rank and check tables (each is a compile error when one misses a kind).
    expect(Object.keys(KEY_RULES).sort()).toEqual(Object.keys(KEY_RULE_RANK).sort());
    expect(Object.keys(KEY_RULES).sort()).toEqual(Object.keys(KEY_RULE_CHECKS).sort());
    expect(Object.keys(KEY_RULES)).toContain('perPrestation');
    for (const [kind, def] of Object.entries(KEY_RULES)) {
      expect(def.rank).toBe(KEY_RULE_RANK[kind as keyof typeof KEY_RULE_RANK]);
      expect(def.check).toBe(KEY_RULE_CHECKS[kind as keyof typeof KEY_RULE_CHECKS]);
      expect(def.examples.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the example team is a team a projet could declare: known professions, valid RPPS and ADELI numbers', () => {
    expect(EXAMPLE_TEAM.map((m) => [m.id, PROFESSIONS.includes(m.profession)])).toEqual([
      ['diet-a', true],
      ['med-a', true],
      ['psy-a', true],
      ['psy-b', true],
    ]);
    // Every member has one identifier; checkRpps / checkAdeli say null when it is valid (RPPS: 11 digits, Luhn key).
    expect(EXAMPLE_TEAM.map((m) => (m.rpps !== undefined ? checkRpps(m.rpps) : checkAdeli(m.adeli ?? '')))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('every worked example says what it shows (a title of its own) and its key is a key a document could hold', () => {
    const titles = Object.values(KEY_RULES).flatMap((def) => def.examples.map((e) => e.title));
    for (const title of titles) expect(title.length).toBeGreaterThan(10);
    expect(new Set(titles).size).toBe(titles.length);
    for (const def of Object.values(KEY_RULES))
      for (const example of def.examples) expect(DistributionKeySchema.safeParse(example.key).success).toBe(true);
  });

  for (const [kind, def] of Object.entries(KEY_RULES))
    for (const example of def.examples)
      it(`${kind}: ${example.title}`, () => {
        expect(example.key.some((r) => r.kind === kind)).toBe(true);
        const checks = issueSink('project', 'fr');
        for (const rule of example.key)
          (KEY_RULE_CHECKS[rule.kind] as (r: typeof rule, at: [], c: object) => void)(rule, [], {
            known: { members, professions },
            sink: checks,
          });
        expect(checks.issues).toEqual([]);
        const ctx: KeyContext = {
          forfait: example.forfait,
          team: EXAMPLE_TEAM,
          members: new Map(EXAMPLE_TEAM.map((m) => [m.id, m])),
          counted: EXAMPLE_COUNTED,
          sequence: 'S1',
          ledger: new Ledger(example.forfait),
          sink: issueSink('project', 'fr'),
          trace: new TraceBuilder(),
          ...(example.parts ? { parts: new Map(Object.entries(example.parts)) } : {}),
        };
        applyKey(example.key, ctx);
        expect(paid(ctx)).toEqual(example.paid);
        expect(ctx.ledger.left).toBe(0);
      });
});
