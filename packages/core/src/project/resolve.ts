import { isScalar } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { EnvironmentModel } from '../environment/environment.js';
import { TypeResolver } from '../environment/registry.js';
import { templateWalks } from '../model/template.js';
import type { EntryWalk, FunctionCall, ResourceModel, Template } from '../model/template.js';
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
  const inputs = inputsOf(options);
  const resolved = session.resolutions.get(options.path);
  if (resolved && sameInputs(resolved.inputs, inputs) && resolved.snapshot.stillLoaded(session)) return resolved.snapshot;
  const snapshot = resolveAgain(session, options);
  // Kept for an editor's session only: a one-pass run (the CLI) resolves each file once.
  if (session.keepFindings) session.resolutions.set(options.path, { inputs, snapshot });
  return snapshot;
}

/**
 * Everything of the linted file the phase reads besides the files it loads: its resources' names
 * and types (what resolves to a nested template), its get_file paths, and the options. The
 * files loaded are compared with the session's (ProjectSnapshot.stillLoaded).
 */
export interface ResolveInputs {
  environments: readonly EnvironmentModel[];
  maxDepth: number;
  catalog: Catalog;
  template: boolean;
  /** The resources' models (a model is not changed once built: the same model, the same name and type). */
  resources: readonly ResourceModel[];
  /** The walks of the template's entries (the same walk, the same calls), or, without them, the get_file paths. */
  walks: readonly EntryWalk[] | string;
}

function inputsOf(options: ResolveOptions): ResolveInputs {
  const template = options.template;
  return {
    environments: options.environments,
    maxDepth: options.maxDepth,
    catalog: options.catalog,
    template: template !== null,
    resources: template ? [...template.resources.values()] : [],
    walks: template ? (templateWalks(template) ?? getFiles(template.calls)) : '',
  };
}

function sameInputs(a: ResolveInputs, b: ResolveInputs): boolean {
  if (a.maxDepth !== b.maxDepth || a.catalog !== b.catalog || a.template !== b.template) return false;
  if (a.environments.length !== b.environments.length || a.environments.some((environment, i) => environment !== b.environments[i])) return false;
  if (a.resources.length !== b.resources.length) return false;
  for (let i = 0; i < a.resources.length; i++) {
    const mine = a.resources[i]!;
    const theirs = b.resources[i]!;
    if (mine !== theirs && (mine.name !== theirs.name || mine.type !== theirs.type)) return false;
  }
  const [mine, theirs] = [a.walks, b.walks];
  if (typeof mine === 'string' || typeof theirs === 'string' || mine.length !== theirs.length) return getFilesIn(mine) === getFilesIn(theirs);
  // Walk by walk: a walk both share has the same paths; the others are read again.
  for (let i = 0; i < mine.length; i++) if (mine[i] !== theirs[i] && getFilesOf(mine[i]!) !== getFilesOf(theirs[i]!)) return false;
  return true;
}

/** The get_file paths of all walks, in order. */
function getFilesIn(walks: readonly EntryWalk[] | string): string {
  if (typeof walks === 'string') return walks;
  let files = '';
  for (const walk of walks) files += getFilesOf(walk);
  return files;
}

/** The get_file paths of one entry's walk, kept while the walk lives (an entry's walk is kept while its node is). */
const getFilesByWalk = new WeakMap<EntryWalk, string>();

function getFilesOf(walk: EntryWalk): string {
  let files = getFilesByWalk.get(walk);
  if (files === undefined) getFilesByWalk.set(walk, (files = getFiles(walk.calls)));
  return files;
}

function getFiles(calls: readonly FunctionCall[]): string {
  let files = '';
  for (const call of calls) if (call.name === 'get_file' && isScalar(call.args) && typeof call.args.value === 'string') files += `${call.args.value}\u0000`;
  return files;
}

function resolveAgain(session: ProjectSession, options: ResolveOptions): ProjectSnapshot {
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
