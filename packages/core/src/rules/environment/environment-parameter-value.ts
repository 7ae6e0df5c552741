import { mergeEnvironments, parameterSchemata } from '../../environment/merge.js';
import { resolve } from '../../model/nodes.js';
import { applicableConstraints, checkParameterValue } from '../../heat/parameter-value.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-parameter-value',
    area: 'environment',
    description: "A value the environments give a parameter must fit the parameter's type and constraints.",
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Heat merges the environment files in order (\`-e a.yaml -e b.yaml\`) into the stack's
\`parameters\` and \`parameter_defaults\`, then checks each parameter's value against the
template's declaration: its type (\`number\`, \`boolean\`, \`json\`, \`comma_delimited_list\`,
\`string\`) and its constraints (\`allowed_values\`, \`range\`, \`length\`, \`modulo\`,
\`allowed_pattern\`), with Python's rules (a pattern must match from the first character and
cover the whole value). Heat rejects the stack with "Parameter 'x' is invalid".

This rule checks the value Heat ends up with, as Heat computes it: a later file overwrites an
earlier one, or, with \`parameter_merge_strategies\` \`merge\`/\`deep_merge\`, is combined with
it (strings are concatenated, lists and comma-delimited strings joined, json mappings merged).
A \`parameters\` value takes precedence over a \`parameter_defaults\` one, which is then not
checked. The finding is on the value in the last file that contributed; a merged value is
named "The merged value". Only checked when hot-lint knows which template the environments
go with; only the template's own declarations are used (Heat also considers those of nested
templates for \`parameter_defaults\`).

    # template: flavor has allowed_values [m1.small, m1.large]
    parameters:
      flavor: m1.medium     # not an allowed value
`,
  },
  checkEnvironment({ environment, environments, template, catalog, report, yaml }) {
    if (!template) return;
    const schemata = parameterSchemata(template.parameters, catalog.language.parameter_types);
    const merged = mergeEnvironments(environments.includes(environment) ? environments : [...environments, environment], schemata);
    for (const [name, type] of schemata) {
      const given = merged.parameters.get(name);
      const effective = given && given.value.kind !== 'none' ? given : merged.parameterDefaults.get(name);
      if (!effective || effective.value.kind === 'none') continue;
      const last = effective.sources[effective.sources.length - 1]!;
      if (last.environment !== environment) continue;
      const node = resolve(last.pair.value, yaml);
      if (!node) continue;
      const param = template.parameters.get(name)!;
      const constraints = applicableConstraints(param, template, catalog);
      if (effective.sources.length === 1) {
        checkParameterValue({ report, yaml }, param, type, node, constraints, { label: 'The value', fromEnvironment: true });
      } else {
        checkParameterValue({ report, yaml }, param, type, node, constraints, { label: 'The merged value', fromEnvironment: true }, effective.value);
      }
    }
  },
});
