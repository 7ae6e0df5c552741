import { isPair } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Catalog } from './catalog/catalog.js';
import { loadCatalog } from './catalog/load-catalog.js';
import { buildTemplate } from './model/template.js';
import type { Template } from './model/template.js';
import { DEFAULT_PARSE_LIMITS, parseDocument } from './parse/parse-document.js';
import type { ParsedDocument, ParseLimits } from './parse/parse-document.js';
import type { ReportTarget, Rule, RuleContext } from './rules/rule.js';
import { allRules } from './rules/index.js';
import type { Diagnostic, Range, Severity } from './types.js';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  /** The catalog to check against; the bundled Heat 19.0.0 catalog by default. */
  catalog?: Catalog;
  /** Per-rule severity or 'off'; rules not named keep their defaults. */
  rules?: Record<string, RuleSetting>;
  /** Turns on every rule, including those disabled by default. */
  allRules?: boolean;
  limits?: Partial<ParseLimits>;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  document: ParsedDocument;
  template: Template | null;
}

/** Lints one document. Pure and synchronous; never throws on any input text. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintDocument(text, options).diagnostics;
}

export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  const catalog = options.catalog ?? loadCatalog();
  const document = parseDocument(text, { ...DEFAULT_PARSE_LIMITS, ...options.limits });
  const diagnostics: Diagnostic[] = [];
  const active = activeRules(options);
  for (const problem of document.problems) {
    const severity = effectiveSeverity(problem.ruleId, problem.severity, options);
    if (severity) diagnostics.push({ ...problem, severity });
  }
  const template = document.root ? buildTemplate(document, catalog) : null;
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
      if (rule.checkDocument && !parseFailed) rule.checkDocument(context);
      if (rule.check && template) rule.check(context);
    } catch (error) {
      diagnostics.push({
        ruleId: 'internal-error',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this document (${(error as Error).message}). Please report this.`,
        range: document.positions.range(0, 0),
      });
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, document, template };
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
