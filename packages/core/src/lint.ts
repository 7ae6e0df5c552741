import { isPair, isScalar, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Catalog } from './catalog/catalog.js';
import { loadCatalog } from './catalog/load-catalog.js';
import type { EnvironmentModel } from './environment/environment.js';
import { TypeResolver } from './environment/registry.js';
import { hiddenValues, redactHidden } from './model/secrets.js';
import { buildTemplate } from './model/template.js';
import type { ProjectContext } from './project/context.js';
import type { Template } from './model/template.js';
import { DEFAULT_PARSE_LIMITS, parseDocument } from './parse/parse-document.js';
import type { ParsedDocument, ParseLimits } from './parse/parse-document.js';
import type { ReportTarget, Rule, RuleContext } from './rules/rule.js';
import { allRules } from './rules/index.js';
import { applySuppressions, parseSuppressions, suppressionsOutside, UNUSED_SUPPRESSION_RULE_ID } from './suppressions/suppressions.js';
import type { Diagnostic, Range, Severity } from './types.js';
import { boundMessage } from './util/bounded-text.js';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** The catalog to check against; the bundled Heat 19.0.0 catalog by default. */
  catalog?: Catalog;
  /** Per-rule severity or 'off'; rules not named keep their defaults. */
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
  /** Lints the text as this environment file instead of as a template. */
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

export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const catalog = options.catalog ?? loadCatalog();
  const document = options.document ?? parseDocument(text, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  const types = new TypeResolver(catalog, options.project?.environments ?? []);
  const diagnostics: Diagnostic[] = [];
  const active = activeRules(options);
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

  for (const { rule, severity } of active) {
    const context: RuleContext = {
      document,
      yaml: document.yaml,
      positions: document.positions,
      catalog,
      template: template as Template,
      rangeOf,
      types,
      ...(options.project ? { project: options.project } : {}),
      report(target, message, reportOptions = {}) {
        const finding: Diagnostic = {
          ruleId: rule.meta.id,
          severity: reportOptions.severity && severity === rule.meta.severity ? reportOptions.severity : severity,
          message,
          range: rangeOf(target),
        };
        if (reportOptions.fixes?.length) finding.fixes = reportOptions.fixes;
        diagnostics.push(finding);
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
      diagnostics.push({
        ruleId: 'internal-error',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this document (${(error as Error).message}). Please report this.`,
        range: document.positions.range(0, 0),
      });
    }
  }
  const secrets = hiddenValues(asEnvironment ? asEnvironment.template : template, asEnvironment?.environments ?? options.project?.environments ?? []);
  // Redact first, then cut: a cut must never leave part of a secret behind.
  for (const d of diagnostics) d.message = boundMessage(secrets.length > 0 ? redactHidden(d.message, secrets) : d.message);
  const { kept, suppressed } = suppress(diagnostics, document, active, options);
  kept.sort(compareDiagnostics);
  return { diagnostics: kept, document, template, suppressed };
}

function suppress(
  diagnostics: Diagnostic[],
  document: ParsedDocument,
  active: Array<{ rule: Rule; severity: Severity }>,
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

function activeRules(options: LintOptions): Array<{ rule: Rule; severity: Severity }> {
  const active: Array<{ rule: Rule; severity: Severity }> = [];
  for (const rule of allRules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    if (setting) active.push({ rule, severity: setting });
    else if (rule.meta.enabledByDefault || options.allRules) active.push({ rule, severity: rule.meta.severity });
  }
  return active;
}

function effectiveSeverity(ruleId: string, fallback: Severity, options: LintOptions): Severity | null {
  const setting = options.rules?.[ruleId];
  if (setting === 'off') return null;
  return setting ?? fallback;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
