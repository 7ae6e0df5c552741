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
 * The deepest level of the instance (the root value is level 0) that the structure check must
 * convert for real, keys and all; below it hot-schema.ts puts stand-ins that keep only a value's
 * kind and emptiness (a scalar keeps its value). `type`, and `enum`/`const` whose listed values are
 * scalars or empty mappings or lists, read no more than a stand-in keeps, so a value they check
 * may be one (its parent's level must be real); `required` reads the keys of the value it applies
 * to, and `properties`, `additionalProperties` and `items` find their subschemas' values by those
 * keys, so that level must be real when a subschema reads anything. Infinity when a keyword may
 * read a whole subtree (an enum value with content, a recursive $ref); a keyword this function
 * does not know is an error, so a schema change cannot make the depth unsound unnoticed.
 */
export function inspectedDepth(schema, root = schema, level = 0, open = new Set()) {
  if (schema === true) return -1;
  if (schema === false) return level - 1; // fails any value present here: a stand-in is present too
  if (typeof schema !== 'object' || schema === null) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
  let depth = -1;
  const below = (sub) => {
    const inner = inspectedDepth(sub, root, level + 1, open);
    return inner < 0 ? -1 : Math.max(level, inner);
  };
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type':
        depth = Math.max(depth, level - 1);
        break;
      case 'required':
        depth = Math.max(depth, level);
        break;
      case 'enum':
      case 'const': {
        const values = keyword === 'enum' ? argument : [argument];
        const shallow = values.every((v) => v === null || typeof v !== 'object' || Object.keys(v).length === 0);
        depth = Math.max(depth, shallow ? level - 1 : Infinity);
        break;
      }
      case 'if':
      case 'then':
      case 'else':
        depth = Math.max(depth, inspectedDepth(argument, root, level, open));
        break;
      case 'properties':
        for (const sub of Object.values(argument)) depth = Math.max(depth, below(sub));
        break;
      case 'additionalProperties':
      case 'items':
        depth = Math.max(depth, below(argument));
        break;
      case '$ref': {
        const match = /^#\/(definitions|\$defs)\/([^/]+)$/.exec(argument);
        if (!match) throw new Error(`inspectedDepth: unsupported $ref ${argument}`);
        if (open.has(argument)) return Infinity; // a recursive schema may read to any depth
        open.add(argument);
        depth = Math.max(depth, inspectedDepth(root[match[1]][match[2]], root, level, open));
        open.delete(argument);
        break;
      }
      default:
        throw new Error(`inspectedDepth: keyword "${keyword}" is not known; say how deep it reads the value`);
    }
  }
  return depth;
}

/** The generated TypeScript module for the schema text given. */
export function generate(schemaText = readFileSync(SCHEMA_FILE, 'utf8')) {
  const require = createRequire(import.meta.url);
  const imports = [];
  const schema = JSON.parse(schemaText);
  const depth = inspectedDepth(schema);
  let code = standalone(schema, null, imports);
  code = code.replace(/^"use strict";/, '').replace(/export const validate = (\w+);export default \1;/, (_, fn) => `export const validate: HotSchemaValidator = ${fn} as HotSchemaValidator;`);
  if (!code.includes('export const validate: HotSchemaValidator')) throw new Error('unexpected standalone code');
  return [
    `// GENERATED by packages/core/scripts/generate-hot-schema-validator.mjs from`,
    `// schemas/hot-template.schema.json (Ajv ${require('ajv/package.json').version} standalone, ${JSON.stringify(AJV_OPTIONS)}).`,
    `// Do not edit: change the schema and run \`npm run build\`.`,
    `/* eslint-disable */`,
    `// @ts-nocheck`,
    `import type { ErrorObject } from 'ajv';`,
    ...imports,
    ``,
    `export interface HotSchemaValidator {`,
    `  (data: unknown): boolean;`,
    `  errors?: ErrorObject[] | null;`,
    `}`,
    ``,
    `/** The deepest level of a template (its root is 0) the structure check converts for real (inspectedDepth in the generator); Infinity: all. */`,
    `export const INSPECTED_DEPTH: number = ${depth === Infinity ? 'Infinity' : depth};`,
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
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(schemaText);
  const names = Object.keys(schema.$defs).filter((name) => name !== 'call');
  const imports = [];
  const code = standalone(schema, names, imports).replace(/^"use strict";/, '');
  for (const name of names) if (!code.includes(`export const ${name} = `)) throw new Error(`unexpected standalone code for ${name}`);
  return [
    `// GENERATED by packages/core/scripts/generate-hot-schema-validator.mjs from`,
    `// schemas/function-arguments.schema.json (Ajv ${require('ajv/package.json').version} standalone, ${JSON.stringify(AJV_OPTIONS)}).`,
    `// Do not edit: change the schema and run \`npm run build\`.`,
    `/* eslint-disable */`,
    `// @ts-nocheck`,
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
