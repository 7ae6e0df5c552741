import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover } from 'vscode-languageserver-types';
import type { Node } from 'yaml';
import type { CursorContext } from '../cursor.js';

/**
 * One construct's hover: undefined when the caret is not on that construct (the router asks
 * the next provider), null when it is but there is nothing to say, else the hover.
 */
export type HoverProvider = (context: CursorContext) => Hover | null | undefined;

export function markdown(context: CursorContext, value: string, node: Node): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: context.analysis.document.positions.nodeRange(node) };
}
