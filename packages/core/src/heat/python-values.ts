/**
 * How Heat (Python) reads parameter values: heat/engine/constraints.py Schema.str_to_num,
 * oslo strutils.bool_from_string(strict=True), str(), ==, % and re.match. Each helper
 * returns undefined when it cannot be sure what Python would do, so callers stay silent.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { resolve } from '../model/nodes.js';

/** A value as Heat holds it after PyYAML: numbers keep whether they are int or float. */
export type PyValue =
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'list'; items: PyValue[] }
  | { kind: 'dict'; entries: Map<string, PyValue> };

// PyYAML's YAML 1.1 resolvers (yaml/resolver.py): what it reads as int and as float.
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** PyYAML (YAML 1.1) reads a plain scalar with a dot, an exponent or .inf/.nan as a float. */
export function pyValue(raw: unknown, doc: Document | null): PyValue {
  const node = resolve(raw, doc);
  if (!node) return { kind: 'none' };
  if (isSeq(node)) return { kind: 'list', items: node.items.map((item) => pyValue(item, doc)) };
  if (isMap(node)) {
    const entries = new Map<string, PyValue>();
    for (const pair of node.items) {
      const key = resolve(pair.key, doc);
      const name = isScalar(key) ? String(key.value) : JSON.stringify(key);
      entries.delete(name); // the last of duplicate keys wins, in the last key's place
      entries.set(name, pyValue(pair.value, doc));
    }
    return { kind: 'dict', entries };
  }
  if (!isScalar(node)) return { kind: 'none' };
  const v = node.value;
  if (v === null || v === undefined) return { kind: 'none' };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'number') {
    const source = (node as { source?: unknown }).source;
    if (typeof source !== 'string') return Number.isInteger(v) ? { kind: 'int', value: v } : { kind: 'float', value: v };
    if (PYYAML_INT.test(source)) return { kind: 'int', value: v };
    if (PYYAML_FLOAT.test(source)) return { kind: 'float', value: v };
    return { kind: 'str', value: source }; // e.g. 1e5: a number to the yaml package, a string to PyYAML
  }
  if (typeof v === 'bigint') return { kind: 'int', value: Number(v) };
  return { kind: 'str', value: String(v) };
}

const INT = /^[+-]?\d+(?:_\d+)*$/;
const FLOAT = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
const SPECIAL = /^[+-]?(?:inf|infinity|nan)$/i;

/** Schema.str_to_num: a number, or int(text), else float(text); null when Python raises. */
export function strToNum(value: PyValue): { value: number; isInt: boolean } | null {
  switch (value.kind) {
    case 'int':
      return { value: value.value, isInt: true };
    case 'bool':
      return { value: value.value ? 1 : 0, isInt: true };
    case 'float':
      return { value: value.value, isInt: false };
    case 'str': {
      const text = value.value.trim();
      if (INT.test(text)) return { value: Number(text.replace(/_/g, '')), isInt: true };
      if (FLOAT.test(text)) return { value: Number(text.replace(/_/g, '')), isInt: false };
      if (SPECIAL.test(text)) {
        const negative = text.startsWith('-');
        return { value: /nan/i.test(text) ? Number.NaN : negative ? -Infinity : Infinity, isInt: false };
      }
      return null;
    }
    default:
      return null;
  }
}

const TRUE_STRINGS = ['1', 't', 'true', 'on', 'y', 'yes'];
const FALSE_STRINGS = ['0', 'f', 'false', 'off', 'n', 'no'];
export const BOOLEAN_SPELLINGS = [...TRUE_STRINGS, ...FALSE_STRINGS];

/** strutils.bool_from_string(str(value), strict=True); null when it raises, undefined when unsure. */
export function boolFromString(value: PyValue): boolean | null | undefined {
  if (value.kind === 'bool') return value.value;
  const text = pyStr(value);
  if (text === undefined) return undefined;
  const lowered = text.trim().toLowerCase();
  if (TRUE_STRINGS.includes(lowered)) return true;
  if (FALSE_STRINGS.includes(lowered)) return false;
  return null;
}

/** Python's str() of a scalar; undefined for collections and floats whose text is uncertain. */
export function pyStr(value: PyValue): string | undefined {
  switch (value.kind) {
    case 'none':
      return 'None';
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'int':
      return Number.isSafeInteger(value.value) ? String(value.value) : undefined;
    case 'float': {
      const v = value.value;
      if (Number.isNaN(v)) return 'nan';
      if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
      const abs = Math.abs(v);
      if (v !== 0 && (abs < 1e-4 || abs >= 1e16)) return undefined;
      return Number.isInteger(v) ? `${v}.0` : String(v);
    }
    case 'str':
      return value.value;
    default:
      return undefined;
  }
}

/** Python ==, for the scalars and lists a constraint compares; undefined when unsure. */
export function pyEquals(a: PyValue, b: PyValue): boolean | undefined {
  const numeric = (v: PyValue) => (v.kind === 'int' || v.kind === 'float' || v.kind === 'bool' ? strToNum(v)!.value : null);
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) return na !== null && nb !== null ? na === nb : false;
  if (a.kind === 'str' && b.kind === 'str') return a.value === b.value;
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.items.length !== b.items.length) return false;
    let all: boolean | undefined = true;
    for (let i = 0; i < a.items.length; i++) {
      const same = pyEquals(a.items[i]!, b.items[i]!);
      if (same === false) return false;
      if (same === undefined) all = undefined;
    }
    return all;
  }
  if (a.kind !== b.kind) return false;
  return undefined;
}

/** Python's a % b for numbers: the result takes the sign of the divisor. */
export function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** len() of a value, counting code points in strings; null when Python raises TypeError. */
export function pyLen(value: PyValue): number | null {
  if (value.kind === 'str') return [...value.value].length;
  if (value.kind === 'list') return value.items.length;
  if (value.kind === 'dict') return value.entries.size;
  return null;
}

/** How a value reads in a message. */
export function showValue(value: PyValue): string {
  switch (value.kind) {
    case 'str':
      return JSON.stringify(value.value.length > 60 ? `${value.value.slice(0, 57)}...` : value.value);
    case 'list':
      return `[${value.items.map(showValue).join(', ')}]`;
    case 'dict':
      return 'a mapping';
    case 'none':
      return 'null';
    default:
      return String(value.value);
  }
}

export { pythonMatcher } from '../util/python-regex.js';
