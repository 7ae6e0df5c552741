import type { Document, Node, Pair } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { EnvironmentModel } from '../environment/environment.js';
import type { TypeResolver } from '../environment/registry.js';
import type { Template } from '../model/template.js';
import type { ProjectContext } from '../project/context.js';
import type { ParsedDocument } from '../parse/parse-document.js';
import type { PositionMapper } from '../parse/positions.js';
import type { Fix, Range, Severity } from '../types.js';

export type RuleArea =
  | 'syntax'
  | 'template'
  | 'parameters'
  | 'references'
  | 'functions'
  | 'resources'
  | 'outputs'
  | 'project'
  | 'environment'
  | 'remote';

export interface RuleMeta {
  /** Stable id used in config files, suppressions and output, e.g. "get-param-undefined". */
  id: string;
  area: RuleArea;
  /** One line, shown by --list-rules and in SARIF. */
  description: string;
  severity: Severity;
  /** Rules that are noisy on real templates start disabled. */
  enabledByDefault: boolean;
  /** The docs page (Markdown): what it finds, why it matters, a bad and a good example. */
  docs: string;
  /**
   * Set on rules that find what Heat's validate accepts but stack create rejects:
   * the create-time failure they prevent.
   */
  stricterThanHeat?: string;
  /**
   * The rule's findings come from outside core (heat-remote: Heat's answer to --remote), given
   * to lint as `external`; it counts as run only when they are given.
   */
  external?: boolean;
  /**
   * 'entry': a finding inside a resource or output depends only on that entry, the names of the
   * others and what lies outside the resources and outputs sections, and the rule reaches the
   * entries only through template.resources, .outputs, .calls, .maps and .strings. An edit
   * inside one entry then re-checks only that entry (lint's `incremental`); the rest of its
   * findings are kept. Rules without it check the whole template on every lint.
   */
  scope?: 'entry';
}

export interface ReportOptions {
  fixes?: Fix[];
  /** Overrides the rule's severity for this one finding (e.g. a warning-level variant). */
  severity?: Severity;
}

export type ReportTarget = Node | Pair | Range | null | undefined;

interface BaseContext {
  document: ParsedDocument;
  yaml: Document | null;
  positions: PositionMapper;
  catalog: Catalog;
  /** Reports a finding of this rule on a node (a pair reports on its key) or a range. */
  report(target: ReportTarget, message: string, options?: ReportOptions): void;
  /** The range of a node or pair, as report() would place it. */
  rangeOf(target: ReportTarget): Range;
  /** Resolves resource types through the environments' registries, then the catalog. */
  types: TypeResolver;
  /** Present when the template is linted as part of a project (files, environments, nested templates). */
  project?: ProjectContext;
}

export type DocumentContext = BaseContext;

export interface RuleContext extends BaseContext {
  template: Template;
}

export interface EnvironmentRuleContext extends BaseContext {
  environment: EnvironmentModel;
  /** The template the environment is used with, when known. */
  template: Template | null;
  /** Every environment used with that template, in merge order (this one included). */
  environments: readonly EnvironmentModel[];
}

export interface Rule {
  meta: RuleMeta;
  /** Runs on every document, even one that is not a mapping. */
  checkDocument?(context: DocumentContext): void;
  /** Runs when the document is a mapping with a model. */
  check?(context: RuleContext): void;
  /** Runs on environment files (given with -e or by the config file). */
  checkEnvironment?(context: EnvironmentRuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
