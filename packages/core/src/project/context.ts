import type { EnvironmentModel } from '../environment/environment.js';
import type { ProjectSnapshot } from './snapshot.js';

/** What a rule can see of the project around the template being linted: loaded before the rules run, never read by them. */
export interface ProjectContext {
  /** The files the template pulls in (nested templates, get_file targets, registry targets). */
  snapshot: ProjectSnapshot;
  /** The path of the template being linted, as the loader knows it. */
  path: string;
  /** The environments that apply, in the order Heat merges them. */
  environments: readonly EnvironmentModel[];
  /** Templates being linted further up the chain of nested templates (cycle detection). */
  ancestors: readonly string[];
  /** How deep nested templates are followed. */
  maxDepth: number;
}
