import type { EnvironmentModel } from '../environment/environment.js';
import { lintDocument } from '../lint.js';
import type { LintOptions } from '../lint.js';
import type { Diagnostic } from '../types.js';
import { isReleaseRange } from '../config/config.js';
import type { Template } from '../model/template.js';
import { resolveProject } from './resolve.js';
import type { ProjectSession } from './session.js';
import type { ProjectContext } from './context.js';

export interface ProjectLintOptions extends Omit<LintOptions, 'project' | 'document' | 'template' | 'asEnvironment' | 'catalog'> {
  /** Environment files that apply, in the order given to Heat (`-e a.yaml -e b.yaml`). */
  environments?: readonly string[];
  /** How deep nested templates are followed (default 5). */
  maxDepth?: number;
}

export interface FileLintResult {
  path: string;
  /** Null when the file could not be read; `reason` says why. */
  diagnostics: Diagnostic[] | null;
  reason?: string;
  /**
   * Every file the findings were computed from, the linted one first: its environments and
   * what the resolution phase loaded (what a cache checks, what an editor re-lints on).
   */
  depends: string[];
}

function loadEnvironments(session: ProjectSession, paths: readonly string[]): EnvironmentModel[] {
  return paths.map((path) => session.environment(path)).filter((env): env is EnvironmentModel => env !== null);
}

/** The resolution phase for one lint: the project context the rules get, and what it depends on. */
function resolveContext(
  session: ProjectSession,
  path: string,
  template: Template | null,
  environments: readonly EnvironmentModel[],
  environmentPaths: readonly string[],
  maxDepth: number,
): { project: ProjectContext; depends: string[] } {
  const snapshot = resolveProject(session, { template, path, environments, maxDepth, catalog: session.catalog });
  const depends = [...new Set([path, ...environmentPaths, ...snapshot.files])];
  return { project: { snapshot, path, environments, ancestors: [], maxDepth }, depends };
}

/** Lints a template file with its environments, nested templates and get_file targets. */
export function lintTemplateFile(session: ProjectSession, path: string, options: ProjectLintOptions = {}): FileLintResult {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason, depends: [path] };
  const document = session.document(path)!;
  const environmentPaths = options.environments ?? [];
  const environments = loadEnvironments(session, environmentPaths);
  const template = session.template(path);
  const { project, depends } = resolveContext(session, path, template, environments, environmentPaths, options.maxDepth ?? 5);
  // A range of releases: each release's catalog in turn (lintDocument merges the findings).
  const range = isReleaseRange(options.heatRelease);
  const { diagnostics } = lintDocument(file.read.text, {
    ...options,
    ...(range ? {} : { catalog: session.catalog, template, incremental: session.incrementalLint(path) }),
    document,
    project,
  });
  return { path, diagnostics, depends };
}

/** Lints an environment file, against the template it is used with when one is named. */
export function lintEnvironmentFile(
  session: ProjectSession,
  path: string,
  options: ProjectLintOptions & { templatePath?: string } = {},
): FileLintResult {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason, depends: [path] };
  const document = session.document(path)!;
  const environment = session.environment(path)!;
  const environmentPaths = options.environments ?? [];
  const others = loadEnvironments(session, environmentPaths);
  const environments = others.includes(environment) ? others : [...others, environment];
  const { templatePath, ...lintOptions } = options;
  const template = templatePath ? session.template(templatePath) : null;
  // Only the environment's own files are resolved: the rules check its registry, not the template's nested stacks.
  const resolved = resolveContext(session, path, null, environments, environmentPaths, options.maxDepth ?? 5);
  const depends = templatePath ? [...new Set([...resolved.depends, templatePath])] : resolved.depends;
  const { diagnostics } = lintDocument(file.read.text, {
    ...lintOptions,
    ...(isReleaseRange(options.heatRelease) ? {} : { catalog: session.catalog }),
    document,
    asEnvironment: { environment, template, environments },
    project: resolved.project,
  });
  return { path, diagnostics, depends };
}
