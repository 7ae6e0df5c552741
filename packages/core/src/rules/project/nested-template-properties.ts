import { isScalar } from 'yaml';
import { entries, field } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import type { ProjectContext } from '../../project/context.js';
import { hasProject, nestedTemplateOf } from '../../project/nested-templates.js';

export default defineRule({
  meta: {
    id: 'nested-template-properties',
    area: 'project',
    description: "A nested template resource's properties must match the nested template's parameters.",
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    variants: {
      'unset-parameter': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'A parameter of the nested template without a default is not set: an environment\'s parameter_defaults may give it when the stack is deployed.',
      },
    },
    enabledByDefault: true,
    docs: `The properties of a resource whose type is a template file become that template's
parameters. Heat's validate rejects a property the nested template does not declare
("Unknown Property"): an error.

A parameter of the nested template without a default that the resource does not set is a
warning: Heat applies every environment's \`parameter_defaults\` to nested stacks too, so an
environment the linter did not see may supply it (when environments are given, their
\`parameter_defaults\` are consulted and a parameter they set is not reported). If none
does, validate accepts the template and stack create fails with "The Parameter (x) was not
provided." An environment's \`parameters\` section applies to the top-level stack only.

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
    const supplied = parameterDefaults(project);
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
          fixes: suggestionFixes(rangeOf, pair.key, matches),
        });
      }
      for (const [name, parameter] of parameters) {
        if (given.has(name) || supplied.has(name)) continue;
        if (field(parameter.definition, 'default')) continue;
        const at = propertiesPair && isScalar(propertiesPair.key) ? propertiesPair.key : resource.key;
        report(
          at,
          `Property ${name} is required by nested template "${nested.written}" (its parameter has no default) but is not set, and no environment's parameter_defaults sets it.`,
          { variant: 'unset-parameter' },
        );
      }
    }
  },
});

/** Names set by the environments' parameter_defaults: the values Heat passes down to nested stacks. */
function parameterDefaults(project: ProjectContext): Set<string> {
  const names = new Set<string>();
  for (const env of project.environments) for (const name of env.parameterDefaults.keys()) names.add(name);
  return names;
}
