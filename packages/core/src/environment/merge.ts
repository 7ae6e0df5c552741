import { isMap } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import { resolve } from '../model/nodes.js';
import { pyValue } from '../heat/python-values.js';
import type { PyValue } from '../heat/python-values.js';
import type { EnvironmentModel } from './environment.js';

/**
 * Heat's merge of environment files into the stack's parameters and parameter_defaults
 * (heat/common/environment_util.py merge_environments), reproduced step by step: the merge
 * strategies each file gives (parameter_merge_strategies, with its `default`), the check that
 * a later file does not give a parameter another strategy (ConflictingMergeStrategyForParam),
 * and merge_parameters / merge_map / merge_list with their Python semantics, failures included.
 */

export const MERGE_STRATEGIES = ['overwrite', 'merge', 'deep_merge'] as const;

/** Where a merged value came from: a file and the `name: value` pair in it. */
export interface ValueSource {
  environment: EnvironmentModel;
  pair: Pair<Scalar, Node | null>;
}

export interface MergedValue {
  value: PyValue;
  /** The files whose values make it up, in merge order (one unless merged). */
  sources: ValueSource[];
}

export type MergeSection = 'parameters' | 'parameter_defaults';

export interface MergeProblem {
  kind: 'conflict' | 'invalid-strategy' | 'invalid-value' | 'type-error';
  environment: EnvironmentModel;
  /** The node to report on: the strategy entry (conflict) or the value. */
  node: Node | Pair | null;
  param: string;
  message: string;
}

export interface MergedEnvironment {
  /** Everything Heat keeps in params['parameters'], undeclared names included. */
  parameters: Map<string, MergedValue>;
  parameterDefaults: Map<string, MergedValue>;
  /** The strategy each declared parameter was given first (Heat's available_strategies). */
  strategies: Map<string, { strategy: string; environment: EnvironmentModel }>;
  problems: MergeProblem[];
}

/** A parameter's Heat type by name: the template's declarations (Heat's param_schemata). */
export type ParamSchemata = ReadonlyMap<string, string>;

/** Thrown inside the merge to stand for the Python exception that aborts it. */
class MergeFailure extends Error {
  constructor(
    readonly kind: MergeProblem['kind'],
    message: string,
  ) {
    super(message);
  }
}

function truthy(value: PyValue | undefined): boolean {
  if (value === undefined) return false;
  switch (value.kind) {
    case 'none':
      return false;
    case 'bool':
      return value.value;
    case 'int':
    case 'float':
      return value.value !== 0;
    case 'str':
      return value.value !== '';
    case 'list':
      return value.items.length > 0;
    case 'dict':
      return value.entries.size > 0;
  }
}

/** Python's name for the type, as in its TypeError messages. */
function pyType(value: PyValue | undefined): string {
  if (value === undefined) return 'nothing';
  return { none: 'NoneType', bool: 'bool', int: 'int', float: 'float', str: 'str', list: 'list', dict: 'dict' }[value.kind];
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function failCombine(old: PyValue | undefined, added: PyValue): never {
  throw new MergeFailure('type-error', `Python cannot combine ${article(pyType(old))} with ${article(pyType(added))}`);
}

/** environment_util.merge_list (mutates `old` like Python's list.extend). */
function mergeList(old: PyValue | undefined, added: PyValue): PyValue {
  if (!truthy(old)) return added;
  if (added.kind === 'list') {
    if (old!.kind !== 'list') failCombine(old, added);
    old!.items.push(...added.items);
    return old!;
  }
  if (old!.kind !== 'str' || added.kind !== 'str') failCombine(old, added);
  return { kind: 'str', value: `${old!.value},${added.value}` };
}

/** environment_util.merge_map. */
function mergeMap(old: PyValue | undefined, added: PyValue, deep: boolean): PyValue {
  if (!truthy(old)) return added;
  if (added.kind !== 'dict') failCombine(old, added);
  for (const [key, value] of added.entries) {
    if (value.kind === 'none') continue;
    if (old!.kind !== 'dict') failCombine(old, added);
    const target = old!.entries;
    if (!deep) {
      target.set(key, value);
    } else if (value.kind === 'dict') {
      const oldValue = target.get(key);
      target.set(key, truthy(oldValue) ? mergeMap(oldValue, value, deep) : value);
    } else if (value.kind === 'list') {
      const oldValue = target.get(key);
      target.set(key, truthy(oldValue) ? mergeList(oldValue, value) : value);
    } else if (value.kind === 'str') {
      const oldValue = target.get(key) ?? { kind: 'str', value: '' };
      if (oldValue.kind !== 'str') failCombine(oldValue, value);
      target.set(key, { kind: 'str', value: oldValue.value + value.value });
    } else {
      target.set(key, value);
    }
  }
  return old!;
}

function clone(value: PyValue): PyValue {
  if (value.kind === 'list') return { kind: 'list', items: value.items.map(clone) };
  if (value.kind === 'dict') return { kind: 'dict', entries: new Map([...value.entries].map(([k, v]) => [k, clone(v)])) };
  return value;
}

/** environment_util.parse_param: a json value is parsed, others must be a string or a list. */
function parseParam(value: PyValue, type: string): PyValue {
  if (type === 'json') {
    if (value.kind !== 'str') return clone(value);
    if (value.value === '') return value;
    try {
      return fromJson(JSON.parse(value.value));
    } catch {
      throw new MergeFailure('invalid-value', 'it is a string that is not valid JSON');
    }
  }
  if (value.kind !== 'str' && value.kind !== 'list') throw new MergeFailure('invalid-value', `only a string or a list can be merged, not ${article(pyType(value))}`);
  return value;
}

function fromJson(value: unknown): PyValue {
  if (value === null) return { kind: 'none' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'int', value } : { kind: 'float', value };
  if (typeof value === 'string') return { kind: 'str', value };
  if (Array.isArray(value)) return { kind: 'list', items: value.map(fromJson) };
  return { kind: 'dict', entries: new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromJson(v)])) };
}

/** merge_parameters' param_merge for one parameter. */
function paramMerge(old: PyValue | undefined, added: PyValue, type: string, name: string, deep: boolean): PyValue {
  if (type === 'boolean') {
    throw new MergeFailure('invalid-strategy', `Invalid merge strategy 'merge' for parameter '${name}'.`);
  }
  const value = parseParam(added, type);
  switch (type) {
    case 'json':
      return mergeMap(old ?? { kind: 'dict', entries: new Map() }, value, deep);
    case 'comma_delimited_list':
      return mergeList(old, value);
    case 'string': {
      const before = old ?? { kind: 'str', value: '' };
      if (before.kind !== 'str' || value.kind !== 'str') failCombine(before, value);
      return { kind: 'str', value: before.value + value.value };
    }
    case 'number': {
      // old.get(key, 0) + value: Python adds two strings or two lists, and fails otherwise.
      const before = old ?? { kind: 'int', value: 0 };
      if (before.kind === 'str' && value.kind === 'str') return { kind: 'str', value: before.value + value.value };
      if (before.kind === 'list' && value.kind === 'list') return { kind: 'list', items: [...before.items, ...value.items] };
      return failCombine(before, value);
    }
    default:
      throw new MergeFailure('invalid-strategy', `Invalid merge strategy 'merge' for parameter '${name}'.`);
  }
}

/** A strategy value as Heat compares and prints it. */
function strategyText(node: Node | null, doc: Document | null): string {
  const value = pyValue(node, doc);
  if (value.kind === 'none') return 'None';
  if (value.kind === 'str') return value.value;
  if (value.kind === 'bool') return value.value ? 'True' : 'False';
  if (value.kind === 'int' || value.kind === 'float') return String(value.value);
  return JSON.stringify(value);
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Merges the environments in order, as Heat's merge_environments does for
 * `openstack stack create -e a.yaml -e b.yaml`. `schemata` are the declared parameters and
 * their types: values for other names are ignored once the section holds anything.
 */
export function mergeEnvironments(environments: readonly EnvironmentModel[], schemata: ParamSchemata): MergedEnvironment {
  const result: MergedEnvironment = {
    parameters: new Map(),
    parameterDefaults: new Map(),
    strategies: new Map(),
    problems: [],
  };
  for (const environment of environments) {
    const doc = environment.yaml;
    const inFile = new Map<string, { text: string; node: Node | null; pair: Pair<Scalar, Node | null> }>();
    for (const [name, pair] of environment.mergeStrategies) {
      const node = resolve(pair.value, doc);
      inFile.set(name, { text: strategyText(node, doc), node, pair });
    }
    const envDefault = inFile.get('default')?.text ?? 'overwrite';
    const reported = new Set<string>();
    for (const [sectionName, sectionPair] of environment.sections) {
      if (sectionName !== 'parameters' && sectionName !== 'parameter_defaults') continue;
      const section = sectionName === 'parameters' ? environment.parameters : environment.parameterDefaults;
      if (!isMap(resolve(sectionPair.value, doc)) || section.size === 0) continue;
      const values = new Map([...section].map(([name, pair]) => [name, { pair, value: pyValue(pair.value, doc) }] as const));
      // get_param_merge_strategy, and the conflict check, for every declared parameter given a value.
      let conflicted = false;
      for (const [name, { value }] of values) {
        if (!schemata.has(name) || value.kind === 'none') continue;
        const explicit = inFile.get(name);
        const available = result.strategies.get(name);
        const chosen = explicit?.text ?? available?.strategy ?? envDefault;
        const strategy = (MERGE_STRATEGIES as readonly string[]).includes(chosen) ? chosen : envDefault;
        if (!available) {
          result.strategies.set(name, { strategy, environment });
        } else if (strategy !== available.strategy) {
          conflicted = true;
          if (reported.has(name)) continue;
          reported.add(name);
          const where = available.environment === environment ? 'this file' : `'${fileName(available.environment.path)}'`;
          result.problems.push({
            kind: 'conflict',
            environment,
            node: explicit?.node ?? explicit?.pair ?? null,
            param: name,
            message: `Conflicting merge strategy '${strategy}' for parameter '${name}' in file '${fileName(environment.path)}'; ${where} gave it '${available.strategy}' first.`,
          });
        }
      }
      // Heat stops at the first conflict; go on without this section to find the other problems.
      if (conflicted) continue;
      const merged = sectionName === 'parameters' ? result.parameters : result.parameterDefaults;
      if (merged.size === 0) {
        for (const [name, { pair, value }] of values) merged.set(name, { value, sources: [{ environment, pair }] });
        continue;
      }
      for (const [name, { pair, value }] of values) {
        const type = schemata.get(name);
        if (type === undefined || value.kind === 'none') continue;
        const strategy = result.strategies.get(name)!.strategy;
        const before = merged.get(name);
        const source = { environment, pair };
        if (strategy !== 'merge' && strategy !== 'deep_merge') {
          merged.set(name, { value, sources: [source] });
          continue;
        }
        try {
          const combined = paramMerge(before?.value, value, type, name, strategy === 'deep_merge');
          merged.set(name, { value: combined, sources: [...(before?.sources ?? []), source] });
        } catch (error) {
          if (!(error instanceof MergeFailure)) throw error;
          const node = resolve(pair.value, doc) ?? pair;
          const message =
            error.kind === 'invalid-strategy'
              ? `${error.message} Heat cannot ${strategy} ${type} parameters; use overwrite.`
              : `The value of ${type} parameter "${name}" cannot be merged (strategy ${strategy}): ${error.message}. Heat rejects the environments.`;
          result.problems.push({ kind: error.kind, environment, node, param: name, message });
        }
      }
    }
  }
  return result;
}

/** The declared parameters of a template with a type Heat knows, for mergeEnvironments. */
export function parameterSchemata(parameters: ReadonlyMap<string, { type: string | null }>, knownTypes: readonly string[]): Map<string, string> {
  const schemata = new Map<string, string>();
  for (const [name, param] of parameters) if (param.type && knownTypes.includes(param.type)) schemata.set(name, param.type);
  return schemata;
}
