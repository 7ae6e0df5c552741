import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { LanguageSpec, ResourceCatalog } from './catalog-types.js';
import { Catalog } from './catalog.js';
import { ReleaseHistory, type PresenceRuns } from './history.js';
import { applyReleasePatch, type ReleasePatch } from './release-patch.js';
import { heatReleaseChoices, NEWEST_HEAT_RELEASE, resolveHeatRelease } from './release.js';

/** The version of the release used when none is chosen: the newest. */
export const DEFAULT_HEAT_VERSION = NEWEST_HEAT_RELEASE.version;

const MARKER = join('releases', 'index.json');

/**
 * Where the generated files live: schemas/ at the repository root during development,
 * or a schemas/ folder copied beside a bundle.
 */
export function findSchemasDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    for (const candidate of [join(dir, 'schemas'), dir]) {
      if (existsSync(join(candidate, MARKER))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Cannot find the Heat catalog (${MARKER}) above ${start}.`);
}

export interface LoadCatalogOptions {
  /** A series ("train", "2023.1"), a major number or a version; the newest release by default. */
  heatRelease?: string | number;
  /** Older name of heatRelease. */
  heatVersion?: string;
  schemasDir?: string;
}

interface Store {
  base: { catalog: ResourceCatalog; language: LanguageSpec };
  history?: ReleaseHistory;
}

const stores = new Map<string, Store>();
const loaded = new Map<string, Catalog>();

/**
 * Loads (once per process) the catalog of a Heat release: the newest is stored whole, any other
 * as its differences from the newest, so only the chosen release's patch is read.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const spec = options.heatRelease ?? options.heatVersion;
  const release = spec === undefined ? NEWEST_HEAT_RELEASE : resolveHeatRelease(spec);
  if (!release) throw new Error(`There is no catalog for Heat "${spec}"; heatRelease is ${heatReleaseChoices()}.`);
  const dir = join(resolve(options.schemasDir ?? findSchemasDir()), 'releases');
  const key = `${dir}\0${release.version}`;
  let catalog = loaded.get(key);
  if (catalog) return catalog;
  let store = stores.get(dir);
  if (!store) {
    store = { base: JSON.parse(readFileSync(join(dir, `heat-${NEWEST_HEAT_RELEASE.version}.json`), 'utf8')) as Store['base'] };
    stores.set(dir, store);
  }
  let data = store.base;
  if (release !== NEWEST_HEAT_RELEASE) {
    const patch = JSON.parse(gunzipSync(readFileSync(join(dir, `heat-${release.version}.patch.json.gz`))).toString('utf8')) as ReleasePatch;
    data = applyReleasePatch(store.base, patch) as Store['base'];
  }
  const history = (): ReleaseHistory => {
    const s = store!;
    s.history ??= new ReleaseHistory(
      JSON.parse(gunzipSync(readFileSync(join(dir, 'history.json.gz'))).toString('utf8')) as Record<string, PresenceRuns>,
    );
    return s.history;
  };
  catalog = new Catalog(data.catalog, data.language, { release, history });
  loaded.set(key, catalog);
  return catalog;
}
