import type { EnvironmentModel } from '../environment/environment.js';
import { lintDocument } from '../lint.js';
import type { LintOptions } from '../lint.js';
import type { Diagnostic } from '../types.js';
import { isReleaseRange } from '../config/config.js';
import type { ProjectSession } from './session.js';

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
}

function loadEnvironments(session: ProjectSession, paths: readonly string[]): EnvironmentModel[] {
  return paths.map((path) => session.environment(path)).filter((env): env is EnvironmentModel => env !== null);
}

/** Lints a template file with its environments, nested templates and get_file targets. */
export function lintTemplateFile(session: ProjectSession, path: string, options: ProjectLintOptions = {}): FileLintResult {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason };
  const document = session.document(path)!;
  const environments = loadEnvironments(session, options.environments ?? []);
  // A range of releases: each release's catalog in turn (lintDocument merges the findings).
  const range = isReleaseRange(options.heatRelease);
  const { diagnostics } = lintDocument(file.read.text, {
    ...options,
    ...(range ? {} : { catalog: session.catalog, template: session.template(path), incremental: session.incrementalLint(path) }),
    document,
    project: { session, path, environments, ancestors: [], maxDepth: options.maxDepth ?? 5 },
  });
  return { path, diagnostics };
}

/** Lints an environment file, against the template it is used with when one is named. */
export function lintEnvironmentFile(
  session: ProjectSession,
  path: string,
  options: ProjectLintOptions & { templatePath?: string } = {},
): FileLintResult {
  const file = session.file(path);
  if (!file.read.ok) return { path, diagnostics: null, reason: file.read.reason };
  const document = session.document(path)!;
  const environment = session.environment(path)!;
  const others = loadEnvironments(session, options.environments ?? []);
  const environments = others.includes(environment) ? others : [...others, environment];
  const { templatePath, ...lintOptions } = options;
  const template = templatePath ? session.template(templatePath) : null;
  const { diagnostics } = lintDocument(file.read.text, {
    ...lintOptions,
    ...(isReleaseRange(options.heatRelease) ? {} : { catalog: session.catalog }),
    document,
    asEnvironment: { environment, template, environments },
    project: { session, path, environments, ancestors: [], maxDepth: options.maxDepth ?? 5 },
  });
  return { path, diagnostics };
}
