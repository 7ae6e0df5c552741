// Bundles the extension (CommonJS, as VS Code loads it) and the language server (ESM, because
// core locates its catalog from import.meta.url) into dist/, with the Heat catalog (core's data/) beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(dist, 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

await build({
  entryPoints: [join(root, 'packages', 'server', 'src', 'bin.ts')],
  outfile: join(dist, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  minify: true,
  sourcemap: false,
  // Core reads its Heat data from dist/data/, copied below.
  define: { HOT_LINT_BUNDLED_DATA_DIR: JSON.stringify('./data/') },
  // The CommonJS dependencies (vscode-languageserver) require Node built-ins.
  banner: { js: "import { createRequire as __hotLintCreateRequire } from 'node:module'; const require = __hotLintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

const coreData = join(root, 'packages', 'core', 'data');
const data = join(dist, 'data');
mkdirSync(data, { recursive: true });
for (const file of readdirSync(coreData)) {
  if (file.endsWith('.json') || file.endsWith('.json.gz')) copyFileSync(join(coreData, file), join(data, file));
}
console.log(`built ${dist}`);
