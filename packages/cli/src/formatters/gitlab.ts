import type { Severity } from '@hot-lint/core';
import type { Formatter } from '../report.js';
import { fingerprints, position, repositoryPath } from '../report.js';

/** GitLab's Code Quality severities (CodeClimate's, without blocker). */
const SEVERITIES: Record<Severity, 'critical' | 'major' | 'minor' | 'info'> = { error: 'critical', warning: 'major', info: 'info' };

/**
 * GitLab Code Quality (a CodeClimate report): an array of issues with a fingerprint and a
 * path relative to the repository's root, as GitLab matches them against the diff.
 */
export const format: Formatter = (report) => {
  const issues: object[] = [];
  for (const file of report.files) {
    const path = repositoryPath(file.absolute, report.root) ?? file.path;
    const prints = fingerprints(file, path);
    file.diagnostics.forEach((d, i) => {
      const p = position(d);
      issues.push({
        type: 'issue',
        check_name: d.ruleId,
        description: d.message,
        categories: ['Bug Risk'],
        severity: SEVERITIES[d.severity],
        fingerprint: prints[i]!,
        location: { path, positions: { begin: { line: p.line, column: p.column }, end: { line: p.endLine, column: p.endColumn } } },
      });
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
