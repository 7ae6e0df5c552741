// Lint cost against bare parsing: lints every template of ../shared/corpus and parses the
// same texts with `yaml` alone, in the same run. Target: lint <= 2x the bare parse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { lint, loadCatalog } from '../packages/core/dist/index.js';
import { medianMs } from './timing.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../../shared/corpus/heat-templates');
const files = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ya?ml|template)$/.test(name) ? [path] : [];
  });
})(corpusDir);
const texts = files.map((f) => readFileSync(f, 'utf8')).filter((t) => t.includes('heat_template_version'));
const catalog = loadCatalog();

const parseOnly = () => {
  for (const text of texts) parseDocument(text);
};
// The same parse with the options hot-lint passes (YAML 1.1 like PyYAML, duplicate keys kept):
// the fairer baseline, since yaml's default duplicate-key check costs extra.
const HOT_LINT_OPTIONS = {
  version: '1.1',
  uniqueKeys: false,
  strict: true,
  customTags: (tags) => tags.filter((tag) => tag !== 'timestamp' && (typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp')),
};
const parseSameOptions = () => {
  for (const text of texts) parseDocument(text, HOT_LINT_OPTIONS);
};
const lintAll = () => {
  for (const text of texts) lint(text, { catalog });
};
// Warm up both (JIT, catalog load).
parseOnly();
parseSameOptions();
lintAll();
const rounds = 15;
const parseMs = medianMs(parseOnly, rounds);
const parseSameMs = medianMs(parseSameOptions, rounds);
const lintMs = medianMs(lintAll, rounds);
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${texts.length} templates, ${(bytes / 1024).toFixed(0)} KiB; median of ${rounds} rounds`);
console.log(`| measure | total ms | ms per template | ratio to yaml defaults | ratio to yaml, hot-lint's options |`);
console.log(`| --- | --- | --- | --- | --- |`);
const row = (name, ms) =>
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / texts.length).toFixed(3)} | ${(ms / parseMs).toFixed(2)} | ${(ms / parseSameMs).toFixed(2)} |`);
row('yaml parseDocument, default options', parseMs);
row("yaml parseDocument, hot-lint's options", parseSameMs);
row('hot-lint lint() (parse + model + all default rules)', lintMs);

// Linearity: the same resources repeated n times, every kind of reference between them.
// Time per resource should stay flat as n grows (a quadratic rule would show 8x per 8x n).
function generated(n) {
  const lines = ['heat_template_version: 2021-04-16', 'parameters:', '  name: {type: string, default: x}', 'conditions:', '  on: {equals: [{get_param: name}, x]}', 'resources:'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  r${i}:`,
      '    type: OS::Heat::RandomString',
      `    condition: on`,
      i > 0 ? `    depends_on: [r${i - 1}]` : '    depends_on: []',
      '    properties:',
      '      length: 8',
      `      salt: {list_join: ['-', [{get_param: name}, {get_resource: ${i > 0 ? `r${i - 1}` : 'r0x'}}, {get_attr: [r${Math.max(0, i - 1)}, value]}]]}`,
    );
  }
  lines.push('outputs:', `  last: {value: {get_attr: [r${n - 1}, value]}}`);
  return lines.join('\n') + '\n';
}
console.log('\nlinearity: lint time per resource as the template grows');
console.log('| resources | KiB | lint ms | µs per resource | ratio to the smallest |');
console.log('| --- | --- | --- | --- | --- |');
let base;
for (const n of [250, 1000, 4000]) {
  const text = generated(n);
  lint(text, { catalog });
  const ms = medianMs(() => lint(text, { catalog }), 5);
  const per = (ms * 1000) / n;
  base ??= per;
  console.log(`| ${n} | ${(text.length / 1024).toFixed(0)} | ${ms.toFixed(1)} | ${per.toFixed(1)} | ${(per / base).toFixed(2)} |`);
}
