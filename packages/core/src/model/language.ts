import type { Catalog } from '../catalog/catalog.js';
import type { TemplateVersionSpec } from '../catalog/catalog-types.js';
import { isHotFunction } from '../heat/functions/table.js';
import type { FunctionCall, Template } from './template.js';

/**
 * The template language a template is read in: the version it declares, or, when that version is
 * missing or unknown to the catalog, the newest one (the template-version rule reports the version
 * itself; everything else reads the template as the newest Heat would). The one fallback policy
 * for rules, references, completion and hover.
 */
export function languageOf(template: Pick<Template, 'version'> | null | undefined, catalog: Catalog): TemplateVersionSpec {
  return template?.version ?? newestLanguage(catalog);
}

export function newestLanguage(catalog: Catalog): TemplateVersionSpec {
  return catalog.versions[catalog.versions.length - 1]!;
}

/**
 * What a function call is in its template's language:
 * - `active`: Heat evaluates it here;
 * - `removed`: the version had it and dropped it;
 * - `wrong-context`: a function of the version, but not one conditions may use (or the reverse);
 * - `unknown`: not a function of this version.
 */
export type CallStatus = 'active' | 'removed' | 'wrong-context' | 'unknown';

export function callStatus(language: TemplateVersionSpec, catalog: Catalog, call: Pick<FunctionCall, 'name' | 'conditionContext'>): CallStatus {
  if (activeFunctions(language, call.conditionContext).has(call.name)) return 'active';
  const status = catalog.functionStatus(language, call.name);
  if (status === 'removed') return 'removed';
  return status === 'supported' ? 'wrong-context' : 'unknown';
}

/**
 * The functions Heat evaluates in a context of a language: its supported functions, or, in a
 * condition context of a version with conditions, its condition functions. (Versions before
 * conditions existed read a condition's place like any other value.)
 */
export function activeFunctions(language: TemplateVersionSpec, conditionContext: boolean): ReadonlySet<string> {
  const key = conditionContext && language.condition_functions.length > 0 ? 'condition' : 'plain';
  let byContext = ACTIVE.get(language);
  if (!byContext) ACTIVE.set(language, (byContext = new Map()));
  let names = byContext.get(key);
  if (!names) {
    names =
      key === 'condition'
        ? new Set(language.condition_functions)
        : new Set(Object.keys(language.functions).filter((name) => language.functions[name] === 'supported'));
    byContext.set(key, names);
  }
  return names;
}

/**
 * The functions to offer where one is written (completion): the active ones of the context that
 * are HOT's own, sorted. CloudFormation-style names stay valid in the versions that have them but
 * are never suggested in a HOT template.
 */
export function hotFunctions(language: TemplateVersionSpec, conditionContext: boolean): string[] {
  return [...activeFunctions(language, conditionContext)].filter(isHotFunction).sort();
}

const ACTIVE = new WeakMap<TemplateVersionSpec, Map<'condition' | 'plain', ReadonlySet<string>>>();

/** Whether Heat evaluates a call where it is written, in the template's language. */
export function isActiveCall(template: Template, catalog: Catalog, call: FunctionCall): boolean {
  return callStatus(languageOf(template, catalog), catalog, call) === 'active';
}
