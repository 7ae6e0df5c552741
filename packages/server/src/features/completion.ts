import type { Template } from '@hot-lint/core';
import type { CompletionList, Position } from 'vscode-languageserver-types';
import type { TextEdit as Edit } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { referenceArguments } from './completion/arguments.js';
import { environmentSections, registryTypes } from './completion/environment.js';
import { functionNameKeys, outputValue } from './completion/functions.js';
import { Completions } from './completion/items.js';
import type { CompletionProvider } from './completion/items.js';
import { constraintKeys, outputKeys, parameterKeys, resourceKeys, templateSections } from './completion/keys.js';
import { propertyKeys, propertyValues } from './completion/properties.js';
import { conditionName, dependsOn, deletionPolicy, parameterType, resourceType, templateVersion } from './completion/values.js';
import { CursorContext } from './cursor.js';
import { asJsonItems, isJsonText, tokenEnd } from './json-completion.js';

/** In order: the first provider that recognises the construct under the caret answers. */
const TEMPLATE: readonly CompletionProvider[] = [
  referenceArguments,
  templateSections,
  parameterKeys,
  constraintKeys,
  resourceKeys,
  propertyKeys,
  outputKeys,
  functionNameKeys,
  templateVersion,
  parameterType,
  resourceType,
  deletionPolicy,
  dependsOn,
  conditionName,
  propertyValues,
  outputValue,
];
const ENVIRONMENT: readonly CompletionProvider[] = [environmentSections, registryTypes];

/**
 * Completion at a position. `analysis.template` may be null while the text does not parse;
 * `previous` (the last template that did) then supplies names and resource types.
 */
export function complete(analysis: Analysis, position: Position, previous?: Template | null): CompletionList {
  return completeAt(new CursorContext(analysis, position, previous));
}

export function completeAt(context: CursorContext): CompletionList {
  const out = new Completions(context.token);
  for (const provider of context.kind === 'environment' ? ENVIRONMENT : TEMPLATE) {
    if (provider(context, out)) break;
  }
  let items = out.items;
  const { position } = context;
  // The whole word is replaced, what follows the caret too: clients filter on the edit's range.
  const end = context.mode === 'value' ? tokenEnd(context.lines[position.line] ?? '', position) : position.character;
  if (end > position.character) {
    items = items.map((item) => {
      const edit = item.textEdit as Edit | undefined;
      if (!edit || edit.range.end.line !== position.line || edit.range.end.character !== position.character) return item;
      return { ...item, textEdit: { ...edit, range: { start: edit.range.start, end: { line: position.line, character: end } } } };
    });
  }
  if (isJsonText(context.analysis.text)) items = asJsonItems(context.lines as string[], items);
  return { isIncomplete: false, items };
}
