import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LanguageSpec, ResourceCatalog } from './catalog-types.js';
import { Catalog } from './catalog.js';

export const DEFAULT_HEAT_VERSION = '19.0.0';

/**
 * Where the generated files live: schemas/ at the repository root during development,
 * or a schemas/ folder copied beside a bundle.
 */
export function findSchemasDir(start = dirname(fileURLToPath(import.meta.url))): string {
  const marker = `heat-language-${DEFAULT_HEAT_VERSION}.json`;
  let dir = start;
  for (let i = 0; i < 8; i++) {
    for (const candidate of [join(dir, 'schemas'), dir]) {
      if (existsSync(join(candidate, marker))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Cannot find the Heat catalog (${marker}) above ${start}.`);
}

const loaded = new Map<string, Catalog>();

/** Loads (once per process) the catalog generated from the given Heat release. */
export function loadCatalog(options: { heatVersion?: string; schemasDir?: string } = {}): Catalog {
  const version = options.heatVersion ?? DEFAULT_HEAT_VERSION;
  const dir = resolve(options.schemasDir ?? findSchemasDir());
  const key = `${dir}\0${version}`;
  let catalog = loaded.get(key);
  if (!catalog) {
    const resources = JSON.parse(readFileSync(join(dir, `heat-catalog-${version}.json`), 'utf8')) as ResourceCatalog;
    const language = JSON.parse(readFileSync(join(dir, `heat-language-${version}.json`), 'utf8')) as LanguageSpec;
    catalog = new Catalog(resources, language);
    loaded.set(key, catalog);
  }
  return catalog;
}
