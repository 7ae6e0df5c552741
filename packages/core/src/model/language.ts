import type { Catalog } from '../catalog/catalog.js';
import type { TemplateVersionSpec } from '../catalog/catalog-types.js';
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
  const status = catalog.functionStatus(language, call.name);
  // Versions before conditions existed read a condition's place like any other value.
  if (call.conditionContext && language.condition_functions.length > 0) {
    if (language.condition_functions.includes(call.name)) return 'active';
    return status === 'removed' ? 'removed' : status === 'supported' ? 'wrong-context' : 'unknown';
  }
  return status === 'supported' ? 'active' : status === 'removed' ? 'removed' : 'unknown';
}

/** Whether Heat evaluates a call where it is written, in the template's language. */
export function isActiveCall(template: Template, catalog: Catalog, call: FunctionCall): boolean {
  return callStatus(languageOf(template, catalog), catalog, call) === 'active';
}
