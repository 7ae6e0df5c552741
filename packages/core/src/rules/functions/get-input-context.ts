import { soleEntry } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { STRUCTURED_CONFIG_INPUT } from '../../heat/functions/calls.js';

const STRUCTURED_CONFIG = 'OS::Heat::StructuredConfig';

export default defineRule({
  meta: {
    id: 'get-input-context',
    area: 'functions',
    scope: 'entry',
    description: 'get_input is only replaced inside the config of an OS::Heat::StructuredConfig.',
    severity: 'warning',
    // A string property (a SoftwareConfig's config) fails at create; elsewhere the mapping passes on as data.
    heatCatches: 'create',
    enabledByDefault: true,
    docs: `\`get_input\` is not one of Heat's intrinsic functions. An
\`OS::Heat::StructuredDeployment\` replaces \`{get_input: <name>}\` with the value of that input,
and only inside the \`config\` property of the \`OS::Heat::StructuredConfig\` it deploys
(heat/engine/resources/openstack/heat/structured_config.py). Anywhere else Heat passes the
mapping on unchanged, so the property or output gets \`{get_input: ...}\` instead of a value.
A software config of another kind (\`OS::Heat::SoftwareConfig\`) receives its inputs as
environment variables or through its config tool, not through \`get_input\`.

Resources of types hot-lint does not know (provider templates) are not checked: they may
pass the mapping on to a structured config.

    # bad
    config:
      type: OS::Heat::SoftwareConfig
      properties:
        config: {get_input: script}

    # good
    config:
      type: OS::Heat::StructuredConfig
      properties:
        config:
          files: {/tmp/foo: {content: {get_input: bar}}}
`,
  },
  check({ template, catalog, report }) {
    for (const value of template.maps) {
      const sole = soleEntry(value.map);
      if (!sole || sole.key.value !== STRUCTURED_CONFIG_INPUT) continue;
      let where: string;
      if (value.section === 'resources') {
        const type = template.resources.get(value.owner)?.type ?? null;
        if (type === null || !catalog.resourceType(type)) continue;
        if (type === STRUCTURED_CONFIG && value.path[0] === 'properties' && value.path[1] === 'config') continue;
        where = type === STRUCTURED_CONFIG ? `outside the config property of "${value.owner}"` : `in "${value.owner}" (${type})`;
      } else {
        where = `in the ${value.section} section`;
      }
      report(
        sole.key,
        `"get_input" is only replaced in the config property of an ${STRUCTURED_CONFIG}; ${where} Heat leaves {get_input: ...} as data.`,
      );
    }
  },
});
