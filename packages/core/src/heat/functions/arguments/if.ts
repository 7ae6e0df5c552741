/** if: its forms differ by version (If, IfNullable). */
import { argumentForm } from '../forms.js';
import type { Checker } from './check.js';
import { itemsOf } from './check.js';

export const ifFunction: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const { optionalElse: nullable } = argumentForm(c.language, 'if', c.name);
  const count = k === 'list' ? itemsOf(c).length : -1;
  if (count === 3 || (nullable && count === 2)) return;
  c.fail(
    c.args,
    `Arguments to "${c.name}" must be of the form: [condition_name, value_if_true, value_if_false]${nullable ? ' (value_if_false may be omitted)' : ''}.`,
  );
};

