import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lint, loadCatalog } from '../src/index.js';
import type { Diagnostic } from '../src/index.js';

/**
 * Property-based fuzzing of lint(): whatever the text, nothing escapes, no rule fails
 * (an internal-error finding), and every finding lies inside the document.
 * Fixed seed and bounded runs here; `FUZZ_RUNS=20000 npx vitest run packages/core/test/fuzz.test.ts`
 * for a longer run. A crash it finds becomes a fixture under test-fixtures/.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const catalog = loadCatalog();
const corpusDir = resolve(__dirname, '../../../../shared/corpus/heat-templates');

function templatesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return templatesUnder(path);
    return /\.(ya?ml|template|json)$/.test(name) ? [path] : [];
  });
}
const corpus = templatesUnder(corpusDir)
  .map((path) => readFileSync(path, 'utf8'))
  .filter((text) => text.includes('heat_template_version'));

function checkInvariants(text: string): Diagnostic[] {
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = lint(text, { catalog, allRules: true });
  }).not.toThrow();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    expect(d.ruleId, `${d.ruleId}: ${d.message}`).not.toBe('internal-error');
    for (const p of [d.range.start, d.range.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.line).toBeLessThan(lines.length);
      expect(p.character).toBeGreaterThanOrEqual(0);
      expect(p.character).toBeLessThanOrEqual(lines[p.line]!.length);
    }
    const { start, end } = d.range;
    expect(start.line < end.line || (start.line === end.line && start.character <= end.character)).toBe(true);
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
  }
  return diagnostics;
}

const yamlAlphabet = fc.constantFrom(
  ...'abcxyz019 :-[]{},#&*!|>\'"\n\t%@`?'.split(''),
  'get_param',
  'get_attr',
  'heat_template_version: 2021-04-16\n',
  'resources:\n',
  '  ',
  '\r\n',
  '\u0000',
  '\ufeff',
  'é',
  '\r',
  '\u2028',
);

/** A function call with an argument of any shape, for every function any version knows. */
const anyFunctionCall = fc.record({
  name: fc.constantFrom(...catalog.allFunctionNames),
  args: fc.jsonValue({ maxDepth: 3 }),
});

const templateWith = (value: unknown, where: number) => {
  const template: Record<string, unknown> = {
    heat_template_version: '2021-04-16',
    parameters: { p: { type: 'string', default: 'x' } },
    resources: { r: { type: 'OS::Heat::RandomString', properties: { length: 8 } } },
    outputs: { o: { value: 1 } },
  };
  const places = [
    () => ((template.resources as any).r.properties.length = value),
    () => ((template.outputs as any).o.value = value),
    () => ((template.resources as any).r.depends_on = value),
    () => ((template.parameters as any).p = value),
    () => (template.conditions = { c: value }),
    () => ((template.resources as any).r = value),
    () => (template.heat_template_version = value),
    () => ((template.resources as any).r.properties = value),
  ];
  places[where % places.length]!();
  return stringify(template);
};

describe('fuzzing lint()', () => {
  it('survives random YAML-like text', () => {
    fc.assert(
      fc.property(fc.array(yamlAlphabet, { maxLength: 200 }), (parts) => {
        checkInvariants(parts.join(''));
      }),
      { seed: SEED, numRuns: RUNS * 4 },
    );
  });

  it('survives random edits and truncations of real templates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })), { maxLength: 6 }),
        fc.option(fc.nat()),
        (index, edits, truncateAt) => {
          let text = corpus[index]!;
          for (const [at, remove, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          if (truncateAt !== null) text = text.slice(0, truncateAt % (text.length + 1));
          checkInvariants(text);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('survives every function with every argument shape, anywhere', () => {
    fc.assert(
      fc.property(anyFunctionCall, fc.nat(), fc.boolean(), ({ name, args }, where, extraKey) => {
        const call: Record<string, unknown> = { [name]: args };
        if (extraKey) call.extra = 'x';
        checkInvariants(templateWith(call, where));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it('survives any JSON value in any section', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), (value, where) => {
        checkInvariants(templateWith(value, where));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it('reports, instead of expanding, a billion-laughs document', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `heat_template_version: 2021-04-16\ndescription: x\nresources: {}\nlaughs:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const diagnostics = checkInvariants(text);
    expect(diagnostics.map((d) => `${d.ruleId} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toContain(
      'yaml-syntax 6:10 Aliases expand this document to more than 1000000 nodes; it was not read further.',
    );
  });

  it('reports deep nesting and huge scalars without failing', () => {
    const deepFlow = `heat_template_version: 2021-04-16\nresources: {}\noutputs:\n  o:\n    value: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(checkInvariants(deepFlow).some((d) => d.ruleId === 'yaml-syntax' && /nested deeper than 200/.test(d.message))).toBe(true);
    const huge = `heat_template_version: 2021-04-16\ndescription: "${'x'.repeat(2_000_000)}"\nresources: {}\n`;
    expect(checkInvariants(huge).filter((d) => d.severity === 'error')).toEqual([]);
    const tooBig = 'a'.repeat(10 * 1024 * 1024 + 1);
    expect(checkInvariants(tooBig).map((d) => d.message)).toEqual([
      'The file is 10485761 characters long, over the limit of 10485760; it was not parsed.',
    ]);
  });
});
