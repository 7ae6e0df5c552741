import { field, resolve } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { applicableConstraints, checkParameterValue } from '../../heat/parameter-value.js';
import { BOOLEAN_SPELLINGS } from '../../heat/python-values.js';

export default defineRule({
  meta: {
    id: 'parameter-default',
    area: 'parameters',
    description: "A parameter's default must fit its type and satisfy its own constraints.",
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      'create-only': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'A default of the wrong type that no constraint reads: Heat\'s validate accepts it; create fails unless a value is given.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'A default that does not fit the type (a number parameter defaulting to "abc") passes validate when no constraint reads it, but stack create fails with "Parameter \'p\' is invalid" unless a value is given; these are warnings.',
    docs: `Heat checks a parameter's \`default\` against the parameter's constraints when it validates
the template ("Parameter 'port' is invalid: Invalid default 0 (0 is out of range (min: 1,
max: 65535))"), so a default that breaks its own \`allowed_values\`, \`range\`, \`length\`,
\`modulo\` or \`allowed_pattern\` is an error. Patterns follow Python's \`re.match\`: the value must
match from its first character, and the match must cover all of it. A pattern that cannot be
translated with certainty is not checked.

A default must also fit the type: a \`number\` takes a number or numeric string, a \`boolean\`
one of ${BOOLEAN_SPELLINGS.join(', ')} (any case) or true/false, a \`json\` a mapping, a list or
a JSON string, a \`comma_delimited_list\` a string or a list. Heat rejects a
\`comma_delimited_list\` default of another kind at once; the other mismatches are warnings
when no constraint reads the value, since only stack create (without a value for the
parameter) fails on them.

    # bad
    parameters:
      port:
        type: number
        default: 0
        constraints:
          - range: { min: 1, max: 65535 }

    # good
    parameters:
      port:
        type: number
        default: 8080
        constraints:
          - range: { min: 1, max: 65535 }
`,
  },
  check(context) {
    const { template, catalog, yaml } = context;
    if (!template.versionPair) return;
    for (const param of template.parameters.values()) {
      const type = param.type;
      if (!param.definition || type === null || !catalog.language.parameter_types.includes(type)) continue;
      const defaultNode = resolve(field(param.definition, 'default')?.value, yaml);
      if (!defaultNode) continue;
      checkParameterValue(context, param, type, defaultNode, applicableConstraints(param, template, catalog), {
        label: 'The default',
        fromEnvironment: false,
      });
    }
  },
});
