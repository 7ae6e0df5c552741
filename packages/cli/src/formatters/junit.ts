import { xml } from '@hot-lint/core';
import type { Formatter } from '../report.js';
import { position } from '../report.js';

/** JUnit XML: a test suite per file, a failing test case per finding, one passing case for a clean file. */
export const format: Formatter = (report) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = report.files.reduce((n, f) => n + Math.max(1, f.diagnostics.length), 0);
  const failures = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
  const errors = report.failures.length;
  lines.push(`<testsuites name="hot-lint" tests="${total + errors}" failures="${failures}" errors="${errors}">`);
  if (errors) {
    // What the run could not check is an error of its own, not a clean file.
    lines.push(`  <testsuite name="hot-lint" tests="${errors}" failures="0" errors="${errors}">`);
    for (const failure of report.failures) {
      const name = xml(failure.path ?? 'hot-lint');
      lines.push(`    <testcase classname="hot-lint" name="${name}">`);
      lines.push(`      <error type="hot-lint" message="${xml(failure.message)}">${failure.path ? `${name}: ` : ''}${xml(failure.message)}</error>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  for (const file of report.files) {
    const path = xml(file.path);
    const count = file.diagnostics.length;
    lines.push(`  <testsuite name="${path}" tests="${Math.max(1, count)}" failures="${count}" errors="0">`);
    if (count === 0) lines.push(`    <testcase classname="${path}" name="${path}"/>`);
    for (const d of file.diagnostics) {
      const p = position(d);
      lines.push(`    <testcase classname="${path}" name="${path}:${p.line}:${p.column} ${xml(d.ruleId)}">`);
      lines.push(
        `      <failure type="${d.severity}" message="${xml(d.message)}">${path}:${p.line}:${p.column}: ${d.severity} [${xml(d.ruleId)}] ${xml(d.message)}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
