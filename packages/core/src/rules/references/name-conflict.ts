import { field } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { ConditionEvaluator } from '../../heat/conditions.js';

export default defineRule({
  meta: {
    id: 'name-conflict',
    area: 'references',
    description: 'A resource must not have the name of a parameter.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    enabledByDefault: true,
    docs: `Parameters and resources share one namespace: Heat's validate rejects a template in which
a resource (one that exists with the default parameters) is named like a parameter or a
pseudo parameter: "Duplicate names {'x'}".

    parameters:
      salt: {type: string}
    resources:
      salt:                 # bad: rename the resource or the parameter
        type: OS::Heat::RandomString
`,
  },
  check(context) {
    const { template, catalog, report } = context;
    const conditions = new ConditionEvaluator(template, context.project?.environments ?? []);
    const pseudo = new Set(catalog.language.pseudo_parameters);
    for (const resource of template.resources.values()) {
      if (!template.parameters.has(resource.name) && !pseudo.has(resource.name)) continue;
      const condition = field(resource.definition, 'condition');
      if (condition && conditions.field(condition.value) === false) continue;
      report(resource.key, `Duplicate names {'${resource.name}'}: resource "${resource.name}" has the name of a parameter.`);
    }
  },
});
