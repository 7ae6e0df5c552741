import { isScalar } from 'yaml';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { CursorContext } from './cursor.js';
import { environmentHover } from './environment-help.js';
import { attributeArgument, parameterArgument, resourceArgument } from './hover/arguments.js';
import { functionName } from './hover/functions.js';
import type { HoverProvider } from './hover/items.js';
import { propertyKey, resourceType } from './hover/resources.js';

/** In order: the first provider that recognises the construct under the caret answers. */
const TEMPLATE: readonly HoverProvider[] = [functionName, parameterArgument, resourceArgument, attributeArgument, resourceType, propertyKey];

/** Hover in a template (a parsed one: hover explains what is written). */
export function hover(analysis: Analysis, position: Position): Hover | null {
  return hoverAt(new CursorContext(analysis, position));
}

export function hoverAt(context: CursorContext): Hover | null {
  if (context.kind === 'environment') return environmentHover(context.analysis, context.position);
  if (!context.analysis.template || !context.located || !isScalar(context.located.node)) return null;
  for (const provider of TEMPLATE) {
    const answer = provider(context);
    if (answer !== undefined) return answer;
  }
  return null;
}
