import type { IsoDate } from '../dates/iso-date';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/issue-sink';
import { parseParcoursType } from '../documents/parse';
import type { ParcoursType } from '../documents/parcours-type';

/** One rule file handed to the catalog: a name (for messages) and its parsed JSON content. */
export interface RuleFile {
  readonly name: string;
  readonly content: unknown;
}

/** What the catalog says of one type version. */
export interface CatalogEntry {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly status: ParcoursType['status'];
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  readonly file: string;
}

/** A rule file the catalog refused, with every issue found in it. */
export interface RejectedFile {
  readonly file: string;
  readonly issues: readonly Issue[];
}

/** A set of parcours types, each in one or more versions. */
export interface Catalog {
  /** Every loaded version, sorted by id then validFrom. */
  list(): readonly CatalogEntry[];
  /** One exact version. */
  get(id: string, version: string): ParcoursType | undefined;
  /** The version of `id` in force on `date` (the inclusion date of a path). */
  resolve(id: string, date: IsoDate): Result<ParcoursType>;
  /** Files refused at load time and catalog-level issues (duplicates, overlapping versions). */
  readonly rejected: readonly RejectedFile[];
}

/**
 * Builds a catalog from rule files. Each file is parsed whole: a file with an error is refused with all its issues
 * (never half-loaded), and the others are kept. Two versions of one type that are in force on the same day, or the
 * same id and version twice, are refused too.
 *
 * @example
 * const catalog = createCatalog([{ name: 'tnd/2022.json', content: json }]);
 * const type = catalog.resolve('tnd-intervention-precoce', '2024-05-02');
 */
export function createCatalog(files: readonly RuleFile[], options: { lang?: Lang } = {}): Catalog {
  const lang = langOf(options);
  const rejected: RejectedFile[] = [];
  const loaded: { entry: CatalogEntry; type: ParcoursType }[] = [];
  for (const f of files) {
    const r = parseParcoursType(f.content, { lang });
    if (!r.ok) {
      rejected.push({ file: f.name, issues: r.issues });
      continue;
    }
    const t = r.value;
    const same = loaded.find((l) => l.entry.id === t.id && l.entry.version === t.version);
    if (same) {
      const sink = issueSink('type', lang);
      sink.add('CATALOG_DUPLICATE_VERSION', ['version'], {
        type: t.id,
        version: t.version,
        files: `${same.entry.file}, ${f.name}`,
      });
      rejected.push({ file: f.name, issues: sink.issues });
      continue;
    }
    const overlap = loaded.find((l) => l.entry.id === t.id && overlaps(l.entry, t));
    if (overlap) {
      const sink = issueSink('type', lang);
      sink.add('CATALOG_OVERLAPPING_VERSIONS', ['validFrom'], { type: t.id, a: overlap.entry.version, b: t.version });
      rejected.push({ file: f.name, issues: sink.issues });
      continue;
    }
    loaded.push({
      type: t,
      entry: {
        id: t.id,
        version: t.version,
        title: t.title,
        status: t.status,
        validFrom: t.validFrom,
        ...(t.validTo !== undefined ? { validTo: t.validTo } : {}),
        file: f.name,
      },
    });
  }
  loaded.sort((a, b) =>
    a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.entry.validFrom < b.entry.validFrom ? -1 : 1,
  );
  return {
    rejected,
    list: () => loaded.map((l) => l.entry),
    get: (id, version) => loaded.find((l) => l.entry.id === id && l.entry.version === version)?.type,
    resolve(id, date) {
      const versions = loaded.filter((l) => l.entry.id === id);
      if (versions.length === 0)
        return {
          ok: false,
          issues: [
            makeIssue('CATALOG_UNKNOWN_TYPE', { document: 'path', path: ['parcoursType'], params: { type: id }, lang }),
          ],
        };
      const inForce = versions.find(
        (l) => l.entry.validFrom <= date && (l.entry.validTo === undefined || date <= l.entry.validTo),
      );
      if (!inForce)
        return {
          ok: false,
          issues: [
            makeIssue('CATALOG_NO_VERSION_IN_FORCE', {
              document: 'path',
              path: ['inclusion', 'date'],
              params: { type: id, date },
              lang,
            }),
          ],
        };
      return { ok: true, value: inForce.type, issues: [] };
    },
  };
}

function overlaps(a: CatalogEntry, b: ParcoursType): boolean {
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}
