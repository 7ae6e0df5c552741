import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import { describeNode, entries, field, resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import { defineRule } from '../rule.js';
import { isFunctionCall } from '../../heat/resources.js';

/** Fields that must be a mapping (or a function returning one): Heat's "type must be object". */
const MAPPING_FIELDS = ['properties', 'metadata', 'update_policy'];

export default defineRule({
  meta: {
    id: 'resource-definition',
    area: 'resources',
    scope: 'entry',
    description: 'A resource definition has only the keys its template version allows, each of the right kind.',
    severity: 'error',
    heatCatches: 'validate',
    enabledByDefault: true,
    docs: `Heat checks the shape of every resource definition before anything else:

- only the keys of the template version are allowed ("Invalid keyword(s) inside a resource
  definition"): \`type\`, \`properties\`, \`metadata\`, \`depends_on\`, \`deletion_policy\`,
  \`update_policy\`, \`description\`, and from 2016-10-14 also \`condition\` and \`external_id\`;
- every resource needs a \`type\`, which is a string ("Resource X type type must be string");
- \`properties\`, \`metadata\` and \`update_policy\` are mappings (or functions that return one):
  an empty \`properties:\` is null, which Heat refuses ("Resource X properties type must be
  object");
- \`description\` is a plain string (functions are not resolved there);
- \`deletion_policy\` is \`Delete\`, \`Retain\` or \`Snapshot\` (lower-case forms from 2016-10-14),
  and \`Snapshot\` only for types that can snapshot (Cinder volumes, Nova servers...), never
  for a nested template (validate: "Snapshot" deletion policy not supported).

    # bad
    resources:
      volume:
        type: OS::Cinder::Volume
        propertes:
          size: 1
        deletion_policy: Keep

    # good
    resources:
      volume:
        type: OS::Cinder::Volume
        properties:
          size: 1
        deletion_policy: Retain
`,
  },
  check({ template, catalog, yaml, report, rangeOf, types, project }) {
    const version = template.version;
    const allowedKeys = version ? new Set(version.resource_keys) : null;
    for (const resource of template.resources.values()) {
      const name = resource.name;
      if (!resource.definition) {
        report(
          resource.value ?? resource.key,
          `Resource "${name}" must be a mapping with at least a "type" key, not ${describeNode(resource.value, resource.value ? yaml : null)}.`,
        );
        continue;
      }
      const definition = resource.definition;
      for (const pair of entries(definition)) {
        const key = String(pair.key.value);
        const value = resolve(pair.value, yaml);
        if (allowedKeys && !allowedKeys.has(key)) {
          const later = catalog.versions.find((spec) => spec.resource_keys.includes(key));
          if (later) {
            report(
              pair.key,
              `"${key}" is not a valid keyword inside a resource definition in heat_template_version ${template.versionValue}: it needs ${later.version} or later.`,
            );
          } else {
            const matches = closestMatches(key, [...allowedKeys].filter((k) => !definition.items.some((p) => isScalar(p.key) && p.key.value === k)));
            report(pair.key, `"${key}" is not a valid keyword inside a resource definition.${didYouMean(matches)}`, {
              fixes: suggestionFixes(rangeOf, pair.key, matches),
            });
          }
          continue;
        }
        if (key === 'type') {
          if (!isScalar(value) || typeof value.value !== 'string') {
            report(value ?? pair, `Resource "${name}" type must be a string (a resource type name), not ${describeNode(value, yaml)}.`);
          } else if (value.value === '') {
            report(value, `Resource "${name}" has no type: the "type" value is empty.`);
          }
        } else if (MAPPING_FIELDS.includes(key)) {
          if (!isMap(value)) {
            report(value ?? pair, `Resource "${name}" ${key} must be a mapping, not ${describeNode(value, yaml)}.`);
          }
        } else if (key === 'description') {
          if (!isScalar(value) || typeof value.value !== 'string') {
            const what = isFunctionCall(value, catalog, yaml) ? 'a function call (Heat does not resolve functions there)' : describeNode(value, yaml);
            report(value ?? pair, `Resource "${name}" description must be a string, not ${what}.`);
          }
        } else if (key === 'deletion_policy') {
          checkDeletionPolicy(value, pair, name);
        } else if (key === 'external_id') {
          if (!isFunctionCall(value, catalog, yaml) && (!isScalar(value) || typeof value.value !== 'string')) {
            report(value ?? pair, `Resource "${name}" external_id must be a string, not ${describeNode(value, yaml)}.`);
          }
        }
      }
      if (!field(definition, 'type')) {
        report(resource.key, `Resource "${name}" is missing "type": each resource must contain a type key.`);
      }
    }

    function checkDeletionPolicy(value: Node | null, pair: Parameters<typeof report>[0], name: string): void {
      if (isFunctionCall(value, catalog, yaml)) return;
      if (!isScalar(value) || typeof value.value !== 'string') {
        report(value ?? pair, `Resource "${name}" deletion_policy must be a string (Delete, Retain or Snapshot), not ${describeNode(value, yaml)}.`);
        return;
      }
      const policy = value.value;
      if (!version) return;
      if (!version.deletion_policies.includes(policy)) {
        const later = catalog.versions.find((spec) => spec.deletion_policies.includes(policy));
        const matches = later ? closestMatches(policy, version.deletion_policies, 1) : closestMatches(policy, version.deletion_policies);
        const needs = later ? ` ("${policy}" needs heat_template_version ${later.version} or later)` : '';
        report(value, `Invalid deletion policy "${policy}"${needs}: expected one of ${version.deletion_policies.map((p) => `"${p}"`).join(', ')}.${didYouMean(matches)}`, {
          fixes: suggestionFixes(rangeOf, value, matches),
        });
        return;
      }
      if (policy.toLowerCase() === 'snapshot') {
        const resource = template.resources.get(name);
        const typeName = resource?.type ? catalog.resolveTypeName(resource.type) : undefined;
        const schema = typeName ? catalog.resourceType(typeName) : undefined;
        // A nested stack (a template file, directly or through the registry) never snapshots.
        const nested = resource?.type ? types.resolve(resource.type, project?.path ?? '', name).kind === 'template' : false;
        if ((schema && !schema.snapshot_delete) || nested) {
          const able = catalog.resourceTypeNames().filter((t) => catalog.resourceType(t)?.snapshot_delete);
          report(value, `"${policy}" deletion policy not supported by ${resource!.type}: only ${able.join(', ')} can take a snapshot. Use "Retain" or "Delete".`);
        }
      }
    }
  },
});
