import { defineRule } from '../rule.js';
import { collectReferences, conditionGraph, findCycles } from '../../model/dependency-graph.js';
import { suggestName } from '../fixes.js';

export default defineRule({
  meta: {
    id: 'condition-undefined',
    area: 'references',
    description: 'Condition names (condition:, if, and/or/not) must be defined in the conditions section, without cycles.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `From 2016-10-14, a resource's or output's \`condition:\`, the first argument of \`if\`, and the
arguments of \`and\`, \`or\` and \`not\` in a condition take a condition: a boolean, a condition
expression, or the name of a condition defined in the \`conditions\` section. A name that is not
defined makes Heat reject the template ("Invalid condition "x""). Conditions that are defined in
terms of each other are refused too ("Circular definition for condition "a"").

A condition name computed by \`get_param\` is not checked.

    # bad
    conditions:
      is_prod: {equals: [{get_param: env}, prod]}
    resources:
      backup:
        type: OS::Cinder::VolumeBackup
        condition: is_production

    # bad: a cycle
    conditions:
      a: {not: b}
      b: {and: [a, true]}

    # good
        condition: is_prod
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const names = [...template.conditions.keys()];
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'condition' || ref.defined) continue;
      const { hint, fixes } = suggestName(context, ref.node, ref.name, names);
      report(ref.node, `The condition "${ref.name}" is not defined in the conditions section.${hint}`, { fixes });
    }
    for (const cycle of findCycles(conditionGraph(template, catalog))) {
      const first = cycle.path[0]!;
      const how = cycle.path.length === 2 ? 'refers to itself' : `is defined in terms of itself: ${cycle.path.join(' -> ')}`;
      report(cycle.edges[0]!.reference.node, `The condition "${first}" ${how}; Heat refuses a circular definition.`);
    }
  },
});
