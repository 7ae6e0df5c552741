import type { Formatter } from '../report.js';
import { plural, position, printable } from '../report.js';

const SGR = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m' };

/** Findings grouped by file, then a summary line; nothing at all when there is no finding. */
export const format: Formatter = (report, { color }) => {
  const paint = (code: keyof typeof SGR, text: string) => (color ? `${SGR[code]}${text}${SGR.reset}` : text);
  const severityColor = { error: 'red', warning: 'yellow', info: 'blue' } as const;
  let out = '';
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    out += `${paint('underline', printable(file.path))}\n`;
    const rows = file.diagnostics.map((d) => {
      const p = position(d);
      return { where: `${p.line}:${p.column}`, d };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    for (const { where, d } of rows) {
      const severity = paint(severityColor[d.severity], d.severity.padEnd(7));
      out += `  ${paint('dim', where.padEnd(whereWidth))}  ${severity}  ${printable(d.message)}  ${paint('dim', d.ruleId)}\n`;
    }
    out += '\n';
  }
  const s = report.summary;
  const problems = s.errors + s.warnings + s.infos;
  if (problems > 0) {
    const line = `${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info', 'infos')}) in ${plural(report.files.filter((f) => f.diagnostics.length).length, 'file')}`;
    out += `${paint('bold', paint(s.errors ? 'red' : s.warnings ? 'yellow' : 'blue', line))}\n`;
    if (s.fixable) out += `${plural(s.fixable, 'problem')} can be fixed with --fix.\n`;
  }
  return out;
};
