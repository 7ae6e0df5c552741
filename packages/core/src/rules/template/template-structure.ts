import { checkStructure } from '../../schema/hot-schema.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'template-structure',
    area: 'template',
    description: 'Sections and definitions must have the shape Heat expects (mappings, lists, required type).',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      'heat-accepts': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'A shape Heat accepts but tools expect otherwise (a description that is not a string).',
      },
    },
    enabledByDefault: true,
    docs: `Checks the template against the JSON Schema \`schemas/hot-template.schema.json\`, the shape Heat
validates:

- \`parameters\`, \`resources\` and \`outputs\` are mappings (or empty); \`conditions\` is a mapping
  (Heat rejects an empty one: "Condition definitions must be a map");
- each parameter is a mapping with a \`type\` ("Missing parameter type for parameter: p"), and its
  \`tags\` a list;
- each output is a mapping ("Output definitions must be a map");
- \`parameter_groups\` is a list of mappings, and a group's \`parameters\` a list.

A \`description\` that is not text is a warning: Heat accepts it.

Which keys each definition may have depends on the version and is checked by
\`parameter-keys\`, \`output-value\` and \`resource-definition\` (which also checks that each
resource is a mapping with a \`type\`).

    # bad
    parameters:
      flavor:            # no type
        default: m1.small
    outputs:
      ip: server_ip      # not a mapping

    # good
    parameters:
      flavor:
        type: string
        default: m1.small
    outputs:
      ip:
        value: { get_attr: [server, first_address] }
`,
  },
  check({ template, report }) {
    if (!template.versionPair) return;
    for (const finding of checkStructure(template.root, template.yaml)) {
      report(finding.target, finding.message, finding.heatAccepts ? { variant: 'heat-accepts' } : {});
    }
  },
});
