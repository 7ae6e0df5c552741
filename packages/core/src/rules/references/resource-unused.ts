import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';

export default defineRule({
  meta: {
    id: 'resource-unused',
    area: 'references',
    description: 'A resource that nothing refers to (get_resource, get_attr, depends_on). Off by default.',
    severity: 'warning',
    heatCatches: 'never',
    scope: 'model',
    enabledByDefault: false,
    docs: `Lists resources that no other resource or output refers to with \`get_resource\`,
\`get_attr\` or \`depends_on\`. Many such resources are exactly what the template is for (a
server, a stack's last step), so the rule is off by default; turn it on to review a template for
leftovers, such as a port or volume that was meant to be attached and never was.

A reference from the resource to itself does not count. Nothing is reported when some
\`get_resource\` or \`get_attr\` computes the resource name.

    # reported: "old_port" is never attached
    resources:
      old_port:
        type: OS::Neutron::Port
        properties:
          network: private
`,
  },
  check({ template, catalog, report }) {
    const index = collectReferences(template, catalog);
    if (index.dynamic.resource.length > 0) return;
    const used = new Set<string>();
    for (const ref of index.references) {
      if (ref.kind !== 'resource' && ref.kind !== 'attr' && ref.kind !== 'depends_on') continue;
      if (ref.section === 'resources' && ref.owner === ref.name) continue;
      used.add(ref.name);
    }
    for (const [name, resource] of template.resources) {
      if (!used.has(name)) report(resource.key, `The resource "${name}" is not referred to by any other resource or output.`);
    }
  },
});
