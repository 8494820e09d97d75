import type { IsoDate } from '../dates/iso-date';
import { langOf, type Issue, type Lang, type Result } from '../issues/issue';
import { issueSink, makeIssue } from '../issues/issue-sink';
import { parseParcoursType } from '../documents/parse';
import type { ParcoursType } from '../documents/parcours-type';

/** One rule file handed to the catalog: a name (for messages) and its parsed JSON content. */
export interface RuleFile {
  /** The file's name, shown in the catalog's issues. */
  readonly name: string;
  /** Its content, as `JSON.parse` returned it. */
  readonly content: unknown;
}

/** What the catalog says of one type version. */
export interface CatalogEntry {
  /** The type's id. */
  readonly id: string;
  /** The version's id. */
  readonly version: string;
  /** The type's title. */
  readonly title: string;
  /** `official`, `draft` or `illustrative`. */
  readonly status: ParcoursType['status'];
  /** First day of the version (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day of the version (inclusive), else open. */
  readonly validTo?: IsoDate;
  /** The file it was read from. */
  readonly file: string;
}

/** A rule file the catalog refused, with every issue found in it. */
export interface RejectedFile {
  /** The file's name. */
  readonly file: string;
  /** Why it was refused: its parse issues, or the catalog's (duplicate, overlapping version). */
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
  const loaded: Loaded[] = [];
  for (const f of files) {
    const r = loadFile(f, loaded, lang);
    if ('issues' in r) rejected.push(r);
    else loaded.push(r);
  }
  loaded.sort((a, b) =>
    a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.entry.validFrom < b.entry.validFrom ? -1 : 1,
  );
  return {
    rejected,
    list: () => loaded.map((l) => l.entry),
    get: (id, version) => loaded.find((l) => l.entry.id === id && l.entry.version === version)?.type,
    resolve: (id, date) => resolveIn(loaded, { id, date, lang }),
  };
}

/** One loaded version: the catalog's entry and the parsed type. */
interface Loaded {
  readonly entry: CatalogEntry;
  readonly type: ParcoursType;
}

/** Parses one file and checks it against the versions already loaded: the version to add, or the file refused. */
function loadFile(f: RuleFile, loaded: readonly Loaded[], lang: Lang): Loaded | RejectedFile {
  const r = parseParcoursType(f.content, { lang });
  if (!r.ok) return { file: f.name, issues: r.issues };
  const t = r.value;
  const sink = issueSink('type', lang);
  const same = loaded.find((l) => l.entry.id === t.id && l.entry.version === t.version);
  const overlap = loaded.find((l) => l.entry.id === t.id && overlaps(l.entry, t));
  if (same) {
    const files = `${same.entry.file}, ${f.name}`;
    sink.add('CATALOG_DUPLICATE_VERSION', ['version'], { type: t.id, version: t.version, files });
  } else if (overlap) {
    sink.add('CATALOG_OVERLAPPING_VERSIONS', ['validFrom'], { type: t.id, a: overlap.entry.version, b: t.version });
  }
  if (sink.issues.length > 0) return { file: f.name, issues: sink.issues };
  const entry: CatalogEntry = {
    id: t.id,
    version: t.version,
    title: t.title,
    status: t.status,
    validFrom: t.validFrom,
    ...(t.validTo !== undefined ? { validTo: t.validTo } : {}),
    file: f.name,
  };
  return { entry, type: t };
}

/** The version of a type in force on a date, or the issue saying why there is none. */
function resolveIn(
  loaded: readonly Loaded[],
  query: { readonly id: string; readonly date: IsoDate; readonly lang: Lang },
): Result<ParcoursType> {
  const { id, date, lang } = query;
  const versions = loaded.filter((l) => l.entry.id === id);
  const inForce = versions.find(
    (l) => l.entry.validFrom <= date && (l.entry.validTo === undefined || date <= l.entry.validTo),
  );
  if (inForce) return { ok: true, value: inForce.type, issues: [] };
  const issue =
    versions.length === 0
      ? makeIssue('CATALOG_UNKNOWN_TYPE', { document: 'path', path: ['parcoursType'], params: { type: id }, lang })
      : makeIssue('CATALOG_NO_VERSION_IN_FORCE', {
          document: 'path',
          path: ['inclusion', 'date'],
          params: { type: id, date },
          lang,
        });
  return { ok: false, issues: [issue] };
}

function overlaps(a: CatalogEntry, b: ParcoursType): boolean {
  const aEnd = a.validTo ?? '9999-12-31';
  const bEnd = b.validTo ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}
