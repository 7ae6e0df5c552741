import type { Diagnostic, Range } from '../types.js';
import { closestMatches, didYouMean } from '../util/suggest.js';

/** The rule id of a suppression comment that suppresses nothing. */
export const UNUSED_SUPPRESSION_RULE_ID = 'unused-suppression';

export type SuppressionKind = 'file' | 'line' | 'next-line';

export interface SuppressedRule {
  id: string;
  /** Where the rule id is written in the comment. */
  range: Range;
}

/** One `# hot-lint-disable...` comment. */
export interface Suppression {
  kind: SuppressionKind;
  /** The rules it names; empty means every rule. */
  rules: SuppressedRule[];
  /** The comment, from `#` to its end (without a trailing `-- reason`'s whitespace). */
  range: Range;
  /** The 0-based line it applies to (the comment's line or the next); -1 for the whole file. */
  line: number;
}

export interface SuppressionResult {
  /** The diagnostics no comment suppresses. */
  diagnostics: Diagnostic[];
  /** The diagnostics a comment suppressed. */
  suppressed: Diagnostic[];
  /** `unused-suppression` findings (severity warning) for comments, or rule names in them, that suppressed nothing. */
  unused: Diagnostic[];
}

export interface ApplyOptions {
  /**
   * Rules that ran on the document. A comment naming a rule that did not run (turned off or
   * not enabled by default) is not reported as unused. Undefined means every known rule ran.
   */
  activeRuleIds?: ReadonlySet<string>;
  /** Every rule id there is: a name outside it is reported as unknown. */
  knownRuleIds?: Iterable<string>;
}

// `#` at the start of a line or after whitespace, then the directive.
const DIRECTIVE = /(^|[ \t])(#[ \t]*hot-lint-disable(-next-line|-line)?)(?=$|[ \t])(.*)$/;
const RULE_NAME = /[^\s,]+/g;

/** Finds every suppression comment in a YAML text. Pure; never throws. */
export function parseSuppressions(text: string): Suppression[] {
  const found: Suppression[] = [];
  if (!text.includes('hot-lint-disable')) return found;
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const raw = lines[line]!.replace(/\r$/, '');
    if (!raw.includes('hot-lint-disable')) continue;
    const match = DIRECTIVE.exec(raw);
    if (!match) continue;
    const start = match.index + match[1]!.length;
    const kind: SuppressionKind = match[3] === '-next-line' ? 'next-line' : match[3] === '-line' ? 'line' : 'file';
    let rest = match[4]!;
    const restStart = start + match[2]!.length;
    const reason = rest.search(/(^|[ \t])--([ \t]|$)/);
    if (reason >= 0) rest = rest.slice(0, reason);
    const rules: SuppressedRule[] = [];
    for (const name of rest.matchAll(RULE_NAME)) {
      const at = restStart + name.index!;
      rules.push({ id: name[0], range: lineRange(line, at, at + name[0].length) });
    }
    const end = restStart + rest.replace(/[ \t]+$/, '').length;
    found.push({
      kind,
      rules,
      range: lineRange(line, start, end),
      line: kind === 'file' ? -1 : kind === 'line' ? line : line + 1,
    });
  }
  return found;
}

/** The suppressions whose comment does not start inside one of the ranges (of scalars: a `#` in a string is text). */
export function suppressionsOutside(suppressions: readonly Suppression[], ranges: readonly Range[]): Suppression[] {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return suppressions.filter((s) => !ranges.some((r) => !before(s.range.start, r.start) && before(s.range.start, r.end)));
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/**
 * Removes the diagnostics that suppression comments cover and reports the comments (or rule
 * names in them) that cover nothing. A diagnostic is covered by a `line` or `next-line`
 * comment when it starts on that line. `unused-suppression` findings are never suppressed
 * except by a file-level comment naming that rule.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: readonly Suppression[],
  options: ApplyOptions = {},
): SuppressionResult {
  if (suppressions.length === 0) return { diagnostics: [...diagnostics], suppressed: [], unused: [] };
  const used = new Set<string>(); // `${index}:${rule id or *}`
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    let covered = false;
    suppressions.forEach((s, index) => {
      if (s.line !== -1 && s.line !== diagnostic.range.start.line) return;
      if (diagnostic.file !== undefined) return; // about another file: its own comments apply
      if (s.rules.length === 0) {
        covered = true;
        used.add(`${index}:*`);
        return;
      }
      for (const rule of s.rules) {
        if (rule.id === diagnostic.ruleId) {
          covered = true;
          used.add(`${index}:${rule.id}`);
        }
      }
    });
    (covered ? suppressed : kept).push(diagnostic);
  }

  const known = options.knownRuleIds ? [...options.knownRuleIds] : null;
  const knownSet = known ? new Set(known) : null;
  const unused: Diagnostic[] = [];
  const report = (range: Range, message: string) =>
    unused.push({ ruleId: UNUSED_SUPPRESSION_RULE_ID, severity: 'warning', message, range });
  suppressions.forEach((s, index) => {
    const directive = directiveName(s.kind);
    if (s.rules.length === 0) {
      if (!used.has(`${index}:*`)) report(s.range, `This "${directive}" comment suppresses nothing: remove it.`);
      return;
    }
    const unusedRules = s.rules.filter((rule) => {
      if (used.has(`${index}:${rule.id}`)) return false;
      if (knownSet && !knownSet.has(rule.id)) return true;
      if (rule.id === UNUSED_SUPPRESSION_RULE_ID && s.kind === 'file') return false;
      return !options.activeRuleIds || options.activeRuleIds.has(rule.id);
    });
    if (unusedRules.length === s.rules.length && s.rules.every((r) => !knownSet || knownSet.has(r.id))) {
      const names = s.rules.map((r) => `"${r.id}"`).join(', ');
      report(s.range, `This "${directive}" comment suppresses nothing (no ${names} finding ${where(s.kind)}): remove it.`);
      return;
    }
    for (const rule of unusedRules) {
      if (knownSet && !knownSet.has(rule.id)) {
        report(rule.range, `Unknown rule "${rule.id}" in a "${directive}" comment.${didYouMean(closestMatches(rule.id, known!))}`);
      } else {
        report(rule.range, `"${rule.id}" is suppressed here but has no finding ${where(s.kind)}: remove it from the comment.`);
      }
    }
  });

  // File-level suppression of unused-suppression itself.
  const silenceUnused = suppressions.some(
    (s) => s.kind === 'file' && s.rules.some((r) => r.id === UNUSED_SUPPRESSION_RULE_ID),
  );
  return { diagnostics: kept, suppressed, unused: silenceUnused ? [] : unused };
}

function where(kind: SuppressionKind): string {
  return kind === 'file' ? 'in this file' : kind === 'line' ? 'on its line' : 'on the next line';
}

function directiveName(kind: SuppressionKind): string {
  return kind === 'file' ? 'hot-lint-disable' : kind === 'line' ? 'hot-lint-disable-line' : 'hot-lint-disable-next-line';
}
