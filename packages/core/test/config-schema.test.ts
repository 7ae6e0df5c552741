import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allRules, configJsonSchema, parseConfig } from '../src/index.js';

const SCHEMA_FILE = resolve(__dirname, '../../../schemas/hot-lint-config.schema.json');
const schema = configJsonSchema(allRules.map((rule) => rule.meta.id));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const VALID = [
  '',
  'rules:\n',
  'rules: { duplicate-key: off, yaml-syntax: warning }\n',
  'ignore: ["vendor/**", "*.tmp.yaml"]\n',
  'environments:\n  - templates: "stacks/*.yaml"\n    files: [env/a.yaml, env/b.yaml]\n',
  'environments:\n  - templates: "*.yaml"\n    files:\n',
  'catalog: "19.0.0"\n',
  'heatRelease: train\n',
  'heatRelease: "2023.1"\n',
  'heatRelease: 22\n',
  'heatRelease: [train, "2024.1"]\n',
  'catalog: ./heat-catalog.json\n',
  'maxFileSize: 1048576\n',
  'rules: { parameter-unused: info }\nignore: []\nenvironments: []\ncatalog: "19.0.0"\nmaxFileSize: 5\n',
];

const INVALID = [
  'rulez: {}\n',
  'rules: { no-such-rule: off }\n',
  'rules: { duplicate-key: of }\n',
  'rules: { duplicate-key: }\n',
  'rules: [duplicate-key]\n',
  'ignore: "vendor/**"\n',
  'ignore: [""]\n',
  'environments:\n  - templates: "*.yaml"\n',
  'environments:\n  - files: [a.yaml]\n',
  'environments:\n  - templates: "*.yaml"\n    files: []\n    extra: 1\n',
  'environments: { templates: x }\n',
  'catalog: "9.0.0"\n',
  'heatRelease: kilo\n',
  'heatRelease: [train]\n',
  'maxFileSize: 0\n',
  'maxFileSize: 1.5\n',
  'maxFileSize: "10"\n',
  '- rules\n',
  '42\n',
];

describe('the JSON Schema of .hot-lint.yaml', () => {
  it('is the file shipped in schemas/ (npm run build writes it)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(schema);
  });

  it.each(VALID)('accepts what parseConfig accepts: %j', (text) => {
    expect(parseConfig(text).problems).toEqual([]);
    expect(validate(parse(text) ?? null) ? [] : validate.errors).toEqual([]);
  });

  it.each(INVALID)('rejects what parseConfig rejects: %j', (text) => {
    expect(parseConfig(text).problems).not.toEqual([]);
    expect(validate(parse(text) ?? null)).toBe(false);
  });

  it('names every rule, so editors complete rule ids', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });
});
