import type { Formatter } from '../report.js';
import { position, printable } from '../report.js';

/** One line per finding: `path:line:col: severity [rule] message`. */
export const format: Formatter = (report) => {
  let out = '';
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const p = position(d);
      out += `${printable(file.path)}:${p.line}:${p.column}: ${d.severity} [${d.ruleId}] ${printable(d.message)}\n`;
    }
  }
  return out;
};

