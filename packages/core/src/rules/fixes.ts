import type { Fix, Range } from '../types.js';

/** A fix that replaces one range with new text. */
export function replaceFix(range: Range, newText: string, title: string, certain = false): Fix {
  return { title, edits: [{ range, newText }], certain };
}

/** Fixes for a "did you mean" finding: certain only when there is exactly one candidate. */
export function suggestionFixes(range: Range, candidates: readonly string[]): Fix[] {
  return candidates.map((candidate) => replaceFix(range, candidate, `Change to "${candidate}"`, candidates.length === 1));
}
