import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';
import { suggestName } from '../fixes.js';

export default defineRule({
  meta: {
    id: 'get-resource-undefined',
    area: 'references',
    description: 'get_resource must name a resource of the template.',
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    enabledByDefault: true,
    stricterThanHeat:
      'In outputs, validate does not resolve get_resource; at stack create the output fails with "The Referenced resource (x) could not be found".',
    docs: `\`get_resource\` returns the id of another resource of the same template, and makes this
resource depend on it. The name must be a key of the \`resources\` section; Heat rejects the
template otherwise ("The specified reference "x" (in y) is incorrect.").

In 2013-05-23 templates \`Ref\` names a parameter or a resource; a name that is neither is
reported here too (stack create fails on it).

A name computed by another function is not checked.

    # bad
    resources:
      net:
        type: OS::Neutron::Net
      subnet:
        type: OS::Neutron::Subnet
        properties:
          network: {get_resource: network}

    # good
          network: {get_resource: net}
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const candidates = [...template.resources.keys()];
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'resource' || ref.defined) continue;
      if (ref.via === 'Ref') {
        const { hint, fixes } = suggestName(context, ref.node, ref.name, [...candidates, ...template.parameters.keys()]);
        report(ref.node, `"${ref.name}" names neither a parameter nor a resource of this template.${hint}`, { fixes });
        continue;
      }
      const { hint, fixes } = suggestName(context, ref.node, ref.name, candidates);
      report(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint}`, { fixes });
    }
  },
});
