import { defineRule } from '../rule.js';
import { sentence, sinceVersion, typedResources } from '../../heat/resources.js';

export default defineRule({
  meta: {
    id: 'resource-type-deprecated',
    area: 'resources',
    scope: 'entry',
    description: 'A resource type Heat has deprecated.',
    severity: 'warning',
    heatCatches: 'never',
    enabledByDefault: true,
    docs: `Heat marks resource types that are on their way out as DEPRECATED. They still work,
but a later release hides them (see \`resource-type-removed\`). The message gives Heat's
reason and the replacement it recommends. Alias names count too: \`OS::Ceilometer::Alarm\`
is mapped to the deprecated \`OS::Aodh::Alarm\`.

    # bad: deprecated since Heat 10.0.0
    resources:
      alarm:
        type: OS::Aodh::Alarm

    # good
    resources:
      alarm:
        type: OS::Aodh::GnocchiAggregationByResourcesAlarm
`,
  },
  check({ template, catalog, types, report }) {
    for (const typed of typedResources({ template, catalog, types })) {
      const status = typed.schema.support_status;
      if (status.status !== 'DEPRECATED') continue;
      const alias = typed.typeName === typed.resolvedName ? '' : ` (which Heat maps to ${typed.resolvedName})`;
      const why = status.message ? ` ${sentence(status.message)}` : '';
      report(typed.typeNode, `Resource type "${typed.typeName}"${alias} is deprecated${sinceVersion(status)}.${why}`);
    }
  },
});
