import type { EnvironmentModel } from '../environment/environment.js';
import type { ProjectSession } from './session.js';

/** What a rule can see of the project around the template being linted. */
export interface ProjectContext {
  session: ProjectSession;
  /** The path of the template being linted, as the loader knows it. */
  path: string;
  /** The environments that apply, in the order Heat merges them. */
  environments: readonly EnvironmentModel[];
  /** Templates being linted further up the chain of nested templates (cycle detection). */
  ancestors: readonly string[];
  /** How deep nested templates are followed. */
  maxDepth: number;
}
