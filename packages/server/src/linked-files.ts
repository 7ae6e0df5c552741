import { NodeFileLoader, nodeHost, overlayHost, ProjectSession, Workspace } from '@hot-lint/core';
import type { Catalog } from '@hot-lint/core';
import type { LinkedFiles } from './features/rename.js';

/** The bounds of the search for templates that may use a nested template. */
export const SCAN_LIMITS = { files: 2000, depth: 8, fileBytes: 2 * 1024 * 1024 };

/** Candidate files under `root`, found by the workspace's one directory walk (the CLI's), within SCAN_LIMITS. */
export function scanTemplateFiles(root: string): string[] {
  return new Workspace().discover(root, undefined, SCAN_LIMITS);
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
  // Inside the project root only, the editor's open documents before the files on disk.
  const loader = new NodeFileLoader(options.root, SCAN_LIMITS.fileBytes, overlayHost(nodeHost, options.buffer));
  const session = new ProjectSession(loader, options.catalog);
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
