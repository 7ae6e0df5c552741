/**
 * What Heat checks of each function's arguments, by function name: shapes as data (shapes.ts,
 * from schemas/function-arguments.schema.json), the procedural checks as one small function
 * each in the modules beside, and, as data, when Heat makes the checks.
 */
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

/** Functions whose every argument check Heat makes only when it evaluates them (result()). */
const RESOLVED_ONLY: ReadonlySet<string> = new Set(['get_param', 'get_file', 'map_merge', 'map_replace', 'list_concat', 'list_concat_unique']);

/**
 * Functions whose whole argument may come from another function: Heat resolves it before
 * looking at its shape. The others check the shape of what is written when reading it.
 */
const RESOLVES_ARGUMENTS: ReadonlySet<string> = new Set([
  'get_param', 'get_resource', 'get_file', 'digest', 'str_split', 'map_merge', 'map_replace',
  'list_concat', 'list_concat_unique', 'not', 'get_input',
]);

/** True when Heat checks a function's arguments only when it evaluates the call. */
export function checkedOnlyWhenResolved(name: string): boolean {
  return RESOLVED_ONLY.has(name);
}

/** True when a function's whole argument may be another function's result. */
export function resolvesArguments(name: string): boolean {
  return RESOLVES_ARGUMENTS.has(name);
}
