#!/usr/bin/env node
// Builds the command the pre-commit hook runs, packages/cli/hook/hot-lint.mjs: the CLI with
// core, remote and their dependencies in one ES module, built from the TypeScript sources.
// It is committed, so pre-commit installs nothing (.pre-commit-hooks.yaml, `language: script`);
// it reads the Heat data from packages/core/data/ and its version from packages/cli/package.json
// of the same checkout. packages/cli/test/hook-bundle.test.ts fails when it is out of date:
//   node packages/cli/scripts/bundle.mjs            (rewrites the hook after a source change)
//   node packages/cli/scripts/bundle.mjs --stdout   (prints what it would write)
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(cli, '../..');
export const HOOK_FILE = join(cli, 'hook/hot-lint.mjs');

export const DIST = join(cli, 'dist');

/** What the hook and the dist bundles share: the CLI with core and remote from their TypeScript sources. */
const COMMON = {
  absWorkingDir: root, // keeps the path comments relative, so every checkout builds the same bytes
  alias: {
    '@hot-lint/core/graph': './packages/core/src/graph/render/index.ts',
    '@hot-lint/core': './packages/core/src/index.ts',
    '@hot-lint/remote': './packages/remote/src/index.ts',
    // yaml's ES module build (the one it gives browsers): bundled, calls into it are direct, where
    // each of the CommonJS build's exports is read through a getter (a few % of a lint). The two
    // differ only in module syntax, in not reading LOG_TOKENS/LOG_STREAM, and in !!binary, which
    // YAML_OPTIONS (core/src/parse/parse-document.ts) reads as a Buffer in both.
    yaml: './node_modules/yaml/browser/index.js',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  legalComments: 'eof',
  // Non-ASCII characters written as escapes: a source of ASCII alone is a one-byte string, which
  // Node decodes (and V8 holds) at half the cost of one with a single other character in it.
  charset: 'ascii',
  logLevel: 'warning',
};
// The CommonJS dependencies require() Node built-ins.
const REQUIRE = "import { createRequire as __hotLintCreateRequire } from 'node:module'; const require = __hotLintCreateRequire(import.meta.url);";

const esbuild = () => createRequire(join(cli, 'package.json'))('esbuild');

/** The hook module's text, as the current sources build it (deterministic: same sources, same bytes). */
export async function bundleHook() {
  const result = await esbuild().build({
    ...COMMON,
    entryPoints: ['packages/cli/src/bin.ts'],
    write: false,
    outfile: HOOK_FILE,
    // hook/ sits beside dist/: main.ts finds ../package.json, core its data in packages/core/data/.
    define: { HOT_LINT_BUNDLED_DATA_DIR: JSON.stringify('../../core/data/') },
    banner: { js: REQUIRE },
  });
  return result.outputFiles[0].text;
}

/**
 * The installed command's modules (`npm run build` writes them): dist/hot-lint.bundle.cjs, which
 * bin/hot-lint.cjs runs, and its worker's, dist/lint-worker.bundle.cjs (started by
 * dist/lint-worker-entry.cjs), each one CommonJS module that dist/compile-cache.cjs runs with V8's
 * code cache (which Node 20 gives scripts, not ES modules). Node loads and compiles one module
 * much faster than the hundreds tsc writes, in the main thread and in every worker. The Heat data is the installed @hot-lint/core's (its data/
 * beside its dist/), found when first read: a run from the lint cache reads none.
 */
export async function bundleDist() {
  await esbuild().build({
    ...COMMON,
    format: 'cjs',
    entryPoints: {
      'hot-lint.bundle': 'packages/cli/src/bin.ts',
      'lint-worker.bundle': 'packages/cli/src/lint-worker.ts',
      // What runs them: bin/hot-lint.cjs requires the first, each worker starts the second.
      'compile-cache': 'packages/cli/src/compile-cache.ts',
      'lint-worker-entry': 'packages/cli/src/lint-worker-entry.ts',
    },
    outdir: DIST,
    outExtension: { '.js': '.cjs' },
    define: {
      HOT_LINT_BUNDLED_DATA_DIR: '__hotLintCoreData.dir',
      HOT_LINT_WORKER_MODULE: JSON.stringify('./lint-worker-entry.cjs'),
      'import.meta.url': '__hotLintModuleUrl',
    },
    banner: {
      js: "const __hotLintModuleUrl = require('node:url').pathToFileURL(__filename).href; let __hotLintCoreDataDir; const __hotLintCoreData = { get dir() { return (__hotLintCoreDataDir ??= new URL('../data/', require('node:url').pathToFileURL(require.resolve('@hot-lint/core'))).href); } };",
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--dist')) {
  await bundleDist();
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await bundleHook();
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text); // no process.exit(): it would cut a pipe short
  } else {
    let old = null;
    try {
      old = readFileSync(HOOK_FILE, 'utf8');
    } catch {}
    if (old !== text) writeFileSync(HOOK_FILE, text);
    chmodSync(HOOK_FILE, 0o755);
    console.log(`${old === text ? 'unchanged' : 'wrote'} ${HOOK_FILE} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
