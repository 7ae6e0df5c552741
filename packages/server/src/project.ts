import { resolve } from 'node:path';
import {
  configuredHeatRelease,
  environmentsFor,
  innermostFolder,
  isReleaseRange,
  releaseLabel,
  resolveHeatRelease,
  isIgnored,
  lintEnvironmentFile,
  lintTemplateFile,
  loadCatalog,
  NodeFileLoader,
  ProjectSession,
  projectRootFor,
  TypeResolver,
} from '@hot-lint/core';
import type { HeatReleaseSpec } from '@hot-lint/core';
import type { Catalog, EnvironmentModel, LintOptions } from '@hot-lint/core';
import { URI } from 'vscode-uri';
import type { LoadedConfig } from './config.js';
import { analyze, latestParse } from './documents.js';
import type { Analysis, DocumentKind, ProjectView } from './documents.js';

type LoadedFile = ReturnType<ProjectSession['file']>;

/**
 * A session that records which files each lint reads (for the reverse index of related
 * files) and holds the editor's unsaved buffers, which win over the files on disk.
 */
class EditorSession extends ProjectSession {
  recording: Set<string> | null = null;
  // An edit inside one resource re-checks that resource only.
  override keepFindings = true;
  private readonly buffers = new Map<string, string>();

  override file(path: string): LoadedFile {
    this.recording?.add(path);
    return super.file(path);
  }

  // Parsed templates and environments are cached: a lint that finds them there reads them all the same.
  override document(path: string): ReturnType<ProjectSession['document']> {
    this.recording?.add(path);
    return super.document(path);
  }

  override template(path: string): ReturnType<ProjectSession['template']> {
    this.recording?.add(path);
    return super.template(path);
  }

  override environment(path: string): ReturnType<ProjectSession['environment']> {
    this.recording?.add(path);
    return super.environment(path);
  }

  setBuffer(path: string, text: string): void {
    if (this.buffers.get(path) === text) return;
    this.buffers.set(path, text);
    // The parse detectKind made of this text (same default limits), so an edit is parsed once.
    this.setText(path, text, latestParse(text));
  }

  dropBuffer(path: string): void {
    if (this.buffers.delete(path)) this.forget(path);
  }

  /** A file changed on disk: read it again next time, unless the editor's buffer stands for it. */
  changedOnDisk(path: string): void {
    if (!this.buffers.has(path)) this.forget(path);
  }
}

interface Usage {
  /** The open template using the environment, its path and project root, and all its environments. */
  uri: string;
  template: string;
  root: string;
  environments: string[];
}

/**
 * The project side of the server, as the CLI's ProjectRun does it: one session per project
 * root (the configuration's folder when the file is inside it, else the workspace folder,
 * else the file's folder), which environments apply to a template (the configuration's
 * bindings whose glob matches, then the `hotLint.environments` setting), whether the
 * configuration ignores a file (it is analysed, but gets no diagnostics), and which open
 * documents read which files during their last lint. The bindings themselves are core's.
 */
export class ProjectState {
  workspaceFolders: string[] = [];
  /** `hotLint.environments`: paths relative to the workspace folder. */
  settingEnvironments: string[] = [];
  /** The editor's heatRelease setting (one release, or the oldest of a range), used where no configuration chooses one. */
  settingRelease: string | undefined;
  /** The setting as given: a range is linted against each of its releases. */
  settingSpec: HeatReleaseSpec | undefined;
  /** Called with open documents to lint again because what they depend on changed. */
  onRelated: (uris: string[]) => void = () => {};

  private readonly sessions = new Map<string, EditorSession>();
  private readonly buffers = new Map<string, string>();
  private readonly reads = new Map<string, Set<string>>();
  private readonly dependents = new Map<string, Set<string>>();
  private readonly usage = new Map<string, Usage>();

  /** The file path of a file: URI; null for other schemes. */
  static pathOf(uri: string): string | null {
    try {
      const parsed = URI.parse(uri);
      return parsed.scheme === 'file' ? resolve(parsed.fsPath) : null;
    } catch {
      return null;
    }
  }

  /** The workspace folder holding a path (the innermost), else null. */
  workspaceFolderOf(path: string): string | null {
    return innermostFolder(path, this.workspaceFolders);
  }

  rootFor(path: string, config: LoadedConfig | null): string {
    return projectRootFor(path, { config, folders: this.workspaceFolders });
  }

  /** The configuration's environments whose `templates` glob matches, then the setting's. */
  environmentsFor(template: string, config: LoadedConfig | null): string[] {
    const folder = this.workspaceFolderOf(template) ?? this.workspaceFolders[0];
    const setting = folder === undefined ? [] : this.settingEnvironments.map((file) => resolve(folder, file));
    return environmentsFor(template, config, setting);
  }

  private session(root: string, catalog: Catalog): EditorSession {
    const key = `${root}\0${catalog.resources.heat_version}`;
    let session = this.sessions.get(key);
    if (!session) {
      session = new EditorSession(new NodeFileLoader(root), catalog);
      for (const [path, text] of this.buffers) session.setBuffer(path, text);
      this.sessions.set(key, session);
    }
    return session;
  }

  /** An open document's text, seen by every lint from now on instead of the file. */
  setBuffer(path: string, text: string): void {
    this.buffers.set(path, text);
    for (const session of this.sessions.values()) session.setBuffer(path, text);
  }

  bufferOf(path: string): string | undefined {
    return this.buffers.get(path);
  }

  closeBuffer(path: string): void {
    this.buffers.delete(path);
    for (const session of this.sessions.values()) session.dropBuffer(path);
  }

  changedOnDisk(path: string): void {
    for (const session of this.sessions.values()) session.changedOnDisk(path);
  }

  /** The open documents whose last lint read `path`. */
  dependentsOf(path: string): string[] {
    return [...(this.dependents.get(path) ?? [])];
  }

  /** A document closed: it no longer depends on anything, nor binds environments. */
  forgetDocument(uri: string): void {
    this.recordReads(uri, new Set());
    for (const [env, use] of this.usage) if (use.uri === uri) this.usage.delete(env);
  }

  /** Settings or configuration changed: start again from the files. */
  reset(): void {
    this.sessions.clear();
    this.usage.clear();
  }

  private recordReads(uri: string, paths: Set<string>): void {
    for (const path of this.reads.get(uri) ?? []) {
      const set = this.dependents.get(path);
      set?.delete(uri);
      if (set?.size === 0) this.dependents.delete(path);
    }
    if (paths.size === 0) {
      this.reads.delete(uri);
      return;
    }
    this.reads.set(uri, paths);
    for (const path of paths) {
      let set = this.dependents.get(path);
      if (!set) this.dependents.set(path, (set = new Set()));
      set.add(uri);
    }
  }

  /** Analyses a document with its project; documents that are not files are linted alone; ignored ones get no diagnostics. */
  analyze(uri: string, version: number, text: string, kind: DocumentKind, config: LoadedConfig | null): Analysis {
    const path = ProjectState.pathOf(uri);
    if (path === null) {
      const options = config?.options ?? (this.settingRelease ? { catalog: loadCatalog({ heatRelease: this.settingRelease }) } : {});
      return analyze(uri, version, text, kind, options);
    }
    const catalog = config?.options.catalog ?? loadCatalog(this.settingRelease ? { heatRelease: this.settingRelease } : {});
    const lintOptions: LintOptions = config?.options.rules ? { rules: config.options.rules } : {};
    // A range is linted against each release (hover and completion use its oldest).
    const spec = config?.config.catalogFile ? undefined : (configuredHeatRelease(config?.config) ?? this.settingSpec);
    if (isReleaseRange(spec)) lintOptions.heatRelease = spec;
    this.setBuffer(path, text);
    let analysis =
      kind === 'template'
        ? this.analyzeTemplate(uri, version, text, path, catalog, lintOptions, config)
        : this.analyzeEnvironment(uri, version, text, path, catalog, lintOptions, config);
    if (isReleaseRange(spec)) {
      const ends = spec.map((end) => resolveHeatRelease(end as string | number)!).sort((a, b) => a.major - b.major);
      analysis = { ...analysis, heatRelease: `${releaseLabel(ends[0]!)} … ${releaseLabel(ends[1]!)}` };
    }
    return isIgnored(path, config) ? { ...analysis, diagnostics: [] } : analysis;
  }

  private analyzeTemplate(
    uri: string,
    version: number,
    text: string,
    path: string,
    catalog: Catalog,
    lintOptions: LintOptions,
    config: LoadedConfig | null,
  ): Analysis {
    const root = this.rootFor(path, config);
    const session = this.session(root, catalog);
    const environments = this.environmentsFor(path, config);
    const { diagnostics, models } = this.recordingReads(uri, path, session, () => ({
      diagnostics: lintTemplateFile(session, path, { ...lintOptions, environments }).diagnostics,
      models: environments.map((env) => session.environment(env)).filter((env): env is EnvironmentModel => env !== null),
    }));
    const document = session.document(path);
    if (diagnostics === null || !document) return analyze(uri, version, text, 'template', { ...lintOptions, catalog });

    const related: string[] = [];
    const key = environments.join('\0');
    for (const env of environments) {
      const previous = this.usage.get(env);
      if (previous && previous.uri !== uri) continue;
      if (!previous || previous.environments.join('\0') !== key) {
        this.usage.set(env, { uri, template: path, root, environments });
        if (this.buffers.has(env)) related.push(env);
      }
    }
    if (related.length) this.onRelated(related.map((env) => URI.file(env).toString()));

    const project: ProjectView = {
      path,
      environments,
      resolver: new TypeResolver(catalog, models),
      loadTemplate: (base, written) => {
        const target = session.loader.resolve(base, written);
        if (target === null || !session.loader.isAllowed(target)) return null;
        return session.template(target);
      },
      resolvePath: (base, written) => {
        const target = session.loader.resolve(base, written);
        return target !== null && session.loader.isAllowed(target) ? target : null;
      },
    };
    return { uri, version, kind: 'template', text, document, template: session.template(path), catalog, diagnostics, project };
  }

  private analyzeEnvironment(
    uri: string,
    version: number,
    text: string,
    path: string,
    catalog: Catalog,
    lintOptions: LintOptions,
    config: LoadedConfig | null,
  ): Analysis {
    const use = this.usage.get(path);
    const session = this.session(use?.root ?? this.rootFor(path, config), catalog);
    const diagnostics = this.recordingReads(uri, path, session, () =>
      lintEnvironmentFile(session, path, {
        ...lintOptions,
        environments: use?.environments ?? [path],
        ...(use ? { templatePath: use.template } : {}),
      }).diagnostics,
    );
    const document = session.document(path);
    if (diagnostics === null || !document) return analyze(uri, version, text, 'environment', { ...lintOptions, catalog });
    return { uri, version, kind: 'environment', text, document, template: null, catalog, diagnostics };
  }

  /** Runs a lint while recording the files it reads, so their changes re-lint this document. */
  private recordingReads<T>(uri: string, path: string, session: EditorSession, lint: () => T): T {
    const reads = new Set<string>();
    session.recording = reads;
    try {
      return lint();
    } finally {
      session.recording = null;
      reads.delete(path);
      this.recordReads(uri, reads);
    }
  }
}
