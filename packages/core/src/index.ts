/**
 * @hot-lint/core: lint OpenStack Heat Orchestration Templates offline.
 *
 * `lint(text)` is the entry point; the rest is what tools built on hot-lint (the CLI, the
 * language server, other editors) need to work with the same documents and catalog.
 */
export type { Diagnostic, Fix, Position, Range, Severity, TextEdit } from './types.js';
export { lint, lintDocument, compareDiagnostics, heatReleaseSpecLabel, heatReleasesOf } from './lint.js';
export type { LintOptions, LintResult, RuleSetting, HeatReleaseSpec } from './lint.js';
export { parseDocument, DEFAULT_PARSE_LIMITS } from './parse/parse-document.js';
export { isCleanParse, latestParseOf, reparseEdit } from './parse/reparse.js';
export { IncrementalLint } from './incremental/entry-findings.js';
export type { ParsedDocument, ParseLimits } from './parse/parse-document.js';
export { PositionMapper } from './parse/positions.js';
export { buildTemplate, templateWalks } from './model/template.js';
export { changedSpan } from './util/changed-span.js';
export { ownCopy } from './util/own-copy.js';
export { HIDDEN_TEXT, hiddenValues, isHidden, redactHidden } from './model/secrets.js';
export type { Entry, EntryWalk, FunctionCall, Location, ParameterModel, ResourceModel, Template, ValueMap } from './model/template.js';
export * as nodes from './model/nodes.js';
export { collectReferences } from './model/references.js';
export { activeFunctions, callStatus, hotFunctions, isActiveCall, languageOf, newestLanguage } from './model/language.js';
export type { CallStatus } from './model/language.js';
export type { Reference, ReferenceIndex, ReferenceKind } from './model/references.js';
export { Catalog } from './catalog/catalog.js';
export { loadCatalog, loadCatalogFile, nearestRelease, catalogDataDir, CatalogLoadError, DEFAULT_HEAT_VERSION, type LoadCatalogOptions } from './catalog/load-catalog.js';
export {
  HEAT_RELEASES,
  NEWEST_HEAT_RELEASE,
  resolveHeatRelease,
  releaseLabel,
  releaseRange,
  heatReleaseChoices,
  type HeatRelease,
} from './catalog/release.js';
export type * from './catalog/catalog-types.js';
export { allRules, findRule } from './rules/index.js';
export type { HeatCatches, Rule, RuleMeta, RuleArea, RuleContext, RuleVariant } from './rules/rule.js';
export { ruleSettingKeys, variantKey } from './rules/rule.js';
export { closestMatches, didYouMean, editDistance } from './util/suggest.js';
export { xml } from './util/xml.js';
export {
  CONFIG_FILE_NAMES,
  CONFIG_KEYS,
  CONFIG_RULE_ID,
  CONFIG_SCHEMA_ID,
  KNOWN_HEAT_VERSIONS,
  RULE_SETTINGS,
  configJsonSchema,
  configuredHeatRelease,
  emptyConfig,
  findConfigFile,
  searchConfig,
  formatConfigProblem,
  isReleaseRange,
  parseConfig,
  sessionRelease,
} from './config/index.js';
export type { ConfigJsonSchema, ConfigParseOptions, ConfigParseResult, ConfigSearch, EnvironmentBinding, HotLintConfig } from './config/index.js';
export { UNUSED_SUPPRESSION_RULE_ID, applySuppressions, parseSuppressions, suppressionsOutside } from './suppressions/index.js';
export type { ApplyOptions, SuppressedRule, Suppression, SuppressionKind, SuppressionResult } from './suppressions/index.js';
export { classifyDocument } from './model/file-kind.js';
export type { FileKind, FileKindReason } from './model/file-kind.js';
export { buildEnvironment, looksLikeEnvironment, isTemplateType, ENVIRONMENT_SECTIONS } from './environment/environment.js';
export type { EnvironmentModel, RegistryEntry } from './environment/environment.js';
export { TypeResolver } from './environment/registry.js';
export { groupMembers } from './heat/resources.js';
export { FUNCTION_TABLE, functionEntry, functionSyntax, heatFunctionDoc, isHotFunction } from './heat/functions/table.js';
export type { FunctionEntry, HeatFunctionDoc } from './heat/functions/table.js';
export { isFunctionCall } from './heat/functions/calls.js';
export type { TypeResolution } from './environment/registry.js';
export { NodeFileLoader, MemoryFileLoader, isUrl, resolveTarget } from './project/loader.js';
export type { FileLoader, ReadResult } from './project/loader.js';
export { readRegularFile, realPath, sizeText } from './project/read-file.js';
export type { FileBytes } from './project/read-file.js';
export { ProjectSession } from './project/session.js';
export { lintTemplateFile, lintEnvironmentFile } from './project/lint-project.js';
export type { ProjectLintOptions, FileLintResult } from './project/lint-project.js';
export type { ProjectContext } from './project/context.js';
export { ProjectSnapshot } from './project/snapshot.js';
export type { ProjectReference, SnapshotFile } from './project/snapshot.js';
export { resolveProject } from './project/resolve.js';
export { Workspace, CANDIDATE_FILE, CONFIG_MAX_BYTES, SKIPPED_DIRS } from './project/workspace.js';
export type { ConfigProblem, EnvironmentUse, LoadedConfig, WorkspaceOptions } from './project/workspace.js';
export { nodeHost, overlayHost } from './project/host.js';
export type { HostEntry, HostRead, HostStat, WorkspaceHost } from './project/host.js';
export type { ResolveOptions } from './project/resolve.js';
export { boundEnvironments, environmentsFor, innermostFolder, isIgnored, isInside, projectRootFor, relativeInside } from './project/bindings.js';
export type { ConfigLocation, ProjectRootOptions } from './project/bindings.js';
export { stackGraph } from './graph/stack-graph.js';
export type { StackEdge, StackEdgeKind, StackGraph, StackGraphOptions, StackNode, StackNodeKind } from './graph/stack-graph.js';
