import type { PropertySchema } from '../../catalog/catalog-types.js';
import { entries } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { isGroupMember, ownerName, propertyPath, sentence, sinceVersion, walkProperties } from '../../heat/resources.js';

export default defineRule({
  meta: {
    id: 'property-unknown',
    area: 'resources',
    scope: 'entry',
    description: 'Every property of a resource must be one its type has.',
    severity: 'error',
    heatCatches: 'validate',
    variants: {
      nested: {
        // Heat 19 accepts `networks: [{netwrk: x}]` at validate and rejects it at every create.
        severity: 'error',
        heatCatches: 'create',
        description: 'The key is inside a property\'s value (e.g. an item of networks): Heat\'s validate checks only a resource\'s top level; create fails.',
      },
      'group-member': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The key is in the member definition of a ResourceGroup or AutoScalingGroup: create fails when the group has members (its count may be 0).',
      },
      hidden: {
        severity: 'warning',
        heatCatches: 'never',
        description: 'The property exists but Heat has hidden it from its documentation.',
      },
    },
    enabledByDefault: true,
    docs: `Heat refuses a resource whose \`properties\` name something the type does not have:
"Property error: resources.monitor.properties: Unknown Property max_retries_down". Property
names are case-sensitive.

The same goes for the keys inside properties that have their own schema, such as the
items of \`OS::Nova::Server\` \`networks\` or \`OS::Neutron::Port\` \`fixed_ips\`. Heat's template
validation checks only the top level; the nested keys fail at every stack create, with the same
message (an error too, stricter than validate). In the member of a ResourceGroup or
AutoScalingGroup an unknown key is a warning: create fails only when the group has members. Mappings without a schema (\`metadata\`, \`ResourceGroup\` \`resource_def.properties\`)
accept any key, and \`OS::Heat::None\` accepts any property.

Also reported:
- properties Heat declares but never implemented (some AWS::* ones, e.g. \`KernelId\`):
  "Property KernelId not implemented yet";
- properties Heat has removed from its documentation (hidden), which it still translates
  to their replacement: a warning with Heat's advice.

    # bad
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries_down: 3

    # good
    resources:
      monitor:
        type: OS::Octavia::HealthMonitor
        properties:
          pool: { get_resource: pool }
          type: HTTP
          delay: 5
          timeout: 5
          max_retries: 3
`,
    stricterThanHeat:
      'Unknown keys inside nested property schemas (e.g. networks items) pass validate; stack create fails with "Unknown Property X". In the members of a ResourceGroup or AutoScalingGroup they are warnings.',
  },
  check({ template, catalog, types, report, rangeOf }) {
    walkProperties({ template, catalog, types }, {
      map({ typed, map, schemata, path }) {
        if (!map) return;
        const where = () => propertyPath(typed.resource.name, path);
        const owner = () => ownerName(typed.typeName, path);
        let candidates: string[] | undefined;
        for (const pair of entries(map)) {
          const key = String(pair.key.value);
          const schema: PropertySchema | undefined = Object.prototype.hasOwnProperty.call(schemata, key) ? schemata[key] : undefined;
          if (!schema) {
            candidates ??= Object.entries(schemata)
              .filter(([name, s]) => s.implemented !== false && s.support_status?.status !== 'HIDDEN' && !map.items.some((p) => String((p.key as { value?: unknown } | null)?.value) === name))
              .map(([name]) => name);
            const matches = closestMatches(key, candidates);
            // Heat's validate checks only a resource's top level; nested keys and group members fail at create.
            report(pair.key, `Unknown Property "${key}" (${where()}): ${owner()} has no such property.${path.length === 0 ? catalog.releaseNote(`p|${typed.typeName}|${key}`) : ''}${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf, pair.key, matches),
              ...(isGroupMember(typed.resource) ? { variant: 'group-member' as const } : path.length > 0 ? { variant: 'nested' as const } : {}),
            });
          } else if (schema.implemented === false) {
            report(pair.key, `Property ${key} not implemented yet (${where()}): Heat rejects any value for it; remove it.`, path.length > 0 ? { variant: 'nested' } : {});
          } else if (schema.support_status?.status === 'HIDDEN') {
            const why = schema.support_status.message ? ` ${sentence(schema.support_status.message)}` : '';
            report(pair.key, `Property "${key}" of ${owner()} has been removed from Heat's documentation (hidden${sinceVersion(schema.support_status)}).${why}`, {
              variant: 'hidden',
            });
          }
        }
      },
    });
  },
});
