import { InsertTextFormat, InsertTextMode, TextEdit } from 'vscode-languageserver-types';
import type { CompletionItem, CompletionItemKind, Range } from 'vscode-languageserver-types';
import type { CursorContext } from '../cursor.js';

/** The items of one completion request, each replacing `range` (the token, or the argument being typed). */
export class Completions {
  readonly items: CompletionItem[] = [];

  constructor(public range: Range) {}

  add(label: string, kind: CompletionItemKind, extra: Partial<CompletionItem> & { insert?: string; snippet?: boolean } = {}): void {
    const { insert, snippet, ...rest } = extra;
    const item: CompletionItem = { label, kind, textEdit: TextEdit.replace(this.range, insert ?? label), ...rest };
    if (snippet) {
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.insertTextMode = InsertTextMode.asIs;
    }
    this.items.push(item);
  }
}

/**
 * One construct's completion: adds its items and answers true when the caret is on that
 * construct (the router then stops), false to let the next provider look.
 */
export type CompletionProvider = (context: CursorContext, out: Completions) => boolean;

/** Keys already written in the mapping being edited (the caret's own line excluded). */
export function siblingKeys(lines: readonly string[], line: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: number) => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      const text = lines[l]!;
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      const m = /^(\s*)((?:-\s+)*)(["']?)([^\s"'#:][^#:]*?)\3\s*:(?:\s|$)/.exec(text);
      const indent = /^\s*/.exec(text)![0].length;
      const contentCol = m ? m[1]!.length + m[2]!.length : indent;
      if (m && contentCol === column) {
        keys.add(m[4]!);
        if (m[2] && step < 0) return; // the first key of this list item: the mapping starts here
        if (m[2] && step > 0) return; // the next list item
        continue;
      }
      if (indent < column) return;
    }
  };
  scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}

/** Adds names as keys not yet written, as `name: ` or, for a mapping or list value, `name:` and an indented line. */
export function addKeys(
  context: CursorContext,
  out: Completions,
  names: readonly string[],
  kind: CompletionItemKind,
  valueOnNewLine: (name: string) => boolean = () => false,
): true {
  const taken = siblingKeys(context.lines, context.token.start.line, context.keyColumn);
  for (const name of names) {
    if (taken.has(name)) continue;
    out.add(name, kind, {
      insert: valueOnNewLine(name) ? `${name}:\n${' '.repeat(context.keyColumn + 2)}$0` : `${name}: $0`,
      snippet: true,
    });
  }
  return true;
}
