import { isScalar } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { EnvironmentModel } from '../environment/environment.js';
import { TypeResolver } from '../environment/registry.js';
import type { Template } from '../model/template.js';
import { resolveTarget } from './loader.js';
import type { ProjectSession } from './session.js';
import { ProjectSnapshot } from './snapshot.js';
import type { SnapshotFile } from './snapshot.js';

export interface ResolveOptions {
  /** The linted template's model (null for an environment file, or a template that is not a mapping). */
  template: Template | null;
  /** The linted file. */
  path: string;
  /** The environments that apply, in order (their registries map types to templates). */
  environments: readonly EnvironmentModel[];
  /** How deep nested templates are followed. */
  maxDepth: number;
  catalog: Catalog;
}

/**
 * The project-resolution phase: loads, through the session, every file the linted file pulls
 * in (its get_file targets, its nested templates down to maxDepth, directly or through the
 * environments' registries, and the registries' template targets), so the rules that follow
 * read a snapshot and do no I/O.
 */
export function resolveProject(session: ProjectSession, options: ResolveOptions): ProjectSnapshot {
  const entries = new Map<string, SnapshotFile>();
  const load = (path: string, asTemplate: boolean): SnapshotFile => {
    let entry = entries.get(path);
    if (entry && (entry.outside || !asTemplate || entry.template !== null || !entry.read.ok)) return entry;
    if (!session.loader.isAllowed(path)) entry = { path, outside: true };
    else {
      const read = session.file(path).read;
      entry = { path, outside: false, read, template: read.ok && asTemplate ? session.template(path) : null };
    }
    entries.set(path, entry);
    return entry;
  };
  const reach = (base: string, written: string, asTemplate: boolean): SnapshotFile | null => {
    const path = resolveTarget(base, written);
    return path === null ? null : load(path, asTemplate);
  };

  for (const environment of options.environments) {
    for (const entry of environment.registry) {
      if (entry.kind !== 'template') continue;
      // As the registry rule names it: the target, or the key when the target is not a template file.
      const written = entry.target!.endsWith('.yaml') || entry.target!.endsWith('.template') ? entry.target! : entry.path.at(-1)!;
      reach(environment.path, written, false);
    }
  }

  const template = options.template;
  if (template) {
    for (const call of template.calls) {
      if (call.name === 'get_file' && isScalar(call.args) && typeof call.args.value === 'string') reach(options.path, call.args.value, false);
    }
    // Breadth first: a template at depth d has its own nested templates loaded while d <= maxDepth, as far as the cycle rule looks.
    const types = new TypeResolver(options.catalog, options.environments);
    const expanded = new Set<string>([options.path]);
    let level: Array<{ path: string; template: Template }> = [{ path: options.path, template }];
    for (let depth = 0; depth <= options.maxDepth && level.length > 0; depth++) {
      const next: typeof level = [];
      for (const { path, template: current } of level) {
        // Most resources share a few types: each is resolved once per file, unless a resource has registry entries of its own.
        const byType = new Map<string, ReturnType<TypeResolver['resolve']>>();
        for (const resource of current.resources.values()) {
          if (!resource.type) continue;
          const own = types.hasResourceEntries(resource.name);
          let resolution = own ? undefined : byType.get(resource.type);
          if (!resolution) {
            resolution = types.resolve(resource.type, path, resource.name);
            if (!own) byType.set(resource.type, resolution);
          }
          if (resolution.kind !== 'template') continue;
          const entry = reach(resolution.base, resolution.path, true);
          if (!entry || entry.outside || !entry.template || expanded.has(entry.path)) continue;
          expanded.add(entry.path);
          next.push({ path: entry.path, template: entry.template });
        }
      }
      level = next;
    }
  }
  return new ProjectSnapshot(session.loader.root, entries);
}
