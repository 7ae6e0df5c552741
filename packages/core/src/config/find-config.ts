import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The names a configuration file may have, in order of preference within one folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.hot-lint.yaml', '.hot-lint.yml'];

/**
 * The nearest configuration file: `.hot-lint.yaml` (or `.yml`) in `startDir` or the closest
 * folder above it, or null when there is none up to the file system's root. Never throws.
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
    if (parent === dir) return null;
    dir = parent;
  }
}
