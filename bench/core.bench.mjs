// Lint cost against bare parsing: lints every template of ../shared/corpus and parses the
// same texts with `yaml` alone, in the same run. Target: lint <= 2x the bare parse.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { lint, loadCatalog } from '../packages/core/dist/index.js';

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

function time(fn, rounds) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

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
const parseMs = time(parseOnly, rounds);
const parseSameMs = time(parseSameOptions, rounds);
const lintMs = time(lintAll, rounds);
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${texts.length} templates, ${(bytes / 1024).toFixed(0)} KiB; median of ${rounds} rounds`);
console.log(`| measure | total ms | ms per template | ratio to yaml defaults | ratio to yaml, hot-lint's options |`);
console.log(`| --- | --- | --- | --- | --- |`);
const row = (name, ms) =>
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / texts.length).toFixed(3)} | ${(ms / parseMs).toFixed(2)} | ${(ms / parseSameMs).toFixed(2)} |`);
row('yaml parseDocument, default options', parseMs);
row("yaml parseDocument, hot-lint's options", parseSameMs);
row('hot-lint lint() (parse + model + all default rules)', lintMs);
