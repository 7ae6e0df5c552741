// Bundles the extension (CommonJS, as VS Code loads it) and the language server (ESM, because
// core locates its catalog from import.meta.url) into dist/, with the Heat catalog (core's data/) beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// HOT_LINT_EXTENSION_DIST: another output folder (tests build there, beside a packaging run).
const dist = process.env.HOT_LINT_EXTENSION_DIST ?? join(here, 'dist');
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
// The JSON Schema of .hot-lint.yaml, for the YAML extension (yamlValidation).
const schemas = join(dist, 'schemas');
mkdirSync(schemas, { recursive: true });
copyFileSync(join(root, 'schemas', 'hot-lint-config.schema.json'), join(schemas, 'hot-lint-config.schema.json'));
// For Red Hat YAML (yamlValidation): the same schema with every property marked doNotSuggest,
// so its validation and hover stay while completion comes from hot-lint alone (no duplicates).
const doNotSuggest = (schema) => {
  if (Array.isArray(schema)) return schema.map(doNotSuggest);
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, doNotSuggest(value)]));
  if (copy.properties && typeof copy.properties === 'object') {
    for (const property of Object.values(copy.properties)) if (property && typeof property === 'object') property.doNotSuggest = true;
  }
  return copy;
};
const template = JSON.parse(readFileSync(join(root, 'schemas', 'hot-template.schema.json'), 'utf8'));
writeFileSync(join(schemas, 'hot-template.yaml-validation.json'), `${JSON.stringify(doNotSuggest(template), null, 2)}\n`);
console.log(`built ${dist}`);
