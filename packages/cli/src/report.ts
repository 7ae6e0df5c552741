import type { Diagnostic, Rule } from '@hot-lint/core';

/** The findings of one linted file. */
export interface FileReport {
  /** As shown: relative to the working directory when inside it, with forward slashes. */
  path: string;
  absolute: string;
  diagnostics: Diagnostic[];
  /** How many findings --fix resolved in this file. */
  fixed: number;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings with a certain fix (`--fix` would apply it). */
  fixable: number;
  fixed: number;
}

export interface Report {
  files: FileReport[];
  summary: Summary;
  /** The folder paths are relative to (the SARIF %SRCROOT%). */
  cwd: string;
}

export interface FormatContext {
  color: boolean;
  rules: readonly Rule[];
  version: string;
  /** The catalog version checked against (the oldest of a range), e.g. "26.0.1". */
  heatVersion: string;
  /** The release(s) checked against, as shown to users: "Heat 26 (2026.1)", or "Heat 13 (train) … Heat 22 (2024.1)". */
  heatRelease: string;
  repositoryUrl: string | null;
}

export type Formatter = (report: Report, context: FormatContext) => string;

export function summarize(files: readonly FileReport[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0 };
  for (const file of files) {
    summary.fixed += file.fixed;
    for (const d of file.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (certainFix(d)) summary.fixable++;
    }
  }
  return summary;
}

export function certainFix(d: Diagnostic) {
  return d.fixes?.find((f) => f.certain);
}

/** 1-based line, column, end line and end column (the column after the last character). */
export function position(d: Diagnostic): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
