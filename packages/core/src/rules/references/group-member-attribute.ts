import { isScalar } from 'yaml';
import { field, resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { defineRule } from '../rule.js';
import { absence, ConditionEvaluator } from '../../heat/conditions.js';
import { collectReferences } from '../../model/references.js';

const GROUP = 'OS::Heat::ResourceGroup';

export default defineRule({
  meta: {
    id: 'group-member-attribute',
    area: 'references',
    description: "get_attr on a ResourceGroup must name one of the group's attributes or one its members have.",
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    variants: {
      'not-certain': {
        severity: 'warning',
        heatCatches: 'create',
        description: 'The get_attr is in an output, the group\'s count is not a literal number, or the referring resource has a condition: the stack fails only when the reference is resolved.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'Validate and the create-time checks accept any attribute of a group; the stack create then fails resolving it on each member: "The Referenced Attribute (0 x) is incorrect."',
    docs: `\`get_attr: [group, x]\` on an \`OS::Heat::ResourceGroup\` returns the list of attribute \`x\` of
each member, unless \`x\` is one of the group's own attributes (\`refs\`, \`refs_map\`,
\`attributes\`, \`removed_rsrc_list\`, \`show\`) or \`resource.N.x\` (member N's \`x\`). Heat checks
neither at validate nor before creating: the create fails when a resource or the stack
resolves it on members whose type (\`resource_def.type\`) has no attribute \`x\` — an
attribute of another group type (\`outputs_list\` of an AutoScalingGroup) included.

An error in a resource's properties when the group has members (\`count\` absent or above
zero); a warning when \`count\` is computed, in an output (Heat reports it only when the
output is shown), or in a resource absent with the default parameters. Members that are nested templates or unknown types are not checked.

    resources:
      servers:
        type: OS::Heat::ResourceGroup
        properties:
          resource_def: {type: OS::Heat::RandomString}
      config:
        type: OS::Heat::Value
        properties:
          value: {get_attr: [servers, first_address]}   # bad: RandomString has "value"
`,
  },
  check(context) {
    const { template, catalog, report, types, project, yaml } = context;
    const base = project?.path ?? '';
    const conditions = new ConditionEvaluator(template, project?.environments ?? []);
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'attr' || !ref.attribute) continue;
      const group = template.resources.get(ref.name);
      if (!group?.type) continue;
      const resolution = types.resolve(group.type, base, group.name);
      if (resolution.kind !== 'catalog' || resolution.type !== GROUP) continue;
      const definition = resolve(field(group.properties, 'resource_def')?.value, yaml);
      const memberTypeNode = resolve(field(definition as never, 'type')?.value, yaml);
      if (!isScalar(memberTypeNode) || typeof memberTypeNode.value !== 'string') continue;
      const member = types.resolve(memberTypeNode.value, base);
      if (member.kind !== 'catalog') continue;
      const name = ref.attribute.name;
      if (name in resolution.schema.attributes) continue;
      let attribute = name;
      if (name.startsWith('resource.')) {
        const parts = name.split('.');
        if (parts.length !== 3) continue;
        attribute = parts[2]!;
      }
      const memberAttributes = Object.keys(member.schema.attributes);
      if (memberAttributes.includes(attribute)) continue;
      const count = resolve(field(group.properties, 'count')?.value, yaml);
      const countValue = count === null ? 1 : isScalar(count) ? Number(count.value) : NaN;
      if (countValue === 0) continue;
      const owner = ref.section === 'resources' ? template.resources.get(ref.owner) : template.outputs.get(ref.owner);
      const absent = owner ? absence(owner.definition, conditions) : null;
      if (absent === 'never-created') continue;
      const certain = ref.section === 'resources' && Number.isFinite(countValue) && !absent;
      const matches = closestMatches(attribute, memberAttributes);
      report(
        ref.attribute.node,
        `The Referenced Attribute (${ref.name} ${name}) is incorrect: the members of group "${ref.name}" (${member.type}) have no attribute "${attribute}", nor does the group.${didYouMean(matches)}`,
        certain ? {} : { variant: 'not-certain' },
      );
    }
  },
});
