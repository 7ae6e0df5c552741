import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import type { Fix, Range } from '../types.js';
import { scalarText } from '../util/scalar-text.js';
import { closestMatches, didYouMean } from '../util/suggest.js';
import type { RuleContext } from './rule.js';

/** A fix that replaces one range with new text. */
export function replaceFix(range: Range, newText: string, title: string, certain = false): Fix {
  return { title, edits: [{ range, newText }], certain };
}

/**
 * Fixes for a "did you mean" finding, each replacing the scalar `node` with a candidate written in
 * the scalar's own quoting (a JSON template stays JSON); certain only when there is exactly one
 * candidate. The one builder of replacement fixes: rules never write the new text themselves.
 */
export function suggestionFixes(rangeOf: RuleContext['rangeOf'], node: unknown, candidates: readonly string[]): Fix[] {
  if (!isScalar(node)) return [];
  const range = rangeOf(node);
  const fixes: Fix[] = [];
  for (const candidate of candidates) {
    const text = scalarText(node, candidate);
    if (text !== null) fixes.push(replaceFix(range, text, `Change to "${candidate}"`, candidates.length === 1));
  }
  return fixes;
}

/**
 * " Did you mean ...?" for a misspelled name and the fixes that replace it, keeping the
 * scalar's quoting; the fix is certain when there is exactly one candidate.
 */
export function suggestName(
  context: Pick<RuleContext, 'rangeOf'>,
  node: Scalar,
  name: string,
  candidates: Iterable<string>,
): { hint: string; fixes: Fix[] } {
  const matches = closestMatches(name, candidates);
  return { hint: didYouMean(matches), fixes: suggestionFixes(context.rangeOf, node, matches) };
}
