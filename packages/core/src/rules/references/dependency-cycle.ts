import { defineRule } from '../rule.js';
import { dependencyGraph, findConditionalCycles } from '../../model/dependency-graph.js';

export default defineRule({
  meta: {
    id: 'dependency-cycle',
    area: 'references',
    description: 'Resources must not depend on each other in a cycle (get_resource, get_attr, depends_on).',
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    enabledByDefault: true,
    stricterThanHeat:
      'A cycle that only closes through the branch of an `if` the default parameter values do not select passes validate; a stack created with values that select it fails with "Circular Dependency Found".',
    docs: `Heat creates a resource after every resource it depends on: those named in its
\`depends_on\`, and those its \`properties\` and \`metadata\` reach with \`get_resource\` or \`get_attr\`.
When these dependencies form a cycle nothing can be created first, and Heat rejects the template
("Circular Dependency Found"). A resource that reads its own attribute or id is a cycle too.

Like Heat, which evaluates \`if\` when it reads the template and keeps only the chosen
branch, a reference inside an \`if\` branch is a dependency only when its condition takes that
value: two resources that refer to each other in opposite branches of the same condition (or
of a condition and its \`not\`) are not a cycle. A cycle whose branches can all be taken
together (distinct conditions are assumed independent) is reported.

Each cycle is reported once, on the reference that leaves its first resource (in source order),
with the whole path. (A resource naming itself in \`depends_on\` is reported by
\`depends-on-undefined\`.)

    # bad: a -> b -> a
    resources:
      a:
        type: OS::Heat::RandomString
        depends_on: b
      b:
        type: OS::Heat::RandomString
        properties:
          salt: {get_attr: [a, value]}

    # good: break the cycle, e.g. drop the depends_on
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const graph = dependencyGraph(template, catalog);
    for (const cycle of findConditionalCycles(graph)) {
      let edge = cycle.edges[0]!;
      if (cycle.path.length === 2) {
        // A self-loop through depends_on alone is depends-on-undefined's finding.
        const own = graph.get(edge.from)!.find((e) => e.to === e.from && e.reference.kind !== 'depends_on');
        if (!own) continue;
        edge = own;
      }
      const how =
        cycle.path.length === 2
          ? `refers to itself with ${edge.reference.via}`
          : `is part of a dependency cycle: ${cycle.path.join(' -> ')}`;
      report(edge.reference.node, `The resource "${cycle.path[0]}" ${how}; Heat cannot order a circular dependency.`);
    }
  },
});
