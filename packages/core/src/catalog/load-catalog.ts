import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageSpec, PropertySchema, ResourceCatalog } from './catalog-types.js';
import { Catalog } from './catalog.js';
import { ReleaseHistory, type PresenceRuns } from './history.js';
import { applyReleasePatch, type ReleasePatch } from './release-patch.js';
import { HEAT_RELEASES, heatReleaseChoices, type HeatRelease, NEWEST_HEAT_RELEASE, resolveHeatRelease } from './release.js';

/** The version of the release used when none is chosen: the newest. */
export const DEFAULT_HEAT_VERSION = NEWEST_HEAT_RELEASE.version;

/**
 * Set by bundlers (esbuild `define`) to the data folder's location relative to the bundle, which
 * is then the module whose URL import.meta.url gives.
 */
declare const HOT_LINT_BUNDLED_DATA_DIR: string | undefined;

/**
 * The folder holding the generated Heat data: packages/core/data/, shipped in the @hot-lint/core
 * package. heat-<newest>.json is the newest release whole (catalog and language);
 * heat-<version>.patch.json.gz each other release as its differences from the newest;
 * history.json.gz when each thing came and went (schemas/tools/pack-releases.mjs writes them).
 * Found relative to this module (src/catalog/ or dist/catalog/), never by searching.
 */
export function catalogDataDir(): string {
  const relative = typeof HOT_LINT_BUNDLED_DATA_DIR === 'string' ? HOT_LINT_BUNDLED_DATA_DIR : '../../data/';
  return fileURLToPath(new URL(relative, import.meta.url));
}

/** A catalog file that is missing or unreadable; the message says which and how to recover. */
export class CatalogLoadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `Cannot read the Heat catalog file ${file} (${(cause as Error).message ?? String(cause)}). ` +
        'It ships inside @hot-lint/core: reinstall the package, or name an available Heat release in the configuration.',
    );
    this.name = 'CatalogLoadError';
  }
}

export interface LoadCatalogOptions {
  /** A series ("train", "2023.1"), a major number or a version; the newest release by default. */
  heatRelease?: string | number;
  /** Older name of heatRelease. */
  heatVersion?: string;
  dataDir?: string;
}

interface ReleaseData {
  catalog: ResourceCatalog;
  language: LanguageSpec;
}

interface Store {
  base: ReleaseData;
  history?: ReleaseHistory;
}

const stores = new Map<string, Store>();
const loaded = new Map<string, Catalog>();

function readData<T>(file: string, gzipped: boolean): T {
  try {
    const bytes = readFileSync(file);
    // zlib is loaded when a catalog is read (a run that only reuses its cache reads none).
    return JSON.parse(gzipped ? process.getBuiltinModule('node:zlib').gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')) as T;
  } catch (error) {
    throw new CatalogLoadError(file, error);
  }
}

/**
 * Loads (once per process) the catalog of a Heat release from `dataDir` (default:
 * catalogDataDir()): the newest release's file, plus the chosen release's differences when it is
 * an older one. Throws CatalogLoadError when a file is missing, and an Error for an unknown release.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const spec = options.heatRelease ?? options.heatVersion;
  const release = spec === undefined ? NEWEST_HEAT_RELEASE : resolveHeatRelease(spec);
  if (!release) throw new Error(`There is no catalog for Heat "${spec}"; heatRelease is ${heatReleaseChoices()}.`);
  const dir = resolve(options.dataDir ?? catalogDataDir());
  const key = `${dir}\0${release.version}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  let store = stores.get(dir);
  if (!store) {
    store = { base: readData<ReleaseData>(join(dir, `heat-${NEWEST_HEAT_RELEASE.version}.json`), false) };
    stores.set(dir, store);
  }
  const data =
    release === NEWEST_HEAT_RELEASE
      ? store.base
      : (applyReleasePatch(store.base, readData<ReleasePatch>(join(dir, `heat-${release.version}.patch.json.gz`), true)) as ReleaseData);
  const owner = store;
  const history = (): ReleaseHistory => {
    owner.history ??= new ReleaseHistory(readData<Record<string, PresenceRuns>>(join(dir, 'history.json.gz'), true));
    return owner.history;
  };
  const catalog = new Catalog(data.catalog, data.language, { release, history });
  loaded.set(key, catalog);
  return catalog;
}

const files = new Map<string, Catalog>();

/**
 * Loads a catalog that `hot-lint catalog pull` wrote from a cloud's Heat API (`catalog:
 * ./heat-catalog.json` in the configuration). Throws CatalogLoadError when it cannot be read or
 * is not such a file.
 */
export function loadCatalogFile(path: string): Catalog {
  const absolute = resolve(path);
  const cached = files.get(absolute);
  if (cached) return cached;
  const data = readData<{ format?: unknown; catalog?: ResourceCatalog; language?: LanguageSpec }>(absolute, false);
  if (data.format !== 'hot-lint-pulled-catalog/1' || !data.catalog?.resource_types || !Array.isArray(data.language?.versions)) {
    throw new CatalogLoadError(absolute, new Error('not a catalog written by "hot-lint catalog pull"'));
  }
  const catalog = new Catalog(data.catalog, data.language);
  files.set(absolute, catalog);
  return catalog;
}

/** What a cloud's Heat API says of one resource type, as far as nearestRelease compares it. */
export interface ListedType {
  description?: string;
  properties?: Record<string, unknown>;
  support_status?: { status?: string };
}

function sameProperty(api: unknown, known: PropertySchema): boolean {
  if (!api || typeof api !== 'object') return false;
  const a = api as Partial<PropertySchema>;
  return (
    a.description === known.description &&
    JSON.stringify(a.default ?? null) === JSON.stringify(known.default ?? null) &&
    JSON.stringify(a.constraints ?? []) === JSON.stringify(known.constraints ?? [])
  );
}

/**
 * The release whose resource types best match a cloud's: for each type the API lists, a release
 * that has it scores 1, plus 1 when its property names are the same and 1 when its support status
 * is; a release without it loses 3. The newer release wins a tie. (Heat's API does not say its
 * version, and lists only the types whose service the cloud runs.)
 */
export function nearestRelease(listed: Readonly<Record<string, ListedType>>, dataDir?: string): HeatRelease {
  let best = NEWEST_HEAT_RELEASE;
  let bestScore = -Infinity;
  for (const release of HEAT_RELEASES) {
    const catalog = loadCatalog({ heatRelease: release.version, ...(dataDir ? { dataDir } : {}) });
    let score = 0;
    for (const [name, api] of Object.entries(listed)) {
      const known = catalog.resourceType(name);
      if (!known) {
        score -= 3;
        continue;
      }
      score += 1;
      const mine = Object.keys(known.properties).filter((p) => known.properties[p]!.implemented !== false && known.properties[p]!.support_status?.status !== 'HIDDEN').sort();
      if (api.properties && JSON.stringify(Object.keys(api.properties).sort()) === JSON.stringify(mine)) score += 1;
      if (api.support_status?.status === known.support_status.status) score += 1;
      if (api.description !== undefined && api.description === known.description) score += 1;
      // Each property as Heat describes it (text, default, constraints): wording changes between releases.
      for (const [prop, schema] of Object.entries(api.properties ?? {})) {
        const other = known.properties[prop];
        if (other && sameProperty(schema, other)) score += 0.1;
      }
    }
    if (score >= bestScore) {
      best = release;
      bestScore = score;
    }
  }
  return best;
}
