import { CompletionItemKind } from 'vscode-languageserver-types';
import { ENVIRONMENT_SECTIONS } from '../../documents.js';
import { isHidden } from '../catalog-help.js';
import { siblingKeys } from './items.js';
import type { CompletionProvider } from './items.js';

/** An environment file's sections. */
export const environmentSections: CompletionProvider = (context, out) => {
  if (context.mode !== 'key' || context.path.length !== 0) return false;
  const taken = siblingKeys(context.lines, context.token.start.line, context.keyColumn);
  for (const name of ENVIRONMENT_SECTIONS) {
    if (taken.has(name)) continue;
    out.add(name, CompletionItemKind.Module, { insert: `${name}:\n  $0`, snippet: true });
  }
  return true;
};

/** A resource_registry entry's name (a key) or the type it maps to (a value). */
export const registryTypes: CompletionProvider = (context, out) => {
  const { path, mode } = context;
  if (path[0] !== 'resource_registry' || !((mode === 'key' && path.length === 1) || (mode === 'value' && path.length === 2))) return false;
  for (const name of context.catalog.resourceTypeNames().sort()) {
    const type = context.catalog.resourceType(name)!;
    if (isHidden(type.support_status)) continue;
    out.add(name, CompletionItemKind.Class, mode === 'key' ? { insert: `"${name}": $0`, snippet: true } : {});
  }
  return true;
};
