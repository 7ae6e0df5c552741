import { HEAT_RELEASES } from '../catalog/release.js';
import type { RuleSetting } from '../lint.js';

/** The Heat releases a catalog exists for (`heatRelease:` in the configuration), by version. */
export const KNOWN_HEAT_VERSIONS: readonly string[] = HEAT_RELEASES.map((r) => r.version);

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** The address the schema is published under (its `$id`), as editors cache it. */
export const CONFIG_SCHEMA_ID = 'https://github.com/hot-lint/hot-lint/raw/main/schemas/hot-lint-config.schema.json';

const ENVIRONMENT_ITEM = {
  type: 'object',
  description: 'Templates and the environment files they are linted with.',
  properties: {
    templates: { type: 'string', minLength: 1, description: 'A glob of template files, relative to the configuration file, e.g. "stacks/*.yaml".' },
    files: {
      type: ['array', 'null'],
      items: { type: 'string', minLength: 1 },
      description: 'Environment files, merged in this order (like "openstack stack create -e").',
    },
  },
  required: ['templates', 'files'],
  additionalProperties: false,
} as const;

/**
 * The JSON Schema (draft-07) of `.hot-lint.yaml`: what editors complete and check, and what
 * `parseConfig` takes its keys from (it adds positions and did-you-mean to the same rules).
 * `null` is allowed where an empty YAML value (`rules:`) means "none".
 */
export function configJsonSchema(ruleIds: readonly string[]) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'hot-lint configuration (.hot-lint.yaml)',
    type: ['object', 'null'],
    properties: {
      rules: {
        type: ['object', 'null'],
        description: 'The severity of each rule, or off; `rule-id/variant` sets one variant of a rule (its docs page lists them). hot-lint --list-rules lists the rules.',
        properties: Object.fromEntries(ruleIds.map((id) => [id, { $ref: '#/definitions/setting' }])),
        additionalProperties: false,
      },
      ignore: {
        type: ['array', 'null'],
        description: "Globs, relative to the configuration file's folder, of files not to lint.",
        items: { type: 'string', minLength: 1 },
      },
      environments: { type: ['array', 'null'], description: 'Environment files to lint templates with.', items: ENVIRONMENT_ITEM },
      heatRelease: {
        anyOf: [
          { $ref: '#/definitions/release' },
          { type: 'array', items: { $ref: '#/definitions/release' }, minItems: 2, maxItems: 2, description: 'A range [from, to]: the template must work on every release in it.' },
        ],
        description: `The Heat release templates are checked against: a series (train, 2023.1), a major number or a version (${KNOWN_HEAT_VERSIONS[0]} to ${KNOWN_HEAT_VERSIONS[KNOWN_HEAT_VERSIONS.length - 1]}); default the newest.`,
      },
      catalog: { anyOf: [{ $ref: '#/definitions/release' }, { type: 'string', pattern: '\\.[jJ][sS][oO][nN]$' }], description: 'The older spelling of a single heatRelease, or a catalog pulled from a cloud (hot-lint catalog pull), e.g. ./heat-catalog.json.' },
      maxFileSize: { type: 'integer', exclusiveMinimum: 0, description: 'The largest file to lint, in bytes (default 10485760).' },
      cache: { type: 'boolean', description: 'Reuse the findings of files unchanged since the last run (as hot-lint --cache).' },
    },
    additionalProperties: false,
    definitions: {
      setting: { type: 'string', enum: [...RULE_SETTINGS], description: 'error, warning or info reports the rule at that severity; off turns it off.' },
      release: { anyOf: [{ enum: HEAT_RELEASES.map((r) => r.series) }, { type: 'string', pattern: `^(${HEAT_RELEASES.map((r) => r.major).join('|')})(\\.\\d+){0,2}$` }, { enum: HEAT_RELEASES.map((r) => r.major) }], description: 'A Heat series (train, 2023.1), a major number (13) or a version (13.1.0).' },
    },
  };
}

export type ConfigJsonSchema = ReturnType<typeof configJsonSchema>;

/** The keys a configuration may have at its top, in the schema's order. */
export const CONFIG_KEYS = Object.keys(configJsonSchema([]).properties) as ReadonlyArray<keyof ConfigJsonSchema['properties']>;

/** The keys of an `environments` item. */
export const ENVIRONMENT_ITEM_KEYS = Object.keys(ENVIRONMENT_ITEM.properties) as ReadonlyArray<keyof typeof ENVIRONMENT_ITEM.properties>;
