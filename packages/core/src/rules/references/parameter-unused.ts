import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';

export default defineRule({
  meta: {
    id: 'parameter-unused',
    area: 'references',
    description: 'A declared parameter that no get_param reads.',
    severity: 'warning',
    heatCatches: 'never',
    scope: 'model',
    enabledByDefault: true,
    docs: `A parameter that nothing reads with \`get_param\` is usually left over from an edit, or a
sign that a \`get_param\` names the wrong parameter. Users still have to supply it when it has
no default. Mentioning it in \`parameter_groups\` does not count as using it.

Nothing is reported when some \`get_param\` computes the name it reads
(\`get_param: [{get_param: which}]\`), since it could read any parameter.

Nested templates sometimes declare parameters only because their parent passes them; turn the
rule off for those files (\`# hot-lint-disable-file parameter-unused\`) or remove the parameter
from both.

    # bad: "key_name" is never read
    parameters:
      key_name: {type: string}
      image: {type: string}
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: {get_param: image}
`,
  },
  check({ template, catalog, report }) {
    const index = collectReferences(template, catalog);
    if (index.dynamic.param.length > 0) return;
    const used = new Set<string>();
    for (const ref of index.references) if (ref.kind === 'param') used.add(ref.name);
    for (const [name, parameter] of template.parameters) {
      if (!used.has(name)) report(parameter.key, `The parameter "${name}" is declared but never read with get_param.`);
    }
  },
});
