/** Functions that build lists and maps. */
import type { Scalar } from 'yaml';
import { describeNode, entries, field, resolve } from '../../../model/nodes.js';
import { closestMatches, didYouMean } from '../../../util/suggest.js';
import { argumentForm } from '../forms.js';
import type { Checker, Kind } from './check.js';
import { emptyOrList, isListLike, isMapLike, itemsOf, mapOf, syntaxError } from './check.js';

/** map_merge and list_concat: a list whose items (or nulls) are all of one kind. */
export function listOfItems(example: string, accepts: (kind: Kind) => boolean, itemRule: string): Checker {
  return (c) => {
    const k = c.kind(c.args);
    if (k === 'call') return;
    if (k !== 'list') {
      c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
      return;
    }
    for (const item of itemsOf(c)) {
      const ik = c.kind(item);
      if (!accepts(ik) && ik !== 'null') c.fail(item, `Incorrect arguments: ${itemRule}, not ${describeNode(item, c.doc)}.`);
    }
  };
}

export const mapMerge = listOfItems('[{"key1": "val1"}, {"key2": "val2"}]', isMapLike, 'Items to merge must be maps');

export const listConcat = listOfItems('[[<value 1>, <value 2>], [<value 3>, <value 4>]]', isListLike, 'Items to concat must be lists');

export const mapReplace: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const example = '[{"key1": "val1"}, {"keys": {"key1": "key2"}, "values": {"val1": "val2"}}]';
  if (k !== 'list' || itemsOf(c).length !== 2) {
    c.fail(c.args, syntaxError(c, example));
    return;
  }
  const [input, replacements] = itemsOf(c);
  for (const item of [input, replacements]) {
    const ik = c.kind(item);
    if (!isMapLike(ik) && ik !== 'null') {
      c.fail(item, `Incorrect arguments: to "${c.name}", arguments must be a list of maps, not one with ${describeNode(item, c.doc)}.`);
    }
  }
  if (c.kind(replacements) !== 'map') return;
  for (const pair of entries(mapOf(c, replacements))) {
    const key = String(pair.key.value);
    if (key !== 'keys' && key !== 'values') {
      const matches = closestMatches(key, ['keys', 'values']);
      c.fail(pair.key, `The replacements of "${c.name}" take only "keys" and "values", not "${key}".${didYouMean(matches)}`, {
        fixes: c.suggest(pair.key, matches),
      });
      continue;
    }
    const vk = c.kind(pair.value);
    if (!isMapLike(vk) && vk !== 'null') {
      c.fail(pair.value, `Incorrect arguments: to "${c.name}", "${key}" must be a map, not ${describeNode(pair.value, c.doc)}.`);
    }
  }
};

export const repeat: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const example = `{repeat: {template: <template>, for_each: {<var>: <list>}}}`;
  if (k !== 'map') {
    c.fail(c.args, `Arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}: ${example}.`);
    return;
  }
  const map = mapOf(c);
  const forEach = field(map, 'for_each');
  const template = field(map, 'template');
  if (!forEach || !template) {
    const missing = [!template && 'template', !forEach && 'for_each'].filter(Boolean).join(' and ');
    c.fail(c.key, `"${c.name}" needs ${missing}: ${example}.`);
    return;
  }
  const { permutations: nested, mapValues } = argumentForm(c.language, 'repeat', c.name);
  let permutations = true;
  const permutationsPair = nested ? field(map, 'permutations') : undefined;
  if (permutationsPair) {
    const pk = c.kind(permutationsPair.value);
    if (pk !== 'boolean') {
      c.fail(permutationsPair.value ?? permutationsPair.key, `"permutations" should be boolean type for ${c.name} function, not ${describeNode(permutationsPair.value, c.doc)}.`);
    } else {
      permutations = (resolve(permutationsPair.value, c.doc) as Scalar).value as boolean;
    }
  }
  const fk = c.kind(forEach.value);
  if (fk === 'call') return;
  if (fk !== 'map') {
    c.fail(forEach.value ?? forEach.key, `The "for_each" argument to "${c.name}" must contain a map, not ${describeNode(forEach.value, c.doc)}.`);
    return;
  }
  const mapsAllowed = mapValues && permutations;
  const lengths: number[] = [];
  for (const pair of entries(mapOf(c, forEach.value))) {
    const vk = c.kind(pair.value);
    if (vk === 'call' || vk === 'null') continue;
    if (vk === 'list') lengths.push(itemsOf(c, pair.value).length);
    else if (!(vk === 'map' && mapsAllowed)) {
      c.fail(pair.value ?? pair.key, `The values of the "for_each" argument to "${c.name}" must be ${mapsAllowed ? 'lists or maps' : 'lists'}, not ${describeNode(pair.value, c.doc)}.`);
    }
  }
  if (!permutations && new Set(lengths).size > 1) {
    c.fail(forEach.value, `For ${c.name}, the length of for_each values should be equal if no nested loop (permutations: false).`);
  }
};

export const filter: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list') {
    c.fail(c.args, `Argument to "${c.name}" must be a list [values, sequence], not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  const list = itemsOf(c);
  if (list.length !== 2) {
    c.fail(c.args, `"${c.name}" expected 2 arguments of the form [values, sequence] but got ${list.length} arguments instead.`);
    return;
  }
  const [values, sequence] = list;
  if (!emptyOrList(c, sequence)) c.fail(sequence, `"${c.name}" only works with lists, not ${describeNode(sequence, c.doc)}.`);
  else if (!emptyOrList(c, values)) c.fail(values, `"${c.name}" filters a list of values, not ${describeNode(values, c.doc)}.`);
};
