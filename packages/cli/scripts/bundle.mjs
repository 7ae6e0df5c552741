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
const workerOutfile = join(cli, 'dist/lint-worker.bundle.js');

let esbuild;
try {
  esbuild = createRequire(join(cli, '../../package.json'))('esbuild');
} catch {
  rmSync(outfile, { force: true });
  rmSync(workerOutfile, { force: true });
  process.exit(0);
}
if (!existsSync(entry)) {
  console.error(`bundle: ${entry} is missing; build first (tsc -b packages/cli)`);
  process.exit(1);
}
const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stays in dist/ beside bin.js: core finds schemas/ and main.ts its package.json from import.meta.url.
  // The CommonJS dependencies require() Node built-ins.
  banner: { js: "import { createRequire as __hotLintCreateRequire } from 'node:module'; const require = __hotLintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};
await esbuild.build({ ...options, entryPoints: [entry], outfile });
// The worker of the parallel run (src/pool.ts), beside the bundle that starts it.
await esbuild.build({ ...options, entryPoints: [join(cli, 'dist/lint-worker.js')], outfile: workerOutfile });
