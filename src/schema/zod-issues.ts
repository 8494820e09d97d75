import type { core } from 'zod/mini';
import type { IssueCode } from '../issues/catalog';
import type { IssueSink } from '../issues/make-issue';

type ZodIssue = core.$ZodIssue;
type Path = (string | number)[];

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function pathOf(issue: ZodIssue, prefix: Path): Path {
  return [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
}

/** Picks the union branch that got furthest: the one whose first issue has the longest path. */
function furthestBranch(errors: ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestDepth = 0;
  for (const branch of errors) {
    const depth = Math.min(...branch.map((i) => i.path.length));
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

function allowedValues(errors: ZodIssue[][]): string {
  const values: string[] = [];
  for (const branch of errors) {
    for (const i of branch) {
      if (i.code === 'invalid_value') values.push(...i.values.map(String));
      else if (i.code === 'invalid_type' && i.path.length === 0) values.push(`(${i.expected})`);
    }
  }
  return values.join(', ');
}

/**
 * Translates zod issues into catalog issues (code, path, params) and adds them to the sink. The input value is
 * never copied into a message: only its JSON type is named.
 *
 * @example
 * addZodIssues(result.error.issues, sink)
 */
export function addZodIssues(issues: readonly ZodIssue[], sink: IssueSink, prefix: Path = []): void {
  for (const issue of issues) {
    const path = pathOf(issue, prefix);
    switch (issue.code) {
      case 'invalid_type': {
        const input: unknown = (issue as { input?: unknown }).input;
        if (input === undefined) sink.add('SCHEMA_REQUIRED', path);
        else {
          sink.add('SCHEMA_INVALID_TYPE', path, { expected: issue.expected, received: typeName(input) });
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) sink.add('SCHEMA_UNKNOWN_KEY', [...path, key], { key });
        break;
      case 'invalid_value':
        sink.add('SCHEMA_INVALID_VALUE', path, { allowed: issue.values.map(String).join(', ') });
        break;
      case 'invalid_union': {
        const withOptions = issue as { options?: unknown[] };
        if (Array.isArray(withOptions.options)) {
          sink.add('SCHEMA_INVALID_VALUE', path, { allowed: withOptions.options.map(String).join(', ') });
          break;
        }
        const branch = furthestBranch(issue.errors);
        if (branch) addZodIssues(branch, sink, path);
        else sink.add('SCHEMA_INVALID_VALUE', path, { allowed: allowedValues(issue.errors) });
        break;
      }
      case 'too_small':
        sink.add('SCHEMA_TOO_SMALL', path, { minimum: Number(issue.minimum) });
        break;
      case 'too_big':
        sink.add('SCHEMA_TOO_BIG', path, { maximum: Number(issue.maximum) });
        break;
      case 'invalid_format': {
        // Our regex checks carry a language-neutral description of the expected format as their error text.
        const described = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
        sink.add('SCHEMA_INVALID_FORMAT', path, { format: described ?? issue.format });
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as Record<string, string | number>;
        const code = (typeof params.code === 'string' ? params.code : 'SCHEMA_INVALID_VALUE') as IssueCode;
        const { code: _omit, ...rest } = params;
        sink.add(code, path, rest);
        break;
      }
      default:
        sink.add('SCHEMA_INVALID_VALUE', path, { allowed: '?' });
    }
  }
}
