/** The yaql function: its map and its expression's clear syntax errors. */
import { describeNode, entries, field } from '../../../model/nodes.js';
import { closestMatches, didYouMean } from '../../../util/suggest.js';
import type { Checker } from './check.js';
import { mapOf, text } from './check.js';
import { yaqlSyntaxError } from '../yaql-syntax.js';

export const yaql: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const example = '{yaql: {expression: $.data.var1.sum(), data: {var1: [3, 2, 1]}}}';
  if (k !== 'map') {
    c.fail(c.args, `Arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}: ${example}.`);
    return;
  }
  const map = mapOf(c);
  const expression = field(map, 'expression');
  if (!expression) {
    c.fail(c.key, `"${c.name}" needs an expression: ${example}.`);
    return;
  }
  for (const pair of entries(map)) {
    const key = String(pair.key.value);
    if (key !== 'expression' && key !== 'data') {
      const matches = closestMatches(key, ['expression', 'data']);
      c.fail(pair.key, `"${c.name}" takes only "expression" and "data", not "${key}".${didYouMean(matches)}`, {
        fixes: c.suggest(pair.key, matches),
      });
    }
  }
  const ek = c.kind(expression.value);
  if (ek !== 'string' && ek !== 'call') {
    c.fail(expression.value ?? expression.key, `The "expression" argument to ${c.name} must contain a string, not ${describeNode(expression.value, c.doc)}.`);
    return;
  }
  const source = ek === 'string' ? text(expression.value, c.doc) : null;
  const syntax = source === null ? null : yaqlSyntaxError(source);
  // Heat parses the expression when it reads the template: validate rejects it anywhere.
  if (syntax) c.fail(expression.value, `Bad expression ${syntax.message}.`);
};
