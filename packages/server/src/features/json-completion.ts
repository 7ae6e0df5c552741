import type { CompletionItem, Position, Range, TextEdit } from 'vscode-languageserver-types';

/** A JSON template (the text is one object): completion inserts JSON, not YAML. */
export function isJsonText(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * The YAML insert texts of completion, written as JSON: `"key": ` with `{}` or `[]` for
 * mappings and lists, quoted names and values, `{"get_param": }` for functions. A quote
 * already typed around the word is replaced with it.
 */
export function asJsonItems(lines: string[], items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    const edit = item.textEdit as TextEdit | undefined;
    if (!edit) return item;
    const line = lines[edit.range.start.line] ?? '';
    const range: Range = { start: { ...edit.range.start }, end: { ...edit.range.end } };
    if (line[range.start.character - 1] === '"') range.start.character--;
    if (line[range.end.character] === '"' && range.start.character < edit.range.start.character) range.end.character++;
    return { ...item, textEdit: { range, newText: jsonText(edit.newText) } };
  });
}

function jsonText(yaml: string): string {
  let m: RegExpExecArray | null;
  // `name:\n  - $0` (a list), `name:\n  $0` (a mapping), `name: $0` (a scalar).
  if ((m = /^"?([^":\n]+(?:::[^":\n]+)*)"?:\n\s*- (.*)$/s.exec(yaml))) return `"${m[1]}": [${m[2]}]`;
  if ((m = /^"?([^":\n]+(?:::[^":\n]+)*)"?:\n\s*(.*)$/s.exec(yaml))) return `"${m[1]}": {${m[2]}}`;
  if ((m = /^\{ ([\w:]+): (.*) \}$/s.exec(yaml))) return `{"${m[1]}": ${m[2]}}`;
  if ((m = /^"?([^"\n]+?)"?: (.*)$/s.exec(yaml))) return `"${m[1]}": ${m[2]}`;
  if (/^(true|false|-?\d+(\.\d+)?)$/.test(yaml)) return yaml;
  return JSON.stringify(yaml);
}

/** The rest of the word after the caret (`OS::He‸at::Stack`): a value completion replaces it too. */
export function tokenEnd(line: string, position: Position): number {
  const rest = /^[\w.:/-]*/.exec(line.slice(position.character))![0];
  return position.character + rest.length;
}
