import { isMap } from 'yaml';
import type { YAMLMap } from 'yaml';
import { entries, field, resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { absence, ConditionEvaluator } from '../../heat/conditions.js';
import { defineRule } from '../rule.js';
import type { UpdatePolicyKeys } from '../../heat/update-policies.generated.js';
import { UPDATE_POLICY_KEYS } from '../../heat/update-policies.generated.js';

export default defineRule({
  meta: {
    id: 'update-policy',
    area: 'resources',
    scope: 'entry',
    description: "update_policy takes only the keys the resource type's update policy schema defines.",
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      conditional: {
        severity: 'warning',
        heatCatches: 'validate',
        description: 'The resource has a condition that is false with the default parameters: Heat rejects the key only with values that bring it in.',
      },
    },
    enabledByDefault: true,
    docs: `Heat reads a resource's \`update_policy\` against the type's own schema, generated here
from Heat: \`OS::Heat::ResourceGroup\` takes \`rolling_update\` (\`max_batch_size\`,
\`min_in_service\`, \`pause_time\`) and \`batch_create\` (\`max_batch_size\`, \`pause_time\`),
\`AWS::AutoScaling::AutoScalingGroup\` takes \`AutoScalingRollingUpdate\`, the software
deployment groups take \`rolling_update\`, and every other type, nested templates included,
takes none (\`OS::Heat::AutoScalingGroup\` sets \`rolling_updates\` as a property). An unknown
key is rejected by validate: "resources.x.update_policy: Unknown Property y" (a resource
whose condition is false with the default parameters is not validated: a warning then, and
nothing for a literal \`condition: false\`; nor is a resource with an \`external_id\`, which Heat
adopts).

    resources:
      group:
        type: OS::Heat::ResourceGroup
        update_policy:
          rolling_update:
            max_batch_sise: 1    # bad: did you mean "max_batch_size"?
`,
  },
  check({ template, report, rangeOf, types, project, yaml }) {
    const conditions = new ConditionEvaluator(template, project?.environments ?? []);
    for (const resource of template.resources.values()) {
      if (!resource.type) continue;
      // Heat does not validate a resource its condition leaves out with the default parameters:
      // never there with a literal false, a warning when other parameter values bring it in.
      const absent = absence(resource.definition, conditions);
      if (absent === 'never-created') continue;
      // Heat neither validates nor creates an external resource: it adopts the existing one.
      const externalId = field(resource.definition, 'external_id');
      if (externalId && resolve(externalId.value, yaml) !== null) continue;
      const variant = absent ? { variant: 'conditional' as const } : {};
      const pair = field(resource.definition, 'update_policy') ?? field(resource.definition, 'UpdatePolicy');
      const policy = resolve(pair?.value, yaml);
      if (!isMap(policy)) continue;
      const resolution = types.resolve(resource.type, project?.path ?? '', resource.name);
      let schema: UpdatePolicyKeys;
      if (resolution.kind === 'catalog') schema = UPDATE_POLICY_KEYS[resolution.type] ?? {};
      else if (resolution.kind === 'template') schema = {};
      else continue;
      const label = resolution.kind === 'catalog' ? resolution.type : `nested template "${resource.type}"`;
      checkKeys(policy, schema, 'update_policy');

      function checkKeys(map: YAMLMap, keys: UpdatePolicyKeys, where: string): void {
        const allowed = Object.keys(keys);
        for (const entry of entries(map)) {
          const key = String(entry.key.value);
          if (key in keys) {
            const sub = keys[key];
            const value = resolve(entry.value, yaml);
            if (sub && isMap(value)) checkKeys(value, sub, `${where}.${key}`);
            continue;
          }
          const matches = closestMatches(key, allowed);
          const takes = allowed.length ? `it takes ${allowed.map((k) => `"${k}"`).join(', ')}` : 'it takes no key';
          report(entry.key, `Unknown Property ${key} in ${where} of ${label}: ${takes}.${didYouMean(matches)}`, {
            ...variant,
            fixes: suggestionFixes(rangeOf, entry.key, matches),
          });
        }
      }
    }
  },
});
