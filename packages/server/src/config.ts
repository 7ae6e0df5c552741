import { dirname, resolve } from 'node:path';
import { configuredHeatRelease, loadCatalog, loadCatalogFile, sessionRelease, Workspace } from '@hot-lint/core';
import type { LintOptions, LoadedConfig as WorkspaceConfig } from '@hot-lint/core';
import { URI } from 'vscode-uri';

/** A `.hot-lint.yaml` that could be used: its folder, its settings, and the lint options they give. */
export interface LoadedConfig extends WorkspaceConfig {
  options: LintOptions;
}

/**
 * The `.hot-lint.yaml` of a document (the nearest, or an explicit path), as the workspace finds
 * and re-reads it when it changes, with the lint options it gives. A bad one is logged and ignored.
 */
export class ConfigResolver {
  private readonly options = new WeakMap<WorkspaceConfig, LoadedConfig | null>();
  private logged = 0;

  constructor(
    private readonly log: (message: string) => void = () => {},
    private readonly workspace: Workspace = new Workspace({ watch: true }),
  ) {}

  set explicitPath(path: string | null) {
    this.workspace.explicitConfig = path;
  }

  get explicitPath(): string | null {
    return this.workspace.explicitConfig;
  }

  optionsFor(uri: string): LintOptions {
    return this.configFor(uri)?.options ?? {};
  }

  configFor(uri: string): LoadedConfig | null {
    let dir: string | null = null;
    try {
      const parsed = URI.parse(uri);
      if (parsed.scheme === 'file') dir = dirname(parsed.fsPath);
    } catch {
      return null;
    }
    if (dir === null && this.workspace.explicitConfig === null) return null;
    const found = this.workspace.configFor(dir ?? '/');
    this.logProblems();
    if (!found) return null;
    if (this.options.has(found)) return this.options.get(found)!;
    let loaded: LoadedConfig | null = null;
    try {
      const options: LintOptions = { rules: found.config.rules };
      // A range: the session catalog is its oldest release; diagnostics check each (project.ts).
      const release = sessionRelease(configuredHeatRelease(found.config));
      if (found.config.catalogFile) options.catalog = loadCatalogFile(resolve(found.dir, found.config.catalogFile));
      else if (release) options.catalog = loadCatalog({ heatRelease: release });
      loaded = { ...found, options };
    } catch (error) {
      this.log(`hot-lint configuration ignored: ${found.path}: ${(error as Error).message}`);
    }
    this.options.set(found, loaded);
    return loaded;
  }

  clear(): void {
    this.workspace.clearConfigs();
  }

  private logProblems(): void {
    const problems = this.workspace.configProblems;
    for (; this.logged < problems.length; this.logged++) {
      const problem = problems[this.logged]!;
      const where =
        'problem' in problem
          ? `${problem.path}:${problem.problem.range.start.line + 1}:${problem.problem.range.start.character + 1}: ${problem.problem.message}`
          : `${problem.path}: ${problem.reason}.`;
      this.log(`hot-lint configuration ignored: ${where}`);
    }
  }
}
