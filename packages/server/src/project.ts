import { basename, resolve } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  configuredHeatRelease,
  innermostFolder,
  isReleaseRange,
  releaseLabel,
  resolveHeatRelease,
  isIgnored,
  lintEnvironmentFile,
  lintTemplateFile,
  loadCatalog,
  nodeHost,
  overlayHost,
  ProjectSession,
  TypeResolver,
  Workspace,
} from '@hot-lint/core';
import type { HeatReleaseSpec } from '@hot-lint/core';
import type { Catalog, EnvironmentModel, LintOptions } from '@hot-lint/core';
import { URI } from 'vscode-uri';
import type { LoadedConfig } from './config.js';
import { analyze, latestParse } from './documents.js';
import type { Analysis, DocumentKind, ProjectView } from './documents.js';

/** A session that holds the editor's unsaved buffers, which win over the files on disk. */
class EditorSession extends ProjectSession {
  // An edit inside one resource re-checks that resource only.
  override keepFindings = true;
  private readonly buffers = new Map<string, string>();

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

/**
 * The project side of the server: core's Workspace (the CLI's too) with the editor's state on
 * top: unsaved buffers (read before the files, and pushed into every session so an edit is
 * parsed once), the workspace folders and settings, and which open documents to lint again
 * when a file they depend on changes. A configuration's ignored file is analysed but gets no
 * diagnostics.
 */
export class ProjectState {
  /** The editor's heatRelease setting (one release, or the oldest of a range), used where no configuration chooses one. */
  settingRelease: string | undefined;
  /** Called with open documents to lint again because what they depend on changed. */
  onRelated: (uris: string[]) => void = () => {};

  private readonly buffers = new Map<string, string>();
  private spec: HeatReleaseSpec | undefined;
  private environmentSetting: string[] = [];

  readonly workspace = new Workspace({
    // Open documents are read before the files; a configuration counts as saved (re-read when its file changes).
    host: overlayHost(nodeHost, (path) => (CONFIG_FILE_NAMES.includes(basename(path)) ? undefined : this.buffers.get(path))),
    watch: true,
    createSession: (loader, catalog, limits) => {
      const session = new EditorSession(loader, catalog, limits);
      for (const [path, text] of this.buffers) session.setBuffer(path, text);
      return session;
    },
  });

  constructor() {
    this.workspace.explicitEnvironments = (template) => {
      const folder = this.workspaceFolderOf(template) ?? this.workspace.folders[0];
      return folder === undefined ? [] : this.environmentSetting.map((file) => resolve(folder, file));
    };
  }

  /** The file path of a file: URI; null for other schemes. */
  static pathOf(uri: string): string | null {
    try {
      const parsed = URI.parse(uri);
      return parsed.scheme === 'file' ? resolve(parsed.fsPath) : null;
    } catch {
      return null;
    }
  }

  get workspaceFolders(): readonly string[] {
    return this.workspace.folders;
  }

  set workspaceFolders(folders: readonly string[]) {
    this.workspace.folders = folders;
  }

  /** `hotLint.environments`: paths relative to the workspace folder. */
  get settingEnvironments(): string[] {
    return this.environmentSetting;
  }

  set settingEnvironments(environments: string[]) {
    this.environmentSetting = environments;
  }

  /** The setting as given: a range is linted against each of its releases. */
  get settingSpec(): HeatReleaseSpec | undefined {
    return this.spec;
  }

  set settingSpec(spec: HeatReleaseSpec | undefined) {
    this.spec = spec;
    this.workspace.fallbackRelease = spec;
  }

  /** The workspace folder holding a path (the innermost), else null. */
  workspaceFolderOf(path: string): string | null {
    return innermostFolder(path, this.workspace.folders);
  }

  rootFor(path: string, config: LoadedConfig | null): string {
    return this.workspace.rootFor(path, config);
  }

  /** The configuration's environments whose `templates` glob matches, then the setting's. */
  environmentsFor(template: string, config: LoadedConfig | null): string[] {
    return this.workspace.environmentsFor(template, config);
  }

  private sessions(): EditorSession[] {
    return [...this.workspace.allSessions()] as EditorSession[];
  }

  /** An open document's text, seen by every lint from now on instead of the file. */
  setBuffer(path: string, text: string): void {
    this.buffers.set(path, text);
    for (const session of this.sessions()) session.setBuffer(path, text);
  }

  bufferOf(path: string): string | undefined {
    return this.buffers.get(path);
  }

  closeBuffer(path: string): void {
    this.buffers.delete(path);
    for (const session of this.sessions()) session.dropBuffer(path);
  }

  changedOnDisk(path: string): void {
    for (const session of this.sessions()) session.changedOnDisk(path);
  }

  /** The open documents whose last lint read `path`. */
  dependentsOf(path: string): string[] {
    return this.workspace.dependentsOf(path);
  }

  /** A document closed: it no longer depends on anything, nor binds environments. */
  forgetDocument(uri: string): void {
    this.workspace.forgetOwner(uri);
  }

  /** Settings or configuration changed: start again from the files. */
  reset(): void {
    this.workspace.resetSessions();
  }

  /** Analyses a document with its project; documents that are not files are linted alone; ignored ones get no diagnostics. */
  analyze(uri: string, version: number, text: string, kind: DocumentKind, config: LoadedConfig | null): Analysis {
    const path = ProjectState.pathOf(uri);
    if (path === null) {
      const options = config?.options ?? (this.settingRelease ? { catalog: loadCatalog({ heatRelease: this.settingRelease }) } : {});
      return analyze(uri, version, text, kind, options);
    }
    // The configuration's catalog was loaded with it (config.ts); else the workspace's for the setting.
    const catalog = config?.options.catalog ?? this.workspace.catalogFor(config);
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
    const session = this.workspace.sessionAt(root, config);
    const environments = this.environmentsFor(path, config);
    const { diagnostics, depends } = lintTemplateFile(session, path, { ...lintOptions, environments });
    this.workspace.recordDepends(uri, path, depends);
    const models = environments.map((env) => session.environment(env)).filter((env): env is EnvironmentModel => env !== null);
    const document = session.document(path);
    if (diagnostics === null || !document) return analyze(uri, version, text, 'template', { ...lintOptions, catalog });

    const related = this.workspace.useEnvironments(uri, path, environments, root).filter((env) => this.buffers.has(env));
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
    const use = this.workspace.templateUsing(path);
    const session = this.workspace.sessionAt(use?.root ?? this.rootFor(path, config), config);
    const { diagnostics, depends } = lintEnvironmentFile(session, path, {
      ...lintOptions,
      environments: use?.environments ?? [path],
      ...(use ? { templatePath: use.template } : {}),
    });
    this.workspace.recordDepends(uri, path, depends);
    const document = session.document(path);
    if (diagnostics === null || !document) return analyze(uri, version, text, 'environment', { ...lintOptions, catalog });
    return { uri, version, kind: 'environment', text, document, template: null, catalog, diagnostics };
  }
}
