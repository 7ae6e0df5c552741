import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { describeNode, field, resolve, scalarString } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';

/**
 * Pseudo parameters Heat counts as declared in parameter_groups. ParameterGroups builds the
 * parameters without a stack identifier, so OS::stack_name is not among them.
 */
const GROUPABLE_PSEUDO_PARAMETERS = ['OS::stack_id', 'OS::project_id'];

export default defineRule({
  meta: {
    id: 'parameter-group-undefined',
    area: 'parameters',
    description: 'parameter_groups must list declared parameters, each in one group only.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `\`parameter_groups\` arranges parameters for user interfaces. Heat validates it: every group
needs a \`parameters\` list ("The parameters must be provided for each parameter group."), every
name in it must be a declared parameter ("The grouped parameter flavour does not reference a
valid parameter.") and a parameter may appear in one group only ("The image parameter must
be assigned to one parameter group only.").

    # bad
    parameter_groups:
      - label: Server
        parameters: [flavour, image]
      - label: Other
        parameters: [image]

    # good
    parameter_groups:
      - label: Server
        parameters: [flavor, image]
`,
  },
  check({ template, yaml, report, rangeOf }) {
    if (!template.versionPair) return;
    const groups = resolve(template.sections.get('parameter_groups')?.value, yaml);
    if (!isSeq(groups)) return; // anything else is template-structure's
    const declared = new Set([...template.parameters.keys(), ...GROUPABLE_PSEUDO_PARAMETERS]);
    const seen = new Map<string, Node>();
    for (const raw of groups.items) {
      const group = resolve(raw, yaml);
      if (!isMap(group)) continue;
      const pair = field(group, 'parameters');
      const list = resolve(pair?.value, yaml);
      if (!pair || !list || (isScalar(list) && list.value === null)) {
        const label = scalarString(field(group, 'label')?.value, yaml);
        const where = label !== null ? ` (group "${label}")` : '';
        report(pair ?? group, `This parameter group${where} has no parameters: the parameters must be provided for each parameter group.`);
        continue;
      }
      if (!isSeq(list)) continue; // template-structure reports it
      for (const item of list.items) {
        const node = resolve(item, yaml);
        if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
          report(node ?? list, `A grouped parameter must be a parameter name, not ${describeNode(node, yaml)}.`);
          continue;
        }
        const name = String(node.value);
        const earlier = seen.get(name);
        if (earlier) {
          const line = rangeOf(earlier).start.line + 1;
          report(node, `The parameter "${name}" must be assigned to one parameter group only; it is already listed on line ${line}.`);
          continue;
        }
        seen.set(name, node);
        if (declared.has(name)) continue;
        const matches = closestMatches(name, template.parameters.keys());
        report(node, `The grouped parameter "${name}" does not reference a declared parameter.${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf, node, matches),
        });
      }
    }
  },
});
