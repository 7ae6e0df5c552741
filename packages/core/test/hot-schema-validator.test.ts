import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { FUNCTION_OUTPUT_FILE, generate, generateFunctionShapes, inspectedDepth, OUTPUT_FILE, SCHEMA_FILE } from '../scripts/generate-hot-schema-validator.mjs';
import { parseDocument, stringify } from 'yaml';
import type { Node } from 'yaml';
import { toValue } from '../src/model/nodes.js';
import { schemaValue } from '../src/schema/hot-schema.js';
import { INSPECTED_DEPTH, validate } from '../src/schema/hot-template.validator.js';
import { random } from './random.js';

describe('hot-template.validator.ts', () => {
  it('is the standalone code generated from schemas/hot-template.schema.json (run `npm run build` after changing the schema)', () => {
    expect(readFileSync(OUTPUT_FILE as string, 'utf8')).toBe((generate as () => string)());
  });
});

describe('shapes.validator.ts', () => {
  it('is the standalone code generated from schemas/function-arguments.schema.json (run `npm run build` after changing the schema)', () => {
    expect(readFileSync(FUNCTION_OUTPUT_FILE as string, 'utf8')).toBe((generateFunctionShapes as () => string)());
  });
});

describe('the depth the structure check converts a template to', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE as string, 'utf8'));
  const depthOf = inspectedDepth as (schema: unknown) => number;

  it('is derived from the schema: the sections and their entries (a definition\'s keys), not what the entries hold', () => {
    expect(depthOf(schema)).toBe(2);
    expect(INSPECTED_DEPTH).toBe(depthOf(schema));
  });

  it('is unbounded for a keyword that reads a whole subtree, and refuses a keyword it does not know', () => {
    expect(depthOf({ properties: { a: { enum: [{ b: 1 }] } } })).toBe(Infinity);
    expect(depthOf({ properties: { a: { enum: [{}, [], '', 0] } } })).toBe(0);
    expect(depthOf({ properties: { a: { required: ['b'] } } })).toBe(1);
    expect(depthOf({ type: 'object' })).toBe(-1);
    expect(depthOf({ definitions: { n: { items: { $ref: '#/definitions/n' } } }, $ref: '#/definitions/n' })).toBe(Infinity);
    expect(() => depthOf({ properties: { a: { minItems: 1 } } })).toThrow(/minItems/);
  });

  /** A plain value cut below `depth` as schemaValue cuts it. */
  const cut = (value: unknown, depth: number, level = 0): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (level > depth) return Array.isArray(value) ? (value.length ? [null] : []) : Object.keys(value).length ? { '': null } : {};
    if (Array.isArray(value)) return value.map((v) => cut(v, depth, level + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, depth, level + 1)]));
  };
  const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath}`));

  /** Random templates whose keys are the schema's, nested past its depth. */
  function randomTemplate(next: () => number): unknown {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const keys = ['description', 'parameters', 'resources', 'outputs', 'conditions', 'parameter_groups', 'type', 'tags', 'label', 'p', 'q'];
    const value = (level: number): unknown => {
      const r = next();
      if (level > 6 || r < 0.3) return pick([null, '', 0, 1, false, true, 'x']);
      if (r < 0.5) return Array.from({ length: Math.floor(next() * 3) }, () => value(level + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(keys), value(level + 1)]));
    };
    return Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 5) }, () => [pick(keys), value(1)]));
  }

  it('finds what the whole template finds, and one level less would not (random templates)', () => {
    const next = random(17);
    let shallowerDiffers = 0;
    for (let i = 0; i < 2000; i++) {
      const template = randomTemplate(next);
      const doc = parseDocument(stringify(template, { aliasDuplicateObjects: false }));
      const whole = toValue(doc.contents, doc);
      const value = schemaValue(doc.contents as Node, doc);
      expect(value).toEqual(cut(whole, INSPECTED_DEPTH));
      expect(errorsOf(value)).toEqual(errorsOf(whole));
      if (JSON.stringify(errorsOf(cut(whole, INSPECTED_DEPTH - 1))) !== JSON.stringify(errorsOf(whole))) shallowerDiffers++;
    }
    expect(shallowerDiffers).toBeGreaterThan(0);
  });

  it('cuts a subtree reached through an alias at the depth it is used at', () => {
    const doc = parseDocument('x: &g [{ parameters: [a] }]\nparameter_groups: *g\nparameters: { p: &d { type: string, tags: [t] } }\noutputs: { o: *d }\n');
    const whole = toValue(doc.contents, doc);
    expect(schemaValue(doc.contents as Node, doc)).toEqual(cut(whole, INSPECTED_DEPTH));
  });
});
