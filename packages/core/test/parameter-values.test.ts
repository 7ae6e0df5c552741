import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/parse-document.js';
import {
  boolFromString,
  pyMod,
  pyStr,
  pyValue,
  pythonMatcher,
  strToNum,
} from '../src/heat/python-values.js';
import { checkStructure } from '../src/schema/hot-schema.js';

const str = (value: string) => ({ kind: 'str' as const, value });

describe('Python value semantics used by the parameter rules', () => {
  it('reads numbers like Schema.str_to_num (int(), then float())', () => {
    expect(strToNum(str(' 42 '))).toEqual({ value: 42, isInt: true });
    expect(strToNum(str('1_000'))).toEqual({ value: 1000, isInt: true });
    expect(strToNum(str('010'))).toEqual({ value: 10, isInt: true });
    expect(strToNum(str('1e3'))).toEqual({ value: 1000, isInt: false });
    expect(strToNum(str('.5'))).toEqual({ value: 0.5, isInt: false });
    expect(strToNum(str('-Infinity'))).toEqual({ value: -Infinity, isInt: false });
    expect(strToNum(str('0x10'))).toBeNull();
    expect(strToNum(str('1__0'))).toBeNull();
    expect(strToNum(str(''))).toBeNull();
    expect(strToNum({ kind: 'bool', value: true })).toEqual({ value: 1, isInt: true });
    expect(strToNum({ kind: 'list', items: [] })).toBeNull();
  });

  it('tells YAML floats from ints by their source, as PyYAML does', () => {
    const doc = parseDocument('a: 1.0\nb: 7\nc: 0x1F\n');
    const map = doc.root as unknown as { items: Array<{ value: unknown }> };
    expect(pyValue(map.items[0]!.value, doc.yaml)).toEqual({ kind: 'float', value: 1 });
    expect(pyValue(map.items[1]!.value, doc.yaml)).toEqual({ kind: 'int', value: 7 });
    expect(pyValue(map.items[2]!.value, doc.yaml)).toEqual({ kind: 'int', value: 31 });
    expect(pyStr({ kind: 'float', value: 1 })).toBe('1.0');
    expect(pyStr({ kind: 'float', value: 1e-5 })).toBeUndefined();
    expect(pyStr({ kind: 'bool', value: false })).toBe('False');
  });

  it('accepts the boolean spellings of strutils.bool_from_string(strict=True)', () => {
    expect(boolFromString(str(' Yes '))).toBe(true);
    expect(boolFromString(str('OFF'))).toBe(false);
    expect(boolFromString({ kind: 'int', value: 1 })).toBe(true);
    expect(boolFromString({ kind: 'int', value: 2 })).toBeNull();
    expect(boolFromString({ kind: 'float', value: 1 })).toBeNull(); // str(1.0) == "1.0"
    expect(boolFromString(str('maybe'))).toBeNull();
  });

  it('takes the sign of the divisor in %', () => {
    expect(pyMod(-3, 2)).toBe(1);
    expect(pyMod(3, -2)).toBe(-1);
    expect(pyMod(7, 2)).toBe(1);
  });

  it('matches patterns like re.match with a full-length check', () => {
    const run = (pattern: string, value: string) => pythonMatcher(pattern, value)?.(value);
    expect(run('a|ab', 'ab')).toBe(1); // re.match stops at "a": Heat rejects "ab"
    expect(run('[a-z]+', 'abc1')).toBe(3);
    expect(run('(?P<x>a)b', 'ab')).toBe(2);
    expect(run('[]a]+', 'a]')).toBe(2);
    expect(run('\\Aab\\Z', 'ab')).toBe(2);
    expect(run('x', 'ax')).toBeNull(); // anchored at the start
  });

  it('does not guess at patterns it cannot translate with certainty', () => {
    expect(pythonMatcher('(?i)abc', 'ABC')).toBeUndefined();
    expect(pythonMatcher('a{,3}', 'aa')).toBeUndefined();
    expect(pythonMatcher('(a)\\1', 'aa')).toBeUndefined();
    expect(pythonMatcher('\\x41', 'A')).toBeUndefined();
    expect(pythonMatcher('[a-', 'a')).toBeUndefined();
    expect(pythonMatcher('.+$', 'a\nb')).toBeUndefined(); // Python's $ before an inner newline has no RE2 twin
    expect(pythonMatcher('\\w+', 'é')).toBeUndefined();
  });
});

describe('template structure schema', () => {
  const findings = (text: string) => {
    const doc = parseDocument(text);
    return checkStructure(doc.root!, doc.yaml).map((f) => `${f.severity ?? 'error'} ${f.message}`);
  };

  it('accepts the empty sections Heat accepts', () => {
    expect(findings('heat_template_version: 2021-04-16\nparameters:\noutputs:\nresources:\nparameter_groups: {}\ndescription:\n')).toEqual([]);
  });

  it('maps each violation to a message of its own', () => {
    expect(findings('heat_template_version: 2021-04-16\nconditions:\nparameters:\n  a: {default: 1}\n  b/c: 5\n')).toEqual([
      'error The conditions section must be a mapping of condition names to definitions, not nothing (null).',
      'error Parameter "a" has no type: add one of string, number, comma_delimited_list, json, boolean.',
      'error The definition of parameter "b/c" must be a mapping with at least a type, not the number 5.',
    ]);
  });
});
