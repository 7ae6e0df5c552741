import { activeFunctions } from '@hot-lint/core';
import type { PropertySchema, Template, TemplateVersionSpec } from '@hot-lint/core';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  TextEdit,
} from 'vscode-languageserver-types';
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import type { TextEdit as Edit } from 'vscode-languageserver-types';
import { ENVIRONMENT_SECTIONS } from '../documents.js';
import type { Analysis } from '../documents.js';
import {
  describeStatus,
  functionDoc,
  isDeprecated,
  isHidden,
  propertyKeysAt,
  propertyMarkdown,
  propertyScope,
  propertySchemaAt,
  resourceSchemaOf,
  versionOf,
} from './catalog-help.js';
import { asJsonItems, isJsonText, tokenEnd } from './json-completion.js';
import { splitLines, textContext } from './locate.js';
import type { PathItem, TextContext } from './locate.js';

const MAP_SECTIONS = new Set(['parameters', 'resources', 'outputs', 'conditions', 'parameter_groups', 'parameter_defaults', 'resource_registry', 'event_sinks', 'parameter_merge_strategies']);

interface Builder {
  range: Range;
  items: CompletionItem[];
}

function add(b: Builder, label: string, kind: CompletionItemKind, extra: Partial<CompletionItem> & { insert?: string; snippet?: boolean } = {}): void {
  const { insert, snippet, ...rest } = extra;
  const item: CompletionItem = { label, kind, textEdit: TextEdit.replace(b.range, insert ?? label), ...rest };
  if (snippet) {
    item.insertTextFormat = InsertTextFormat.Snippet;
    item.insertTextMode = InsertTextMode.asIs;
  }
  b.items.push(item);
}

/**
 * Completion at a position. `analysis.template` may be null while the text does not parse;
 * `previous` (the last template that did) then supplies names and resource types.
 */
export function complete(analysis: Analysis, position: Position, previous?: Template | null): CompletionList {
  const lines = splitLines(analysis.text);
  const context = textContext(analysis.text, position, lines);
  const template = analysis.template ?? previous ?? null;
  const b: Builder = { range: context.range, items: [] };
  if (analysis.kind === 'environment') {
    completeEnvironment(analysis, context, lines, b);
  } else {
    const version = versionOf(analysis.catalog, template, analysis.text);
    if (!completeFunctionArgs(analysis, context, lines, template, b)) {
      if (context.mode === 'key') completeKey(analysis, context, lines, template, version, b);
      else completeValue(analysis, context, template, version, b);
    }
  }
  let items = b.items;
  // The whole word is replaced, what follows the caret too: clients filter on the edit's range.
  const end = context.mode === 'value' ? tokenEnd(lines[position.line] ?? '', position) : position.character;
  if (end > position.character) {
    items = items.map((item) => {
      const edit = item.textEdit as Edit | undefined;
      if (!edit || edit.range.end.line !== position.line || edit.range.end.character !== position.character) return item;
      return { ...item, textEdit: { ...edit, range: { start: edit.range.start, end: { line: position.line, character: end } } } };
    });
  }
  if (isJsonText(analysis.text)) items = asJsonItems(lines, items);
  return { isIncomplete: false, items };
}

// --- function arguments ----------------------------------------------------------------------

function completeFunctionArgs(analysis: Analysis, context: TextContext, lines: string[], template: Template | null, b: Builder): boolean {
  const before = context.before;
  const word = (m: RegExpExecArray, group: number) => {
    const prefix = m[group] ?? '';
    b.range = { start: { line: context.range.end.line, character: context.range.end.character - prefix.length }, end: context.range.end };
  };
  let m: RegExpExecArray | null;
  if ((m = /get_attr["']?\s*:\s*\[\s*["']?([\w.:-]+)["']?\s*,\s*["']?([\w.:-]*)$/.exec(before))) {
    word(m, 2);
    attributes(analysis, template, m[1]!, b);
    return true;
  }
  if ((m = /get_attr["']?\s*:\s*\[\s*["']?([\w.:-]*)$/.exec(before))) {
    word(m, 1);
    resourceNames(template, b);
    return true;
  }
  if ((m = /get_param["']?\s*:\s*(?:\[\s*)?["']?([\w.:-]*)$/.exec(before))) {
    word(m, 1);
    parameterNames(analysis, template, b);
    return true;
  }
  if ((m = /get_resource["']?\s*:\s*["']?([\w.:-]*)$/.exec(before))) {
    word(m, 1);
    resourceNames(template, b);
    return true;
  }
  if ((m = /depends_on["']?\s*:\s*\[(?:[^\]]*,)?\s*["']?([\w.:-]*)$/.exec(before))) {
    word(m, 1);
    resourceNames(template, b, ownerResource(context.path));
    return true;
  }
  // Block lists: `get_attr:` then `- name` lines.
  const { path } = context;
  const index = path[path.length - 1];
  const fn = path[path.length - 2];
  if (typeof index === 'number' && context.mode === 'key' && /^\s*-\s+["']?[\w.:-]*$/.test(before)) {
    if (fn === 'get_attr' && index === 0) return resourceNames(template, b), true;
    if (fn === 'get_attr' && index === 1) {
      const resource = previousItem(lines, context.range.start.line, before.indexOf('-'));
      if (resource) attributes(analysis, template, resource, b);
      return true;
    }
    if (fn === 'get_param' && index === 0) return parameterNames(analysis, template, b), true;
    if (fn === 'depends_on' && path[0] === 'resources' && path.length === 4) return resourceNames(template, b, ownerResource(path)), true;
  }
  return false;
}

function ownerResource(path: readonly PathItem[]): string | undefined {
  return path[0] === 'resources' && typeof path[1] === 'string' ? path[1] : undefined;
}

function previousItem(lines: string[], line: number, column: number): string | null {
  for (let l = line - 1; l >= 0; l--) {
    const text = lines[l]!;
    if (text.trim() === '') continue;
    const m = /^(\s*)-\s+["']?([\w.:-]+)/.exec(text);
    if (m && m[1]!.length === column) return m[2]!;
    return null;
  }
  return null;
}

function resourceNames(template: Template | null, b: Builder, except?: string): void {
  for (const [name, resource] of template?.resources ?? []) {
    if (name === except) continue;
    add(b, name, CompletionItemKind.Reference, resource.type ? { detail: resource.type } : {});
  }
}

function parameterNames(analysis: Analysis, template: Template | null, b: Builder): void {
  for (const [name, parameter] of template?.parameters ?? []) {
    add(b, name, CompletionItemKind.Variable, parameter.type ? { detail: parameter.type } : {});
  }
  for (const name of analysis.catalog.language.pseudo_parameters) {
    add(b, name, CompletionItemKind.Constant, { detail: 'pseudo parameter', sortText: `~${name}` });
  }
}

function attributes(analysis: Analysis, template: Template | null, resourceName: string, b: Builder): void {
  const schema = resourceSchemaOf(analysis, resourceName, template?.resources.get(resourceName)?.type);
  if (schema) {
    for (const [name, attribute] of Object.entries(schema.attributes)) {
      if (isHidden(attribute.support_status)) continue;
      const item: Partial<CompletionItem> = {};
      if (attribute.type) item.detail = attribute.type;
      if (attribute.description) item.documentation = { kind: MarkupKind.Markdown, value: attribute.description };
      if (isDeprecated(attribute.support_status)) item.tags = [CompletionItemTag.Deprecated];
      add(b, name, CompletionItemKind.Field, item);
    }
  }
  const names = new Set(b.items.map((i) => i.label));
  for (const name of analysis.catalog.language.base_attributes) {
    if (!names.has(name)) add(b, name, CompletionItemKind.Field, { detail: 'every resource', sortText: `~${name}` });
  }
}

// --- keys ---------------------------------------------------------------------------------

/** Keys already written in the mapping being edited (the cursor's own line excluded). */
function siblingKeys(lines: string[], line: number, column: number): Set<string> {
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

function completeKey(
  analysis: Analysis,
  context: TextContext,
  lines: string[],
  template: Template | null,
  version: TemplateVersionSpec,
  b: Builder,
): void {
  const { path } = context;
  const taken = siblingKeys(lines, context.range.start.line, context.keyColumn);
  const keys = (names: readonly string[], kind: CompletionItemKind, valueOnNewLine: (name: string) => boolean = () => false) => {
    for (const name of names) {
      if (taken.has(name)) continue;
      add(b, name, kind, {
        insert: valueOnNewLine(name) ? `${name}:\n${' '.repeat(context.keyColumn + 2)}$0` : `${name}: $0`,
        snippet: true,
      });
    }
  };
  if (path.length === 0) return keys(version.sections, CompletionItemKind.Module, (name) => MAP_SECTIONS.has(name));
  const [section, owner] = path;
  if (section === 'parameters' && path.length === 2) return keys(version.parameter_keys, CompletionItemKind.Keyword, (k) => k === 'constraints');
  if (section === 'parameters' && path.length === 4 && path[2] === 'constraints' && typeof path[3] === 'number') {
    const type = template?.parameters.get(String(owner))?.type ?? 'string';
    const byType = analysis.catalog.language.constraint_kinds_by_type[type] ?? version.parameter_constraint_kinds;
    return keys(
      version.parameter_constraint_kinds.filter((k) => byType.includes(k) || k === 'description'),
      CompletionItemKind.Keyword,
    );
  }
  if (section === 'resources' && path.length === 2) {
    return keys(version.resource_keys, CompletionItemKind.Keyword, (k) => k === 'properties' || k === 'metadata' || k === 'update_policy');
  }
  if (section === 'resources' && path[2] === 'properties') {
    const typeName = template?.resources.get(String(owner))?.type ?? resourceTypeFromText(lines, context);
    const scope = propertyScope(analysis, template, String(owner), typeName, path.slice(3));
    const schemas = scope.schema ? propertyKeysAt(scope.schema, scope.path) : undefined;
    const since = (name: string) => (path.length === 3 && typeName ? analysis.catalog.since(`p|${typeName}|${name}`) : undefined);
    if (schemas) return propertyKeys(schemas, taken, context, b, since);
    if (path.length > 3) functionKeys(version, false, b);
    return;
  }
  if (section === 'outputs' && path.length === 2) return keys(version.output_keys, CompletionItemKind.Keyword);
  if (section === 'outputs' && path[2] === 'value') return functionKeys(version, false, b);
  if (section === 'conditions' && path.length >= 2) return functionKeys(version, true, b);
}

/** The type of the resource being edited, read from its `type:` line when the text does not parse. */
function resourceTypeFromText(lines: string[], context: TextContext): string | null {
  const name = context.path[1];
  for (let l = context.range.start.line - 1; l >= 0; l--) {
    const m = /^(\s*)type\s*:\s*["']?([^\s"'#]+)/.exec(lines[l]!);
    if (m) return m[2]!;
    if (new RegExp(`^\\s*["']?${String(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:\\s*$`).test(lines[l]!)) break;
  }
  return null;
}

function propertyKeys(
  schemas: Record<string, PropertySchema>,
  taken: Set<string>,
  context: TextContext,
  b: Builder,
  since: (name: string) => string | undefined = () => undefined,
): void {
  const indent = ' '.repeat(context.keyColumn + 2);
  for (const [name, schema] of Object.entries(schemas)) {
    if (taken.has(name) || isHidden(schema.support_status)) continue;
    const insert =
      schema.type === 'map' ? `${name}:\n${indent}$0` : schema.type === 'list' ? `${name}:\n${indent}- $0` : `${name}: $0`;
    const item: Partial<CompletionItem> & { insert: string; snippet: boolean } = {
      insert,
      snippet: true,
      detail: `${schema.type}${schema.required ? ' (required)' : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: propertyMarkdown(name, schema, since(name)) },
      sortText: `${schema.required ? '0' : '1'}${name}`,
    };
    if (isDeprecated(schema.support_status)) item.tags = [CompletionItemTag.Deprecated];
    add(b, name, CompletionItemKind.Property, item);
  }
}

function supportedFunctions(version: TemplateVersionSpec, conditions: boolean): string[] {
  const active = [...activeFunctions(version, conditions)];
  // CloudFormation-style names (Fn::..., Ref) are never offered in HOT.
  return conditions && version.condition_functions.length > 0 ? active : active.filter((name) => !name.includes('::') && name !== 'Ref').sort();
}

function functionKeys(version: TemplateVersionSpec, conditions: boolean, b: Builder): void {
  for (const name of supportedFunctions(version, conditions)) {
    const doc = functionDoc(name);
    add(b, name, CompletionItemKind.Function, { insert: `${name}: $0`, snippet: true, ...(doc ? { detail: doc.summary } : {}) });
  }
}

function functionValues(version: TemplateVersionSpec, conditions: boolean, b: Builder): void {
  for (const name of supportedFunctions(version, conditions)) {
    const doc = functionDoc(name);
    add(b, name, CompletionItemKind.Function, {
      insert: `{ ${name}: $0 }`,
      snippet: true,
      sortText: `~${name}`,
      ...(doc ? { detail: doc.summary } : {}),
    });
  }
}

// --- values -------------------------------------------------------------------------------

function completeValue(analysis: Analysis, context: TextContext, template: Template | null, version: TemplateVersionSpec, b: Builder): void {
  const { path } = context;
  const catalog = analysis.catalog;
  if (path.length === 1 && path[0] === 'heat_template_version') {
    for (const spec of catalog.versions) {
      add(b, spec.version, CompletionItemKind.EnumMember, { sortText: `0${spec.version}` });
      for (const alias of spec.aliases) add(b, alias, CompletionItemKind.EnumMember, { detail: spec.version, sortText: `1${spec.version}` });
    }
    return;
  }
  const [section, owner, key] = path;
  if (section === 'parameters' && path.length === 3 && key === 'type') {
    for (const type of catalog.language.parameter_types) add(b, type, CompletionItemKind.TypeParameter);
    return;
  }
  if (section === 'resources' && path.length === 3) {
    if (key === 'type') {
      for (const name of catalog.resourceTypeNames().sort()) {
        const type = catalog.resourceType(name)!;
        if (isHidden(type.support_status)) continue;
        const since = catalog.since(`t|${name}`);
        const item: Partial<CompletionItem> = { detail: `${describeStatus(type.support_status)}${since ? `; ${since}` : ''}` };
        if (isDeprecated(type.support_status)) item.tags = [CompletionItemTag.Deprecated];
        if (type.description) item.documentation = { kind: MarkupKind.Markdown, value: type.description };
        add(b, name, CompletionItemKind.Class, item);
      }
      customTypes(analysis, b);
      return;
    }
    if (key === 'deletion_policy') {
      for (const policy of version.deletion_policies) add(b, policy, CompletionItemKind.EnumMember);
      return;
    }
    if (key === 'depends_on') return resourceNames(template, b, String(owner));
  }
  if ((section === 'resources' || section === 'outputs') && path.length === 3 && key === 'condition') {
    for (const name of template?.conditions.keys() ?? []) add(b, name, CompletionItemKind.Reference);
    return;
  }
  if (section === 'resources' && path[2] === 'properties' && path.length > 3) {
    const scope = propertyScope(analysis, template, String(owner), template?.resources.get(String(owner))?.type, path.slice(3));
    const schema = scope.schema && scope.path.length > 0 ? propertySchemaAt(scope.schema, scope.path) : undefined;
    for (const constraint of schema?.constraints ?? []) {
      if ('allowed_values' in constraint) {
        for (const value of constraint.allowed_values) add(b, String(value), CompletionItemKind.Value);
      }
    }
    if (schema?.type === 'boolean') for (const value of ['true', 'false']) add(b, value, CompletionItemKind.Value);
    functionValues(version, false, b);
    return;
  }
  if (section === 'outputs' && path.length === 3 && key === 'value') return functionValues(version, false, b);
}

/** The types the environments' resource_registry adds (custom names, aliases, nested templates). */
function customTypes(analysis: Analysis, b: Builder): void {
  const resolver = analysis.project?.resolver;
  if (!resolver) return;
  for (const name of resolver.knownTypes().filter((n) => analysis.catalog.resourceType(n) === undefined).sort()) {
    if (name.endsWith('*')) continue;
    const resolution = resolver.resolve(name, analysis.project!.path);
    const detail =
      resolution.kind === 'catalog' ? resolution.type : resolution.kind === 'template' ? resolution.path : undefined;
    add(b, name, CompletionItemKind.Class, { sortText: `0${name}`, ...(detail !== undefined ? { detail: `registry: ${detail}` } : {}) });
  }
}

// --- environments ---------------------------------------------------------------------------

function completeEnvironment(analysis: Analysis, context: TextContext, lines: string[], b: Builder): void {
  const { path } = context;
  if (context.mode === 'key' && path.length === 0) {
    const taken = siblingKeys(lines, context.range.start.line, context.keyColumn);
    for (const name of ENVIRONMENT_SECTIONS) {
      if (taken.has(name)) continue;
      add(b, name, CompletionItemKind.Module, { insert: `${name}:\n  $0`, snippet: true });
    }
    return;
  }
  if (path[0] === 'resource_registry' && ((context.mode === 'key' && path.length === 1) || (context.mode === 'value' && path.length === 2))) {
    for (const name of analysis.catalog.resourceTypeNames().sort()) {
      const type = analysis.catalog.resourceType(name)!;
      if (isHidden(type.support_status)) continue;
      add(b, name, CompletionItemKind.Class, context.mode === 'key' ? { insert: `"${name}": $0`, snippet: true } : {});
    }
  }
}
