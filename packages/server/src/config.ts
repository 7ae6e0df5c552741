import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { findConfigFile, loadCatalog, parseConfig } from '@hot-lint/core';
import type { LintOptions } from '@hot-lint/core';
import { URI } from 'vscode-uri';

interface Cached {
  mtimeMs: number;
  options: LintOptions;
  problems: string[];
}

/** Lint options from the `.hot-lint.yaml` nearest a document (or an explicit path); cached by mtime. */
export class ConfigResolver {
  private readonly cache = new Map<string, Cached>();
  explicitPath: string | null = null;

  constructor(private readonly log: (message: string) => void = () => {}) {}

  optionsFor(uri: string): LintOptions {
    let path: string | null = this.explicitPath;
    try {
      const parsed = URI.parse(uri);
      if (!path && parsed.scheme === 'file') path = findConfigFile(dirname(parsed.fsPath));
    } catch {
      return {};
    }
    if (!path) return {};
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return {};
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.options;
    const options: LintOptions = {};
    const problems: string[] = [];
    try {
      const { config, problems: found } = parseConfig(readFileSync(path, 'utf8'));
      if (found.length > 0) {
        for (const p of found) problems.push(`${path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
      } else {
        options.rules = config.rules;
        if (config.catalog) options.catalog = loadCatalog({ heatVersion: config.catalog });
      }
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
    for (const problem of problems) this.log(`hot-lint configuration ignored: ${problem}`);
    this.cache.set(path, { mtimeMs, options, problems });
    return options;
  }

  clear(): void {
    this.cache.clear();
  }
}
