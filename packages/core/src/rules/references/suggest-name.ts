import type { Scalar } from 'yaml';
import type { Fix } from '../../types.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import type { RuleContext } from '../rule.js';
import { suggestionFixes } from '../fixes.js';

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
