import type { ResourceTypeSchema } from '../../catalog/catalog-types.js';
import { defineRule } from '../rule.js';
import { collectReferences } from '../../model/dependency-graph.js';
import { suggestName } from '../fixes.js';

/**
 * Types whose attributes are not limited to their schema. Heat's validate accepts any
 * attribute name of a resource whose class overrides get_attribute or FnGetAtt
 * (resource.Resource.node_data, in INIT state): group members (`resource.0.x`), outputs of
 * nested stacks and software configs. Computed from Heat 19.0.0's registry. Placeholder types
 * (NoneResource and the removed types it stands in for) accept any attribute too.
 */
export const OPEN_ATTRIBUTE_TYPES: ReadonlySet<string> = new Set([
  'AWS::CloudFormation::Stack',
  'AWS::CloudWatch::Alarm',
  'AWS::RDS::DBInstance',
  'OS::Heat::AutoScalingGroup',
  'OS::Heat::None',
  'OS::Heat::ResourceChain',
  'OS::Heat::ResourceGroup',
  'OS::Heat::SoftwareDeployment',
  'OS::Heat::SoftwareDeploymentGroup',
  'OS::Heat::SoftwareDeployments',
  'OS::Heat::StructuredDeployment',
  'OS::Heat::StructuredDeploymentGroup',
  'OS::Heat::StructuredDeployments',
  'OS::Senlin::Cluster',
]);

export default defineRule({
  meta: {
    id: 'get-attr-undefined',
    area: 'references',
    description: 'get_attr must name a resource of the template and an attribute its type has.',
    severity: 'error',
    heatCatches: 'create',
    scope: 'model',
    variants: {
      'hidden-attribute': {
        severity: 'warning',
        heatCatches: 'never',
        description: 'The attribute exists but Heat has hidden it: it still resolves, it is no longer documented.',
      },
    },
    enabledByDefault: true,
    stricterThanHeat:
      'In the branch of an `if` that the default parameter values do not select, validate does not look at get_attr; a stack created with other values takes that branch and fails with "The Referenced Attribute (r x) is incorrect."',
    docs: `\`get_attr: [resource, attribute, path...]\` reads an attribute of another resource. The
resource must be defined in \`resources\` ("The specified reference "x" (in y) is incorrect."),
and the attribute must be one its type has ("The Referenced Attribute (r nope) is incorrect.").
Every type has \`show\`.

Attributes are not checked on types whose attributes are open-ended: nested templates and
types Heat does not know, \`OS::Heat::ResourceGroup\`, \`OS::Heat::AutoScalingGroup\`,
\`OS::Heat::ResourceChain\` (\`resource.0.x\`), software deployments (the config's outputs),
\`AWS::CloudFormation::Stack\`, \`OS::Senlin::Cluster\`, \`OS::Heat::None\` and the removed types it
stands in for. A name computed by
a function is not checked either.

Attributes Heat hides (e.g. \`first_address\` of \`OS::Nova::Server\`) still work, and are
reported as a warning with Heat's advice.

    # bad: RandomString has no attribute "values"
    resources:
      secret:
        type: OS::Heat::RandomString
    outputs:
      password:
        value: {get_attr: [secret, values]}

    # good
        value: {get_attr: [secret, value]}
`,
  },
  check(context) {
    const { template, catalog, report, types } = context;
    const base = context.project?.path ?? '';
    const resourceNames = [...template.resources.keys()];
    const schemas = new Map<string, { type: string; schema: ResourceTypeSchema } | null>();
    const schemaOf = (name: string) => {
      if (schemas.has(name)) return schemas.get(name)!;
      const resource = template.resources.get(name);
      let found: { type: string; schema: ResourceTypeSchema } | null = null;
      if (resource?.type) {
        const resolution = types.resolve(resource.type, base, name);
        if (resolution.kind === 'catalog' && !OPEN_ATTRIBUTE_TYPES.has(resolution.type) && !resolution.schema.placeholder) {
          found = { type: resolution.type, schema: resolution.schema };
        }
      }
      schemas.set(name, found);
      return found;
    };
    for (const ref of collectReferences(template, catalog).references) {
      if (ref.kind !== 'attr') continue;
      if (!ref.defined) {
        const { hint, fixes } = suggestName(context, ref.node, ref.name, resourceNames);
        report(ref.node, `The resource "${ref.name}" is not defined in the resources section.${hint}`, { fixes });
        continue;
      }
      if (!ref.attribute) continue;
      const found = schemaOf(ref.name);
      if (!found) continue;
      const { name, node } = ref.attribute;
      const attributes = found.schema.attributes;
      const own = Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
      if (own) {
        if (own.support_status?.status === 'HIDDEN') {
          const advice = own.support_status.message ? ` ${withPeriod(own.support_status.message)}` : '';
          report(node, `The attribute "${name}" of ${found.type} is hidden: Heat still resolves it but no longer documents it.${advice}`, {
            variant: 'hidden-attribute',
          });
        }
        continue;
      }
      if (catalog.language.base_attributes.includes(name)) continue;
      const visible = Object.keys(attributes).filter((a) => attributes[a]?.support_status?.status !== 'HIDDEN');
      const { hint, fixes } = suggestName(context, node, name, visible);
      report(node, `The resource "${ref.name}" (${found.type}) has no attribute "${name}".${catalog.releaseNote(`a|${found.type}|${name}`)}${hint}`, { fixes });
    }
  },
});

function withPeriod(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
