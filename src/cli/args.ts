import { parseArgs } from 'node:util';
import { isIsoDate } from '../dates/calendar';
import type { Lang } from '../issues/issue';

/** Options shared by the commands. */
export interface CliOptions {
  readonly command: 'validate' | 'settle' | 'verify' | 'schema' | 'rules' | 'report' | 'declare' | 'worklist';
  readonly positionals: readonly string[];
  readonly project?: string;
  readonly path?: string;
  readonly type?: string;
  readonly cases?: string;
  readonly asOf: string;
  readonly lang: Lang;
  readonly output: 'table' | 'json' | 'ndjson' | 'csv' | 'fhir';
  readonly from?: string;
  readonly to?: string;
  readonly failOn: 'error' | 'warning' | 'never';
}

/** Why the arguments were refused (exit code 2). */
export class UsageError extends Error {}

const COMMANDS = ['validate', 'settle', 'verify', 'schema', 'rules', 'report', 'declare', 'worklist'] as const;

/**
 * Reads the command line with Node's own `util.parseArgs`. Throws {@link UsageError} on an unknown command or
 * option, or a value out of its set.
 *
 * @example
 * readArgs(['settle', '--project', 'p.json', '--path', 'x.json', '--as-of', '2026-12-15'], '2026-11-22')
 */
export function readArgs(argv: readonly string[], today: string): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string' },
        path: { type: 'string' },
        type: { type: 'string' },
        cases: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        ndjson: { type: 'boolean' },
        csv: { type: 'boolean' },
        fhir: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) throw new UsageError('');
  if (!command || !(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`commande inconnue : ${command ?? '(aucune)'}`);
  const lang = values.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang : fr ou en, pas ${lang}`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UsageError(`--fail-on : error, warning ou never, pas ${failOn}`);
  if (values['as-of'] !== undefined && !isIsoDate(values['as-of'])) throw new UsageError(`--as-of : date AAAA-MM-JJ attendue, pas ${values['as-of']}`);
  if ([values.json, values.ndjson, values.csv, values.fhir].filter(Boolean).length > 1) throw new UsageError('--json, --ndjson, --csv et --fhir sont exclusifs');
  if (['validate', 'settle', 'report', 'declare', 'worklist'].includes(command) && values.project === undefined) throw new UsageError(`${command} : --project est obligatoire`);
  if ((command === 'report' || command === 'declare') && (values.from === undefined || values.to === undefined)) throw new UsageError(`${command} : --from et --to sont obligatoires`);
  return {
    command: command as CliOptions['command'],
    positionals: rest,
    ...(values.project !== undefined ? { project: values.project } : {}),
    ...(values.path !== undefined ? { path: values.path } : {}),
    ...(values.type !== undefined ? { type: values.type } : {}),
    ...(values.cases !== undefined ? { cases: values.cases } : {}),
    asOf: values['as-of'] ?? today,
    lang,
    output: values.json ? 'json' : values.ndjson ? 'ndjson' : values.csv ? 'csv' : values.fhir ? 'fhir' : 'table',
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    failOn,
  };
}
