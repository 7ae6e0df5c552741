import type { Document, Node } from 'yaml';
import { languageOf } from '../model/language.js';
import type { Catalog } from '../catalog/catalog.js';
import { describeNode } from '../model/nodes.js';
import type { ParameterModel, Template } from '../model/template.js';
import type { RuleContext } from '../rules/rule.js';
import { parseConstraint, readConstraints, versionConstraintKinds } from './constraints.js';
import type { ParsedConstraint } from './constraints.js';
import { boolFromString, pyEquals, pyLen, pyMod, pyStr, pyValue, pythonMatcher, showValue, strToNum } from './python-values.js';
import type { PyValue } from './python-values.js';

/**
 * Where a parameter value comes from. A default that does not fit its type only fails at
 * stack create when no value is given (a warning) unless a constraint reads it; a value an
 * environment gives is checked by Heat as given (an error).
 */
export interface ValueOrigin {
  /** How messages name the value, e.g. "The default". */
  label: string;
  fromEnvironment: boolean;
}

/** Where findings about the value go: the report of the file that holds the value node. */
export interface ValueReporter {
  /** A value that only fails when stack create uses it is the variant "create-only" (parameter-default declares it). */
  report: RuleContext<'create-only'>['report'];
  /** The YAML document of the value node. */
  yaml: Document | null;
}

/** The constraints of a parameter that Heat applies to its values, parsed from the template. */
export function applicableConstraints(param: ParameterModel, template: Template, catalog: Catalog): ParsedConstraint[] {
  const type = param.type;
  if (type === null) return [];
  const kinds = versionConstraintKinds(languageOf(template, catalog));
  const applicable = catalog.language.constraint_kinds_by_type[type] ?? [];
  const constraints: ParsedConstraint[] = [];
  for (const entry of readConstraints(param, kinds, template.yaml).entries) {
    const chosen = entry.chosen;
    if (!chosen || entry.unknownKeys.length || !applicable.includes(chosen.kind)) continue;
    const { problems, parsed } = parseConstraint(chosen, template.yaml);
    if (parsed && !problems.some((p) => !p.validateAccepts)) constraints.push(parsed);
  }
  return constraints;
}

/** Checks a value of a parameter against its type, then its constraints, as Heat does. */
export function checkParameterValue(
  context: ValueReporter,
  param: ParameterModel,
  type: string,
  node: Node,
  constraints: ParsedConstraint[],
  origin: ValueOrigin,
  /** The value to check when it is not the node's own (a value merged from several files). */
  value: PyValue = pyValue(node, context.yaml),
): void {
  if (value.kind === 'none') return;
  if (!checkType(context, param, type, value, node, constraints, origin)) return;
  checkConstraints(context, param, type, value, node, constraints, origin);
}

/** Reports a value of the wrong type; false when it did. */
function checkType(
  context: ValueReporter,
  param: ParameterModel,
  type: string,
  value: PyValue,
  node: Node,
  constraints: ParsedConstraint[],
  origin: ValueOrigin,
): boolean {
  const shown = showValue(value);
  const label = origin.label;
  const reads = (...kinds: string[]) => origin.fromEnvironment || constraints.some((c) => kinds.includes(c.kind));
  const createOnly = ' Stack create fails unless a value is given for it.';
  const rejected = origin.fromEnvironment ? ' Heat rejects it.' : ' Heat rejects it when it checks the default against the constraints.';
  switch (type) {
    case 'number': {
      if (strToNum(value)) return true;
      const error = reads('range', 'modulo', 'allowed_values');
      context.report(node, `${label} ${shown} of number parameter "${param.name}" is not a number.${error ? rejected : createOnly}`, error ? {} : { variant: 'create-only' });
      return false;
    }
    case 'boolean': {
      const parsed = boolFromString(value);
      if (parsed !== null) return true;
      const error = reads('allowed_values');
      context.report(
        node,
        `${label} ${shown} of boolean parameter "${param.name}" is not a boolean; use true or false.${error ? rejected : createOnly}`,
        error ? {} : { variant: 'create-only' },
      );
      return false;
    }
    case 'json': {
      if (value.kind !== 'str' || value.value === '' || /NaN|Infinity/.test(value.value)) return true;
      try {
        JSON.parse(value.value);
        return true;
      } catch {
        context.report(
          node,
          `${label} of json parameter "${param.name}" is a string that is not valid JSON; write a mapping or a list instead.${origin.fromEnvironment ? rejected : createOnly}`,
          origin.fromEnvironment ? {} : { variant: 'create-only' },
        );
        return false;
      }
    }
    case 'comma_delimited_list':
      if (value.kind === 'str' || value.kind === 'list') return true;
      context.report(node, `${label} of comma_delimited_list parameter "${param.name}" must be a comma-separated string or a list, not ${describeNode(node, context.yaml)}.`);
      return false;
    default:
      return true;
  }
}

function checkConstraints(
  context: ValueReporter,
  param: ParameterModel,
  type: string,
  raw: PyValue,
  node: Node,
  constraints: ParsedConstraint[],
  origin: ValueOrigin,
): void {
  // Schema._validate_default: a comma_delimited_list default is split on commas, or its items made strings.
  let value: PyValue = raw;
  if (type === 'comma_delimited_list') {
    if (raw.kind === 'str') value = { kind: 'list', items: raw.value.split(',').map((s) => ({ kind: 'str', value: s })) };
    else if (raw.kind === 'list') {
      const items: PyValue[] = [];
      for (const item of raw.items) {
        const text = pyStr(item);
        if (text === undefined) return;
        items.push({ kind: 'str', value: text });
      }
      value = { kind: 'list', items };
    }
  }
  const shown = showValue(raw);
  const fail = (message: string) => context.report(node, `${origin.label} ${shown} of parameter "${param.name}" ${message}`);
  for (const constraint of constraints) {
    switch (constraint.kind) {
      case 'range': {
        const num = strToNum(value);
        if (!num) break;
        if ((constraint.min !== null && num.value < constraint.min) || (constraint.max !== null && num.value > constraint.max)) {
          fail(`is out of its range (${bounds(constraint.min, constraint.max)}).`);
        }
        break;
      }
      case 'length': {
        const length = pyLen(value);
        if (length === null) {
          fail(`has no length for its length constraint to measure; quote it to make it a string.`);
          break;
        }
        if ((constraint.min !== null && length < constraint.min) || (constraint.max !== null && length > constraint.max)) {
          fail(`has length ${length}, out of its length constraint (${bounds(constraint.min, constraint.max)}).`);
        }
        break;
      }
      case 'modulo': {
        const num = strToNum(value);
        if (num && pyMod(num.value, constraint.step) !== constraint.offset) {
          fail(`is not a multiple of ${constraint.step} with an offset of ${constraint.offset}.`);
        }
        break;
      }
      case 'allowed_values': {
        const allowedText = constraint.values.map(showValue).join(', ');
        if (value.kind === 'list') {
          const outside = value.items.find((item) => {
            const found = constraint.values.map((allowed) => pyEquals(item, allowed));
            return !found.includes(true) && !found.includes(undefined);
          });
          if (outside) fail(`has ${showValue(outside)}, which is not an allowed value (${allowedText}).`);
          break;
        }
        const convert = (v: PyValue): PyValue | null | undefined => {
          if (type === 'string') {
            const text = pyStr(v);
            return text === undefined ? undefined : { kind: 'str', value: text };
          }
          if (type === 'number') {
            const num = strToNum(v);
            return num ? { kind: num.isInt ? 'int' : 'float', value: num.value } : null;
          }
          if (type === 'boolean') {
            const bool = boolFromString(v);
            return bool === null || bool === undefined ? bool : { kind: 'bool', value: bool };
          }
          return v;
        };
        const mine = convert(value);
        if (!mine) break;
        let matched = false;
        let unsure = false;
        for (const allowed of constraint.values) {
          const theirs = convert(allowed);
          if (theirs === null) {
            fail(`cannot be checked: the allowed value ${showValue(allowed)} is not a valid ${type}.`);
            return;
          }
          const same = theirs === undefined ? undefined : pyEquals(mine, theirs);
          if (same === true) matched = true;
          if (same === undefined) unsure = true;
        }
        if (!matched && !unsure) fail(`is not an allowed value (${allowedText}).`);
        break;
      }
      case 'allowed_pattern': {
        if (value.kind !== 'str') {
          fail(`is not a string, so it cannot match allowed_pattern; quote it.`);
          break;
        }
        const match = pythonMatcher(constraint.pattern, value.value);
        if (!match) break;
        const end = match(value.value);
        if (end === null || end !== value.value.length) fail(`does not match the pattern "${constraint.pattern}" (it must match the whole value).`);
        break;
      }
      default:
        break;
    }
  }
}

function bounds(min: number | null, max: number | null): string {
  if (max === null) return `at least ${min}`;
  if (min === null) return `at most ${max}`;
  return `${min} to ${max}`;
}
