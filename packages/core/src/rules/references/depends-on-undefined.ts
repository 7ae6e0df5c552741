import { isMap, isScalar, isSeq } from 'yaml';
import { describeNode, field, resolve } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';
import { suggestName } from '../fixes.js';

export default defineRule({
  meta: {
    id: 'depends-on-undefined',
    area: 'references',
    description: 'depends_on must be a resource name or a list of them, naming other resources of the template.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `\`depends_on\` orders resources: a resource is created after the ones it names. It takes one
resource name or a list of names, written literally (functions are not evaluated there), each a
key of the \`resources\` section other than the resource itself. Heat rejects anything else:
"Resource r depends_on type must be list or string", "Resource r depends_on must be a list of
strings", "The specified reference "x" (in r) is incorrect.", and "Circular Dependency Found"
for a resource that depends on itself.

    # bad
    resources:
      db:
        type: OS::Trove::Instance
      app:
        type: OS::Nova::Server
        depends_on: [database]

    # good
        depends_on: [db]
`,
  },
  check(context) {
    const { template, catalog, yaml, report } = context;
    for (const resource of template.resources.values()) {
      const pair = field(resource.definition, 'depends_on');
      if (!pair) continue;
      const value = resolve(pair.value, yaml);
      if (isSeq(value)) {
        for (const raw of value.items) {
          const item = resolve(raw, yaml);
          if (isScalar(item) && typeof item.value === 'string') continue;
          report(item ?? pair, `Each entry of depends_on must be a resource name (a string), not ${describeNode(item, yaml)}.`);
        }
      } else if (!(isScalar(value) && typeof value.value === 'string')) {
        const what = isMap(value) ? 'a mapping (functions are not evaluated in depends_on)' : describeNode(value, yaml);
        report(value ?? pair, `depends_on must be a resource name or a list of resource names, not ${what}.`);
      }
    }
    const names = [...template.resources.keys()];
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'depends_on') continue;
      if (ref.name === ref.owner) {
        report(ref.node, `The resource "${ref.name}" depends on itself; Heat refuses a circular dependency.`);
      } else if (!ref.defined) {
        const { hint, fixes } = suggestName(context, ref.node, ref.name, names.filter((n) => n !== ref.owner));
        report(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint}`, { fixes });
      }
    }
  },
});
