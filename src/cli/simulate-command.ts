import { basename } from 'node:path';
import { parseProject } from '../documents/parse';
import { csvHeader, csvRows } from '../exports/french-csv';
import { formatSimulation, SIMULATION_TABLE, simulationHtml, simulationRows } from '../exports/simulate-output';
import { outputMessagesFor } from '../messages/output-render';
import { type CandidateKey, simulation } from '../operations/simulate';
import type { CommandOptions } from './command-table';
import { valueOrUsage } from './declaration-files';
import { type CliIo, writeStreamed } from './io';
import { issueLines, MAX_LINE_BYTES } from './ndjson-input';
import { pathInputs, typesOf } from './operations-commands';
import { readJsonFile } from './read-json';

/**
 * `pcr simulate`: the file active (NDJSON on standard input, or one `--path`) settled under each `--key` (a
 * projet's distribution replacing `--project`'s), evaluated on `--to`; per key its total, per beneficiary its
 * amount under each key and the difference with the first. A key that does not make a valid projet with
 * `--project` is a usage error (2) naming the file. Resolves to 1 when some path was excluded, else 0.
 *
 * @example
 * process.exitCode = await simulateCommand({ project: 'p.json', key: ['a.json', 'b.json'], from: '2027-01-01', to: '2027-12-31', lang: 'fr', output: { format: 'table' } }, io);
 */
export async function simulateCommand(opts: CommandOptions<'simulate'>, io: CliIo): Promise<number> {
  const projectJson = readJsonFile(io, opts.project);
  const project = parseProject(projectJson, { lang: opts.lang });
  if (!project.ok) {
    io.stderr.write(`${opts.project} :\n${issueLines(project.issues)}\n`);
    return 1;
  }
  const keys: CandidateKey[] = opts.key.map((file) => {
    const distribution = readJsonFile(io, file);
    const withKey = parseProject({ ...(projectJson as object), distribution }, { lang: opts.lang });
    return { name: basename(file).replace(/\.json$/i, ''), distribution: valueOrUsage(file, withKey).distribution };
  });
  const types = typesOf(opts.type, opts.lang, io);
  const sim = simulation({ project: project.value, keys, types, from: opts.from, to: opts.to, lang: opts.lang });
  const { m, f } = outputMessagesFor(opts.lang);
  for await (const { line, json, tooLong } of pathInputs('simulate', opts, io)) {
    if (tooLong) io.stderr.write(`${m.cli.lineTooLong({ line, max: MAX_LINE_BYTES }, f)}\n`);
    if (json === null) sim.addUnreadable(line);
    else sim.add(json, line);
  }
  const result = sim.result();
  const write = (text: string) => writeStreamed(io.stdout, text);
  switch (opts.output.format) {
    case 'table':
      await write(formatSimulation(result, opts.lang));
      break;
    case 'csv':
      await write(csvHeader(SIMULATION_TABLE) + csvRows(SIMULATION_TABLE, simulationRows(result)));
      break;
    case 'json':
      await write(`${JSON.stringify(result, null, 2)}\n`);
      break;
    case 'html':
      await write(simulationHtml(result, opts.lang));
      break;
  }
  const paths = result.paths;
  if (paths.excluded > 0) {
    const byReason = Object.entries(paths.excludedByReason)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    io.stderr.write(`${m.cli.pathsExcluded({ count: paths.excluded, byReason }, f)}\n`);
  }
  return paths.excluded > 0 ? 1 : 0;
}
