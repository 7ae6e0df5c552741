import { describe, expect, it } from 'vitest';
import { isMap, visit } from 'yaml';
import { fastParse, fastRead } from '../src/parse/fast-yaml.js';
import { parseTolerant, readYaml, YAML_OPTIONS } from '../src/parse/parse-document.js';
import type { Case, FastParse } from './yaml-forms.js';
import { corpusCases, generateDocument, generatedCases, inputFiles, mutantCases, mutate, projectCases, runCases, sameDocument, TEXT_FORMS } from './yaml-forms.js';

/**
 * fastParse against the yaml package: whenever fastParse gives a document, it is the one
 * readYaml gives (sameDocument: kinds, ranges, values, scalar types and sources, formats...), and
 * yaml reads the text without errors or warnings. Inputs: the project's fixtures and examples, the
 * shared corpus, seeded generated documents in many syntax forms, and seeded mutants of both.
 *
 *   FAST_YAML_SEED=n            the seed of the generated documents and mutants (default below)
 *   FAST_YAML_RUNS=n            generated documents (default 2000)
 *   FAST_YAML_MUTANTS=n         mutants (default 1.5 × runs)
 *   FAST_YAML_INDEX=i           replay the one generated document / mutant `i` a failure names
 *   FAST_YAML_EXPECT_COVERAGE=1 require fastParse to read some of the real files
 *   FAST_YAML_VERBOSE=1         print how many inputs of each set fastParse read
 */
const SEED = Number(process.env.FAST_YAML_SEED ?? 20261130);
const RUNS = Number(process.env.FAST_YAML_RUNS ?? 2000);
const MUTANTS = Number(process.env.FAST_YAML_MUTANTS ?? Math.round(RUNS * 1.5));
const ONLY = process.env.FAST_YAML_INDEX === undefined ? null : Number(process.env.FAST_YAML_INDEX);
const EXPECT_COVERAGE = process.env.FAST_YAML_EXPECT_COVERAGE === '1';
const VERBOSE = EXPECT_COVERAGE || process.env.FAST_YAML_VERBOSE === '1';

const options = { seed: SEED, runs: RUNS, mutants: MUTANTS, only: ONLY };

/** fastParse as parseDocument calls it: with yaml's options (it may also take none). */
const fast: FastParse = (source) => (fastParse as (source: string, options?: typeof YAML_OPTIONS) => ReturnType<FastParse>)(source, YAML_OPTIONS);
const { projectFiles, corpusFiles } = inputFiles();

/** Runs the cases; fails with the first few differences (each with what replays it). */
function run(set: string, cases: Iterable<Case>): { total: number; read: number } {
  const { total, read, failures } = runCases(fast, cases);
  if (VERBOSE) console.log(`fast-yaml ${set}: fastParse read ${read} of ${total}`);
  if (failures.length > 0) {
    expect.fail(`${failures.length} of ${total} ${set} differ (${read} read by fastParse); the first:\n\n${failures.slice(0, 3).join('\n\n')}`);
  }
  return { total, read };
}

describe('fastParse reads what yaml reads', () => {
  it('the project fixtures and examples', () => {
    expect(projectFiles.length).toBeGreaterThan(50);
    const { read } = run('project files', projectCases());
    if (EXPECT_COVERAGE) expect(read, 'fastParse read none of the project files').toBeGreaterThan(0);
  });

  it.skipIf(corpusFiles.length === 0)('the shared corpus', () => {
    const { read } = run('corpus files', corpusCases());
    if (EXPECT_COVERAGE) expect(read, 'fastParse read none of the corpus files').toBeGreaterThan(0);
  });

  it('generated documents', () => {
    run('generated documents', generatedCases(options));
  });

  it('mutants of real and generated documents', () => {
    run('mutants', mutantCases(options));
  });
});

/**
 * PyYAML reads flow collections whose lines are indented less than yaml allows; parseTolerant
 * patches such a line and parses again. fastRead names the line itself, so yaml is not asked:
 * the patched text, its shifts and the document must be those of the yaml-only loop.
 */
describe('parseTolerant with fastRead patches what yaml would', () => {
  /** A text's flow lines moved left (to column 0, or one column left of their collection's key). */
  function underIndentFlows(text: string, seed: number): string {
    const lines = text.split('\n');
    let depth = 0;
    return lines
      .map((line, i) => {
        const inside = depth > 0;
        for (const c of line.replace(/#.*$/, '').replace(/(["'])(?:(?!\1).)*\1/g, '')) {
          if (c === '[' || c === '{') depth++;
          else if ((c === ']' || c === '}') && depth > 0) depth--;
        }
        if (!inside || (i + seed) % 3 === 0) return line;
        return (i + seed) % 3 === 1 ? line.trimStart() : line.replace(/^ {1,4}/, '');
      })
      .join('\n');
  }
  /** A text's comments glued to the flow collection, quoted scalar or comma before them. */
  const glueComments = (text: string) => text.replace(/([}\]"',])[ ]+#/g, '$1#');
  const sameTolerant = (text: string, label: string) => {
    const withFast = parseTolerant(text, true);
    const yamlOnly = parseTolerant(text, false);
    expect(withFast.source, label).toBe(yamlOnly.source);
    expect([...withFast.shifts], label).toEqual([...yamlOnly.shifts]);
    if (yamlOnly.doc.errors.length > 0) {
      expect(withFast.doc.errors.map((e) => [e.code, e.pos]), label).toEqual(yamlOnly.doc.errors.map((e) => [e.code, e.pos]));
    } else {
      expect(sameDocument(withFast.doc, yamlOnly.doc), label).toBeNull();
    }
    // Patched without yaml: fastRead named a line, and the patched text read clean.
    const read = fastRead(text, YAML_OPTIONS);
    return read !== null && 'kind' in read && yamlOnly.doc.errors.length === 0;
  };

  it('on the corpus and fixtures with multi-line flow collections, as written and moved left', () => {
    let patched = 0;
    let seed = 0;
    for (const { label, source } of [...projectCases(), ...corpusCases()]) {
      const text = source();
      if (!/[[{][^\]}\n]*\n/.test(text) && !/[}\]"',] +#/.test(text)) continue;
      if (sameTolerant(text, label)) patched++;
      if (sameTolerant(underIndentFlows(text, seed++), `${label} (flow lines moved left)`)) patched++;
      if (sameTolerant(glueComments(underIndentFlows(text, seed++)), `${label} (flow lines moved left, comments glued)`)) patched++;
    }
    expect(patched).toBeGreaterThan(corpusFiles.length > 0 ? 4 : 0);
  });

  it('on generated documents with their flow lines moved left', () => {
    let patched = 0;
    for (const { label, source } of generatedCases({ ...options, runs: Math.min(RUNS, 1500) })) {
      const text = source();
      if (/[[{][^\]}\n]*\n/.test(text) && sameTolerant(underIndentFlows(text, text.length), label)) patched++;
      if (/[}\]"',] +#/.test(text) && sameTolerant(glueComments(text), `${label} (comments glued)`)) patched++;
    }
    if (VERBOSE) console.log(`fast-yaml tolerant: ${patched} generated documents patched without yaml`);
    expect(patched).toBeGreaterThan(0);
  });
});

describe('the harness', () => {
  it('compares what it should', () => {
    const text = 'a: 0\nb: [x, .nan]\nc:\n';
    expect(sameDocument(readYaml(text), readYaml(text))).toBeNull();
    const edits: [RegExp, (doc: any) => void][] = [
      [/^contents\.items\[0\]\.value\.value: -0 \(number\) vs 0/, (doc) => (doc.contents.items[0].value.value = -0)],
      [/^contents\.items\[1\]\.value\.items\[1\]\.value: 0 \(number\) vs NaN/, (doc) => (doc.contents.items[1].value.items[1].value = 0)],
      [/^contents\.items\[1\]\.value\.items\[0\]\.range: \[9,10,11\] vs \[9,10,10\]/, (doc) => (doc.contents.items[1].value.items[0].range = [9, 10, 11])],
      [/^contents\.items\[1\]\.value\.flow: undefined vs true/, (doc) => (doc.contents.items[1].value.flow = undefined)],
      [/^contents\.items\[2\]\.value: null vs Scalar null/, (doc) => (doc.contents.items[2].value = null)],
      [/^contents\.items\[0\]\.key\.type: "QUOTE_DOUBLE" vs "PLAIN"/, (doc) => (doc.contents.items[0].key.type = 'QUOTE_DOUBLE')],
      [/^contents\.items\[1\]\.value\.items\[1\]\.source: "\.NaN" vs "\.nan"/, (doc) => (doc.contents.items[1].value.items[1].source = '.NaN')],
      [/^contents\.items\.length: 2 vs 3/, (doc) => doc.contents.items.pop()],
      [/^range: /, (doc) => (doc.range = [0, 1, 2])],
      [/^warnings: /, (doc) => doc.warnings.push({ code: 'X', message: 'x', pos: [0, 1] })],
    ];
    for (const [expected, edit] of edits) {
      const doc = readYaml(text);
      edit(doc);
      expect(sameDocument(doc, readYaml(text))).toMatch(expected);
    }
    expect(sameDocument(readYaml(text), readYaml('a: [\n'))).toMatch(/^errors: yaml has \d+ .*fastParse must return null/);
  });

  it('generates documents yaml mostly reads, in every form', () => {
    const count = 2000;
    let clean = 0;
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const source = generateDocument(SEED, i);
      const doc = readYaml(source);
      if (doc.errors.length > 0 || doc.warnings.length > 0) continue;
      clean++;
      for (const [form, pattern] of Object.entries(TEXT_FORMS)) if (pattern.test(source)) seen.add(form);
      visit(doc, {
        Scalar(_, node) {
          seen.add(String(node.type));
          seen.add(node.value === null ? 'null' : typeof node.value);
          if (node.format) seen.add(node.format);
          if (typeof node.value === 'number' && !Number.isFinite(node.value)) seen.add(String(node.value));
          if (node.minFractionDigits) seen.add('minFractionDigits');
          if (node.source === '' && node.value === null) seen.add('empty value');
        },
        Map(_, node) {
          seen.add(node.flow ? 'flow map' : 'block map');
        },
        Seq(_, node) {
          seen.add(node.flow ? 'flow seq' : 'block seq');
          // `[a: b]`: yaml makes the pair a flow map of its own.
          if (node.flow && node.items.some((item) => isMap(item) && item.range && source[item.range[0]] !== '{')) seen.add('pair in flow seq');
        },
      });
    }
    // Invalid documents are tested too (fastParse must return null for them), but most should be valid.
    expect(clean / count).toBeGreaterThan(0.75);
    const forms = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED', 'null', 'boolean', 'number', 'string',
      'HEX', 'OCT', 'BIN', 'TIME', 'NaN', 'Infinity', '-Infinity', 'minFractionDigits', 'empty value', 'flow map', 'flow seq',
      'block map', 'block seq', 'pair in flow seq', ...Object.keys(TEXT_FORMS)];
    expect(forms.filter((form) => !seen.has(form))).toEqual([]);
  });

  it('replays: the same seed and index give the same text', () => {
    expect(generateDocument(SEED, 5)).toBe(generateDocument(SEED, 5));
    expect(mutate('a: 1\nb: [x, y]\n', 9)).toBe(mutate('a: 1\nb: [x, y]\n', 9));
  });
});
