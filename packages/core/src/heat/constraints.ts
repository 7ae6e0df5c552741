/**
 * The constraints of a HOT parameter as Heat reads them (heat/engine/hot/parameters.py
 * HOTParamSchema._constraints and _constraint_from_def, heat/engine/constraints.py).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TemplateVersionSpec } from '../catalog/catalog-types.js';
import type { ParameterModel } from '../model/template.js';
import { entries, field, resolve } from '../model/nodes.js';
import { pyValue, strToNum } from './python-values.js';
import type { PyValue } from './python-values.js';

/** Keys Heat allows in a constraint entry (PARAM_CONSTRAINTS), in every HOT version. */
export const CONSTRAINT_ENTRY_KEYS = [
  'description',
  'length',
  'range',
  'modulo',
  'allowed_values',
  'allowed_pattern',
  'custom_constraint',
] as const;

/** The order of _constraint_from_def's if/elif chain: the first kind present wins. */
const HEAT_ORDER = ['modulo', 'range', 'length', 'allowed_values', 'allowed_pattern', 'custom_constraint'];

export interface ConstraintKind {
  kind: string;
  pair: Pair<Scalar, Node | null>;
  value: Node | null;
}

export interface ConstraintEntry {
  item: Node;
  map: YAMLMap;
  /** Constraint kinds present (not description), in source order. */
  kinds: ConstraintKind[];
  /** The one Heat uses; undefined when none of the kinds is known to this version. */
  chosen: ConstraintKind | undefined;
  unknownKeys: Array<Pair<Scalar, Node | null>>;
}

export interface ParameterConstraints {
  pair: Pair<Scalar, Node | null> | undefined;
  /** The constraints value when it is not a list (and not null). */
  notAList: Node | null;
  entries: ConstraintEntry[];
  /** List items that are not mappings. */
  notMaps: Node[];
}

export function versionConstraintKinds(language: TemplateVersionSpec | undefined): string[] {
  return language?.parameter_constraint_kinds ?? HEAT_ORDER;
}

/** Reads a parameter's `constraints`, choosing in each entry the kind Heat would use. */
export function readConstraints(param: ParameterModel, kindsInVersion: readonly string[], doc: Document | null): ParameterConstraints {
  const pair = field(param.definition, 'constraints');
  const result: ParameterConstraints = { pair, notAList: null, entries: [], notMaps: [] };
  const value = resolve(pair?.value, doc);
  if (!pair || !value || (isScalar(value) && value.value === null)) return result;
  if (!isSeq(value)) {
    result.notAList = value;
    return result;
  }
  const order = HEAT_ORDER.filter((kind) => kindsInVersion.includes(kind));
  for (const raw of (value as YAMLSeq).items) {
    const item = resolve(raw, doc);
    if (!isMap(item)) {
      result.notMaps.push((item ?? raw) as Node);
      continue;
    }
    const kinds: ConstraintKind[] = [];
    const unknownKeys: ConstraintEntry['unknownKeys'] = [];
    for (const p of entries(item)) {
      const key = String(p.key.value);
      if (key === 'description') continue;
      if ((CONSTRAINT_ENTRY_KEYS as readonly string[]).includes(key)) kinds.push({ kind: key, pair: p, value: resolve(p.value, doc) });
      else unknownKeys.push(p);
    }
    const chosenKind = order.find((kind) => kinds.some((k) => k.kind === kind));
    result.entries.push({ item, map: item, kinds, chosen: kinds.find((k) => k.kind === chosenKind), unknownKeys });
  }
  return result;
}

export interface DefinitionProblem {
  node: Node | Pair | null;
  message: string;
  /** Heat accepts it at validate time (no value satisfies it: stack create fails). */
  validateAccepts?: boolean;
}

export type ParsedConstraint =
  | { kind: 'range' | 'length'; min: number | null; max: number | null }
  | { kind: 'modulo'; step: number; offset: number }
  | { kind: 'allowed_values'; values: PyValue[] }
  | { kind: 'allowed_pattern'; pattern: string }
  | { kind: 'custom_constraint'; name: unknown };

/**
 * Checks a constraint's own definition as Heat's constructors do (Range, Length, Modulo,
 * AllowedValues, AllowedPattern); returns the problems and, when there are none that Heat
 * rejects, the constraint as Heat would hold it.
 */
export function parseConstraint(kind: ConstraintKind, doc: Document | null): { problems: DefinitionProblem[]; parsed?: ParsedConstraint } {
  const problems: DefinitionProblem[] = [];
  const node = kind.value;
  const at = node ?? kind.pair;
  switch (kind.kind) {
    case 'range':
    case 'length': {
      if (!isMap(node)) {
        problems.push({ node: at, message: `The ${kind.kind} constraint must be a mapping with min and/or max.` });
        return { problems };
      }
      const bounds: Record<'min' | 'max', number | null> = { min: null, max: null };
      for (const p of entries(node)) {
        const key = String(p.key.value);
        if (key !== 'min' && key !== 'max') {
          problems.push({ node: p, message: `"${key}" is not a key of a ${kind.kind} constraint: use min and/or max.` });
          continue;
        }
        const value = pyValue(p.value, doc);
        if (value.kind === 'none') continue;
        const num = strToNum(value);
        if (!num || Number.isNaN(num.value)) {
          problems.push({ node: resolve(p.value, doc) ?? p, message: `The ${kind.kind} constraint's ${key} must be a number.` });
          continue;
        }
        if (kind.kind === 'length' && !num.isInt) {
          problems.push({ node: resolve(p.value, doc) ?? p, message: `The length constraint's ${key} must be an integer.` });
          continue;
        }
        bounds[key] = num.value;
      }
      if (problems.length) return { problems };
      if (bounds.min === null && bounds.max === null) {
        problems.push({ node: at, message: `A ${kind.kind} constraint must have a min value and/or a max value.` });
        return { problems };
      }
      if (bounds.min !== null && bounds.max !== null && bounds.min > bounds.max) {
        problems.push({
          node: at,
          message: `The ${kind.kind} constraint's min (${bounds.min}) is greater than its max (${bounds.max}): no value can satisfy it.`,
          validateAccepts: true,
        });
      }
      return { problems, parsed: { kind: kind.kind, min: bounds.min, max: bounds.max } };
    }
    case 'modulo': {
      if (!isMap(node)) {
        problems.push({ node: at, message: 'The modulo constraint must be a mapping with step and offset.' });
        return { problems };
      }
      const values: Record<'step' | 'offset', number | null> = { step: null, offset: null };
      for (const p of entries(node)) {
        const key = String(p.key.value);
        if (key !== 'step' && key !== 'offset') {
          problems.push({ node: p, message: `"${key}" is not a key of a modulo constraint: use step and offset.` });
          continue;
        }
        const value = pyValue(p.value, doc);
        if (value.kind === 'none') continue;
        const num = strToNum(value);
        const target = resolve(p.value, doc) ?? p;
        if (!num || !Number.isFinite(num.value)) problems.push({ node: target, message: `The modulo constraint's ${key} must be a number.` });
        else if (!Number.isInteger(num.value)) problems.push({ node: target, message: `The modulo constraint's ${key} must be an integer.` });
        else values[key] = num.value;
      }
      if (problems.length) return { problems };
      const { step, offset } = values;
      if (step === null || offset === null) {
        const missing = step === null ? (offset === null ? 'step and offset' : 'step') : 'offset';
        problems.push({ node: at, message: `A modulo constraint must have both a step and an offset; ${missing} is missing.` });
      } else if (step === 0) {
        problems.push({ node: at, message: 'The modulo constraint\'s step cannot be 0.' });
      } else if (Math.abs(offset) >= Math.abs(step)) {
        problems.push({ node: at, message: `The modulo constraint's offset (${offset}) must be smaller (by absolute value) than its step (${step}).` });
      } else if (step * offset < 0) {
        problems.push({ node: at, message: 'The modulo constraint\'s step and offset must be both positive or both negative.' });
      } else {
        return { problems, parsed: { kind: 'modulo', step, offset } };
      }
      return { problems };
    }
    case 'allowed_values': {
      if (!isSeq(node)) {
        problems.push({ node: at, message: 'allowed_values must be a list of values.' });
        return { problems };
      }
      return { problems, parsed: { kind: 'allowed_values', values: node.items.map((item) => pyValue(item, doc)) } };
    }
    case 'allowed_pattern': {
      const value = pyValue(node, doc);
      if (value.kind !== 'str') {
        problems.push({ node: at, message: 'allowed_pattern must be a string (a regular expression); quote it.' });
        return { problems };
      }
      return { problems, parsed: { kind: 'allowed_pattern', pattern: value.value } };
    }
    default:
      return { problems, parsed: { kind: 'custom_constraint', name: isScalar(node) ? node.value : null } };
  }
}
