import { dirname, resolve, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { loadCatalog, loadCatalogFile } from '../catalog/load-catalog.js';
import { configuredHeatRelease, parseConfig, sessionRelease } from '../config/config.js';
import type { HotLintConfig } from '../config/config.js';
import { searchConfig } from '../config/find-config.js';
import type { ConfigSearch } from '../config/find-config.js';
import type { HeatReleaseSpec } from '../lint.js';
import { DEFAULT_PARSE_LIMITS } from '../parse/parse-document.js';
import type { ParseLimits } from '../parse/parse-document.js';
import type { Diagnostic } from '../types.js';
import { environmentsFor, projectRootFor } from './bindings.js';
import { nodeHost } from './host.js';
import type { WorkspaceHost } from './host.js';
import { NodeFileLoader } from './loader.js';
import type { FileLoader } from './loader.js';
import { ProjectSession } from './session.js';

/** A configuration file in use: where it is and its validated settings. */
export interface LoadedConfig {
  path: string;
  dir: string;
  config: HotLintConfig;
}

/** A template an environment is used with: who linted it (`owner`), its project root, and all its environments in order. */
export interface EnvironmentUse {
  owner: string;
  template: string;
  root: string;
  environments: readonly string[];
}

/** Why a configuration file was not used: it could not be read, or a setting is wrong (one problem each). */
export type ConfigProblem = { path: string; code: string; reason: string } | { path: string; problem: Diagnostic };

/** How big a configuration file may be. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

export interface WorkspaceOptions {
  host?: WorkspaceHost;
  /** Working folders (the CLI's working directory, the editor's workspace folders), absolute. */
  folders?: readonly string[];
  /** An explicit project root (the CLI's --root), absolute. */
  root?: string;
  /** An explicit configuration file (--config, the editor's setting), absolute: it applies to every file. */
  config?: string | null;
  /** Environment files given besides the configuration's bindings (-e, the editor's setting), absolute, for a template. */
  environments?: (template: string) => readonly string[];
  /** The Heat release(s) chosen over every configuration's (--heat-release). */
  release?: HeatReleaseSpec;
  /** The release(s) where no configuration chooses one (the editor's setting). */
  fallbackRelease?: HeatReleaseSpec;
  /** The size limit of every file read (--max-file-size); else the configuration's, else the default. */
  maxFileSize?: number;
  /** An editor: configuration files are searched for each time and re-read when they change; else each once. */
  watch?: boolean;
  /** Makes the session of a project (the editor's keeps its unsaved buffers). */
  createSession?: (loader: FileLoader, catalog: Catalog, limits: ParseLimits) => ProjectSession;
}

/**
 * The project model the CLI and the language server share: which configuration applies to a
 * file, the project root, the environments bound to a template, one session (files read and
 * parsed once) per root, release and size limit, the files each linted document depends on,
 * and the one directory walk that finds candidate files. All reading goes through the host.
 */
export class Workspace {
  readonly host: WorkspaceHost;
  folders: readonly string[];
  explicitConfig: string | null;
  /** Problems of the configuration files loaded so far (a bad one is not used). */
  readonly configProblems: ConfigProblem[] = [];
  private readonly options: WorkspaceOptions;
  /** Configuration searches by folder (each folder's answer, and every folder above it that a search passed). */
  private readonly searches = new Map<string, ConfigSearch>();
  private readonly configsByPath = new Map<string, { mtimeMs: number; loaded: LoadedConfig | null }>();
  private readonly sessions = new Map<string, ProjectSession>();
  private readonly catalogs = new Map<string, Catalog>();
  private readonly usage = new Map<string, EnvironmentUse>();
  private readonly reads = new Map<string, Set<string>>();
  private readonly dependents = new Map<string, Set<string>>();

  constructor(options: WorkspaceOptions = {}) {
    this.options = options;
    this.host = options.host ?? nodeHost;
    this.folders = options.folders ?? [];
    this.explicitConfig = options.config ?? null;
  }

  /** The environment files given besides the configuration's, for a template. */
  set explicitEnvironments(environments: (template: string) => readonly string[]) {
    this.options.environments = environments;
  }

  /** The release(s) where no configuration chooses one. */
  set fallbackRelease(spec: HeatReleaseSpec | undefined) {
    this.options.fallbackRelease = spec;
  }

  // ---- configuration ----

  /** The configuration that applies to the files of `dir` (the explicit one, else the nearest); null when none or a bad one. */
  configFor(dir: string): LoadedConfig | null {
    let path = this.explicitConfig;
    if (path === null) {
      const { host } = this;
      path = searchConfig(dir, (p) => host.stat(p)?.kind === 'file', (p) => host.stat(p) !== null, this.options.watch ? undefined : this.searches).path;
    }
    return path === null ? null : this.loadConfig(path);
  }

  /** Configuration files changed: read them again. */
  clearConfigs(): void {
    this.searches.clear();
    this.configsByPath.clear();
  }

  private loadConfig(path: string): LoadedConfig | null {
    const cached = this.configsByPath.get(path);
    const mtimeMs = this.options.watch ? (this.host.stat(path)?.mtimeMs ?? -1) : 0;
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    if (this.options.watch && mtimeMs < 0) return null; // gone since it was found
    let loaded: LoadedConfig | null = null;
    const read = this.host.readFile(path, CONFIG_MAX_BYTES);
    if (!read.ok) this.configProblems.push({ path, code: read.code, reason: read.reason });
    else {
      const { config, problems } = parseConfig(read.text);
      for (const problem of problems) this.configProblems.push({ path, problem });
      if (problems.length === 0) loaded = { path, dir: dirname(path), config };
    }
    this.configsByPath.set(path, { mtimeMs, loaded });
    return loaded;
  }

  /** The release(s) a file under this configuration is checked against; undefined means the newest. */
  releaseFor(config: LoadedConfig | null): HeatReleaseSpec | undefined {
    return this.options.release ?? configuredHeatRelease(config?.config) ?? this.options.fallbackRelease;
  }

  /** The catalog of a configuration: its pulled catalog file, else its release's (one release, or the oldest of a range). Throws when the file cannot be read. */
  catalogFor(config: LoadedConfig | null): Catalog {
    const key = this.catalogKey(config);
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      const file = catalogFileOf(config);
      const release = sessionRelease(this.releaseFor(config));
      catalog = file ? loadCatalogFile(file) : loadCatalog(release ? { heatRelease: release } : {});
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  private catalogKey(config: LoadedConfig | null): string {
    return catalogFileOf(config) ?? sessionRelease(this.releaseFor(config)) ?? '';
  }

  // ---- bindings ----

  rootFor(file: string, config: LoadedConfig | null): string {
    return projectRootFor(file, { root: this.options.root, config, folders: this.folders });
  }

  /** The configuration's environments whose `templates` glob matches, then the explicit ones. */
  environmentsFor(template: string, config: LoadedConfig | null): string[] {
    return environmentsFor(template, config, this.options.environments?.(template) ?? []);
  }

  /**
   * Records that `owner` (a template, or the editor's document of it) is linted with these
   * environments: each environment not used yet is then linted against that template. Returns
   * the environments whose template or list changed.
   */
  useEnvironments(owner: string, template: string, environments: readonly string[], root: string): string[] {
    const changed: string[] = [];
    const key = environments.join('\0');
    for (const env of environments) {
      const previous = this.usage.get(env);
      if (previous && previous.owner !== owner) continue;
      if (!previous || previous.environments.join('\0') !== key) {
        this.usage.set(env, { owner, template, root, environments: [...environments] });
        changed.push(env);
      }
    }
    return changed;
  }

  /** The template an environment is linted against (the first to use it), with all its environments. */
  templateUsing(environment: string): EnvironmentUse | undefined {
    return this.usage.get(environment);
  }

  /** A document closed: it no longer depends on anything, nor binds environments. */
  forgetOwner(owner: string): void {
    this.recordDepends(owner, null, []);
    for (const [env, use] of this.usage) if (use.owner === owner) this.usage.delete(env);
  }

  /** The size limit of the files of a project under this configuration. */
  maxSizeFor(config: LoadedConfig | null): number {
    return this.options.maxFileSize ?? config?.config.maxFileSize ?? DEFAULT_PARSE_LIMITS.maxSize;
  }

  // ---- sessions ----

  /** The session of a file's project; `maxSize` (the file's limit) also bounds its nested templates and get_file targets. */
  session(file: string, config: LoadedConfig | null, maxSize = this.maxSizeFor(config)): ProjectSession {
    return this.sessionAt(this.rootFor(file, config), config, maxSize);
  }

  /** The session of the project at `root` (an environment file is linted in the project of the template using it). */
  sessionAt(root: string, config: LoadedConfig | null, maxSize = this.maxSizeFor(config)): ProjectSession {
    const key = `${maxSize}:${root}\0${this.catalogKey(config)}`;
    let session = this.sessions.get(key);
    if (!session) {
      const catalog = this.catalogFor(config);
      const limits = { ...DEFAULT_PARSE_LIMITS, maxSize };
      const loader = new NodeFileLoader(root, maxSize, this.host);
      session = this.options.createSession?.(loader, catalog, limits) ?? new ProjectSession(loader, catalog, limits);
      this.sessions.set(key, session);
    }
    return session;
  }

  /** Every session made so far (an editor's buffers go to each). */
  allSessions(): IterableIterator<ProjectSession> {
    return this.sessions.values();
  }

  /** Settings changed: sessions and bindings start again from the files. */
  resetSessions(): void {
    this.sessions.clear();
    this.catalogs.clear();
    this.usage.clear();
  }

  // ---- dependents ----

  /** What `owner` (a linted document) was last computed from, itself left out: a change to one of them means linting it again. */
  recordDepends(owner: string, self: string | null, depends: readonly string[]): void {
    for (const path of this.reads.get(owner) ?? []) {
      const set = this.dependents.get(path);
      set?.delete(owner);
      if (set?.size === 0) this.dependents.delete(path);
    }
    const paths = new Set(depends);
    if (self !== null) paths.delete(self);
    if (paths.size === 0) {
      this.reads.delete(owner);
      return;
    }
    this.reads.set(owner, paths);
    for (const path of paths) {
      let set = this.dependents.get(path);
      if (!set) this.dependents.set(path, (set = new Set()));
      set.add(owner);
    }
  }

  /** The documents whose last lint read `path`. */
  dependentsOf(path: string): string[] {
    return [...(this.dependents.get(path) ?? [])];
  }

  // ---- discovery ----

  /**
   * Candidate files under `dir` (CANDIDATE_FILE), depth first in name order, skipping
   * SKIPPED_DIRS; links to files count, dangling ones are left out. `onError` hears of folders
   * that cannot be listed. `limits` bound an editor's search.
   */
  discover(dir: string, onError: (dir: string, error: unknown) => void = () => {}, limits: { files?: number; depth?: number } = {}): string[] {
    const found: string[] = [];
    const maxFiles = limits.files ?? Infinity;
    const walk = (folder: string, depth: number): void => {
      let entries;
      try {
        entries = this.host.listDir(folder);
      } catch (error) {
        onError(folder, error);
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (found.length >= maxFiles) return;
        // As join() gives it: `folder` is resolved and an entry's name is one plain part.
        const path = folder.endsWith(sep) ? folder + entry.name : folder + sep + entry.name;
        if (entry.kind === 'directory') {
          if (!SKIPPED_DIRS.has(entry.name) && depth < (limits.depth ?? Infinity)) walk(path, depth + 1);
        } else if (CANDIDATE_FILE.test(entry.name)) {
          if (entry.kind === 'file' || (entry.kind === 'symlink' && this.host.stat(path)?.kind === 'file')) found.push(path);
        }
      }
    };
    walk(resolve(dir), 0);
    return found;
  }
}

/** The extensions a directory search considers (the same as the pre-commit hook's `files`). */
export const CANDIDATE_FILE = /\.(ya?ml|json|template)$/i;
/** Folders never searched. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

function catalogFileOf(config: LoadedConfig | null): string | undefined {
  return config?.config.catalogFile === undefined ? undefined : resolve(config.dir, config.config.catalogFile);
}
