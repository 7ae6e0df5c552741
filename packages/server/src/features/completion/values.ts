import { CompletionItemKind, CompletionItemTag, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import { describeStatus, isDeprecated, isHidden } from '../catalog-help.js';
import type { CursorContext } from '../cursor.js';
import { resourceNames } from './arguments.js';
import type { CompletionProvider, Completions } from './items.js';

/** heat_template_version's dates and aliases. */
export const templateVersion: CompletionProvider = (context, out) => {
  if (context.mode !== 'value' || context.path.length !== 1 || context.path[0] !== 'heat_template_version') return false;
  for (const spec of context.catalog.versions) {
    out.add(spec.version, CompletionItemKind.EnumMember, { sortText: `0${spec.version}` });
    for (const alias of spec.aliases) out.add(alias, CompletionItemKind.EnumMember, { detail: spec.version, sortText: `1${spec.version}` });
  }
  return true;
};

/** A parameter's type. */
export const parameterType: CompletionProvider = (context, out) => {
  const { path } = context;
  if (context.mode !== 'value' || context.section !== 'parameters' || path.length !== 3 || path[2] !== 'type') return false;
  for (const type of context.catalog.language.parameter_types) out.add(type, CompletionItemKind.TypeParameter);
  return true;
};

/** A resource's type: the catalog's types, then those the environments' registry adds. */
export const resourceType: CompletionProvider = (context, out) => {
  const { path, catalog } = context;
  if (context.mode !== 'value' || context.section !== 'resources' || path.length !== 3 || path[2] !== 'type') return false;
  for (const name of catalog.resourceTypeNames().sort()) {
    const type = catalog.resourceType(name)!;
    if (isHidden(type.support_status)) continue;
    const since = catalog.since(`t|${name}`);
    const item: Partial<CompletionItem> = { detail: `${describeStatus(type.support_status)}${since ? `; ${since}` : ''}` };
    if (isDeprecated(type.support_status)) item.tags = [CompletionItemTag.Deprecated];
    if (type.description) item.documentation = { kind: MarkupKind.Markdown, value: type.description };
    out.add(name, CompletionItemKind.Class, item);
  }
  customTypes(context, out);
  return true;
};

/** The types the environments' resource_registry adds (custom names, aliases, nested templates). */
function customTypes(context: CursorContext, out: Completions): void {
  const project = context.analysis.project;
  if (!project) return;
  const resolver = project.resolver;
  for (const name of resolver.knownTypes().filter((n) => context.catalog.resourceType(n) === undefined).sort()) {
    if (name.endsWith('*')) continue;
    const resolution = resolver.resolve(name, project.path);
    const detail = resolution.kind === 'catalog' ? resolution.type : resolution.kind === 'template' ? resolution.path : undefined;
    out.add(name, CompletionItemKind.Class, { sortText: `0${name}`, ...(detail !== undefined ? { detail: `registry: ${detail}` } : {}) });
  }
}

/** A resource's deletion_policy. */
export const deletionPolicy: CompletionProvider = (context, out) => {
  const { path } = context;
  if (context.mode !== 'value' || context.section !== 'resources' || path.length !== 3 || path[2] !== 'deletion_policy') return false;
  for (const policy of context.version.deletion_policies) out.add(policy, CompletionItemKind.EnumMember);
  return true;
};

/** A resource's depends_on, written as a single name: the other resources. */
export const dependsOn: CompletionProvider = (context, out) => {
  const { path } = context;
  if (context.mode !== 'value' || context.section !== 'resources' || path.length !== 3 || path[2] !== 'depends_on') return false;
  resourceNames(context, out, String(path[1]));
  return true;
};

/** A resource's or output's condition: the template's condition names. */
export const conditionName: CompletionProvider = (context, out) => {
  const { path, section } = context;
  if (context.mode !== 'value' || (section !== 'resources' && section !== 'outputs') || path.length !== 3 || path[2] !== 'condition') return false;
  for (const name of context.template?.conditions.keys() ?? []) out.add(name, CompletionItemKind.Reference);
  return true;
};
