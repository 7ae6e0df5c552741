import type { Formatter } from '../report.js';
import { position } from '../report.js';

/** One line per finding: `path:line:col: severity [rule] message`. */
export const format: Formatter = (report) => {
  let out = '';
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const p = position(d);
      out += `${file.path}:${p.line}:${p.column}: ${d.severity} [${d.ruleId}] ${oneLine(d.message)}\n`;
    }
  }
  return out;
};

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
