/**
 * @hot-lint/core: lint OpenStack Heat Orchestration Templates offline.
 *
 * `lint(text)` is the entry point; the rest is what tools built on hot-lint (the CLI, the
 * language server, other editors) need to work with the same documents and catalog.
 */
export type { Diagnostic, Fix, Position, Range, Severity, TextEdit } from './types.js';
export { lint, lintDocument, compareDiagnostics } from './lint.js';
export type { LintOptions, LintResult, RuleSetting } from './lint.js';
export { parseDocument, DEFAULT_PARSE_LIMITS } from './parse/parse-document.js';
export type { ParsedDocument, ParseLimits } from './parse/parse-document.js';
export { PositionMapper } from './parse/positions.js';
export { buildTemplate } from './model/template.js';
export type { Entry, FunctionCall, Location, ParameterModel, ResourceModel, Template, ValueMap } from './model/template.js';
export * as nodes from './model/nodes.js';
export { Catalog } from './catalog/catalog.js';
export { loadCatalog, findSchemasDir, DEFAULT_HEAT_VERSION } from './catalog/load-catalog.js';
export type * from './catalog/catalog-types.js';
export { allRules, findRule } from './rules/index.js';
export type { Rule, RuleMeta, RuleArea, RuleContext } from './rules/rule.js';
export { closestMatches, didYouMean, editDistance } from './util/suggest.js';
