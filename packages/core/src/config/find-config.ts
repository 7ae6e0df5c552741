import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names a configuration file may have, in order of preference within one folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.hot-lint.yaml', '.hot-lint.yml'];

/**
 * The configuration file that applies to the files of `startDir`: `.hot-lint.yaml` (or `.yml`)
 * in it or the closest folder above it, searching no higher than the repository root (the
 * folder holding `.git`), so a configuration in a shared ancestor such as /tmp cannot widen the
 * root or turn rules off for a project below it; up to the file system's root outside a
 * repository. Null when there is none. Never throws.
 */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // absent or unreadable: keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir || isRepositoryRoot(dir)) return null;
    dir = parent;
  }
}

function isRepositoryRoot(dir: string): boolean {
  try {
    statSync(join(dir, '.git'));
    return true;
  } catch {
    return false;
  }
}
