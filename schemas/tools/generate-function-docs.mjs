#!/usr/bin/env node
// Extracts one-line summaries and the syntax block of each intrinsic function from Heat's HOT
// specification (heat-doc) into packages/core/src/heat/functions/heat-docs.json, the docs part
// of core's function table (hover and completion read them from there). Run when Heat's docs change:
//   node schemas/tools/generate-function-docs.mjs [path/to/hot_spec.rst.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? '/usr/share/doc/heat-doc/html/_sources/template_guide/hot_spec.rst.txt';
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'core', 'src', 'heat', 'functions', 'heat-docs.json');
const lines = readFileSync(source, 'utf8').split('\n');

const start = lines.findIndex((l, i) => l.trim() === 'Intrinsic functions' && /^~+$/.test(lines[i + 1] ?? ''));
if (start < 0) throw new Error(`No "Intrinsic functions" section in ${source}`);

const clean = (text) => text.replace(/:code:`([^`]*)`/g, '`$1`').replace(/``([^`]*)``/g, '`$1`').replace(/\s+/g, ' ').trim();
const docs = {};
for (let i = start + 2; i < lines.length; i++) {
  const name = lines[i].trim();
  const underline = lines[i + 1] ?? '';
  if (/^~+$/.test(underline)) break; // next top-level section
  if (!/^[a-z_]+$/.test(name) || !/^-+$/.test(underline) || underline.length < name.length) continue;
  let j = i + 2;
  while (j < lines.length && lines[j].trim() === '') j++;
  const paragraph = [];
  while (j < lines.length && lines[j].trim() !== '') paragraph.push(lines[j++]);
  const summary = clean(paragraph.join(' ')).replace(/^(.*?\.)\s.*$/, '$1');
  // The first code block after "The syntax of ..." is the function's syntax.
  let syntax = null;
  for (let k = j; k < lines.length && !/^-+$/.test(lines[k + 1] ?? '') && !/^~+$/.test(lines[k + 1] ?? ''); k++) {
    if (/^\.\. code-block::/.test(lines[k].trim()) && /syntax/i.test(lines.slice(Math.max(j, k - 4), k).join(' '))) {
      let m = k + 1;
      while (m < lines.length && lines[m].trim() === '') m++;
      const block = [];
      while (m < lines.length && (lines[m].trim() === '' || /^\s/.test(lines[m]))) block.push(lines[m++]);
      while (block.length && block.at(-1).trim() === '') block.pop();
      const indent = Math.min(...block.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
      syntax = block.map((l) => l.slice(indent)).join('\n');
      break;
    }
  }
  docs[name] = { summary, syntax };
}
const sorted = Object.fromEntries(Object.entries(docs).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} functions -> ${out}`);
