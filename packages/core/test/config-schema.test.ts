import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allRules, configJsonSchema, parseConfig, ruleSettingKeys } from '../src/index.js';

const SCHEMA_FILE = resolve(__dirname, '../../../schemas/hot-lint-config.schema.json');
const schema = configJsonSchema(ruleSettingKeys(allRules));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const VALID = [
  '',
  'rules:\n',
  'rules: { duplicate-key: off, yaml-syntax: warning }\n',
  'rules: { get-file-missing: warning, get-file-missing/outside-root: error }\n',
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
  'rules: { get-file-missing/no-such-variant: off }\n',
  'rules: { duplicate-key/outside-root: off }\n',
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

  it('names every rule and every variant, so editors complete them', () => {
    const variants = allRules.flatMap((r) => Object.keys(r.meta.variants ?? {}).map((v) => `${r.meta.id}/${v}`));
    expect(variants).toContain('get-file-missing/outside-root');
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...allRules.map((r) => r.meta.id), ...variants].sort());
  });

  it('says which variant was meant', () => {
    expect(parseConfig('rules: { get-file-missing/outside-rot: off }\n').problems.map((p) => p.message)).toEqual([
      'Unknown rule "get-file-missing/outside-rot". Did you mean "get-file-missing/outside-root"?',
    ]);
  });
});
