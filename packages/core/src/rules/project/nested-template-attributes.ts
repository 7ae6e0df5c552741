import { isScalar, isSeq } from 'yaml';
import { isActiveCall } from '../../model/language.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { hasProject, nestedTemplateOf } from '../../project/nested-templates.js';

export default defineRule({
  meta: {
    id: 'nested-template-attributes',
    area: 'project',
    description: "get_attr on a nested template resource must name one of the nested template's outputs.",
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `The attributes of a resource whose type is a template file are that template's outputs,
plus \`show\` and \`resource.<name>[.<attribute>]\` paths into its resources. Heat rejects
any other name ("The Referenced Attribute (web nope) is incorrect.").

    # web_server.yaml has outputs: first_ip
    outputs:
      ip:
        value: { get_attr: [web, first_address] }   # not an output of web_server.yaml
`,
  },
  check(context) {
    if (!hasProject(context)) return;
    const { template, report, rangeOf, catalog } = context;
    for (const call of template.calls) {
      if (call.name !== 'get_attr' || !isSeq(call.args) || call.args.items.length < 2) continue;
      if (!isActiveCall(template, catalog, call)) continue;
      const [resourceNode, attributeNode] = call.args.items;
      if (!isScalar(resourceNode) || !isScalar(attributeNode) || typeof attributeNode.value !== 'string') continue;
      const resource = template.resources.get(String(resourceNode.value));
      if (!resource) continue;
      const nested = nestedTemplateOf(context, resource);
      if (nested?.kind !== 'loaded' || !nested.template) continue;
      const attribute = attributeNode.value;
      const outputs = nested.template.outputs;
      if (outputs.has(attribute) || attribute.startsWith('resource.')) continue;
      if (catalog.language.base_attributes.includes(attribute)) continue;
      const matches = closestMatches(attribute, outputs.keys());
      report(
        attributeNode,
        `The Referenced Attribute (${resource.name} ${attribute}) is incorrect: nested template "${nested.written}" has no output "${attribute}".${didYouMean(matches)}`,
        { fixes: suggestionFixes(rangeOf, attributeNode, matches) },
      );
    }
  },
});
