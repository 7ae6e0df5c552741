import { CompletionItemKind, CompletionItemTag, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { isDeprecated, isHidden, resourceSchemaOf } from '../catalog-help.js';
import type { CursorContext } from '../cursor.js';
import type { CompletionProvider, Completions } from './items.js';

/** The arguments of get_param, get_resource and get_attr, and the names of depends_on. */
export const referenceArguments: CompletionProvider = (context, out) => {
  const call = context.call;
  if (!call) return false;
  out.range = call.range;
  if (call.name === 'get_param') parameterNames(context, out);
  else if (call.name === 'get_resource' || (call.name === 'get_attr' && call.index === 0)) resourceNames(context, out);
  else if (call.name === 'depends_on') resourceNames(context, out, context.section === 'resources' && typeof context.path[1] === 'string' ? context.path[1] : undefined);
  else if (call.resource) attributes(context, call.resource, out);
  return true;
};

export function resourceNames(context: CursorContext, out: Completions, except?: string): void {
  for (const [name, resource] of context.template?.resources ?? []) {
    if (name === except) continue;
    out.add(name, CompletionItemKind.Reference, resource.type ? { detail: resource.type } : {});
  }
}

function parameterNames(context: CursorContext, out: Completions): void {
  for (const [name, parameter] of context.template?.parameters ?? []) {
    out.add(name, CompletionItemKind.Variable, parameter.type ? { detail: parameter.type } : {});
  }
  for (const name of context.catalog.language.pseudo_parameters) {
    out.add(name, CompletionItemKind.Constant, { detail: 'pseudo parameter', sortText: `~${name}` });
  }
}

function attributes(context: CursorContext, resourceName: string, out: Completions): void {
  const schema = resourceSchemaOf(context.analysis, resourceName, context.template?.resources.get(resourceName)?.type);
  if (schema) {
    for (const [name, attribute] of Object.entries(schema.attributes)) {
      if (isHidden(attribute.support_status)) continue;
      const item: Partial<CompletionItem> = {};
      if (attribute.type) item.detail = attribute.type;
      if (attribute.description) item.documentation = { kind: MarkupKind.Markdown, value: attribute.description };
      if (isDeprecated(attribute.support_status)) item.tags = [CompletionItemTag.Deprecated];
      out.add(name, CompletionItemKind.Field, item);
    }
  }
  const names = new Set(out.items.map((i) => i.label));
  for (const name of context.catalog.language.base_attributes) {
    if (!names.has(name)) out.add(name, CompletionItemKind.Field, { detail: 'every resource', sortText: `~${name}` });
  }
}
