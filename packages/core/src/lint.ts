import { isPair, isScalar, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Catalog } from './catalog/catalog.js';
import { loadCatalog } from './catalog/load-catalog.js';
import { NEWEST_HEAT_RELEASE, heatReleaseChoices, releaseLabel, releaseRange, resolveHeatRelease, type HeatRelease } from './catalog/release.js';
import type { EnvironmentModel } from './environment/environment.js';
import { TypeResolver } from './environment/registry.js';
import { hiddenValues, redactHidden } from './model/secrets.js';
import { buildTemplate } from './model/template.js';
import type { ProjectContext } from './project/context.js';
import type { Template } from './model/template.js';
import { jinja2Tag } from './parse/jinja2.js';
import { DEFAULT_PARSE_LIMITS, parseDocument } from './parse/parse-document.js';
import type { ParsedDocument, ParseLimits } from './parse/parse-document.js';
import { variantKey } from './rules/rule.js';
import type { ReportTarget, Rule, RuleContext } from './rules/rule.js';
import { allRules } from './rules/index.js';
import { applySuppressions, parseSuppressions, suppressionsOutside, UNUSED_SUPPRESSION_RULE_ID } from './suppressions/suppressions.js';
import type { Diagnostic, Range, Severity } from './types.js';
import { boundMessage } from './util/bounded-text.js';
import { IncrementalLint } from './incremental/entry-findings.js';
import type { IncrementalPlan } from './incremental/entry-findings.js';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** The catalog to check against; the catalog of heatRelease (the newest release) by default. */
  catalog?: Catalog;
  /**
   * The Heat release to check against when no catalog is given: a series ("train", "2023.1"), a
   * major number or a version; or a range [from, to]: the template must work on every release in
   * it, and each finding names the releases where it fails. The newest release by default.
   */
  heatRelease?: HeatReleaseSpec;
  /**
   * Per-rule severity or 'off' (covering every variant of the rule), and per variant as
   * `rule-id/variant`; what is not named keeps its default. A setting always wins over defaults.
   */
  rules?: Record<string, RuleSetting>;
  /** Turns on every rule, including those disabled by default. */
  allRules?: boolean;
  limits?: Partial<ParseLimits>;
  /**
   * Honours `# hot-lint-disable...` comments (default true) and reports those that suppress
   * nothing (rule unused-suppression). False reports every finding.
   */
  suppressions?: boolean;
  /** The project around the template: its path, loader, environments. Without it, other files are not consulted. */
  project?: ProjectContext;
  /** The text already parsed (by a ProjectSession), to avoid parsing it twice. */
  document?: ParsedDocument;
  /** Its model, when already built. */
  template?: Template | null;
  /**
   * Findings of external rules (heat-remote, from the remote pass). When given, those rules
   * count as run: their findings are configured and suppressed like any other, and their
   * suppression comments can be unused. Without it, they do not run.
   */
  external?: readonly Diagnostic[];
  /** Lints the text as this environment file instead of as a template. */
  /**
   * The findings of the last lint of this document (an editor's buffer, a session's file), so that
   * an edit inside one resource or output re-checks only that entry with the entry-scoped rules.
   * The result is the same as without it.
   */
  incremental?: IncrementalLint;
  asEnvironment?: {
    environment: EnvironmentModel;
    template: Template | null;
    environments: readonly EnvironmentModel[];
  };
}

export interface LintResult {
  diagnostics: Diagnostic[];
  document: ParsedDocument;
  template: Template | null;
  /** Findings that `# hot-lint-disable...` comments suppressed (not in diagnostics). */
  suppressed: Diagnostic[];
}

/** Lints one document. Pure and synchronous; never throws on any input text. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintDocument(text, options).diagnostics;
}

/** One release, or a range [from, to] of releases. */
export type HeatReleaseSpec = string | number | readonly [string | number, string | number];

/** The releases a heatRelease option names; a string when it names none (the message to show). */
export function heatReleasesOf(spec: HeatReleaseSpec): HeatRelease[] | string {
  const ends = Array.isArray(spec) ? spec : [spec];
  const found = ends.map((end) => resolveHeatRelease(end as string | number));
  const missing = ends.find((_, i) => !found[i]);
  if (missing !== undefined || found.length === 0 || found.length > 2) {
    return `There is no catalog for Heat "${String(missing ?? spec)}"; heatRelease is ${heatReleaseChoices()}, or a range [from, to] of them.`;
  }
  return found.length === 2 ? releaseRange(found[0]!, found[1]!) : [found[0]!];
}

/** What a spec checks against, as users read it: "Heat 26 (2026.1)", or the two ends of a range; undefined is the newest. */
export function heatReleaseSpecLabel(spec: HeatReleaseSpec | undefined): string {
  const releases = spec === undefined ? [NEWEST_HEAT_RELEASE] : heatReleasesOf(spec);
  if (typeof releases === 'string') return releases;
  const first = releaseLabel(releases[0]!);
  return releases.length === 1 ? first : `${first} … ${releaseLabel(releases[releases.length - 1]!)}`;
}

export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  if (!options.catalog && options.heatRelease !== undefined) {
    const releases = heatReleasesOf(options.heatRelease);
    if (typeof releases === 'string') {
      const document = options.document ?? parseDocument(text, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
      const problem: Diagnostic = { ruleId: 'config', severity: 'error', message: releases, range: document.positions.range(0, 0) };
      return { diagnostics: [problem], document, template: null, suppressed: [] };
    }
    if (releases.length > 1) return lintRange(text, options, releases);
    return lintOne(text, options, releases[0]!.version);
  }
  return lintOne(text, options);
}

/**
 * Lints against each release of a range and merges the findings: one finding per rule and place,
 * with the message of the oldest release it occurs in, naming the releases where it occurs when
 * that is not all of them.
 */
function lintRange(text: string, options: LintOptions, releases: HeatRelease[]): LintResult {
  const document = options.document ?? parseDocument(text, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  const merged = new Map<string, { finding: Diagnostic; releases: HeatRelease[] }>();
  const suppressed = new Map<string, Diagnostic>();
  let first: LintResult | undefined;
  for (const release of releases) {
    const result = lintOne(text, { ...options, document, template: undefined, incremental: undefined }, release.version);
    first ??= result;
    for (const finding of result.diagnostics) {
      const key = `${finding.ruleId}\0${JSON.stringify(finding.range)}\0${withoutReleaseNote(finding.message)}`;
      const entry = merged.get(key);
      if (entry) entry.releases.push(release);
      else merged.set(key, { finding, releases: [release] });
    }
    for (const finding of result.suppressed) suppressed.set(`${finding.ruleId}\0${JSON.stringify(finding.range)}`, finding);
  }
  const diagnostics = [...merged.values()].map(({ finding, releases: failing }) => {
    // "this is Heat N" would name one release of several: keep only when the thing came or went.
    const message = finding.message.replace(RELEASE_NOTE, ' It was $1 in $2.');
    return failing.length === releases.length
      ? { ...finding, message }
      : { ...finding, message: `${message} Fails on ${releaseRuns(failing, releases)}.` };
  });
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, document, template: first!.template, suppressed: [...suppressed.values()] };
}

/** The sentence Catalog.releaseNote adds, which names the release checked and so differs per release. */
const RELEASE_NOTE = / It was (added|removed) in (Heat \d+ \([^)]*\)); this is Heat \d+ \([^)]*\)\./;

function withoutReleaseNote(message: string): string {
  return message.replace(RELEASE_NOTE, '');
}

/** "Heat 13 (train) … Heat 15 (victoria), Heat 22 (2024.1)": the failing releases as runs of the range. */
function releaseRuns(failing: HeatRelease[], range: HeatRelease[]): string {
  const runs: HeatRelease[][] = [];
  let previous = -2;
  for (const release of failing) {
    const index = range.indexOf(release);
    if (index === previous + 1 && runs.length) runs[runs.length - 1]!.push(release);
    else runs.push([release]);
    previous = index;
  }
  return runs.map((run) => (run.length === 1 ? releaseLabel(run[0]!) : `${releaseLabel(run[0]!)} … ${releaseLabel(run[run.length - 1]!)}`)).join(', ');
}

function lintOne(text: string, options: LintOptions, heatRelease?: string): LintResult {
  const document = options.document ?? parseDocument(text, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  let catalog: Catalog;
  try {
    catalog = options.catalog ?? loadCatalog(heatRelease ? { heatRelease } : {});
  } catch (error) {
    return withoutCatalog(document, error, options);
  }
  const types = typeResolver(catalog, options.project?.environments ?? NO_ENVIRONMENTS);
  const diagnostics: Diagnostic[] = [];
  const active = activeRules(options);
  const jinja2 = jinja2Finding(document, options);
  if (jinja2) return { diagnostics: jinja2, document, template: null, suppressed: [] };
  for (const problem of document.problems) {
    const severity = effectiveSeverity(problem.ruleId, problem.severity, options);
    if (severity) diagnostics.push({ ...problem, severity });
  }
  const asEnvironment = options.asEnvironment;
  const template = asEnvironment
    ? null
    : options.template !== undefined
      ? options.template
      : document.root
        ? buildTemplate(document, catalog)
        : null;
  const rangeOf = (target: ReportTarget): Range => {
    if (!target) return document.positions.range(0, 0);
    if ('start' in target && 'end' in target) return target as Range;
    if (isPair(target)) return document.positions.nodeRange((target as Pair).key as Node);
    return document.positions.nodeRange(target as Node);
  };
  const parseFailed = document.problems.some((p) => p.severity === 'error' && p.ruleId === 'yaml-syntax');
  const incremental = !asEnvironment && template && !options.external && !parseFailed ? options.incremental : undefined;
  const key = incremental ? optionsKey(options, catalog) : '';
  const plan: IncrementalPlan | null = incremental ? incremental.plan(document, template!, key, catalog) : null;
  const entryFindings: Diagnostic[] = [];
  const modelFindings: Diagnostic[] = [];
  const snapshot = options.project?.snapshot ?? null;
  const keptModel = incremental ? incremental.modelFindings(plan, document, template!, types, snapshot, options.project?.path ?? '') : null;

  for (const { rule, severity } of active) {
    const scoped = incremental !== undefined && rule.meta.scope === 'entry';
    const modelScoped = incremental !== undefined && rule.meta.scope === 'model';
    if (modelScoped && keptModel) continue;
    const found = scoped ? entryFindings : modelScoped ? modelFindings : diagnostics;
    const context: RuleContext = {
      document,
      yaml: document.yaml,
      positions: document.positions,
      catalog,
      template: (scoped && plan ? plan.view : template) as Template,
      rangeOf,
      types,
      ...(options.project ? { project: options.project } : {}),
      report(target, message, reportOptions = {}) {
        const variant = reportOptions.variant;
        const findingSeverity = variant === undefined ? severity : variantSeverity(rule, variant, options);
        if (!findingSeverity) return;
        const finding: Diagnostic = { ruleId: rule.meta.id, severity: findingSeverity, message, range: rangeOf(target) };
        if (variant !== undefined) finding.variant = variant;
        if (reportOptions.fixes?.length) finding.fixes = reportOptions.fixes;
        found.push(finding);
      },
    };
    try {
      if (asEnvironment) {
        if (rule.checkEnvironment && !parseFailed) rule.checkEnvironment({ ...context, ...asEnvironment });
      } else {
        if (rule.checkDocument && !parseFailed) rule.checkDocument(context);
        if (rule.check && template) rule.check(context);
      }
    } catch (error) {
      found.push({
        ruleId: 'internal-error',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this document (${(error as Error).message}). Please report this.`,
        range: document.positions.range(0, 0),
      });
    }
  }
  // A text that does not parse leaves the findings of the last one that did: the next edit may fix it.
  if (incremental) diagnostics.push(...incremental.finish(plan, document, template!, key, entryFindings, { findings: keptModel ?? modelFindings, snapshot }));
  for (const finding of options.external ?? []) {
    const rule = active.find((a) => a.rule.meta.external && a.rule.meta.id === finding.ruleId);
    if (rule) diagnostics.push({ ...finding, severity: options.rules?.[finding.ruleId] ? (rule.severity ?? finding.severity) : finding.severity });
  }
  const secrets = hiddenValues(asEnvironment ? asEnvironment.template : template, asEnvironment?.environments ?? options.project?.environments ?? []);
  // Redact first, then cut: a cut must never leave part of a secret behind.
  for (const d of diagnostics) d.message = boundMessage(secrets.length > 0 ? redactHidden(d.message, secrets) : d.message);
  const { kept, suppressed } = suppress(diagnostics, document, active, options);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, document, template, suppressed };
}

const NO_ENVIRONMENTS: readonly EnvironmentModel[] = [];

/** Resolvers by catalog and environments: the files of a project share them, and a resolver never changes once made. */
const resolvers = new WeakMap<Catalog, WeakMap<readonly EnvironmentModel[], TypeResolver>>();

function typeResolver(catalog: Catalog, environments: readonly EnvironmentModel[]): TypeResolver {
  let byEnvironments = resolvers.get(catalog);
  if (!byEnvironments) resolvers.set(catalog, (byEnvironments = new WeakMap()));
  let resolver = byEnvironments.get(environments);
  if (!resolver) byEnvironments.set(environments, (resolver = new TypeResolver(catalog, environments)));
  return resolver;
}

/** Keeps the never-throws promise when the catalog cannot be read: the parse findings and one that says why nothing else was checked. */
function withoutCatalog(document: ParsedDocument, error: unknown, options: LintOptions): LintResult {
  const diagnostics: Diagnostic[] = [];
  for (const problem of document.problems) {
    const severity = effectiveSeverity(problem.ruleId, problem.severity, options);
    if (severity) diagnostics.push({ ...problem, severity });
  }
  diagnostics.push({
    ruleId: 'internal-error',
    severity: 'error',
    message: `${(error as Error).message ?? String(error)} No rule was checked.`,
    range: document.positions.range(0, 0),
  });
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, document, template: null, suppressed: [] };
}

function suppress(
  diagnostics: Diagnostic[],
  document: ParsedDocument,
  active: ReadonlyArray<{ rule: Rule; severity: Severity | null }>,
  options: LintOptions,
): { kept: Diagnostic[]; suppressed: Diagnostic[] } {
  if (options.suppressions === false) return { kept: diagnostics, suppressed: [] };
  let comments = parseSuppressions(document.text);
  if (comments.length === 0) return { kept: diagnostics, suppressed: [] };
  if (document.yaml) {
    // A "#" inside a string (a script in a block scalar, a quoted value) is text, not a comment.
    const scalars: Range[] = [];
    visit(document.yaml, {
      Scalar(_, node) {
        if (isScalar(node) && node.range && String(node.value).includes('hot-lint-disable')) {
          scalars.push(document.positions.nodeRange(node));
        }
      },
    });
    comments = suppressionsOutside(comments, scalars);
  }
  const activeRuleIds = new Set(active.map((a) => a.rule.meta.id));
  const result = applySuppressions(diagnostics, comments, {
    activeRuleIds,
    knownRuleIds: [...allRules.map((r) => r.meta.id), 'internal-error'],
  });
  const kept = result.diagnostics;
  const unusedSeverity = activeRuleIds.has(UNUSED_SUPPRESSION_RULE_ID)
    ? effectiveSeverity(UNUSED_SUPPRESSION_RULE_ID, 'warning', options)
    : null;
  if (unusedSeverity) for (const finding of result.unused) kept.push({ ...finding, severity: unusedSeverity });
  return { kept, suppressed: result.suppressed };
}

/** A Jinja2 source: one finding (or none when the rule is off) instead of its YAML errors. */
function jinja2Finding(document: ParsedDocument, options: LintOptions): Diagnostic[] | null {
  const firstError = document.problems.find((p) => p.severity === 'error' && p.ruleId === 'yaml-syntax');
  const errorLine = firstError ? (document.text.split('\n', firstError.range.start.line + 1)[firstError.range.start.line] ?? '') : null;
  const offset = jinja2Tag(document.text, options.project?.path, errorLine);
  if (offset === null) return null;
  const severity = effectiveSeverity(JINJA2_RULE_ID, 'info', options);
  if (!severity) return [];
  const start = document.positions.position(offset);
  const lineEnd = document.text.indexOf('\n', offset);
  const end = document.positions.position(lineEnd < 0 ? document.text.length : lineEnd);
  const tag = document.text.slice(offset, lineEnd < 0 ? undefined : lineEnd).trim().slice(0, 60);
  return [
    {
      ruleId: JINJA2_RULE_ID,
      severity,
      message: `This file is a Jinja2 template ("${tag}"), not YAML Heat can read: render it and lint the output. It is not linted.`,
      range: { start, end },
    },
  ];
}

const JINJA2_RULE_ID = 'template-jinja2';

/**
 * The rules that run, each with the severity of its main finding (null when only some of its
 * variants are turned on). A rule runs when it is on (configured, or on by default) or when one
 * of its variants is configured on.
 */
function activeRules(options: LintOptions): ReadonlyArray<{ rule: Rule; severity: Severity | null }> {
  // The same settings for every file of a run: the list is made once per distinct settings.
  const key = `${options.allRules ? 1 : 0}${options.external ? 1 : 0}${options.rules ? JSON.stringify(options.rules) : ''}`;
  let active = activeByKey.get(key);
  if (!active) {
    if (activeByKey.size >= 16) activeByKey.clear();
    activeByKey.set(key, (active = computeActiveRules(options)));
  }
  return active;
}

const activeByKey = new Map<string, ReadonlyArray<{ rule: Rule; severity: Severity | null }>>();

function computeActiveRules(options: LintOptions): Array<{ rule: Rule; severity: Severity | null }> {
  const active: Array<{ rule: Rule; severity: Severity | null }> = [];
  for (const rule of allRules) {
    if (rule.meta.external && !options.external) continue;
    const severity = ruleSeverity(rule, options);
    const variantOn = Object.keys(rule.meta.variants ?? {}).some((variant) => variantSeverity(rule, variant, options) !== null);
    if (severity || variantOn) active.push({ rule, severity });
  }
  return active;
}

/** The severity of a rule's main finding: configured, else its default when it is on; null when off. */
function ruleSeverity(rule: Rule, options: LintOptions): Severity | null {
  const setting = options.rules?.[rule.meta.id];
  if (setting) return setting === 'off' ? null : setting;
  return rule.meta.enabledByDefault || options.allRules ? rule.meta.severity : null;
}

/**
 * The severity of a variant's finding: its own setting (`rule-id/variant`), else the rule's
 * setting (which covers every variant), else the variant's default when the rule is on. A
 * configured severity always wins over the defaults.
 */
function variantSeverity(rule: Rule, variant: string, options: LintOptions): Severity | null {
  const own = options.rules?.[variantKey(rule.meta.id, variant)];
  if (own) return own === 'off' ? null : own;
  const setting = options.rules?.[rule.meta.id];
  if (setting) return setting === 'off' ? null : setting;
  const declared = rule.meta.variants?.[variant];
  if (!declared) throw new Error(`report() named variant "${variant}", which meta.variants does not declare`);
  return rule.meta.enabledByDefault || options.allRules ? declared.severity : null;
}

function effectiveSeverity(ruleId: string, fallback: Severity, options: LintOptions): Severity | null {
  const setting = options.rules?.[ruleId];
  if (setting === 'off') return null;
  return setting ?? fallback;
}

/** Ids for objects an incremental lint's options name, which must be the same objects for its findings to stand. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function idOf(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) objectIds.set(value, (id = nextObjectId++));
  return id;
}

/** Everything besides the text that the entry-scoped rules' findings depend on. */
function optionsKey(options: LintOptions, catalog: Catalog): string {
  const project = options.project;
  return JSON.stringify([
    idOf(catalog),
    options.rules ?? null,
    options.allRules ?? false,
    project ? [project.path, project.ancestors.length, project.maxDepth, project.environments.map(idOf)] : null,
  ]);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message) ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character
  );
}
