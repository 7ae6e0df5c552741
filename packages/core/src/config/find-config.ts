import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names a configuration file may have, in order of preference within one folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.hot-lint.yaml', '.hot-lint.yml'];

/** Which configuration file applies to a folder, and where the search for it ended. */
export interface ConfigSearch {
  /** The configuration file that applies, or null. */
  path: string | null;
  /** The last folder searched: the configuration's, the repository root, or the file system's root. */
  stoppedAt: string;
  reason: 'found' | 'repository-root' | 'file-system-root';
}

/**
 * The configuration file that applies to the files of `startDir`: `.hot-lint.yaml` (or `.yml`)
 * in it or the closest folder above it, searching no higher than the repository root (the
 * folder holding `.git`), so a configuration in a shared ancestor such as /tmp cannot widen the
 * root or turn rules off for a project below it; up to the file system's root outside a
 * repository. Never throws. (`--print-config` says the same through this function.) `known`
 * (optional) keeps the answers by folder across searches.
 */
export function searchConfig(
  startDir: string,
  isFile: (path: string) => boolean = isNodeFile,
  exists: (path: string) => boolean = isNodePath,
  known?: Map<string, ConfigSearch>,
): ConfigSearch {
  // `known` holds earlier answers by folder: a search from any folder it passed ends alike.
  const asked = known?.get(startDir); // the usual caller passes a folder already resolved: no resolve() to pay
  if (asked) return asked;
  const passed: string[] = [];
  const answer = (search: ConfigSearch): ConfigSearch => {
    for (const dir of passed) known?.set(dir, search);
    return search;
  };
  let dir = resolve(startDir);
  for (;;) {
    const earlier = known?.get(dir);
    if (earlier) return answer(earlier);
    passed.push(dir);
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return answer({ path: candidate, stoppedAt: dir, reason: 'found' });
    }
    if (exists(join(dir, '.git'))) return answer({ path: null, stoppedAt: dir, reason: 'repository-root' });
    const parent = dirname(dir);
    if (parent === dir) return answer({ path: null, stoppedAt: dir, reason: 'file-system-root' });
    dir = parent;
  }
}

/** The configuration file that applies to the files of `startDir` (see searchConfig), or null. */
export function findConfigFile(startDir: string): string | null {
  return searchConfig(startDir).path;
}

// An absent path is the usual answer (every folder up to the repository root is asked for each
// name): statSync then returns undefined instead of throwing an error with its stack trace.
function isNodeFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // unreadable: keep looking
  }
}

function isNodePath(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
