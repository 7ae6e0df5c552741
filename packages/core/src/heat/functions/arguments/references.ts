/** Arguments that name something: a parameter (with a path), an attribute, facade data. */
import { describeNode, resolve } from '../../../model/nodes.js';
import { closestMatches, didYouMean } from '../../../util/suggest.js';
import { argumentFacts, argumentForm } from '../forms.js';
import type { Checker } from './check.js';
import { itemsOf, text } from './check.js';

export const getParam: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const string = text(c.args, c.doc);
  if (k === 'null' || string === '' || (k === 'list' && itemsOf(c).length === 0)) {
    c.fail(c.args, `Function "${c.name}" must have arguments: a parameter name, or a list of a parameter name and a path.`);
    return;
  }
  if (k !== 'string' && k !== 'list') {
    c.fail(c.args, `Argument to "${c.name}" must be string or list, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  if (k === 'list') {
    const first = itemsOf(c)[0];
    const fk = c.kind(first);
    if (fk !== 'string' && fk !== 'call') {
      c.fail(first, `Parameter name in "${c.name}" must be string, not ${describeNode(first, c.doc)}.`);
    }
  }
};

export const getAttr: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const { resourceAlone: allowAll, usage: form } = argumentForm(c.language, 'get_attr', c.name);
  if (k === 'list') {
    const list = itemsOf(c);
    if (list.length === 0 || (!allowAll && list.length < 2)) {
      c.fail(c.args, `Arguments to "${c.name}" must be of the form ${form}.`);
    }
    return;
  }
  if (k === 'null') {
    c.fail(c.args, `Arguments to "${c.name}" must be of the form ${form}.`);
    return;
  }
  const string = text(c.args, c.doc);
  // Heat reads a one-character string as a list of one resource name.
  if (allowAll && string !== null && string.length === 1) return;
  let hint = '';
  if (string !== null && /^[^.\s]+\.[^.\s]+$/.test(string)) {
    const [resource, attribute] = string.split('.');
    hint = ` Did you mean {${c.name}: [${resource}, ${attribute}]}?`;
  } else if (string !== null && /^\S+$/.test(string)) {
    hint = ` For example {${c.name}: [${string}, <attribute>]}.`;
  }
  c.fail(c.args, `Argument to "${c.name}" must be a list ${form}, not ${describeNode(c.args, c.doc)}.${hint}`);
};

export const resourceFacade: Checker = (c) => {
  const RESOURCE_FACADE_ARGS = argumentFacts(c.catalog)?.resource_facade_attributes;
  if (!RESOURCE_FACADE_ARGS) return;
  const value = text(c.args, c.doc);
  if (value !== null && RESOURCE_FACADE_ARGS.includes(value)) return;
  const matches = value === null ? [] : closestMatches(value, RESOURCE_FACADE_ARGS);
  c.fail(c.args, `Incorrect arguments to "${c.name}" should be one of: ${RESOURCE_FACADE_ARGS.join(', ')}.${didYouMean(matches)}`, {
    fixes: value === null ? [] : c.suggest(resolve(c.args, c.doc), matches),
  });
};
