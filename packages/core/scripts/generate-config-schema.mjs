#!/usr/bin/env node
// Writes schemas/hot-lint-config.schema.json, the JSON Schema of .hot-lint.yaml, from the built
// core (its rule ids, each rule's variants as `rule-id/variant`, and the schema parseConfig takes its keys from). Run by `npm run build`
// after tsc; writes only when the output changes. The root package and the VS Code extension
// ship the file; editors with a YAML language server check and complete .hot-lint.yaml with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT_FILE = join(here, '../../../schemas/hot-lint-config.schema.json');

const core = await import('../dist/index.js');
const text = `${JSON.stringify(core.configJsonSchema(core.ruleSettingKeys(core.allRules)), null, 2)}\n`;
let current = null;
try {
  current = readFileSync(OUTPUT_FILE, 'utf8');
} catch {}
if (current !== text) {
  writeFileSync(OUTPUT_FILE, text);
  console.error('wrote schemas/hot-lint-config.schema.json');
}
