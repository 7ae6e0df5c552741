import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Catalog } from '../../catalog/catalog.js';
import type { TemplateVersionSpec } from '../../catalog/catalog-types.js';
import { describeNode, entries, field, resolve } from '../../model/nodes.js';
import { closestMatches, didYouMean } from '../../util/suggest.js';
import { suggestionFixes } from '../fixes.js';
import type { ReportOptions, ReportTarget, RuleContext } from '../rule.js';
import { defineRule } from '../rule.js';
import {
  DIGEST_ALGORITHMS,
  functionSignature,
  isFunctionCall,
  MAKE_URL_KEYS,
  RESOURCE_FACADE_ARGS,
  versionAtLeast,
} from './signatures.js';
import { callStatus, languageOf } from '../../model/language.js';
import { yaqlSyntaxError } from './yaql-syntax.js';

type Kind = 'call' | 'null' | 'string' | 'number' | 'boolean' | 'list' | 'map' | 'other';

interface Check {
  name: string;
  /** The call's key, where a finding about missing arguments goes. */
  key: Scalar;
  args: Node | null;
  version: TemplateVersionSpec;
  doc: Document | null;
  catalog: Catalog;
  kind(node: unknown): Kind;
  /**
   * Reports on a node, or on the function key when the node is absent. `resolved`: Heat finds
   * this one only when it evaluates the function, not when it reads the template.
   */
  fail(node: unknown, message: string, options?: FailOptions): void;
  context: RuleContext;
}

type Checker = (c: Check) => void;

interface FailOptions extends ReportOptions {
  resolved?: boolean;
}

export default defineRule({
  meta: {
    id: 'function-arguments',
    area: 'functions',
    scope: 'entry',
    description: 'Each intrinsic function gets arguments of the shape Heat expects.',
    severity: 'error',
    enabledByDefault: true,
    stricterThanHeat:
      'Most shapes are rejected by validate; a few (e.g. str_replace params that are not strings or numbers) only fail when stack create resolves the function.',
    docs: `Every intrinsic function takes arguments of a fixed shape: \`get_attr\` a list
\`[resource, attribute, path...]\`, \`str_replace\` a mapping with \`template\` and \`params\`,
\`list_join\` a list \`[delimiter, list, ...]\`, and so on. Heat rejects a wrong shape when it reads
the template, or fails the stack when it evaluates the function.

Only what is written literally is checked: an argument that is itself a function call is
taken as right, since its value is known only at runtime. The messages follow Heat's.

When Heat catches it: most shapes when it reads the template (validate). Some only when it
evaluates the function (\`get_param\`, \`get_file\`, \`map_merge\`, \`map_replace\`,
\`list_concat\`, and the item, delimiter and index checks of \`list_join\`, \`str_split\`,
\`str_replace\`): in a resource that is at stack create (an error), in a top-level stack's
\`outputs\` only when the output is shown — create completes and the output carries the
error — so there they are warnings (errors again when the template is linted as a nested
stack, whose outputs feed the parent's \`get_attr\`).

Also checked: \`digest\` algorithms, \`resource_facade\` data types, \`make_url\` keys and
ports, \`str_split\` indexes, params of \`str_replace_strict\` missing from the template, empty
params of \`str_replace_vstrict\`, items of \`list_join\` that are not strings, lists or maps,
\`get_input\` (used in structured configs) with anything but an input name, and the clear
syntax errors of a \`yaql\` expression (empty, an unterminated string, unbalanced brackets,
ending in an operator, empty list items: validate rejects them; a full yaql parser it is
not, so e.g. \`1 2\` passes).

    # bad: a string, not a list
    value: {get_attr: server.first_address}

    # good
    value: {get_attr: [server, first_address]}
`,
  },
  check(context) {
    const { template, catalog, yaml: doc } = context;
    const version = languageOf(template, catalog);
    const kind = (node: unknown): Kind => {
      const target = resolve(node, doc);
      if (!target) return 'null';
      if (isFunctionCall(target, catalog, doc)) return 'call';
      if (isMap(target)) return 'map';
      if (isSeq(target)) return 'list';
      if (isScalar(target)) {
        const v = target.value;
        if (v === null || v === undefined) return 'null';
        if (typeof v === 'string') return 'string';
        if (typeof v === 'number' || typeof v === 'bigint') return 'number';
        if (typeof v === 'boolean') return 'boolean';
      }
      return 'other';
    };
    // A top-level stack's outputs are evaluated only when shown: create completes and the
    // output carries the error. A nested stack's outputs feed its parent's get_attr.
    const outputsResolvedAtCreate = (context.project?.ancestors.length ?? 0) > 0;
    const run = (name: string, key: Scalar, args: Node | null, inOutput: boolean) => {
      const checker = CHECKERS[name];
      if (!checker) return;
      const fail = (node: unknown, message: string, options: FailOptions = {}) => {
        const target = resolve(node, doc);
        // An empty value (`get_param:` alone) has no text of its own: report on the function key.
        const precise = target && target.range && target.range[1] > target.range[0];
        const { resolved, ...reportOptions } = options;
        const onlyAtShow = inOutput && !outputsResolvedAtCreate && (resolved || RESOLVED_ONLY.has(name));
        context.report(
          (precise ? target : key) as ReportTarget,
          onlyAtShow ? `${message} Heat reports it only when the output is shown.` : message,
          onlyAtShow ? { ...reportOptions, severity: 'warning' } : reportOptions,
        );
      };
      if (kind(args) === 'call') {
        if (!RESOLVES_ARGUMENTS.has(name)) {
          fail(
            args,
            `The arguments of "${name}" must be written out, not computed by another function: Heat checks their shape when it reads the template (${functionSignature(name)?.syntax ?? ''}).`,
          );
        }
        return;
      }
      checker({ name, key, args, version, doc, catalog, kind, fail, context });
    };
    for (const call of template.calls) {
      // Only functions Heat evaluates here; function-version reports the others.
      if (callStatus(version, catalog, call) === 'active') run(call.name, call.key, call.args, call.section === 'outputs');
    }
    for (const value of template.maps) {
      const pairs = entries(value.map);
      if (pairs.length === 1 && pairs[0]!.key.value === 'get_input') {
        run('get_input', pairs[0]!.key, resolve(pairs[0]!.value, doc), value.section === 'outputs');
      }
    }
  },
});

/** Functions whose every argument check Heat makes only when it evaluates them (result()). */
const RESOLVED_ONLY = new Set(['get_param', 'get_file', 'map_merge', 'map_replace', 'list_concat', 'list_concat_unique']);

/**
 * Functions whose whole argument may come from another function: Heat resolves it before
 * looking at its shape. The others check the shape of what is written when reading it.
 */
const RESOLVES_ARGUMENTS = new Set([
  'get_param', 'get_resource', 'get_file', 'digest', 'str_split', 'map_merge', 'map_replace',
  'list_concat', 'list_concat_unique', 'not', 'get_input',
]);

const syntaxError = (c: Check, example: string) => `Incorrect arguments to "${c.name}" should be: ${example}.`;

function itemsOf(c: Check, node: unknown = c.args): Array<Node | null> {
  const seq = resolve(node, c.doc) as YAMLSeq;
  return seq.items.map((item) => resolve(item, c.doc));
}

function mapOf(c: Check, node: unknown = c.args): YAMLMap {
  return resolve(node, c.doc) as YAMLMap;
}

function text(node: unknown, doc: Document | null): string | null {
  const target = resolve(node, doc);
  return isScalar(target) && typeof target.value === 'string' ? target.value : null;
}

const isListLike = (k: Kind) => k === 'list' || k === 'call';
const isMapLike = (k: Kind) => k === 'map' || k === 'call';

const getParam: Checker = (c) => {
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

const getResource: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call' || k === 'string' || k === 'number') return;
  c.fail(c.args, `Argument to "${c.name}" must be a resource name, not ${describeNode(c.args, c.doc)}.`);
};

const getAttr: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const allowAll = versionAtLeast(c.version, '2015-10-15');
  const form = allowAll ? '[resource_name] or [resource_name, attribute, (path), ...]' : '[resource_name, attribute, (path), ...]';
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

const getFile: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call' || k === 'string') return;
  c.fail(c.args, `Argument to "${c.name}" must be a string (a file path or URL), not ${describeNode(c.args, c.doc)}.`);
};

const strReplace: Checker = (c) => {
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
  const json = versionAtLeast(c.version, '2015-10-15');
  const templateText = text(templatePair.value, c.doc);
  const strict = c.name === 'str_replace_strict' || c.name === 'str_replace_vstrict';
  const vstrict = c.name === 'str_replace_vstrict';
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

const listJoin: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const multiple = versionAtLeast(c.version, '2015-10-15');
  const example = multiple ? `[" ", ["str1", "str2"], ...]` : `[" ", ["str1", "str2"]]`;
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

const digest: Checker = (c) => {
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
  const algorithm = text(list[0], c.doc);
  if (algorithm !== null && !DIGEST_ALGORITHMS.includes(algorithm.toLowerCase())) {
    const matches = closestMatches(algorithm, DIGEST_ALGORITHMS);
    c.fail(list[0], `Algorithm "${algorithm}" is not available; use one of ${DIGEST_ALGORITHMS.join(', ')}.${didYouMean(matches)}`, {
      fixes: suggestionFixes(c.context.rangeOf, list[0], matches),
    });
  }
};

const repeat: Checker = (c) => {
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
  const nested = versionAtLeast(c.version, '2017-09-01');
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
  const mapsAllowed = versionAtLeast(c.version, '2016-10-14') && permutations;
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

const resourceFacade: Checker = (c) => {
  const value = text(c.args, c.doc);
  if (value !== null && RESOURCE_FACADE_ARGS.includes(value)) return;
  const matches = value === null ? [] : closestMatches(value, RESOURCE_FACADE_ARGS);
  c.fail(c.args, `Incorrect arguments to "${c.name}" should be one of: ${RESOURCE_FACADE_ARGS.join(', ')}.${didYouMean(matches)}`, {
    fixes: value === null ? [] : suggestionFixes(c.context.rangeOf, resolve(c.args, c.doc), matches),
  });
};

const strSplit: Checker = (c) => {
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

/** Python's int() of a YAML scalar value, or null when it raises. */
function parsePythonInt(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) return Number(value.replace(/_/g, ''));
  return null;
}

/** map_merge and list_concat: a list whose items (or nulls) are all of one kind. */
function listOfItems(example: string, accepts: (kind: Kind) => boolean, itemRule: string): Checker {
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

const mapMerge = listOfItems('[{"key1": "val1"}, {"key2": "val2"}]', isMapLike, 'Items to merge must be maps');

const mapReplace: Checker = (c) => {
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
        fixes: suggestionFixes(c.context.rangeOf, pair.key, matches),
      });
      continue;
    }
    const vk = c.kind(pair.value);
    if (!isMapLike(vk) && vk !== 'null') {
      c.fail(pair.value, `Incorrect arguments: to "${c.name}", "${key}" must be a map, not ${describeNode(pair.value, c.doc)}.`);
    }
  }
};

const yaql: Checker = (c) => {
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
        fixes: suggestionFixes(c.context.rangeOf, pair.key, matches),
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

const exactList = (count: number, form: string): Checker => (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list' || itemsOf(c).length !== count) {
    c.fail(c.args, `Arguments to "${c.name}" must be of the form: ${form}.`);
  }
};

const equals = exactList(2, '[value_1, value_2]');

const ifFunction: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  const nullable = versionAtLeast(c.version, '2021-04-16');
  const count = k === 'list' ? itemsOf(c).length : -1;
  if (count === 3 || (nullable && count === 2)) return;
  c.fail(
    c.args,
    `Arguments to "${c.name}" must be of the form: [condition_name, value_if_true, value_if_false]${nullable ? ' (value_if_false may be omitted)' : ''}.`,
  );
};

const notFunction: Checker = (c) => {
  if (c.kind(c.args) === 'null') c.fail(c.args, `Argument to "${c.name}" must be a condition.`);
};

const andOr: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'list') {
    c.fail(c.args, `Arguments to "${c.name}" must be a list of conditions, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  if (itemsOf(c).length < 2) c.fail(c.args, `The minimum number of condition arguments to "${c.name}" is 2.`);
};

const contains: Checker = (c) => {
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

const filter: Checker = (c) => {
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

function isFalsy(c: Check, node: Node | null | undefined): boolean {
  const target = resolve(node, c.doc);
  if (!target) return true;
  if (isScalar(target)) return !target.value;
  if (isMap(target) || isSeq(target)) return target.items.length === 0;
  return false;
}

/** Python-falsy values and lists are fine where Heat tests `if not x` before requiring a list. */
function emptyOrList(c: Check, node: Node | null | undefined): boolean {
  const k = c.kind(node);
  if (k === 'list' || k === 'call' || k === 'null') return true;
  const target = resolve(node, c.doc);
  if (isScalar(target)) return !target.value;
  return isMap(target) && target.items.length === 0;
}

const makeUrl: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'call') return;
  if (k !== 'map') {
    c.fail(c.args, `The arguments to "${c.name}" must be a map, not ${describeNode(c.args, c.doc)}.`);
    return;
  }
  for (const pair of entries(mapOf(c))) {
    const key = String(pair.key.value);
    if (!MAKE_URL_KEYS.includes(key)) {
      const matches = closestMatches(key, MAKE_URL_KEYS);
      c.fail(pair.key, `Invalid argument to "${c.name}": ${key}. Valid: ${MAKE_URL_KEYS.join(', ')}.${didYouMean(matches)}`, {
        fixes: suggestionFixes(c.context.rangeOf, pair.key, matches),
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

const listConcat = listOfItems('[[<value 1>, <value 2>], [<value 3>, <value 4>]]', isListLike, 'Items to concat must be lists');

const getInput: Checker = (c) => {
  const k = c.kind(c.args);
  if (k === 'string') return;
  c.fail(c.args, `Argument to "${c.name}" must be an input name (a string), not ${describeNode(c.args, c.doc)}; otherwise the deployment leaves the mapping as it is.`);
};

const CHECKERS: Record<string, Checker> = {
  get_param: getParam,
  get_resource: getResource,
  get_attr: getAttr,
  get_file: getFile,
  str_replace: strReplace,
  str_replace_strict: strReplace,
  str_replace_vstrict: strReplace,
  list_join: listJoin,
  digest,
  repeat,
  resource_facade: resourceFacade,
  str_split: strSplit,
  map_merge: mapMerge,
  map_replace: mapReplace,
  yaql,
  equals,
  if: ifFunction,
  not: notFunction,
  and: andOr,
  or: andOr,
  contains,
  filter,
  make_url: makeUrl,
  list_concat: listConcat,
  list_concat_unique: listConcat,
  get_input: getInput,
};
