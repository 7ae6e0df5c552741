import { isScalar } from 'yaml';
import { entries, field } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { hasProject, nestedTemplateOf, suppliedParameters } from './nested.js';

export default defineRule({
  meta: {
    id: 'nested-template-properties',
    area: 'project',
    description: "A nested template resource's properties must match the nested template's parameters.",
    severity: 'error',
    enabledByDefault: true,
    stricterThanHeat:
      'Missing properties: Heat validate accepts them, stack create fails with "The Parameter (x) was not provided."',
    docs: `The properties of a resource whose type is a template file become that template's
parameters. Heat rejects a property the nested template does not declare ("Unknown
Property"), and stack create fails when a parameter without a default gets no value from
the properties or from an environment's \`parameter_defaults\`.

    # web_server.yaml declares parameters: image, flavor (no defaults)
    resources:
      web:
        type: web_server.yaml
        properties:
          image: cirros
          flavour: m1.small    # unknown: did you mean "flavor"? (and flavor is missing)
`,
  },
  check(context) {
    if (!hasProject(context)) return;
    const { template, report, rangeOf, project } = context;
    const supplied = suppliedParameters(project);
    for (const resource of template.resources.values()) {
      const nested = nestedTemplateOf(context, resource);
      if (nested?.kind !== 'loaded' || !nested.template) continue;
      const parameters = nested.template.parameters;
      const propertiesPair = field(resource.definition, 'properties');
      if (propertiesPair?.value && !resource.properties) continue; // properties from a function: unknown
      const given = new Set<string>();
      for (const pair of entries(resource.properties)) {
        const name = String(pair.key.value);
        given.add(name);
        if (parameters.has(name)) continue;
        const matches = closestMatches(name, parameters.keys());
        report(pair.key, `Unknown Property ${name}: nested template "${nested.written}" has no parameter "${name}".${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf(pair.key), matches),
        });
      }
      for (const [name, parameter] of parameters) {
        if (given.has(name) || supplied.has(name)) continue;
        if (field(parameter.definition, 'default')) continue;
        const at = propertiesPair && isScalar(propertiesPair.key) ? propertiesPair.key : resource.key;
        report(at, `Property ${name} is required by nested template "${nested.written}" (its parameter has no default) but is not set.`);
      }
    }
  },
});
