import { field } from '../../model/nodes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'parameter-unset',
    area: 'project',
    description: 'With environments given, a parameter without a default should get a value from one of them.',
    severity: 'warning',
    heatCatches: 'create',
    enabledByDefault: true,
    docs: `When a template is linted with its environment files (\`-e\`, or the configuration file's
\`environments\`), a parameter that has no \`default\` and that no environment sets in
\`parameters\` or \`parameter_defaults\` must be passed at stack create
(\`--parameter name=value\`), or the create fails with "The Parameter (name) was not
provided.". It is a warning because passing it on the command line is legitimate.
Without environments this rule stays silent.
`,
  },
  check({ template, project, report }) {
    if (!project || project.environments.length === 0) return;
    const supplied = new Set<string>();
    for (const env of project.environments) {
      for (const name of env.parameters.keys()) supplied.add(name);
      for (const name of env.parameterDefaults.keys()) supplied.add(name);
    }
    const names = project.environments.map((e) => `"${e.path.split('/').pop()}"`).join(', ');
    for (const [name, parameter] of template.parameters) {
      if (supplied.has(name) || field(parameter.definition, 'default')) continue;
      report(parameter.key, `Parameter "${name}" has no default and no environment sets it (consulted ${names}); it must be given at stack create.`);
    }
  },
});
