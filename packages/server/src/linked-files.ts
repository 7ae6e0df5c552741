import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NodeFileLoader, ProjectSession } from '@hot-lint/core';
import type { Catalog, ReadResult } from '@hot-lint/core';
import type { LinkedFiles } from './features/rename.js';

/** The bounds of the search for templates that may use a nested template. */
export const SCAN_LIMITS = { files: 2000, depth: 8, fileBytes: 2 * 1024 * 1024 };

const TEMPLATE_FILE = /\.(ya?ml|template|json)$/;
const SKIPPED_DIRS = new Set(['node_modules']);

/** Reads inside the project root only, the editor's open documents before the files on disk. */
class BufferedLoader extends NodeFileLoader {
  constructor(
    root: string,
    private readonly buffer: (path: string) => string | undefined,
  ) {
    super(root, SCAN_LIMITS.fileBytes);
  }

  override read(path: string): ReadResult {
    if (!this.isAllowed(path)) return super.read(path);
    const text = this.buffer(path);
    return text === undefined ? super.read(path) : { ok: true, text };
  }
}

/**
 * Template-looking files under `root` (.yaml, .yml, .template, .json), breadth first, skipping
 * hidden folders and node_modules: at most SCAN_LIMITS.files files, SCAN_LIMITS.depth folders deep.
 */
export function scanTemplateFiles(root: string): string[] {
  const found: string[] = [];
  let level = [root];
  for (let depth = 0; depth <= SCAN_LIMITS.depth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) next.push(path);
        } else if (entry.isFile() && TEMPLATE_FILE.test(entry.name)) {
          found.push(path);
          if (found.length >= SCAN_LIMITS.files) return found;
        }
      }
    }
    level = next;
  }
  return found;
}

export interface LinkedFilesOptions {
  /** The project root of the renamed template: nothing outside it is read or changed. */
  root: string;
  catalog: Catalog;
  /** An open document's text, by path. */
  buffer(path: string): string | undefined;
  /** The paths of the open documents. */
  openPaths: readonly string[];
  environmentsFor(template: string): readonly string[];
  uriOf(path: string): string;
}

/**
 * What a rename sees of the project: a fresh session over the root (open documents' text
 * first), and as candidate users of a nested template the open documents plus the templates
 * found under the root within SCAN_LIMITS.
 */
export function linkedFiles(options: LinkedFilesOptions): LinkedFiles {
  const session = new ProjectSession(new BufferedLoader(options.root, options.buffer), options.catalog);
  let templates: string[] | undefined;
  return {
    session,
    // Scanned only when a rename needs it (a parameter or an output).
    get templates() {
      templates ??= [...new Set([...options.openPaths, ...scanTemplateFiles(options.root)])].filter((path) => session.loader.isAllowed(path));
      return templates;
    },
    environmentsFor: options.environmentsFor,
    uriOf: options.uriOf,
  };
}
