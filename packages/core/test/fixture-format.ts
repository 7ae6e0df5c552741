import type { Diagnostic } from '../src/index.js';

/**
 * One finding per line, 1-based like an editor shows them:
 * `3:5-3:12 error get-param-undefined The parameter "flavour" is not defined.`
 */
export function formatFinding(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.severity} ${d.ruleId} ${d.message}`;
}
