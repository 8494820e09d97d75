import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DeclaredEntry,
  declarationCsv,
  declarationDelta,
  declaredState,
  readDeclarations,
} from '../../src/entries/exports';
import { RUNS } from '../helpers/arbitraries';
import { byKey, history } from '../helpers/declaration-arbitraries';
import { asJson, asNdjson } from '../helpers/declared';

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string }[] }): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value;
};

describe('declarationDelta (property-based)', () => {
  it('applying what it returns gives what is declarable; run again, it returns nothing', () => {
    fc.assert(
      fc.property(history, (states) => {
        let sent: DeclaredEntry[] = [];
        for (const now of states) {
          const delta = ok(declarationDelta(sent, now));
          sent = [...sent, ...delta];
          expect(byKey(declaredState(sent))).toEqual(byKey(now));
          expect(ok(declarationDelta(sent, now))).toEqual([]);
          // Every séquence sent at most once per run, and nothing unchanged sent.
          expect(new Set(delta.map((e) => JSON.stringify([e.patientRef, e.type.id, e.sequence]))).size).toBe(
            delta.length,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('what it returns reads back exactly from its CSV, JSON and NDJSON; the delta from a file read is the same', () => {
    fc.assert(
      fc.property(history, (states) => {
        let sent: DeclaredEntry[] = [];
        for (const now of states) {
          const delta = ok(declarationDelta(sent, now));
          for (const text of [declarationCsv(delta), asJson(delta), asNdjson(delta)])
            expect(ok(readDeclarations(text))).toEqual(delta);
          const fromFile = ok(readDeclarations(declarationCsv(sent)));
          expect(ok(declarationDelta(fromFile, now))).toEqual(delta);
          sent = [...sent, ...delta];
        }
      }),
      { numRuns: Math.max(1, Math.floor(RUNS / 10)) },
    );
  });
});
