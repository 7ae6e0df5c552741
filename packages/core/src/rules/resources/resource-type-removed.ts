import { defineRule } from '../rule.js';
import { replacementIn, sentence, sinceVersion, typedResources } from '../../heat/resources.js';

export default defineRule({
  meta: {
    id: 'resource-type-removed',
    area: 'resources',
    scope: 'entry',
    description: 'A resource type Heat has removed (hidden) or does not support.',
    severity: 'warning',
    heatCatches: 'never',
    variants: {
      unsupported: {
        severity: 'info',
        heatCatches: 'never',
        description: 'The type is UNSUPPORTED: it still works, the Heat team does not maintain it.',
      },
    },
    enabledByDefault: true,
    docs: `Heat marks resource types it has removed as HIDDEN: they no longer appear in the
resource type list or the docs, and some (\`OS::Designate::Domain\`, \`OS::Heat::HARestarter\`,
\`OS::Magnum::Bay\`) are kept only as placeholders that accept anything and create nothing.
Others (Neutron LBaaS v1, \`OS::Nova::FloatingIP\`) call APIs the clouds no longer have.
Heat 19's template validation still accepts them, so this is a warning; the message says
what to use instead when Heat names a replacement.

Types Heat marks UNSUPPORTED (e.g. \`OS::Neutron::ExtraRoute\`, the networking-sfc types)
work but are not maintained by the Heat team: reported as information.

    # bad: removed in Heat 10.0.0, now a placeholder that does nothing
    resources:
      zone:
        type: OS::Designate::Domain

    # good
    resources:
      zone:
        type: OS::Designate::Zone
`,
  },
  check({ template, catalog, types, report }) {
    for (const typed of typedResources({ template, catalog, types })) {
      const status = typed.schema.support_status;
      const alias = typed.typeName === typed.resolvedName ? '' : ` (which Heat maps to ${typed.resolvedName})`;
      if (status.status === 'HIDDEN') {
        const placeholder = typed.schema.placeholder
          ? ' Heat keeps it only as a placeholder that accepts any properties and creates nothing.'
          : '';
        const why = status.message ? ` ${sentence(status.message)}` : '';
        const replacement = replacementIn(status.message, typed.resolvedName);
        const advice = replacement && !why.includes(replacement) ? ` Use ${replacement} instead.` : '';
        report(
          typed.typeNode,
          `Resource type "${typed.typeName}"${alias} has been removed from Heat (hidden${sinceVersion(status)}).${why}${advice}${placeholder}`,
        );
      } else if (status.status === 'UNSUPPORTED') {
        const why = status.message ? ` ${sentence(status.message)}` : '';
        report(
          typed.typeNode,
          `Resource type "${typed.typeName}"${alias} is UNSUPPORTED: it is not maintained by the Heat team.${why}`,
          { variant: 'unsupported' },
        );
      }
    }
  },
});
