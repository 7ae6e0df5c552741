import { defineRule } from '../rule.js';
import { hasProject, nestedTemplateOf } from '../../project/nested-templates.js';

export default defineRule({
  meta: {
    id: 'nested-template-missing',
    area: 'project',
    description: 'A resource type that names a template file (directly or through the registry) must be readable.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
    variants: {
      'outside-root': {
        severity: 'warning',
        heatCatches: 'validate',
        description: 'The template file is outside the project root: hot-lint does not read it; it may exist where the stack is deployed from.',
      },
    },
    enabledByDefault: true,
    docs: `A resource \`type\` ending in \`.yaml\` or \`.template\` is a nested stack built from that
file, resolved relative to the template (or, for a \`resource_registry\` entry, relative to
the environment file). If the file is missing the stack cannot be created.

URLs are never fetched; a path outside the project root is not read and is a warning (the
client reads it on the machine that deploys, where it may exist).

    resources:
      web:
        type: templates/web_server.yaml   # must exist beside this template
`,
  },
  check(context) {
    if (!hasProject(context)) return;
    for (const resource of context.template.resources.values()) {
      const nested = nestedTemplateOf(context, resource);
      if (nested?.kind !== 'unreadable') continue;
      const via = nested.written === resource.type ? '' : ` (the registry maps "${resource.type}" to it)`;
      context.report(resource.typeNode, `Nested template "${nested.written}"${via} cannot be read: ${nested.reason}.`, nested.outsideRoot ? { variant: 'outside-root' } : {});
    }
  },
});
