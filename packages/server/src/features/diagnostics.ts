import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Diagnostic } from 'vscode-languageserver-types';
import { variantKey } from '@hot-lint/core';
import type { Diagnostic as CoreDiagnostic } from '@hot-lint/core';
import type { Analysis } from '../documents.js';
import type { DiagnosticData } from './code-actions.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toLspDiagnostic(finding: CoreDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    // A variant's code is the key that configures it, so the user can look it up or turn it off.
    code: finding.variant === undefined ? finding.ruleId : variantKey(finding.ruleId, finding.variant),
    source: 'hot-lint',
    message: finding.file ? `${finding.file}: ${finding.message}` : finding.message,
  };
  if (finding.fixes?.length) diagnostic.data = { fixes: finding.fixes } satisfies DiagnosticData;
  return diagnostic;
}

export function diagnostics(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.map(toLspDiagnostic);
}
