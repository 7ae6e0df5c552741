import { InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { CodeAction, Command, CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import type { ClientCapabilities } from 'vscode-languageserver';

/** What the features produce (snippets, markdown) reduced to what this client declared it supports. */
export interface ClientAdapter {
  completion(list: CompletionList): CompletionList;
  hover(hover: Hover | null): Hover | null;
  /** Code actions as the client takes them: literals, or commands that apply the edit (APPLY_EDIT_COMMAND). */
  codeActions(actions: CodeAction[]): Array<CodeAction | Command>;
  /** The client takes CodeAction literals; otherwise the server offers APPLY_EDIT_COMMAND. */
  codeActionLiterals: boolean;
  /** The client asked for dynamic registration of workspace/didChangeWatchedFiles. */
  watchesFilesDynamically: boolean;
}

/** Applies a quick fix's WorkspaceEdit (workspace/applyEdit), for clients that take only commands as code actions. */
export const APPLY_EDIT_COMMAND = 'hot-lint.applyEdit';

/** A snippet's plain text: placeholders keep their default, tab stops vanish, escapes are undone. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+(?::([^}]*))?\}/.exec(snippet.slice(i));
      if (m) {
        out += m[1] ?? '';
        i += m[0].length - 1;
      } else {
        out += c;
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** Markdown read as plain text: emphasis and code marks dropped, the words kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```\w*\n?/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/ {2}\n/g, '\n');
}

function plain(content: MarkupContent): MarkupContent {
  return content.kind === MarkupKind.Markdown ? { kind: MarkupKind.PlainText, value: markdownToText(content.value) } : content;
}

export function clientAdapter(capabilities: ClientCapabilities): ClientAdapter {
  const completion = capabilities.textDocument?.completion?.completionItem;
  const snippets = completion?.snippetSupport === true;
  const markdownInCompletion = completion?.documentationFormat?.includes(MarkupKind.Markdown) === true;
  const codeActionLiterals = capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  const markdownInHover = capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true;
  const adaptItem = (item: CompletionItem): CompletionItem => {
    let adapted = item;
    if (!snippets && item.insertTextFormat === InsertTextFormat.Snippet) {
      const { insertTextFormat: _format, insertTextMode: _mode, ...rest } = item;
      adapted = rest;
      if (rest.textEdit) adapted.textEdit = { ...rest.textEdit, newText: snippetToText(rest.textEdit.newText) };
      if (rest.insertText !== undefined) adapted.insertText = snippetToText(rest.insertText);
    }
    if (!markdownInCompletion && typeof adapted.documentation === 'object') {
      adapted = { ...adapted, documentation: plain(adapted.documentation) };
    }
    return adapted;
  };
  return {
    completion: (list) => (snippets && markdownInCompletion ? list : { ...list, items: list.items.map(adaptItem) }),
    hover: (hover) => {
      if (!hover || markdownInHover || typeof hover.contents !== 'object' || !('kind' in hover.contents)) return hover;
      return { ...hover, contents: plain(hover.contents) };
    },
    codeActions: (actions) =>
      codeActionLiterals ? actions : actions.flatMap((a) => (a.edit ? [{ title: a.title, command: APPLY_EDIT_COMMAND, arguments: [a.edit] }] : [])),
    codeActionLiterals,
    watchesFilesDynamically: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
}
