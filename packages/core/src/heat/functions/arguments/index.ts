/**
 * What Heat checks of each function's arguments, by function name: shapes as data (shapes.ts,
 * from schemas/function-arguments.schema.json), the procedural checks as one small function
 * each in the modules beside. When Heat makes the checks is the function table's.
 */
import { functionEntry } from '../table.js';
import type { Checker } from './check.js';
import { filter, listConcat, mapMerge, mapReplace, repeat } from './collections.js';
import { ifFunction } from './if.js';
import { getAttr, getParam, resourceFacade } from './references.js';
import { andOr, contains, equals, getFile, getInput, getResource, notFunction } from './shapes.js';
import { digest, listJoin, makeUrl, strReplace, strSplit } from './strings.js';
import { yaql } from './yaql.js';

export type { ArgumentCheck, Checker, FailOptions, Kind } from './check.js';

const CHECKERS: Readonly<Record<string, Checker>> = {
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

export function argumentChecker(name: string): Checker | undefined {
  return Object.hasOwn(CHECKERS, name) ? CHECKERS[name] : undefined;
}

/** True when Heat checks a function's arguments only when it evaluates the call. */
export function checkedOnlyWhenResolved(name: string): boolean {
  return functionEntry(name)?.checkedWhenEvaluated === true;
}

/** True when a function's whole argument may be another function's result. */
export function resolvesArguments(name: string): boolean {
  return functionEntry(name)?.computedArguments === true;
}
