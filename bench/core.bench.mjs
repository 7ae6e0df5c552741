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
const lintAll = () => {
  for (const text of texts) lint(text, { catalog });
};
// Warm up both (JIT, catalog load).
parseOnly();
lintAll();
const rounds = 15;
const parseMs = time(parseOnly, rounds);
const lintMs = time(lintAll, rounds);
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(`corpus: ${texts.length} templates, ${(bytes / 1024).toFixed(0)} KiB; median of ${rounds} rounds`);
console.log(`| measure | total ms | ms per template | ratio to yaml parse |`);
console.log(`| --- | --- | --- | --- |`);
console.log(`| yaml parseDocument only | ${parseMs.toFixed(1)} | ${(parseMs / texts.length).toFixed(3)} | 1.00 |`);
console.log(`| hot-lint lint() | ${lintMs.toFixed(1)} | ${(lintMs / texts.length).toFixed(3)} | ${(lintMs / parseMs).toFixed(2)} |`);
