import type { Template } from '../../model/template.js';
import { defineRule } from '../rule.js';
import type { RuleContext } from '../rule.js';
import type { ProjectContext } from '../../project/context.js';
import { hasProject, nestedTemplateOf } from './nested.js';

export default defineRule({
  meta: {
    id: 'nested-template-cycle',
    area: 'project',
    description: 'Nested templates must not include themselves, directly or through others.',
    severity: 'error',
    enabledByDefault: true,
    docs: `A template whose resources (directly, or through the \`resource_registry\`) use the template
itself as a type would nest forever; Heat stops at its maximum nesting depth
(\`max_nested_stack_depth\`, 5 by default) and the stack fails. hot-lint follows nested
templates up to the same depth and reports the cycle on the resource that starts it.

    # a.yaml
    resources:
      inner:
        type: b.yaml
    # b.yaml
    resources:
      back:
        type: a.yaml     # a.yaml -> b.yaml -> a.yaml
`,
  },
  check(context) {
    if (!hasProject(context)) return;
    const { project, template, report } = context;
    for (const resource of template.resources.values()) {
      const nested = nestedTemplateOf(context, resource);
      if (nested?.kind !== 'loaded') continue;
      const chain = findCycle(context, nested.path, nested.template, [project.path], project.maxDepth);
      if (chain) report(resource.typeNode, `Nested template cycle: ${chain.map((p) => relativeName(p, project)).join(' -> ')}.`);
    }
  },
});

/** Depth-first through nested templates, bounded by maxDepth; returns the path back to the start. */
function findCycle(
  context: RuleContext & { project: ProjectContext },
  path: string,
  template: Template | null,
  chain: string[],
  depthLeft: number,
): string[] | null {
  if (path === chain[0]) return [...chain, path];
  if (chain.includes(path) || !template || depthLeft <= 0) return null;
  for (const resource of template.resources.values()) {
    const nested = nestedTemplateOf(context, resource, path);
    if (nested?.kind !== 'loaded') continue;
    const found = findCycle(context, nested.path, nested.template, [...chain, path], depthLeft - 1);
    if (found) return found;
  }
  return null;
}

function relativeName(path: string, project: ProjectContext): string {
  const root = (project.session.loader as { root?: string }).root;
  return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
