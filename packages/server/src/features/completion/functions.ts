import { hotFunctions } from '@hot-lint/core';
import type { TemplateVersionSpec } from '@hot-lint/core';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { functionDoc } from '../catalog-help.js';
import type { CompletionProvider, Completions } from './items.js';

/** Function names as a mapping's key: `get_param: `. */
export function functionKeys(version: TemplateVersionSpec, conditions: boolean, out: Completions): void {
  for (const name of hotFunctions(version, conditions)) {
    const doc = functionDoc(name);
    out.add(name, CompletionItemKind.Function, { insert: `${name}: $0`, snippet: true, ...(doc ? { detail: doc.summary } : {}) });
  }
}

/** Function names as a value: `{ get_param: }`. */
export function functionValues(version: TemplateVersionSpec, conditions: boolean, out: Completions): void {
  for (const name of hotFunctions(version, conditions)) {
    const doc = functionDoc(name);
    out.add(name, CompletionItemKind.Function, { insert: `{ ${name}: $0 }`, snippet: true, sortText: `~${name}`, ...(doc ? { detail: doc.summary } : {}) });
  }
}

/** Functions as keys in an output's value and in the conditions section (condition functions there). */
export const functionNameKeys: CompletionProvider = (context, out) => {
  const { path, section } = context;
  if (context.mode !== 'key') return false;
  if (section === 'outputs' && path[2] === 'value') return functionKeys(context.version, false, out), true;
  if (section === 'conditions' && path.length >= 2) return functionKeys(context.version, true, out), true;
  return false;
};

/** Functions as an output's value. */
export const outputValue: CompletionProvider = (context, out) => {
  const { path } = context;
  if (context.mode !== 'value' || context.section !== 'outputs' || path.length !== 3 || path[2] !== 'value') return false;
  functionValues(context.version, false, out);
  return true;
};
