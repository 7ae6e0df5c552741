import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configuredHeatRelease, findConfigFile, loadCatalog, loadCatalogFile, parseConfig, readRegularFile, sessionRelease } from '@hot-lint/core';
import type { HotLintConfig, LintOptions } from '@hot-lint/core';
import { URI } from 'vscode-uri';

/** A `.hot-lint.yaml` that could be used: its folder, its settings, and the lint options they give. */
export interface LoadedConfig {
  path: string;
  dir: string;
  config: HotLintConfig;
  options: LintOptions;
}

interface Cached {
  mtimeMs: number;
  loaded: LoadedConfig | null;
}

/** The `.hot-lint.yaml` nearest a document (or an explicit path); cached by mtime. A bad one is logged and ignored. */
export class ConfigResolver {
  private readonly cache = new Map<string, Cached>();
  explicitPath: string | null = null;

  constructor(private readonly log: (message: string) => void = () => {}) {}

  optionsFor(uri: string): LintOptions {
    return this.configFor(uri)?.options ?? {};
  }

  configFor(uri: string): LoadedConfig | null {
    let path: string | null = this.explicitPath;
    try {
      const parsed = URI.parse(uri);
      if (!path && parsed.scheme === 'file') path = findConfigFile(dirname(parsed.fsPath));
    } catch {
      return null;
    }
    if (!path) return null;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return null;
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    let loaded: LoadedConfig | null = null;
    const problems: string[] = [];
    try {
      const read = readRegularFile(path, 1024 * 1024);
      if (!read.ok) throw new Error(`${read.reason}.`);
      const { config, problems: found } = parseConfig(read.bytes.toString('utf8'));
      if (found.length > 0) {
        for (const p of found) problems.push(`${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
      } else {
        const options: LintOptions = { rules: config.rules };
        // A range: the session catalog is its oldest release; diagnostics check each (project.ts).
        const release = sessionRelease(configuredHeatRelease(config));
        if (config.catalogFile) options.catalog = loadCatalogFile(resolve(dirname(path), config.catalogFile));
        else if (release) options.catalog = loadCatalog({ heatRelease: release });
        loaded = { path, dir: dirname(path), config, options };
      }
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
    for (const problem of problems) this.log(`hot-lint configuration ignored: ${problem}`);
    this.cache.set(path, { mtimeMs, loaded });
    return loaded;
  }

  clear(): void {
    this.cache.clear();
  }
}
