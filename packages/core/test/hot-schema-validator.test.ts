import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { FUNCTION_OUTPUT_FILE, generate, generateFunctionShapes, OUTPUT_FILE, projection, SCHEMA_FILE } from '../scripts/generate-hot-schema-validator.mjs';
import { parseDocument, stringify } from 'yaml';
import type { Node } from 'yaml';
import { toValue } from '../src/model/nodes.js';
import { schemaValue } from '../src/schema/hot-schema.js';
import { PROJECTION, validate } from '../src/schema/hot-template.validator.js';
import type { SchemaProjection } from '../src/schema/hot-template.validator.js';
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

describe('what the structure check converts of a template', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE as string, 'utf8'));
  const project = projection as (schema: unknown) => SchemaProjection;

  it('is derived from the schema: the sections, each parameter\'s keys and each group\'s, not what resources and outputs hold', () => {
    expect(PROJECTION).toEqual(project(schema));
    expect(PROJECTION).toEqual({
      properties: {
        description: 'stand-in',
        parameters: { additional: { properties: { tags: 'stand-in' } } },
        resources: 'stand-in',
        outputs: { additional: 'stand-in' },
        conditions: 'stand-in',
        parameter_groups: { items: { properties: { parameters: 'stand-in' } } },
      },
    });
  });

  it('is the whole value for a keyword that reads a subtree, and refuses a keyword it does not know', () => {
    expect(project({ properties: { a: { enum: [{ b: 1 }] } } })).toEqual({ properties: { a: 'all' } });
    expect(project({ properties: { a: { enum: [{}, [], '', 0] } } })).toEqual({ properties: { a: 'stand-in' } });
    expect(project({ properties: { a: { required: ['b'] } } })).toEqual({ properties: { a: {} } });
    expect(project({ type: 'object' })).toBe('stand-in');
    expect(project(true)).toBe('nothing');
    expect(project({ definitions: { n: { items: { $ref: '#/definitions/n' } } }, $ref: '#/definitions/n' })).toEqual({ items: 'all' });
    // A name one schema lists and another leaves to additionalProperties takes both.
    expect(project({ if: { properties: { a: { required: ['x'] } } }, then: { additionalProperties: { type: 'string' } } })).toEqual({
      properties: { a: {} },
      additional: 'stand-in',
    });
    // Within one schema, a listed name does not take additionalProperties'.
    expect(project({ properties: { a: { type: 'string' } }, additionalProperties: { required: ['x'] } })).toEqual({ properties: { a: 'stand-in' }, additional: {} });
    expect(project({ additionalProperties: { required: ['x'] }, properties: { a: true } })).toEqual({ properties: { a: 'nothing' }, additional: {} });
    expect(() => project({ properties: { a: { minItems: 1 } } })).toThrow(/minItems/);
  });

  /** A plain value cut as schemaValue cuts a template's nodes. */
  const cut = (value: unknown, p: SchemaProjection): unknown => {
    if (value === null || typeof value !== 'object' || p === 'all') return value;
    if (p === 'nothing' || p === 'stand-in') return Array.isArray(value) ? (value.length ? [null] : []) : Object.keys(value).length ? { '': null } : {};
    if (Array.isArray(value)) return value.map((v) => cut(v, p.items ?? 'nothing'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, p.properties && Object.hasOwn(p.properties, k) ? p.properties[k]! : (p.additional ?? 'nothing'))]));
  };
  const errorsOf = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath}`));

  /** Random templates whose keys are the schema's, nested past what it reads. */
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

  /** Each place the projection converts for real, with the projection that would make it a stand-in there. */
  function weakenings(p: SchemaProjection): SchemaProjection[] {
    if (typeof p === 'string') return [];
    const out: SchemaProjection[] = ['stand-in'];
    for (const [name, sub] of Object.entries(p.properties ?? {})) for (const w of weakenings(sub)) out.push({ ...p, properties: { ...p.properties, [name]: w } });
    if (p.additional) for (const w of weakenings(p.additional)) out.push({ ...p, additional: w });
    if (p.items) for (const w of weakenings(p.items)) out.push({ ...p, items: w });
    return out;
  }

  it('finds what the whole template finds, and converting any part of it less would not (random templates)', () => {
    const next = random(17);
    const weaker = weakenings(PROJECTION);
    expect(weaker.length).toBe(6);
    const differs = weaker.map(() => 0);
    for (let i = 0; i < 2000; i++) {
      const template = randomTemplate(next);
      const doc = parseDocument(stringify(template, { aliasDuplicateObjects: false }));
      const whole = toValue(doc.contents, doc);
      const value = schemaValue(doc.contents as Node, doc);
      expect(value).toEqual(cut(whole, PROJECTION));
      expect(errorsOf(value)).toEqual(errorsOf(whole));
      weaker.forEach((w, n) => {
        if (JSON.stringify(errorsOf(cut(whole, w))) !== JSON.stringify(errorsOf(whole))) differs[n]!++;
      });
    }
    expect(differs.every((count) => count > 0)).toBe(true);
  });

  it('converts a subtree reached through an alias as the place it is used at needs', () => {
    const doc = parseDocument('x: &g [{ parameters: [a] }]\nparameter_groups: *g\nparameters: { p: &d { type: string, tags: [t] } }\noutputs: { o: *d }\nresources: *d\n');
    const whole = toValue(doc.contents, doc);
    expect(schemaValue(doc.contents as Node, doc)).toEqual(cut(whole, PROJECTION));
  });
});
