import { mergeEnvironments, parameterSchemata } from '../../environment/merge.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'environment-merge-conflict',
    area: 'environment',
    description: 'Environments must not give a parameter different merge strategies, nor merge values that cannot be combined.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Heat merges the environment files in order, and the first file that gives a parameter a
value fixes that parameter's merge strategy (its own entry in \`parameter_merge_strategies\`,
else that file's \`default\`, else overwrite). A later file that names another strategy for
the same parameter makes Heat reject the stack: "Conflicting merge strategy 'overwrite' for
parameter 'x' in file 'b.yaml'."

It also reports values Heat's merge cannot combine: a \`boolean\` parameter with \`merge\` or
\`deep_merge\` ("Invalid merge strategy 'merge' for parameter 'x'."), a number (numbers merge
only as strings, which are concatenated), a json string that is not JSON, or a list merged
into a string or a mapping into a list. Only parameters the template declares are merged.

    # a.yaml
    parameter_merge_strategies:
      ServiceNetMap: merge
    parameter_defaults:
      ServiceNetMap: {a: x}
    # b.yaml (-e a.yaml -e b.yaml)
    parameter_merge_strategies:
      ServiceNetMap: overwrite     # conflicts with a.yaml
    parameter_defaults:
      ServiceNetMap: {b: y}
`,
  },
  checkEnvironment({ environment, environments, template, catalog, report }) {
    if (!template) return;
    const schemata = parameterSchemata(template.parameters, catalog.language.parameter_types);
    const merged = mergeEnvironments(environments.includes(environment) ? environments : [...environments, environment], schemata);
    for (const problem of merged.problems) {
      if (problem.environment === environment) report(problem.node, problem.message);
    }
  },
});
