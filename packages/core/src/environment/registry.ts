import type { Catalog } from '../catalog/catalog.js';
import type { ResourceTypeSchema } from '../catalog/catalog-types.js';
import type { EnvironmentModel, RegistryEntry } from './environment.js';
import { isTemplateType } from './environment.js';

export type TypeResolution =
  | { kind: 'catalog'; type: string; schema: ResourceTypeSchema; via: RegistryEntry[] }
  /** A nested template; `path` is as written, relative to the directory of `base`. */
  | { kind: 'template'; path: string; base: string; via: RegistryEntry[] }
  /** `missing`: the name the registry chain ends on, which nothing defines (`type` itself without an entry). */
  | { kind: 'unknown'; type: string; missing: string; consulted: string[] }
  | { kind: 'cycle'; chain: string[]; via: RegistryEntry[] };

interface LayeredEntry {
  entry: RegistryEntry;
  environment: EnvironmentModel;
}

const MAX_HOPS = 32;

/**
 * Resolves resource types the way Heat's ResourceRegistry does: a type naming a template
 * file, then the entry for that one resource, then the type's own mapping, then globs,
 * then the global registry (the catalog and its aliases). Later environments win.
 */
export class TypeResolver {
  private readonly direct = new Map<string, LayeredEntry>();
  private readonly perResource = new Map<string, Map<string, LayeredEntry>>();
  private readonly globs: LayeredEntry[] = [];

  constructor(
    readonly catalog: Catalog,
    readonly environments: readonly EnvironmentModel[] = [],
  ) {
    for (const environment of environments) {
      for (const entry of environment.registry) {
        if (entry.kind === 'hooks' || entry.kind === 'restricted_actions' || entry.kind === 'invalid') continue;
        const type = entry.path[entry.path.length - 1]!;
        // A null entry removes what user environments registered before; Heat's own types stay.
        if (entry.resourceName !== undefined) {
          let forResource = this.perResource.get(entry.resourceName);
          if (!forResource) this.perResource.set(entry.resourceName, (forResource = new Map()));
          if (entry.kind === 'delete') forResource.delete(type);
          else forResource.set(type, { entry, environment });
        } else if (entry.path.length === 1) {
          if (entry.kind === 'delete') {
            const matches = (key: string) => (type.endsWith('*') ? key.startsWith(type.slice(0, -1)) : key === type);
            for (const key of [...this.direct.keys()]) if (matches(key)) this.direct.delete(key);
            for (let i = this.globs.length - 1; i >= 0; i--) if (matches(this.globs[i]!.entry.path.at(-1)!)) this.globs.splice(i, 1);
          } else if (entry.kind === 'glob') {
            this.globs.unshift({ entry, environment });
          } else {
            this.direct.set(type, { entry, environment });
          }
        }
      }
    }
  }

  /** Whether an environment maps types for this resource alone (resource_registry's `resources:`): then its resolution is its own. */
  hasResourceEntries(resourceName: string): boolean {
    return this.perResource.has(resourceName);
  }

  /** Resolves a type as written in `base` (the template file naming it). */
  resolve(type: string, base: string, resourceName?: string): TypeResolution {
    const via: RegistryEntry[] = [];
    const seen: string[] = [];
    let current = type;
    let currentBase = base;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      if (seen.includes(current)) return { kind: 'cycle', chain: [...seen, current], via };
      seen.push(current);
      if (isTemplateType(current)) return { kind: 'template', path: current, base: currentBase, via };
      const layered = this.lookup(current, hop === 0 ? resourceName : undefined);
      if (layered === undefined) {
        const own = this.catalog.resourceType(current);
        const found = own ? { type: current, schema: own } : this.catalogAlias(current);
        if (found) return { kind: 'catalog', type: found.type, schema: found.schema, via };
        return { kind: 'unknown', type, missing: current, consulted: this.environments.map((e) => e.path) };
      }
      via.push(layered.entry);
      const target = layered.entry.target!;
      if (layered.entry.kind === 'template') {
        return { kind: 'template', path: target, base: layered.environment.path, via };
      }
      if (layered.entry.kind === 'glob') {
        const prefix = layered.entry.path[layered.entry.path.length - 1]!.slice(0, -1);
        current = target.endsWith('*') ? target.slice(0, -1) + current.slice(prefix.length) : target;
      } else {
        current = target;
      }
      currentBase = layered.environment.path;
    }
    return { kind: 'cycle', chain: seen, via };
  }

  /** The user environments' entry for a type, if any. */
  private lookup(type: string, resourceName: string | undefined): LayeredEntry | undefined {
    if (resourceName !== undefined) {
      const forResource = this.perResource.get(resourceName);
      if (forResource?.has(type)) return forResource.get(type)!;
    }
    if (this.direct.has(type)) return this.direct.get(type)!;
    for (const glob of this.globs) {
      const pattern = glob.entry.path[glob.entry.path.length - 1]!;
      if (type.startsWith(pattern.slice(0, -1))) return glob;
    }
    return undefined;
  }

  private catalogAlias(type: string): { type: string; schema: ResourceTypeSchema } | undefined {
    const target = this.catalog.resolveTypeName(type);
    const schema = target === undefined ? undefined : this.catalog.resourceType(target);
    return schema && target !== undefined ? { type: target, schema } : undefined;
  }

  /** Every type name a user could write here: catalog types and this environment's mappings. */
  knownTypes(): string[] {
    return [...new Set([...this.catalog.resourceTypeNames(), ...this.direct.keys()])];
  }
}
