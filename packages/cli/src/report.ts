import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic, Rule } from '@hot-lint/core';

/** The findings of one linted file. */
export interface FileReport {
  /** As shown: relative to the working directory when inside it, with forward slashes. */
  path: string;
  absolute: string;
  diagnostics: Diagnostic[];
  /** How many findings --fix resolved in this file. */
  fixed: number;
  /** The text linted (after --fix), when there is one: fingerprints hash the flagged lines. */
  text?: string;
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

/** Something that kept the run from checking everything (exit status 2): a remote failure, an unreadable file. */
export interface RunFailure {
  message: string;
  /** The file it concerns, as shown; absent for the whole run (Keystone refused the login). */
  path?: string;
}

export interface Report {
  files: FileReport[];
  /** In the order they happened; also printed on stderr. */
  failures: RunFailure[];
  summary: Summary;
  /** The folder paths are shown relative to. */
  cwd: string;
  /** The repository's top folder (else cwd): what SARIF and GitLab paths are relative to. */
  root: string;
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
  /** The page documenting a rule, when hot-lint's home is known. */
  ruleUrl: (id: string) => string | null;
}

/**
 * A fingerprint of each finding of a file that survives lines added or removed around it: the
 * rule, the file, the flagged line's text (trimmed) and the flagged text, plus which of the
 * equal ones it is. Messages are left out: some name line numbers.
 */
export function fingerprints(file: FileReport, path: string): string[] {
  const lines = file.text?.split(/\r?\n/) ?? [];
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    const { start, end } = d.range;
    const line = lines[start.line] ?? '';
    const flagged = start.line === end.line ? line.slice(start.character, end.character) : line.slice(start.character);
    const key = createHash('sha256').update([d.ruleId, path, line.trim(), flagged].join('\u0000')).digest('hex');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${key.slice(0, 32)}:${occurrence}`;
  });
}

/** A path relative to the repository root, with forward slashes; null when outside it. */
export function repositoryPath(absolute: string, root: string): string | null {
  const rel = relative(root, absolute);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return null;
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

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides
// ("Trojan source") that would let a template's text move the cursor, retitle a terminal, start
// a CI workflow command on a new line, or reorder what a reader sees.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a template (messages quote it, paths name it) as it may be printed to a terminal
 * or a CI log: every control character spelled as an escape (\n, \x1b, \u202e), so one
 * finding is one line and nothing in it acts on the terminal.
 */
export function printable(text: string, { keepNewlines = false } = {}): string {
  return text.replace(keepNewlines ? CONTROL_BUT_NEWLINES : CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
