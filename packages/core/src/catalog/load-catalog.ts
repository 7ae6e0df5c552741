import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageSpec, ResourceCatalog } from './catalog-types.js';
import { Catalog } from './catalog.js';

export const DEFAULT_HEAT_VERSION = '19.0.0';

/**
 * Set by bundlers (esbuild `define`) to the data folder's location relative to the bundle, which
 * is then the module whose URL import.meta.url gives.
 */
declare const HOT_LINT_BUNDLED_DATA_DIR: string | undefined;

/**
 * The folder holding the generated Heat data (heat-catalog-<version>.json,
 * heat-language-<version>.json): packages/core/data/, shipped in the @hot-lint/core package.
 * Found relative to this module (src/catalog/ or dist/catalog/), never by searching.
 */
export function catalogDataDir(): string {
  const relative = typeof HOT_LINT_BUNDLED_DATA_DIR === 'string' ? HOT_LINT_BUNDLED_DATA_DIR : '../../data/';
  return fileURLToPath(new URL(relative, import.meta.url));
}

/** A catalog file that is missing or unreadable; the message says which and how to recover. */
export class CatalogLoadError extends Error {
  constructor(readonly file: string, cause: unknown) {
    super(
      `Cannot read the Heat catalog file ${file} (${(cause as Error).message ?? String(cause)}). ` +
        'It ships inside @hot-lint/core: reinstall the package, or name an available Heat release in the configuration.',
    );
    this.name = 'CatalogLoadError';
  }
}

const loaded = new Map<string, Catalog>();

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new CatalogLoadError(file, error);
  }
}

/**
 * Loads (once per process) the catalog generated from the given Heat release, from
 * `dataDir` (default: catalogDataDir()). Throws CatalogLoadError when its files are missing.
 */
export function loadCatalog(options: { heatVersion?: string; dataDir?: string } = {}): Catalog {
  const version = options.heatVersion ?? DEFAULT_HEAT_VERSION;
  const dir = resolve(options.dataDir ?? catalogDataDir());
  const key = `${dir}\0${version}`;
  let catalog = loaded.get(key);
  if (!catalog) {
    const resources = readJson<ResourceCatalog>(join(dir, `heat-catalog-${version}.json`));
    const language = readJson<LanguageSpec>(join(dir, `heat-language-${version}.json`));
    catalog = new Catalog(resources, language);
    loaded.set(key, catalog);
  }
  return catalog;
}
