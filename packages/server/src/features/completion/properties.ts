import type { PropertySchema } from '@hot-lint/core';
import { CompletionItemKind, CompletionItemTag, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { isDeprecated, isHidden, propertyKeysAt, propertyMarkdown, propertySchemaAt, propertyScope } from '../catalog-help.js';
import type { CursorContext } from '../cursor.js';
import { functionKeys, functionValues } from './functions.js';
import { siblingKeys } from './items.js';
import type { CompletionProvider } from './items.js';

/** The property names of a resource's type (or a group member's), at any depth of `properties`. */
export const propertyKeys: CompletionProvider = (context, out) => {
  const { path, analysis } = context;
  if (context.mode !== 'key' || context.section !== 'resources' || path[2] !== 'properties') return false;
  const owner = String(path[1]);
  const typeName = context.template?.resources.get(owner)?.type ?? resourceTypeFromText(context);
  const scope = propertyScope(analysis, context.template, owner, typeName, path.slice(3));
  const schemas = scope.schema ? propertyKeysAt(scope.schema, scope.path) : undefined;
  if (!schemas) {
    if (path.length > 3) functionKeys(context.version, false, out);
    return true;
  }
  const since = (name: string) => (path.length === 3 && typeName ? analysis.catalog.since(`p|${typeName}|${name}`) : undefined);
  const taken = siblingKeys(context.lines, context.token.start.line, context.keyColumn);
  const indent = ' '.repeat(context.keyColumn + 2);
  for (const [name, schema] of Object.entries(schemas) as Array<[string, PropertySchema]>) {
    if (taken.has(name) || isHidden(schema.support_status)) continue;
    const insert = schema.type === 'map' ? `${name}:\n${indent}$0` : schema.type === 'list' ? `${name}:\n${indent}- $0` : `${name}: $0`;
    const item: Partial<CompletionItem> & { insert: string; snippet: boolean } = {
      insert,
      snippet: true,
      detail: `${schema.type}${schema.required ? ' (required)' : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: propertyMarkdown(name, schema, since(name)) },
      sortText: `${schema.required ? '0' : '1'}${name}`,
    };
    if (isDeprecated(schema.support_status)) item.tags = [CompletionItemTag.Deprecated];
    out.add(name, CompletionItemKind.Property, item);
  }
  return true;
};

/** A property's allowed values, booleans, and functions. */
export const propertyValues: CompletionProvider = (context, out) => {
  const { path } = context;
  if (context.mode !== 'value' || context.section !== 'resources' || path[2] !== 'properties' || path.length <= 3) return false;
  const owner = String(path[1]);
  const scope = propertyScope(context.analysis, context.template, owner, context.template?.resources.get(owner)?.type, path.slice(3));
  const schema = scope.schema && scope.path.length > 0 ? propertySchemaAt(scope.schema, scope.path) : undefined;
  for (const constraint of schema?.constraints ?? []) {
    if ('allowed_values' in constraint) {
      for (const value of constraint.allowed_values) out.add(String(value), CompletionItemKind.Value);
    }
  }
  if (schema?.type === 'boolean') for (const value of ['true', 'false']) out.add(value, CompletionItemKind.Value);
  functionValues(context.version, false, out);
  return true;
};

/** The type of the resource being edited, read from its `type:` line when the text does not parse. */
function resourceTypeFromText(context: CursorContext): string | null {
  const name = context.path[1];
  const lines = context.lines;
  for (let l = context.token.start.line - 1; l >= 0; l--) {
    const m = /^(\s*)type\s*:\s*["']?([^\s"'#]+)/.exec(lines[l]!);
    if (m) return m[2]!;
    if (new RegExp(`^\\s*["']?${String(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:\\s*$`).test(lines[l]!)) break;
  }
  return null;
}
