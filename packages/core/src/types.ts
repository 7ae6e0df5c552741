/** Public types of @hot-lint/core. Positions are 0-based, like the Language Server Protocol. */

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A change that resolves a finding. `certain` fixes may be applied without asking (`--fix`). */
export interface Fix {
  title: string;
  edits: TextEdit[];
  certain: boolean;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The rule's variant (meta.variants) this finding is, when it is not the rule's main finding. */
  variant?: string;
  /** Set when the finding is about another file than the one linted (nested template, environment). */
  file?: string;
  fixes?: Fix[];
}
