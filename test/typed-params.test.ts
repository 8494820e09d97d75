import { describe, expect, it } from 'vitest';
import type { Issue } from '../src/index';
import { issueSink } from '../src/issues/issue-sink';
import { TraceBuilder } from '../src/settlement/trace';

// `npm run typecheck` (tsc, CI) checks this file: each line marked @ts-expect-error must be a type error, or tsc fails.
// An unknown code, a missing or misspelt parameter, or a parameter of the wrong type does not compile.
function misuses(): void {
  const sink = issueSink('path', 'fr');
  sink.add('PRESTATION_TOO_SHORT', ['prestations', 0], { minutes: 20, min: 30 });
  // @ts-expect-error — an unknown code
  sink.add('PRESTATION_TOO_SHRT', ['prestations', 0], { minutes: 20, min: 30 });
  // @ts-expect-error — a missing parameter
  sink.add('PRESTATION_TOO_SHORT', ['prestations', 0], { minutes: 20 });
  // @ts-expect-error — a misspelt parameter
  sink.add('PRESTATION_TOO_SHORT', ['prestations', 0], { minutes: 20, mni: 30 });
  // @ts-expect-error — a parameter of the wrong type
  sink.add('PRESTATION_TOO_SHORT', ['prestations', 0], { minutes: '20', min: 30 });
  // @ts-expect-error — an identifier reason that is not one
  sink.add('IDENTIFIER_INVALID', ['team', 0, 'rpps'], { kind: 'RPPS', reason: 'clé fausse' });
  const trace = new TraceBuilder();
  trace.add('REST', { amount: 42240 });
  // @ts-expect-error — an unknown kind of trace step
  trace.add('RESTE', { amount: '422.40' });
  // @ts-expect-error — a trace step without its figures
  trace.add('CHECK', { sum: '1.00' });
  const issue = sink.issues[0] as Issue;
  if (issue.code === 'PRESTATION_TOO_SHORT') {
    const min: number = issue.params.min; // narrowed by its code
    void min;
    // @ts-expect-error — a parameter this code does not have
    void issue.params.maximum;
  }
  // @ts-expect-error — Issue.code is the union of the codes
  const code: Issue['code'] = 'NOT_A_CODE';
  void code;
}

describe('typed issue and trace parameters', () => {
  it('are checked by the compiler (tsc over test/), and hold at run time', () => {
    expect(typeof misuses).toBe('function');
    const sink = issueSink('path', 'en');
    sink.add('PRESTATION_TOO_SHORT', ['prestations', 5, 'minutes'], { minutes: 20, min: 30 });
    expect(sink.issues).toEqual([
      {
        code: 'PRESTATION_TOO_SHORT',
        severity: 'error',
        document: 'path',
        path: ['prestations', 5, 'minutes'],
        message: 'Service of 20 min, under the minimum of 30 min: it is not counted.',
        params: { minutes: 20, min: 30 },
      },
    ]);
  });
});
