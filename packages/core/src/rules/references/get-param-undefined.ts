import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';
import { usedConditions } from '../../heat/conditions.js';
import { suggestName } from '../fixes.js';

export default defineRule({
  meta: {
    id: 'get-param-undefined',
    area: 'references',
    description: 'get_param must name a parameter declared in the parameters section (or a pseudo parameter).',
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    enabledByDefault: true,
    stricterThanHeat:
      'Heat\'s validate does not resolve get_param in properties, metadata or outputs; stack create then fails with "The Parameter (x) was not provided."',
    docs: `\`get_param\` reads a parameter of the stack. The name (a string, or the first item of a
list \`[name, path...]\`) must be declared in \`parameters\`, or be one of the pseudo parameters
\`OS::stack_name\`, \`OS::stack_id\` and \`OS::project_id\`. A misspelled name is not caught by
\`openstack orchestration template validate\`; creating the stack fails with
"The Parameter (x) was not provided." This applies in the \`conditions\` section too, where
\`get_param\` is a condition function.

A name computed by another function (\`get_param: [{get_param: which}]\`) is not checked, nor
a \`get_param\` in a condition that no resource, output or \`if\` uses, directly or through
other conditions: Heat never evaluates that condition.

    # bad: "flavour" is not declared
    parameters:
      flavor: {type: string}
    resources:
      server:
        type: OS::Nova::Server
        properties:
          flavor: {get_param: flavour}

    # good
          flavor: {get_param: flavor}
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const candidates = [...template.parameters.keys(), ...catalog.language.pseudo_parameters];
    const index = collectReferences(template, catalog);
    const used = usedConditions(index);
    for (const ref of index.references) {
      if (ref.kind !== 'param' || ref.defined || ref.via !== 'get_param') continue;
      if (ref.section === 'conditions' && used && !used.has(ref.owner)) continue;
      const { hint, fixes } = suggestName(context, ref.node, ref.name, candidates);
      report(ref.node, `The parameter "${ref.name}" is not declared in the parameters section.${hint}`, { fixes });
    }
  },
});

