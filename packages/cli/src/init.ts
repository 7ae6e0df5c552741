import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFsError } from './files.js';
import type { Io } from './main.js';

/** What `hot-lint --init` writes: every key, commented, with the defaults in force. */
export const INITIAL_CONFIG = `# hot-lint configuration (hot-lint --help, "Configuration", describes every key).
# It applies to the templates in this folder and below (the nearest one to a file wins).
# VS Code with the hot-lint extension checks and completes this file; other editors can use
# the JSON Schema in hot-lint's repository, schemas/hot-lint-config.schema.json.

# Per-rule severity: error, warning, info or off. hot-lint --list-rules lists the rules.
rules: {}
#  duplicate-key: error
#  parameter-unused: off

# Files not to lint: globs relative to this file's folder.
ignore: []
#  - "vendor/**"

# Environment files to lint templates with, as "openstack stack create -e" would merge them.
environments: []
#  - templates: "stacks/*.yaml"
#    files: [env/common.yaml, env/production.yaml]

# The Heat release templates are checked against: a series (train, 2023.1), a major number
# or a version; a range [from, to] means every release in it. Default: the newest release.
# heatRelease: zed
# Or a catalog pulled from your cloud with "hot-lint catalog pull":
# catalog: ./heat-catalog.json

# Larger files are not linted (bytes; default 10 MiB).
# maxFileSize: 10485760
`;

const NAME = '.hot-lint.yaml';

/** Writes .hot-lint.yaml in the working folder; never overwrites one. */
export function writeInitialConfig(io: Io): number {
  const path = resolve(io.cwd, NAME);
  const existing = ['.hot-lint.yaml', '.hot-lint.yml'].find((name) => existsSync(resolve(io.cwd, name)));
  if (existing) {
    io.stderr(`hot-lint: ${existing} already exists here; it was left as it is.\n`);
    return 2;
  }
  try {
    writeFileSync(path, INITIAL_CONFIG, { flag: 'wx' });
  } catch (error) {
    io.stderr(`hot-lint: ${NAME} could not be written: ${describeFsError(error)}\n`);
    return 2;
  }
  io.stdout(`Wrote ${NAME}. Lint with: hot-lint\n`);
  return 0;
}
