#!/usr/bin/env node
// Compiles schemas/hot-template.schema.json with Ajv into standalone validation code,
// packages/core/src/schema/hot-template.validator.ts (committed), and likewise
// schemas/function-arguments.schema.json into heat/functions/arguments/shapes.validator.ts, so the template-structure
// rule neither loads Ajv nor compiles the schema when hot-lint starts. Run by `npm run build`;
// writes only when the output changes. `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
export const SCHEMA_FILE = join(root, 'schemas/hot-template.schema.json');
export const OUTPUT_FILE = join(here, '../src/schema/hot-template.validator.ts');
export const FUNCTION_SCHEMA_FILE = join(root, 'schemas/function-arguments.schema.json');
export const FUNCTION_OUTPUT_FILE = join(here, '../src/heat/functions/arguments/shapes.validator.ts');

/** The options the validator is compiled with (hot-schema.ts relies on allErrors and verbose). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true };
export const VOCABULARY = ['x-messages', 'x-heat-accepts', 'x-resolved', 'x-variant'];

/** Ajv's standalone ESM code with its runtime helpers imported; `imports` receives the import lines. */
function standalone(schema, exports, imports) {
  const require = createRequire(import.meta.url);
  const { Ajv } = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  ajv.addVocabulary(VOCABULARY);
  let code;
  if (exports) {
    ajv.addSchema(schema);
    code = standaloneCode(ajv, Object.fromEntries(exports.map((name) => [name, `${schema.$id}#/$defs/${name}`])));
  } else {
    code = standaloneCode(ajv, ajv.compile(schema));
  }
  // Ajv's ESM output still require()s its runtime helpers (deep equality for `enum`): import
  // them. They are CommonJS with `exports.default`: Node's default import is module.exports,
  // Vite's (the tests) is exports.default itself.
  code = code.replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default/g, (_, module) => {
    const name = `runtime${imports.length}`;
    imports.push(`import ${name} from '${module}.js';`);
    return `(${name}.default ?? ${name})`;
  });
  if (/\brequire\(/.test(code)) throw new Error('standalone code has a require() this generator does not map');
  return code;
}

/** Keywords that say nothing about the value (annotations, and where subschemas are kept). */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions', '$defs', ...VOCABULARY]);

/**
 * What the structure check must convert of a template for the schema to read it (hot-schema.ts
 * converts just that), derived from the schema:
 * - 'nothing': the schema reads nothing of the value;
 * - 'stand-in': only what a stand-in keeps (a value's kind and emptiness; a scalar its value):
 *   `type`, and `enum`/`const` whose listed values are scalars or empty mappings or lists;
 * - 'all': the whole value (an enum value with content, a recursive $ref);
 * - { properties, additional, items }: the value's keys (`required`, or a subschema that reads
 *   something), each entry or item by its own projection (`properties` by name, the rest by
 *   `additional`; 'nothing' when absent).
 * A keyword this function does not know is an error, so a schema change cannot make the
 * projection unsound unnoticed.
 */
export function projection(schema, root = schema, open = new Set()) {
  if (schema === true) return 'nothing';
  if (schema === false) return 'stand-in'; // fails any value present: a stand-in is present too
  if (typeof schema !== 'object' || schema === null) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
  let result = 'nothing';
  const real = (part) => {
    result = mergeProjections(result, { properties: {}, ...part });
  };
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type':
        result = mergeProjections(result, 'stand-in');
        break;
      case 'required':
        real({});
        break;
      case 'enum':
      case 'const': {
        const values = keyword === 'enum' ? argument : [argument];
        const shallow = values.every((v) => v === null || typeof v !== 'object' || Object.keys(v).length === 0);
        result = mergeProjections(result, shallow ? 'stand-in' : 'all');
        break;
      }
      case 'if':
      case 'then':
      case 'else':
        result = mergeProjections(result, projection(argument, root, open));
        break;
      case 'properties':
      case 'additionalProperties': {
        // Read together: a name `properties` lists takes its own subschema, every other name
        // additionalProperties' (the one schema object's pair, whichever comes first).
        if (keyword === 'additionalProperties' && 'properties' in schema) break;
        const properties = {};
        for (const [name, sub] of Object.entries(schema.properties ?? {})) properties[name] = projection(sub, root, open);
        const additional = 'additionalProperties' in schema ? projection(schema.additionalProperties, root, open) : 'nothing';
        if (additional !== 'nothing' || Object.values(properties).some((p) => p !== 'nothing')) real({ properties, additional });
        break;
      }
      case 'items': {
        if (Array.isArray(argument)) throw new Error('projection: tuple items are not supported');
        const items = projection(argument, root, open);
        if (items !== 'nothing') real({ items });
        break;
      }
      case '$ref': {
        const match = /^#\/(definitions|\$defs)\/([^/]+)$/.exec(argument);
        if (!match) throw new Error(`projection: unsupported $ref ${argument}`);
        if (open.has(argument)) return 'all'; // a recursive schema may read to any depth
        open.add(argument);
        result = mergeProjections(result, projection(root[match[1]][match[2]], root, open));
        open.delete(argument);
        break;
      }
      default:
        throw new Error(`projection: keyword "${keyword}" is not known; say what of the value it reads`);
    }
  }
  return finish(result);
}

/** Both projections' needs (for schemas that both apply to the value: if/then/else, $ref beside other keywords). */
function mergeProjections(a, b) {
  if (a === 'all' || b === 'all') return 'all';
  if (a === 'nothing') return b;
  if (b === 'nothing') return a;
  if (a === 'stand-in') return b;
  if (b === 'stand-in') return a;
  // A name one lists and the other leaves to its additionalProperties takes both.
  const aNamed = a.properties ?? {};
  const bNamed = b.properties ?? {};
  const properties = {};
  for (const name of new Set([...Object.keys(aNamed), ...Object.keys(bNamed)])) {
    const fromA = Object.hasOwn(aNamed, name) ? aNamed[name] : (a.additional ?? 'nothing');
    const fromB = Object.hasOwn(bNamed, name) ? bNamed[name] : (b.additional ?? 'nothing');
    properties[name] = mergeProjections(fromA, fromB);
  }
  return {
    properties,
    additional: mergeProjections(a.additional ?? 'nothing', b.additional ?? 'nothing'),
    items: mergeProjections(a.items ?? 'nothing', b.items ?? 'nothing'),
  };
}

/** A projection as the module states it: no empty parts ('nothing' is what an absent part means, except a listed name's beside an additional). */
function finish(p) {
  if (typeof p === 'string') return p;
  const out = {};
  const additional = finish(p.additional ?? 'nothing');
  const properties = Object.fromEntries(
    Object.entries(p.properties ?? {})
      .map(([name, sub]) => [name, finish(sub)])
      .filter(([, sub]) => sub !== 'nothing' || additional !== 'nothing'),
  );
  if (Object.keys(properties).length) out.properties = properties;
  if (additional !== 'nothing') out.additional = additional;
  const items = finish(p.items ?? 'nothing');
  if (items !== 'nothing') out.items = items;
  return out;
}

/** The first lines of a module generated from schemas/`schemaFile`: what made it, and not to edit it. */
function generatedHeader(schemaFile) {
  const require = createRequire(import.meta.url);
  return [
    `// GENERATED by packages/core/scripts/generate-hot-schema-validator.mjs from`,
    `// schemas/${schemaFile} (Ajv ${require('ajv/package.json').version} standalone, ${JSON.stringify(AJV_OPTIONS)}).`,
    `// Do not edit: change the schema and run \`npm run build\`.`,
    `/* eslint-disable */`,
    `// @ts-nocheck`,
  ];
}

/** The generated TypeScript module for the schema text given. */
export function generate(schemaText = readFileSync(SCHEMA_FILE, 'utf8')) {
  const imports = [];
  const schema = JSON.parse(schemaText);
  const projected = projection(schema);
  let code = standalone(schema, null, imports);
  code = code.replace(/^"use strict";/, '').replace(/export const validate = (\w+);export default \1;/, (_, fn) => `export const validate: HotSchemaValidator = ${fn} as HotSchemaValidator;`);
  if (!code.includes('export const validate: HotSchemaValidator')) throw new Error('unexpected standalone code');
  return [
    ...generatedHeader('hot-template.schema.json'),
    `import type { ErrorObject } from 'ajv';`,
    ...imports,
    ``,
    `export interface HotSchemaValidator {`,
    `  (data: unknown): boolean;`,
    `  errors?: ErrorObject[] | null;`,
    `}`,
    ``,
    `/**`,
    ` * What of a template the schema reads (projection() in the generator): 'nothing'; 'stand-in', a value's kind`,
    ` * and emptiness (a scalar's value); 'all'; or its keys, each entry by \`properties\` (by name), else \`additional\`,`,
    ` * each item by \`items\` ('nothing' when absent).`,
    ` */`,
    `export type SchemaProjection = 'nothing' | 'stand-in' | 'all' | { properties?: Record<string, SchemaProjection>; additional?: SchemaProjection; items?: SchemaProjection };`,
    `export const PROJECTION: SchemaProjection = ${JSON.stringify(projected)};`,
    ``,
    code.trim(),
    ``,
  ].join('\n');
}

/**
 * The generated module of the function argument shapes (schemas/function-arguments.schema.json):
 * one validator per function in its $defs, as `validators`.
 */
export function generateFunctionShapes(schemaText = readFileSync(FUNCTION_SCHEMA_FILE, 'utf8')) {
  const schema = JSON.parse(schemaText);
  const names = Object.keys(schema.$defs).filter((name) => name !== 'call');
  const imports = [];
  const code = standalone(schema, names, imports).replace(/^"use strict";/, '');
  for (const name of names) if (!code.includes(`export const ${name} = `)) throw new Error(`unexpected standalone code for ${name}`);
  return [
    ...generatedHeader('function-arguments.schema.json'),
    ...imports,
    ``,
    code.trim(),
    ``,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, code] of [[OUTPUT_FILE, generate()], [FUNCTION_OUTPUT_FILE, generateFunctionShapes()]]) {
    let current = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    const name = relative(process.cwd(), file);
    if (current === code) {
      // up to date: leave the file (and tsc's incremental build) alone
    } else if (process.argv.includes('--check')) {
      console.error(`${name} is stale: run node ${relative(process.cwd(), fileURLToPath(import.meta.url))}`);
      process.exit(1);
    } else {
      writeFileSync(file, code);
      console.error(`wrote ${name}`);
    }
  }
}
