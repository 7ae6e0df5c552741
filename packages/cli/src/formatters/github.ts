import type { Formatter } from '../report.js';
import { position, printable } from '../report.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per finding. */
export const format: Formatter = (report) => {
  let out = '';
  for (const failure of report.failures) {
    const properties = [...(failure.path === undefined ? [] : [`file=${escapeProperty(failure.path)}`]), 'title=hot-lint'].join(',');
    out += `::error ${properties}::${escapeData(failure.message)}\n`;
  }
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const p = position(d);
      const properties = [
        `file=${escapeProperty(printable(file.path))}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `endLine=${p.endLine}`,
        `endColumn=${p.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      out += `::${COMMANDS[d.severity]} ${properties}::${escapeData(printable(d.message, { keepNewlines: true }))}\n`;
    }
  }
  return out;
};

/** As @actions/core escapes a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
