#!/usr/bin/env node
// Bundles the built command (dist/bin.js with core, remote, yaml, picomatch, tinyglobby) into
// one ES module, dist/hot-lint.bundle.js, which the pre-commit entry (hook/hot-lint.mjs) runs:
// one file to load instead of ~200 modules to resolve, and no resolution hook thread. Run after
// `tsc -b` by `npm run build` and by the postinstall build (hook/build.mjs). Without esbuild
// (installed without dev dependencies) it removes any old bundle and the entry falls back to
// dist/bin.js.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(cli, 'dist/bin.js');
const outfile = join(cli, 'dist/hot-lint.bundle.js');

let esbuild;
try {
  esbuild = createRequire(join(cli, '../../package.json'))('esbuild');
} catch {
  rmSync(outfile, { force: true });
  process.exit(0);
}
if (!existsSync(entry)) {
  console.error(`bundle: ${entry} is missing; build first (tsc -b packages/cli)`);
  process.exit(1);
}
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stays in dist/ beside bin.js: main.ts finds its package.json from import.meta.url, and core
  // its data (packages/core/data/) from this location.
  define: { HOT_LINT_BUNDLED_DATA_DIR: JSON.stringify('../../core/data/') },
  // The CommonJS dependencies require() Node built-ins.
  banner: { js: "import { createRequire as __hotLintCreateRequire } from 'node:module'; const require = __hotLintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
