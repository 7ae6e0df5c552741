// Root `postinstall`: builds the hot-lint command after `npm install` in a checkout, which is
// how pre-commit installs the hook (npm install, then npm pack, then npm install -g of the
// pack). Not `prepare`: npm pack would print its banner into the file name pre-commit reads.
// Installed from the pack (no sources), there is nothing to build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
if (existsSync(join(root, 'packages/cli/tsconfig.json'))) {
  let tsc;
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    process.exit(0); // installed without dev dependencies: `npm run build` later
  }
  const result = spawnSync(process.execPath, [tsc, '-b', join(root, 'packages/cli')], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The single-module command hook/hot-lint.mjs prefers (skipped without esbuild).
  const bundle = spawnSync(process.execPath, [join(root, 'packages/cli/scripts/bundle.mjs')], { stdio: ['ignore', 2, 2] });
  process.exit(bundle.status ?? 1);
}
