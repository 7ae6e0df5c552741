import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, YAMLMap } from 'yaml';
import type { EnvironmentModel } from '../environment/environment.js';
import type { Template } from '../model/template.js';
import { entries, field, resolve, toValue } from '../model/nodes.js';
import type { ReferenceIndex } from '../model/references.js';

/** PyYAML/oslo boolean strings Heat's boolean parameters accept (strutils.bool_from_string). */
const TRUE_STRINGS = new Set(['1', 't', 'true', 'on', 'y', 'yes']);
const FALSE_STRINGS = new Set(['0', 'f', 'false', 'off', 'n', 'no']);

type Value = string | number | boolean | null;
const UNKNOWN = Symbol('unknown');
type Known = Value | typeof UNKNOWN;

/**
 * Evaluates conditions the way Heat's validate does, with the parameters' defaults (or the
 * environments' values): true, false, or null when the value is known only at create (a
 * parameter without a default, a function hot-lint does not evaluate).
 */
export class ConditionEvaluator {
  private readonly cache = new Map<string, boolean | null>();
  private readonly doc: Document | null;

  get document(): Document | null {
    return this.doc;
  }

  constructor(
    private readonly template: Template,
    private readonly environments: readonly EnvironmentModel[] = [],
  ) {
    this.doc = template.yaml;
  }

  /** The value of a `condition:` field (a name, a boolean or an inline condition function). */
  field(node: unknown): boolean | null {
    return this.evaluate(node, []);
  }

  /** The value of a named condition. */
  named(name: string, seen: readonly string[] = []): boolean | null {
    if (this.cache.has(name)) return this.cache.get(name)!;
    const entry = this.template.conditions.get(name);
    if (!entry || seen.includes(name)) return null;
    const value = this.evaluate(entry.value, [...seen, name]);
    this.cache.set(name, value);
    return value;
  }

  private evaluate(raw: unknown, seen: readonly string[]): boolean | null {
    const node = resolve(raw, this.doc);
    if (isScalar(node)) {
      if (typeof node.value === 'boolean') return node.value;
      if (typeof node.value === 'string') return this.named(node.value, seen);
      return null;
    }
    if (!isMap(node) || node.items.length !== 1) return null;
    const [pair] = entries(node);
    const args = resolve(pair!.value, this.doc);
    switch (pair!.key.value) {
      case 'not': {
        const inner = this.evaluate(args, seen);
        return inner === null ? null : !inner;
      }
      case 'and':
      case 'or': {
        if (!isSeq(args)) return null;
        const values = args.items.map((item) => this.evaluate(item, seen));
        const decisive = pair!.key.value === 'and' ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes(null) ? null : !decisive;
      }
      case 'equals': {
        if (!isSeq(args) || args.items.length !== 2) return null;
        const [a, b] = args.items.map((item) => this.value(item));
        if (a === UNKNOWN || b === UNKNOWN) return null;
        return a === b;
      }
      case 'get_param': {
        const value = this.value(node);
        if (typeof value === 'boolean') return value;
        return null;
      }
      default:
        return null;
    }
  }

  /** A literal or a get_param of a scalar parameter, as Python would compare it. */
  private value(raw: unknown): Known {
    const node = resolve(raw, this.doc);
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || v === undefined) return null;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      return UNKNOWN;
    }
    if (!isMap(node) || node.items.length !== 1) return UNKNOWN;
    const [pair] = entries(node);
    if (pair!.key.value !== 'get_param') return UNKNOWN;
    const arg = resolve(pair!.value, this.doc);
    if (!isScalar(arg) || typeof arg.value !== 'string') return UNKNOWN;
    return this.parameter(arg.value);
  }

  private parameter(name: string): Known {
    const parameter = this.template.parameters.get(name);
    if (!parameter) return UNKNOWN;
    // A value from an environment, or from the user at create: not evaluated here.
    if (this.environments.some((env) => env.parameterDefaults.has(name) || env.parameters.has(name))) return UNKNOWN;
    const defaultPair = field(parameter.definition, 'default');
    if (!defaultPair) return UNKNOWN;
    const value = toValue(defaultPair.value, this.doc);
    switch (parameter.type) {
      case 'string':
        return value === null || value === undefined ? UNKNOWN : typeof value === 'object' ? UNKNOWN : String(value);
      case 'number': {
        const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        return Number.isFinite(n) ? n : UNKNOWN;
      }
      case 'boolean': {
        if (typeof value === 'boolean') return value;
        const text = String(value).toLowerCase();
        if (TRUE_STRINGS.has(text)) return true;
        if (FALSE_STRINGS.has(text)) return false;
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
}

/**
 * The conditions Heat may evaluate: those named outside the conditions section, and those they
 * name in turn. Null when a condition name is computed (any could be meant).
 */
export function usedConditions(index: ReferenceIndex): Set<string> | null {
  if (index.dynamic.condition.length > 0) return null;
  const named = new Map<string, string[]>();
  const used = new Set<string>();
  const pending: string[] = [];
  for (const ref of index.references) {
    if (ref.kind !== 'condition') continue;
    if (ref.section === 'conditions') {
      const list = named.get(ref.owner) ?? [];
      list.push(ref.name);
      named.set(ref.owner, list);
    } else pending.push(ref.name);
  }
  while (pending.length) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...(named.get(name) ?? []));
  }
  return used;
}


/**
 * Whether Heat leaves a resource (or output) out: 'never-created' for a literal
 * `condition: false`, 'absent-by-default' when its condition is false with the default
 * parameters (other values may bring it in), null when it exists or may.
 */
export function absence(definition: YAMLMap | null, conditions: ConditionEvaluator): 'never-created' | 'absent-by-default' | null {
  const pair = field(definition, 'condition');
  if (!pair || conditions.field(pair.value) !== false) return null;
  const value = resolve(pair.value, conditions.document);
  return isScalar(value) && value.value === false ? 'never-created' : 'absent-by-default';
}
