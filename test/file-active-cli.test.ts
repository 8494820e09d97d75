import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePatientPath, parseProject, settle, shippedCatalog } from '../src/index';
import { declarationEntries } from '../src/entries/exports';
import type { FileActiveReport } from '../src/entries/operations';
import { toCents } from '../src/money/decimal';
import { obesityFileActive } from '../scripts/file-active-generator.mjs';
import { pcrIn } from './helpers/cli-in-process';

describe('file active of 1,000 generated paths, reported by the CLI', () => {
  it('matches the sum of the individual settlements, and counts every excluded path', async () => {
    const paths = obesityFileActive(1000, 20261122);
    const ndjson = `${paths.map((p) => JSON.stringify(p)).join('\n')}\n{broken\n`;
    const [from, to] = ['2026-01-01', '2027-12-31'];
    const r = await pcrIn(
      ['report', '--project', 'examples/obesite/project.json', '--from', from, '--to', to, '--json'],
      ndjson,
    );
    expect(r.code).toBe(1); // some paths are excluded
    const report = JSON.parse(r.out) as FileActiveReport;

    const project = parseProject(JSON.parse(readFileSync('examples/obesite/project.json', 'utf8')));
    if (!project.ok) throw new Error('project');
    const catalog = shippedCatalog();
    const sums = { forfait: 0, amo: 0, amc: 0, patient: 0, billed: 0, evaluated: 0, invalid: 0, blocked: 0 };
    const byPayee = new Map<string, number>();
    for (const raw of paths) {
      const p = parsePatientPath(raw);
      if (!p.ok) {
        sums.invalid++;
        continue;
      }
      const type = catalog.resolve(p.value.parcoursType, p.value.inclusion.date);
      if (!type.ok) {
        sums.invalid++;
        continue;
      }
      const s = settle(type.value, project.value, p.value, { asOf: to });
      if (s.issues.some((i) => i.code === 'SETTLEMENT_BLOCKED')) {
        sums.blocked++;
        continue;
      }
      sums.evaluated++;
      const declared = declarationEntries(s, { project: project.value, from, to, allowDraft: true });
      for (const e of declared.ok ? declared.value : []) {
        sums.billed++;
        sums.forfait += toCents(e.forfait);
        sums.amo += toCents(e.amo);
        sums.amc += toCents(e.amc);
        sums.patient += toCents(e.patient);
        for (const l of e.lines)
          byPayee.set(
            `${l.payee.idType}:${l.payee.id}`,
            (byPayee.get(`${l.payee.idType}:${l.payee.id}`) ?? 0) + toCents(l.amount),
          );
      }
    }
    expect(report.paths.total).toBe(1001);
    expect(report.paths.evaluated).toBe(sums.evaluated);
    expect(report.paths.excluded).toBe(sums.invalid + sums.blocked + 1);
    expect(report.paths.excludedByReason.PARSE).toBe(sums.invalid + 1);
    expect(report.excludedPaths.length).toBe(report.paths.excluded);
    expect(report.amounts.billedSequences).toBe(sums.billed);
    expect([
      toCents(report.amounts.forfait),
      toCents(report.amounts.amo),
      toCents(report.amounts.amc),
      toCents(report.amounts.patient),
    ]).toEqual([sums.forfait, sums.amo, sums.amc, sums.patient]);
    expect(toCents(report.amounts.amo) + toCents(report.amounts.amc) + toCents(report.amounts.patient)).toBe(
      toCents(report.amounts.forfait),
    );
    expect(
      Object.fromEntries(report.amounts.byPayee.map((l) => [`${l.payee.idType}:${l.payee.id}`, toCents(l.amount)])),
    ).toEqual(Object.fromEntries(byPayee));
    expect(sums.billed).toBeGreaterThan(200); // 276 of the 1,000 paths bill a séquence in the period
    expect(sums.invalid).toBe(10);
    expect(r.err).toBe(
      `${report.paths.excluded} parcours exclus\u00a0: ${Object.entries(report.paths.excludedByReason)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}\n`,
    );
  }, 120_000);
});
