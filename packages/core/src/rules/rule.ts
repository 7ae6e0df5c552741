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

/**
 * When Heat itself catches the mistake a rule finds: its validate (`openstack orchestration
 * template validate`, or stack create before any resource is made), stack create (the stack
 * fails), only `openstack stack output show` (the stack completes; the output carries the error),
 * or never (Heat does something other than meant, or nothing fails).
 */
export type HeatCatches = 'validate' | 'create' | 'output-show' | 'never';

/**
 * A kind of finding of a rule reported at its own default severity (like an ESLint message id):
 * configured as `<rule-id>/<variant>` in `.hot-lint.yaml`, or with the rule's own setting.
 */
export interface RuleVariant {
  severity: Severity;
  /** When a finding is this variant rather than the rule's main finding: one sentence for the docs. */
  description: string;
  heatCatches: HeatCatches;
}

export interface RuleMeta<V extends string = string> {
  /** Stable id used in config files, suppressions and output, e.g. "get-param-undefined". */
  id: string;
  area: RuleArea;
  /** One line, shown by --list-rules and in SARIF. */
  description: string;
  /** The default severity of the rule's main finding (its variants have their own). */
  severity: Severity;
  /** When Heat catches what the rule's main finding is about (CONTRIBUTING's severity policy). */
  heatCatches: HeatCatches;
  /** Findings reported at another default severity than the main one, by id. */
  variants?: Readonly<Record<V, RuleVariant>>;
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
   *
   * 'model': the findings depend only on what lies outside the resources and outputs sections,
   * the entries' names, each resource's text outside its properties, the function calls inside
   * them (name, path and text), how each type resolves, and the project's files; within a
   * resource whose type resolves to a catalog type that is not a group, never on the other values
   * of its properties, nor on the text's length. An edit that changes none of these (a literal
   * property value of such a resource) keeps the last lint's findings, moved with the text.
   */
  scope?: 'entry' | 'model';
}

export interface ReportOptions<V extends string = string> {
  fixes?: Fix[];
  /** The finding is this variant of the rule (declared in meta.variants), with its own default severity. */
  variant?: V;
}

export type ReportTarget = Node | Pair | Range | null | undefined;

interface BaseContext<V extends string = string> {
  document: ParsedDocument;
  yaml: Document | null;
  positions: PositionMapper;
  catalog: Catalog;
  /** Reports a finding of this rule on a node (a pair reports on its key) or a range. */
  report(target: ReportTarget, message: string, options?: ReportOptions<V>): void;
  /** The range of a node or pair, as report() would place it. */
  rangeOf(target: ReportTarget): Range;
  /** Resolves resource types through the environments' registries, then the catalog. */
  types: TypeResolver;
  /** Present when the template is linted as part of a project (files, environments, nested templates). */
  project?: ProjectContext;
}

export type DocumentContext<V extends string = string> = BaseContext<V>;

export interface RuleContext<V extends string = string> extends BaseContext<V> {
  template: Template;
}

export interface EnvironmentRuleContext<V extends string = string> extends BaseContext<V> {
  environment: EnvironmentModel;
  /** The template the environment is used with, when known. */
  template: Template | null;
  /** Every environment used with that template, in merge order (this one included). */
  environments: readonly EnvironmentModel[];
}

export interface Rule<V extends string = string> {
  meta: RuleMeta<V>;
  /** Runs on every document, even one that is not a mapping. */
  checkDocument?(context: DocumentContext<V>): void;
  /** Runs when the document is a mapping with a model. */
  check?(context: RuleContext<V>): void;
  /** Runs on environment files (given with -e or by the config file). */
  checkEnvironment?(context: EnvironmentRuleContext<V>): void;
}

/** A rule; `V` is inferred from meta.variants, so report() accepts only declared variants. */
export function defineRule<V extends string = never>(rule: Rule<V>): Rule {
  return rule as unknown as Rule;
}

/** The configuration key of a variant: `<rule-id>/<variant>`. */
export function variantKey(ruleId: string, variant: string): string {
  return `${ruleId}/${variant}`;
}

/** Every key `rules:` in `.hot-lint.yaml` accepts: each rule's id, then its variants' keys. */
export function ruleSettingKeys(rules: readonly Rule[]): string[] {
  return rules.flatMap((rule) => [rule.meta.id, ...Object.keys(rule.meta.variants ?? {}).map((v) => variantKey(rule.meta.id, v))]);
}
