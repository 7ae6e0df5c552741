import type { YAMLMap } from 'yaml';
import { field } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { ConditionEvaluator } from '../../heat/conditions.js';
import { collectReferences } from '../../model/references.js';

export default defineRule({
  meta: {
    id: 'reference-condition-false',
    area: 'references',
    description: 'get_resource and get_attr must not name a resource whose condition is false with the default parameters.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `Heat's validate evaluates every condition with the parameters' defaults (and the values
the environments give). A resource whose \`condition\` is then false does not exist, and a
\`get_resource\` or \`get_attr\` of it in a resource that does exist, or a \`get_attr\` of it in an
output that does, is rejected: "The specified reference "x" (in y.Properties.z) is
incorrect." Heat catches it at validate. (A \`get_resource\` in an output yields null.)

Only conditions hot-lint can evaluate are followed: booleans, \`equals\`, \`not\`, \`and\`, \`or\`,
other conditions, and \`get_param\` of a parameter with a default that no environment sets.
A reference inside an \`if\` is left alone (Heat drops the branch not taken).

    conditions:
      prod: {equals: [{get_param: env}, prod]}   # env defaults to "dev"
    resources:
      monitor:
        type: OS::Heat::None
        condition: prod
    outputs:
      # bad: validate fails with the default "dev"
      monitor_ip: {value: {get_attr: [monitor, first_address]}}
      # good
      monitor_ip:
        value: {if: [prod, {get_attr: [monitor, first_address]}, null]}
      # or
      monitor_ip:
        value: {get_attr: [monitor, first_address]}
        condition: prod
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const conditions = new ConditionEvaluator(template, context.project?.environments ?? []);
    const enabled = (definition: YAMLMap | null): boolean | null => {
      const pair = field(definition, 'condition');
      return pair ? conditions.field(pair.value) : true;
    };
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'resource' && ref.kind !== 'attr') continue;
      if (ref.via !== 'get_resource' && ref.via !== 'get_attr') continue;
      if (ref.path.includes('if')) continue;
      // In an output, Heat resolves get_resource of a missing resource to null; get_attr fails.
      if (ref.section === 'outputs' && ref.via === 'get_resource') continue;
      const target = template.resources.get(ref.name);
      if (!target || enabled(target.definition) !== false) continue;
      const owner = ref.section === 'resources' ? template.resources.get(ref.owner) : ref.section === 'outputs' ? template.outputs.get(ref.owner) : undefined;
      if (!owner || enabled(owner.definition) !== true) continue;
      const where = ref.section === 'outputs' ? `output "${ref.owner}"` : `resource "${ref.owner}"`;
      report(
        ref.node,
        `The specified reference "${ref.name}" (in ${where}) is incorrect: its condition is false with the default parameters, so Heat does not create it. Use {if: [<condition>, {${ref.via}: ...}, null]} or give ${where} the same condition.`,
      );
    }
  },
});
