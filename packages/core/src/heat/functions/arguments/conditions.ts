/** Condition functions and if. */
import { describeNode } from '../../../model/nodes.js';
import { argumentForm } from '../forms.js';
import type { Checker } from './check.js';
import { itemsOf } from './check.js';

export const exactList = (count: number, form: string): Checker => (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list' || itemsOf(c).length !== count) {
    c.fail(c.args, `Arguments to "${c.name}" must be of the form: ${form}.`);
  }
};

export const equals = exactList(2, '[value_1, value_2]');

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

export const notFunction: Checker = (c) => {
  if (c.kind(c.args) === 'null') c.fail(c.args, `Argument to "${c.name}" must be a condition.`);
};

export const andOr: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list') {
    c.fail(c.args, `Arguments to "${c.name}" must be a list of conditions, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  if (itemsOf(c).length < 2) c.fail(c.args, `The minimum number of condition arguments to "${c.name}" is 2.`);
};

export const contains: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list' || itemsOf(c).length !== 2) {
    c.fail(c.args, `Arguments to "${c.name}" must be of the form: [value1, [value1, value2]].`);
    return;
  }
  const sequence = itemsOf(c)[1];
  const sk = c.kind(sequence);
  if (sk !== 'list' && sk !== 'string' && sk !== 'call') {
    c.fail(sequence ?? c.args, `Second argument to "${c.name}" should be a sequence, not ${describeNode(sequence, c.doc)}.`, { resolved: true });
  }
};
