import type { Formatter } from '../report.js';
import { position } from '../report.js';
import { xml } from '@hot-lint/core';

/** Checkstyle XML (as ESLint writes it), read by Jenkins, reviewdog and most CI dashboards. */
export const format: Formatter = (report) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) {
      lines.push(`  <file name="${xml(file.path)}"/>`);
      continue;
    }
    lines.push(`  <file name="${xml(file.path)}">`);
    for (const d of file.diagnostics) {
      const p = position(d);
      lines.push(`    <error line="${p.line}" column="${p.column}" severity="${d.severity}" message="${xml(d.message)}" source="hot-lint.${xml(d.ruleId)}"/>`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
};
