import type { ResourceModel, Template } from '../model/template.js';
import type { ProjectContext } from './context.js';
import type { TypeResolution, TypeResolver } from '../environment/registry.js';

export type NestedTemplate =
  | { kind: 'loaded'; path: string; written: string; template: Template | null }
  | { kind: 'url'; written: string }
  | { kind: 'unreadable'; path: string; written: string; reason: string; outsideRoot?: boolean };

/** The nested template a resource's type names, directly or through an environment's registry. */
export function nestedTemplateOf(
  context: { types: TypeResolver; project: ProjectContext },
  resource: ResourceModel,
  base = context.project.path,
): NestedTemplate | null {
  if (!resource.type) return null;
  const resolution = context.types.resolve(resource.type, base, resource.name);
  return loadResolution(context.project, resolution);
}

export function loadResolution(project: ProjectContext, resolution: TypeResolution): NestedTemplate | null {
  if (resolution.kind !== 'template') return null;
  const found = project.snapshot.reference(resolution.base, resolution.path);
  switch (found.kind) {
    case 'url':
      return found;
    case 'outside':
      return { kind: 'unreadable', path: found.path, written: found.written, reason: 'it is outside the project root, so it was not read', outsideRoot: true };
    case 'unreadable':
      return found;
    case 'loaded':
      return { kind: 'loaded', path: found.path, written: found.written, template: found.template };
  }
}

/** The parameters an environment supplies to every stack and nested stack. */
export function suppliedParameters(project: ProjectContext): Set<string> {
  const names = new Set<string>();
  for (const env of project.environments) {
    for (const name of env.parameters.keys()) names.add(name);
    for (const name of env.parameterDefaults.keys()) names.add(name);
  }
  return names;
}

/** Narrows a rule's context to one linted as part of a project. */
export function hasProject<C extends { project?: ProjectContext }>(context: C): context is C & { project: ProjectContext } {
  return context.project !== undefined;
}
