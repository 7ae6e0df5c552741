/** Functions that build or take apart strings. */
import { isScalar } from 'yaml';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { describeNode, entries, field, resolve } from '../../../model/nodes.js';
import { closestMatches, didYouMean } from '../../../util/suggest.js';
import { argumentFacts, argumentForm } from '../forms.js';
import type { Checker } from './check.js';
import { isFalsy, itemsOf, mapOf, parsePythonInt, syntaxError, text } from './check.js';

export const strReplace: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const example = `{${c.name}: {template: <string>, params: {<placeholder>: <value>}}}`;
  if (k !== 'map') {
    c.fail(c.args, `Arguments to "${c.name}" must be a map with template and params, not ${describeNode(c.args, c.doc)}: ${example}.`);
    return;
  }
  const map = mapOf(c);
  const templatePair = field(map, 'template');
  const paramsPair = field(map, 'params');
  if (!templatePair || !paramsPair) {
    const missing = [!templatePair && 'template', !paramsPair && 'params'].filter(Boolean).join(' and ');
    c.fail(c.key, `"${c.name}" needs ${missing}: ${example}.`);
    return;
  }
  const paramsKind = c.kind(paramsPair.value);
  if (paramsKind !== 'map' && paramsKind !== 'call') {
    c.fail(paramsPair.value ?? paramsPair.key, `"${c.name}" parameters must be a mapping, not ${describeNode(paramsPair.value, c.doc)}.`);
  }
  const templateKind = c.kind(templatePair.value);
  if (templateKind !== 'string' && templateKind !== 'call') {
    c.fail(templatePair.value ?? templatePair.key, `"${c.name}" template must be a string, not ${describeNode(templatePair.value, c.doc)}.`, { resolved: true });
  }
  if (paramsKind !== 'map') return;
  const { jsonParams: json, strict, nonEmpty: vstrict } = argumentForm(c.language, 'str_replace', c.name);
  const templateText = text(templatePair.value, c.doc);
  const missing: Scalar[] = [];
  for (const pair of entries(mapOf(c, paramsPair.value))) {
    const placeholder = pair.key.value;
    if (typeof placeholder !== 'string') {
      c.fail(pair.key, `"${c.name}" param placeholders must be strings; quote ${String(placeholder)}.`, { resolved: true });
      continue;
    }
    const vk = c.kind(pair.value);
    if (!json && (vk === 'list' || vk === 'map')) {
      c.fail(pair.value, `"${c.name}" params must be strings or numbers, param ${placeholder} is not valid.`, { resolved: true });
    }
    const value = resolve(pair.value, c.doc);
    const empty =
      vk === 'null' ||
      (vk === 'string' && text(value, c.doc) === '') ||
      (vk === 'list' && (value as YAMLSeq).items.length === 0) ||
      (vk === 'map' && (value as YAMLMap).items.length === 0);
    if (vstrict && empty) {
      c.fail(value ?? pair.key, `${c.name} has an undefined or empty value for param ${placeholder}, must be a defined non-empty value.`, { resolved: true });
    }
    if (strict && templateText !== null && placeholder !== '' && !templateText.includes(placeholder)) missing.push(pair.key);
  }
  for (const key of missing) {
    c.fail(key, `The param "${String(key.value)}" is not in the template; "${c.name}" fails with "The following params were not found in the template".`, { resolved: true });
  }
};

export const listJoin: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const { multipleLists: multiple, usage: example } = argumentForm(c.language, 'list_join', c.name);
  if (k !== 'list') {
    c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  const list = itemsOf(c);
  if (multiple ? list.length < 2 : list.length !== 2) {
    c.fail(c.args, syntaxError(c, example));
    return;
  }
  const delimiter = list[0];
  const dk = c.kind(delimiter);
  if (dk !== 'string' && dk !== 'call') {
    c.fail(delimiter ?? c.args, `"${c.name}" delimiter must be a string, not ${describeNode(delimiter, c.doc)}.`, { resolved: true });
  }
  for (const joined of list.slice(1)) {
    const jk = c.kind(joined);
    if (jk === 'call') continue;
    // Heat skips empty (falsy) lists from 2015-10-15; before, only null.
    if (jk === 'null' || (multiple && isFalsy(c, joined))) continue;
    if (jk !== 'list') {
      c.fail(joined, `"${c.name}" must operate on a list, not ${describeNode(joined, c.doc)}.`, { resolved: true });
      continue;
    }
    for (const item of itemsOf(c, joined)) {
      const ik = c.kind(item);
      const ok = ik === 'call' || ik === 'null' || ik === 'string' || (multiple && (ik === 'list' || ik === 'map'));
      if (!ok) {
        const allowed = multiple ? 'string, map or list' : 'strings';
        c.fail(item, `Items to join must be ${allowed}, not ${describeNode(item, c.doc)}${ik === 'number' || ik === 'boolean' ? '; quote it' : ''}.`, { resolved: true });
      }
    }
  }
};

export const strSplit: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const example = `[",", "apples,pears", <index>]`;
  if (k !== 'list') {
    c.fail(c.args, `${syntaxError(c, example).slice(0, -1)}, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  const list = itemsOf(c);
  if (list.length < 2) {
    c.fail(c.args, syntaxError(c, example), { resolved: true });
    return;
  }
  const [delimiter, source, index] = list;
  const dk = c.kind(delimiter);
  const delimiterText = text(delimiter, c.doc);
  // A null delimiter splits on whitespace, as Python's str.split(None).
  if (dk !== 'string' && dk !== 'call' && dk !== 'null') {
    c.fail(delimiter ?? c.args, `The delimiter of "${c.name}" must be a string, not ${describeNode(delimiter, c.doc)}.`, { resolved: true });
  } else if (delimiterText === '') {
    c.fail(delimiter, `The delimiter of "${c.name}" must not be empty.`, { resolved: true });
  }
  const sk = c.kind(source);
  if (sk !== 'string' && sk !== 'call' && sk !== 'null') {
    c.fail(source, `The string to split with "${c.name}" must be a string, not ${describeNode(source, c.doc)}.`, { resolved: true });
  }
  if (list.length < 3) return;
  const ik = c.kind(index);
  if (ik === 'call') return;
  const indexValue = isScalar(index) ? index.value : undefined;
  const number = parsePythonInt(indexValue);
  if (number === null) {
    c.fail(index ?? c.args, `Incorrect index to "${c.name}" should be an integer, not ${describeNode(index, c.doc)}.`, { resolved: true });
    return;
  }
  const sourceText = text(source, c.doc);
  if (delimiterText && sourceText !== null) {
    const parts = sourceText.split(delimiterText).length;
    if (number >= parts || number < -parts) {
      c.fail(index, `Incorrect index to "${c.name}" should be between 0 and ${parts - 1}.`, { resolved: true });
    }
  }
};

export const digest: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list') {
    c.fail(c.args, `Argument to function "${c.name}" must be a list of strings ["<algorithm>", "<value>"], not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  const list = itemsOf(c);
  for (const item of list) {
    const ik = c.kind(item);
    if (ik !== 'string' && ik !== 'call') {
      c.fail(item ?? c.args, `Argument to function "${c.name}" must be a list of strings, not one with ${describeNode(item, c.doc)}.`);
      return;
    }
  }
  if (list.length !== 2) {
    c.fail(c.args, `Function "${c.name}" usage: ["<algorithm>", "<value>"].`);
    return;
  }
  const DIGEST_ALGORITHMS = argumentFacts(c.catalog)?.digest_algorithms;
  if (!DIGEST_ALGORITHMS) return;
  const algorithm = text(list[0], c.doc);
  if (algorithm !== null && !DIGEST_ALGORITHMS.includes(algorithm.toLowerCase())) {
    const matches = closestMatches(algorithm, DIGEST_ALGORITHMS);
    c.fail(list[0], `Algorithm "${algorithm}" is not available; use one of ${DIGEST_ALGORITHMS.join(', ')}.${didYouMean(matches)}`, {
      fixes: c.suggest(list[0], matches),
    });
  }
};

export const makeUrl: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'map') {
    c.fail(c.args, `The arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  const MAKE_URL_KEYS = argumentFacts(c.catalog)?.make_url_keys;
  for (const pair of entries(mapOf(c))) {
    const key = String(pair.key.value);
    if (MAKE_URL_KEYS && !MAKE_URL_KEYS.includes(key)) {
      const matches = closestMatches(key, MAKE_URL_KEYS);
      c.fail(pair.key, `Invalid argument to "${c.name}": ${key}. Valid: ${MAKE_URL_KEYS.join(', ')}.${didYouMean(matches)}`, {
        fixes: c.suggest(pair.key, matches),
      });
      continue;
    }
    const vk = c.kind(pair.value);
    if (vk === 'call') continue;
    if (key === 'query') {
      if (vk !== 'map') c.fail(pair.value ?? pair.key, `The "query" argument to "${c.name}" must be a map, not ${describeNode(pair.value, c.doc)}.`);
    } else if (key === 'port') {
      const value = isScalar(resolve(pair.value, c.doc)) ? (resolve(pair.value, c.doc) as Scalar).value : undefined;
      const port = parsePythonInt(value);
      if (port === null) c.fail(pair.value ?? pair.key, `Invalid URL port for "${c.name}": ${describeNode(pair.value, c.doc)}; it must be a number from 1 to 65535.`);
      else if (!(port > 0 && port <= 65535)) c.fail(pair.value, `Invalid URL port ${port}, must be in range 1-65535.`);
    } else if (vk !== 'string') {
      c.fail(pair.value ?? pair.key, `The "${key}" argument to "${c.name}" must be a string, not ${describeNode(pair.value, c.doc)}.`);
    }
  }
};
