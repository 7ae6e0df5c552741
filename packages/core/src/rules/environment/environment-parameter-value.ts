import { isScalar } from 'yaml';
import { resolve } from '../../model/nodes.js';
import { applicableConstraints, checkParameterValue } from '../parameters/parameter-value.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-parameter-value',
    area: 'environment',
    description: "A value an environment gives a parameter must fit the parameter's type and constraints.",
    severity: 'error',
    enabledByDefault: true,
    docs: `Values under an environment's \`parameters\` and \`parameter_defaults\` are checked by Heat
against the template's declaration of that parameter: its type (\`number\`, \`boolean\`,
\`json\`, \`comma_delimited_list\`, \`string\`) and its constraints (\`allowed_values\`, \`range\`,
\`length\`, \`modulo\`, \`allowed_pattern\`), with Python's rules (a pattern must match from the
first character and cover the whole value). Heat rejects the stack with "Parameter 'x' is
invalid".

A parameter merged from several environments (\`parameter_merge_strategies: merge\` or
\`deep_merge\`) is only known after the merge, so it is not checked per file. Only checked
when hot-lint knows which template the environment goes with.

    # template: flavor has allowed_values [m1.small, m1.large]
    parameters:
      flavor: m1.medium     # not an allowed value
`,
  },
  checkEnvironment({ environment, template, catalog, report, yaml }) {
    if (!template) return;
    const merged = new Set<string>();
    for (const [name, pair] of environment.mergeStrategies) {
      const value = resolve(pair.value, yaml);
      if (isScalar(value) && (value.value === 'merge' || value.value === 'deep_merge')) merged.add(name);
    }
    const mergeByDefault = merged.has('default');
    for (const section of [environment.parameters, environment.parameterDefaults]) {
      for (const [name, pair] of section) {
        const param = template.parameters.get(name);
        if (!param?.type || !catalog.language.parameter_types.includes(param.type)) continue;
        if (mergeByDefault || merged.has(name)) continue;
        const node = resolve(pair.value, yaml);
        if (!node) continue;
        checkParameterValue({ report, yaml }, param, param.type, node, applicableConstraints(param, template, catalog), {
          label: 'The value',
          fromEnvironment: true,
        });
      }
    }
  },
});
