import type { Template } from '../../model/template.js';
import { defineRule } from '../rule.js';
import type { RuleContext } from '../rule.js';
import type { ProjectContext } from '../../project/context.js';
import { hasProject, nestedTemplateOf } from '../../project/nested-templates.js';

export default defineRule({
  meta: {
    id: 'nested-template-cycle',
    area: 'project',
    description: 'Nested templates must not include themselves, directly or through others.',
    severity: 'error',
    heatCatches: 'validate',
    scope: 'model',
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
    const explored = new Map<string, number>();
    for (const resource of template.resources.values()) {
      const nested = nestedTemplateOf(context, resource);
      if (nested?.kind !== 'loaded') continue;
      const chain = findCycle(context, nested.path, nested.template, [project.path], project.maxDepth, explored);
      if (chain) report(resource.typeNode, `Nested template cycle: ${chain.map((p) => relativeName(p, project)).join(' -> ')}.`);
    }
  },
});

/**
 * Depth-first through nested templates, bounded by maxDepth; returns the path back to the start.
 * `explored` holds, for each template searched without finding the start, the depth it was
 * searched with: searching it again with no more depth cannot find the start either, so each
 * template is searched at most once per depth and the search is linear in templates and edges.
 */
function findCycle(
  context: RuleContext & { project: ProjectContext },
  path: string,
  template: Template | null,
  chain: string[],
  depthLeft: number,
  explored: Map<string, number>,
): string[] | null {
  if (path === chain[0]) return [...chain, path];
  if (chain.includes(path) || !template || depthLeft <= 0) return null;
  if ((explored.get(path) ?? -1) >= depthLeft) return null;
  const seen = new Set<string>();
  for (const resource of template.resources.values()) {
    const nested = nestedTemplateOf(context, resource, path);
    if (nested?.kind !== 'loaded' || seen.has(nested.path)) continue;
    seen.add(nested.path);
    const found = findCycle(context, nested.path, nested.template, [...chain, path], depthLeft - 1, explored);
    if (found) return found;
  }
  explored.set(path, depthLeft);
  return null;
}

function relativeName(path: string, project: ProjectContext): string {
  return project.snapshot.relativeName(path);
}
