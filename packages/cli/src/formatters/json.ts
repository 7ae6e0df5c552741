import type { Diagnostic } from '@hot-lint/core';
import type { Formatter } from '../report.js';
import { position } from '../report.js';

/**
 * The stable JSON report (version 1):
 * { version, tool: { name, version, heatVersion, heatRelease }, files: [{ path, diagnostics: [{ ruleId,
 *   variant?, severity, message, line, column, endLine, endColumn, fixes: [{ title, certain, edits:
 *   [{ line, column, endLine, endColumn, newText }] }] }], fixed }], summary: { files, errors,
 *   warnings, infos, fixable, fixed }, failures?: [{ message, path? }] }
 * `failures` is present when something kept the run from checking everything (exit status 2):
 * a remote validation that failed, an unreadable file.
 * Lines and columns are 1-based; endColumn is the column after the last character.
 */
export const format: Formatter = (report, context) =>
  `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'hot-lint', version: context.version, heatVersion: context.heatVersion, heatRelease: context.heatRelease },
      files: report.files.map((file) => ({
        path: file.path,
        diagnostics: file.diagnostics.map(toJson),
        fixed: file.fixed,
      })),
      summary: report.summary,
      ...(report.failures.length ? { failures: report.failures } : {}),
    },
    null,
    2,
  )}\n`;

function toJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    // The rule's variant (its docs page lists them), configured as `rule-id/variant`.
    ...(d.variant ? { variant: d.variant } : {}),
    severity: d.severity,
    message: d.message,
    ...position(d),
    fixes: (d.fixes ?? []).map((fix) => ({
      title: fix.title,
      certain: fix.certain,
      edits: fix.edits.map((edit) => ({
        line: edit.range.start.line + 1,
        column: edit.range.start.character + 1,
        endLine: edit.range.end.line + 1,
        endColumn: edit.range.end.character + 1,
        newText: edit.newText,
      })),
    })),
  };
}
