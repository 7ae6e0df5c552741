import { isScalar } from 'yaml';
import { languageOf } from '../../model/language.js';
import { describeNode } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { readConstraints, versionConstraintKinds } from '../../heat/constraints.js';

export default defineRule({
  meta: {
    id: 'parameter-custom-constraint',
    area: 'parameters',
    description: 'custom_constraint must name a constraint Heat has (e.g. nova.flavor, neutron.network).',
    severity: 'warning',
    heatCatches: 'create',
    enabledByDefault: true,
    stricterThanHeat:
      'Heat\'s validate does not look custom constraints up, but stack create checks the parameter value against it and fails with "does not validate <name> (constraint not found)".',
    docs: `A \`custom_constraint\` checks a parameter value against the cloud (an image that exists, a
flavor, a network...) or a format (\`ip_addr\`, \`cron_expression\`, ...). Heat 19 knows a fixed set
of names. An unknown name is not reported by \`openstack orchestration template validate\`, but
every stack create then fails on that parameter: "\\"m1.small\\" does not validate nova.flavour
(constraint not found)".

    # bad
    parameters:
      flavor:
        type: string
        constraints:
          - custom_constraint: nova.flavour

    # good
    parameters:
      flavor:
        type: string
        constraints:
          - custom_constraint: nova.flavor
`,
  },
  check({ template, catalog, yaml, report, rangeOf }) {
    if (!template.versionPair) return;
    const kinds = versionConstraintKinds(languageOf(template, catalog));
    for (const param of template.parameters.values()) {
      if (!param.definition) continue;
      for (const entry of readConstraints(param, kinds, yaml).entries) {
        const kind = entry.chosen;
        if (kind?.kind !== 'custom_constraint') continue;
        const node = kind.value;
        if (!isScalar(node) || typeof node.value !== 'string') {
          report(node ?? kind.pair, `custom_constraint must be the name of a constraint (e.g. nova.flavor), not ${describeNode(node, yaml)}.`);
          continue;
        }
        const name = node.value;
        if (catalog.customConstraints.has(name)) continue;
        const matches = closestMatches(name, catalog.customConstraints);
        report(node, `Unknown custom constraint "${name}": ${catalog.releaseLabel} has no such constraint, so stack create will fail on parameter "${param.name}".${catalog.releaseNote(`c|${name}`)}${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf, node, matches),
        });
      }
    }
  },
});
