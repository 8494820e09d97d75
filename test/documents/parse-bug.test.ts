import { describe, expect, it, vi } from 'vitest';
import { parseParcoursType, parsePatientPath } from '../../src/documents/parse';
import { pathJson, typeJson } from '../helpers/fixtures';

// A bug in the checks that run after the scan (here, the type's cross-reference checks made to throw) must surface as
// the exception it is: the parse functions never turn it into a verdict on the caller's document.
vi.mock('../../src/documents/type-references', () => ({
  checkTypeReferences: () => {
    throw new Error('a bug in the cross-reference checks');
  },
}));

describe('a bug past the input scan', () => {
  it('throws as the bug it is, never as INPUT_NOT_PLAIN', () => {
    expect(() => parseParcoursType(typeJson())).toThrow('a bug in the cross-reference checks');
  });

  it('leaves the documents that do not reach the faulty check alone', () => {
    // The path's checks are not the type's: a path is read and its NIR-free reference accepted.
    const r = parsePatientPath(pathJson());
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
  });
});
