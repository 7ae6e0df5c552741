import type { PropertySchema } from '../../catalog/catalog-types.js';
import { entries } from '../../model/nodes.js';
import { defineRule } from '../rule.js';
import { ownerName, propertyPath, walkProperties } from '../../heat/resources.js';

export default defineRule({
  meta: {
    id: 'property-required',
    area: 'resources',
    scope: 'entry',
    description: 'Every required property of a resource (without a default) must be set.',
    severity: 'warning',
    heatCatches: 'create',
    enabledByDefault: true,
    docs: `A property the type marks as required and gives no default must have a value, or stack
create fails with "Property flavor not assigned". The same holds inside properties that
have their own schema (e.g. each \`block_device_mapping_v2\` item of a server). Heat's template
validation does not check this.

Only literal values are checked: when \`properties\` (or the value holding a nested mapping)
comes from a function such as \`get_param\`, its keys are unknown until create. A required
property is not reported when a deprecated property that Heat translates into it is set
(\`network_id\` for \`network\`).

    # bad: no flavor
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: cirros

    # good
    resources:
      server:
        type: OS::Nova::Server
        properties:
          image: cirros
          flavor: m1.small
`,
    stricterThanHeat: 'Stack create fails with "Property X not assigned" for a required property without a value.',
  },
  check({ template, catalog, types, report }) {
    walkProperties({ template, catalog, types }, {
      map({ typed, map, owner, schemata, path }) {
        const required = requiredOf(schemata);
        if (required.length === 0) return;
        const present = new Set(entries(map).map((pair) => String(pair.key.value)));
        const missing: string[] = [];
        for (const name of required) {
          if (present.has(name)) continue;
          // A deprecated or hidden property that Heat's translation rules turn into this one.
          const translated = [...present].some((other) => {
            const status = schemata[other]?.support_status;
            if (!status || status.status === 'SUPPORTED') return false;
            return other.startsWith(`${name}_`) || new RegExp(`\\b${name.replace(/[^A-Za-z0-9_]/g, '\\$&')}\\b`).test(status.message ?? '');
          });
          if (!translated) missing.push(name);
        }
        if (missing.length === 0) return;
        const where = propertyPath(typed.resource.name, path);
        const names = missing.map((n) => `"${n}"`).join(', ');
        const verb = missing.length === 1 ? 'Property' : 'Properties';
        report(owner, `${verb} ${names} not assigned (${where}): ${ownerName(typed.typeName, path)} requires ${missing.length === 1 ? 'it' : 'them'}.`);
      },
    });
  },
});

/** The properties a schema requires a value for (no default, implemented): one list per schema, as the catalog's schemas are shared. */
function requiredOf(schemata: Record<string, PropertySchema>): readonly string[] {
  let names = required.get(schemata);
  if (!names) {
    names = Object.entries(schemata)
      .filter(([, schema]) => schema.required && schema.default === undefined && schema.implemented !== false)
      .map(([name]) => name);
    required.set(schemata, names);
  }
  return names;
}

const required = new WeakMap<Record<string, PropertySchema>, readonly string[]>();
