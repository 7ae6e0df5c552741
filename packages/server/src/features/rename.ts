import { dirname, relative } from 'node:path';
import { isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar } from 'yaml';
import { TextEdit } from 'vscode-languageserver-types';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { groupMembers, nodes, TypeResolver } from '@hot-lint/core';
import type { Catalog, EnvironmentModel, ParsedDocument, ProjectSession, ResourceModel, Template } from '@hot-lint/core';
import type { Analysis } from '../documents.js';
import { scalarTextRange } from './locate.js';
import { occurrenceAt, occurrencesOf } from './symbols-index.js';
import type { SymbolKindName } from './symbols-index.js';

/** textDocument/prepareRename: the name under the cursor when it is a declared parameter, resource, condition or output. */
export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  if (!occurrencesOf(analysis, at.kind, at.name).some((o) => o.isDefinition)) return null;
  return { range: at.range, placeholder: at.name };
}

export class RenameError extends Error {}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Why a new name cannot be used, or null when it can. */
export function checkNewName(analysis: Analysis, kind: SymbolKindName, oldName: string, newName: string): string | null {
  if (!NAME.test(newName)) {
    return `"${newName}" is not a usable ${kind} name: use letters, digits, "_", "-" and "." (not first).`;
  }
  if (newName === oldName) return null;
  const template = analysis.template;
  const taken =
    kind === 'parameter'
      ? template?.parameters.has(newName) || analysis.catalog.language.pseudo_parameters.includes(newName)
      : kind === 'resource'
        ? template?.resources.has(newName)
        : kind === 'condition'
          ? template?.conditions.has(newName)
          : template?.outputs.has(newName);
  return taken ? `There is already a ${kind} named "${newName}".` : null;
}

/**
 * The files around a template that a rename may have to change, as the server sees them.
 * Everything is read through `session`, whose loader never reads outside the project root
 * and gives the open documents' text instead of the files on disk.
 */
export interface LinkedFiles {
  session: ProjectSession;
  /** Templates that may use the renamed one as a nested template (the caller bounds this list). */
  templates: readonly string[];
  /** The environment files that apply to a template deployed as a stack, in Heat's order. */
  environmentsFor(template: string): readonly string[];
  /** The URI a file's edits are keyed by in the WorkspaceEdit. */
  uriOf(path: string): string;
}

/** How far up the chain of nested templates `parameter_defaults` are renamed (as the linter's maxDepth). */
const MAX_NESTING = 5;

/**
 * textDocument/rename: every use in this template and, given the linked files, what names a
 * parameter or output from the other files of the project:
 * - a parameter: the keys under `parameters`, `parameter_defaults` and
 *   `parameter_merge_strategies` of the environments that apply to this template; the
 *   property of each resource whose type is this template (directly or through a
 *   resource_registry); the key under `parameter_defaults` (and merge strategies) of the
 *   environments of the templates using it, up to MAX_NESTING levels, unless such a
 *   template declares a parameter of that name itself (the value is shared: left alone);
 * - an output: `get_attr: [resource, output, ...]` (and `Fn::GetAtt`) on those resources.
 */
export function rename(analysis: Analysis, position: Position, newName: string, linked?: LinkedFiles): WorkspaceEdit | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  const all = occurrencesOf(analysis, at.kind, at.name);
  if (!all.some((o) => o.isDefinition)) throw new RenameError(`"${at.name}" is not declared in this template.`);
  const problem = checkNewName(analysis, at.kind, at.name, newName);
  if (problem) throw new RenameError(problem);
  const edits = new Edits(newName);
  for (const o of all) edits.add(analysis.uri, o.range);
  if (linked && analysis.project && newName !== at.name && (at.kind === 'parameter' || at.kind === 'output')) {
    linkedEdits({ self: analysis.project.path, catalog: analysis.catalog, kind: at.kind, oldName: at.name, newName, linked, edits });
  }
  return { changes: edits.changes() };
}

/**
 * Where the name under the cursor appears across files: exactly the ranges a rename of it
 * changes (so references and rename never disagree), this document's first. Null when the
 * cursor is on no name.
 */
export function occurrencesAcrossFiles(
  analysis: Analysis,
  position: Position,
  linked?: LinkedFiles,
): Array<{ uri: string; range: Range; isDefinition: boolean }> | null {
  const at = occurrenceAt(analysis, position);
  if (!at) return null;
  const local = occurrencesOf(analysis, at.kind, at.name).map((o) => ({ uri: analysis.uri, range: o.range, isDefinition: o.isDefinition }));
  if (!linked || !analysis.project || (at.kind !== 'parameter' && at.kind !== 'output') || !local.some((o) => o.isDefinition)) return local;
  const edits = new Edits('');
  try {
    // A new name no file can hold: only the places are wanted, never a conflict.
    linkedEdits({ self: analysis.project.path, catalog: analysis.catalog, kind: at.kind, oldName: at.name, newName: '\u0000', linked, edits });
  } catch (error) {
    if (!(error instanceof RenameError)) throw error;
  }
  const others = Object.entries(edits.changes())
    .filter(([uri]) => uri !== analysis.uri)
    .flatMap(([uri, list]) => list.map((edit) => ({ uri, range: edit.range, isDefinition: false })));
  return [...local, ...others];
}

/** Text edits per URI, each range once, in source order. */
class Edits {
  private readonly byUri = new Map<string, Map<string, Range>>();

  constructor(private readonly newText: string) {}

  add(uri: string, range: Range): void {
    let ranges = this.byUri.get(uri);
    if (!ranges) this.byUri.set(uri, (ranges = new Map()));
    ranges.set(`${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`, range);
  }

  changes(): Record<string, TextEdit[]> {
    const changes: Record<string, TextEdit[]> = {};
    for (const [uri, ranges] of this.byUri) {
      changes[uri] = [...ranges.values()]
        .sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character)
        .map((range) => TextEdit.replace(range, this.newText));
    }
    return changes;
  }
}

interface Use {
  /** The template using a nested template, and the resource whose type it is. */
  path: string;
  template: Template;
  resource: ResourceModel;
}

interface LinkedRename {
  self: string;
  catalog: Catalog;
  kind: 'parameter' | 'output';
  oldName: string;
  newName: string;
  linked: LinkedFiles;
  edits: Edits;
}

function linkedEdits({ self, catalog, kind, oldName, newName, linked, edits }: LinkedRename): void {
  const { session } = linked;
  const describe = (path: string) => relative(dirname(self), path) || path;
  const environments = (template: string): EnvironmentModel[] =>
    linked.environmentsFor(template).flatMap((path) => session.environment(path) ?? []);
  const editKey = (source: { document: ParsedDocument }, path: string, key: Scalar) => edits.add(linked.uriOf(path), scalarTextRange(source, key));

  /** Renames a name under the given sections of an environment; a clash with the new name is refused. */
  const renameInEnvironment = (env: EnvironmentModel, sections: Array<'parameters' | 'parameter_defaults' | 'parameter_merge_strategies'>) => {
    for (const section of sections) {
      const map: Map<string, Pair<Scalar, Node | null>> =
        section === 'parameters' ? env.parameters : section === 'parameter_defaults' ? env.parameterDefaults : env.mergeStrategies;
      const pair = map.get(oldName);
      if (!pair) continue;
      if (map.has(newName)) throw new RenameError(`${describe(env.path)} already has "${newName}" under ${section}.`);
      editKey(env, env.path, pair.key);
    }
  };

  // Which resources of the candidate templates have a nested template as their type: by its path.
  const uses = new Map<string, Use[]>();
  for (const path of new Set(linked.templates)) {
    if (path === self) continue;
    const file = session.file(path);
    if (!file.read.ok || !file.read.text.includes('heat_template_version')) continue;
    const template = session.template(path);
    if (!template) continue;
    const resolver = new TypeResolver(catalog, environments(path));
    // A group's member definition (ResourceGroup resource_def...) uses its type like a resource.
    for (const resource of [...template.resources.values(), ...groupMembers({ template, catalog, types: resolver })]) {
      if (!resource.type) continue;
      const resolution = resolver.resolve(resource.type, path, resource.name);
      if (resolution.kind !== 'template') continue;
      const target = session.loader.resolve(resolution.base, resolution.path);
      if (target === null) continue;
      const list = uses.get(target) ?? [];
      list.push({ path, template, resource });
      uses.set(target, list);
    }
  }
  const direct = uses.get(self) ?? [];

  if (kind === 'output') {
    for (const use of direct) {
      for (const call of use.template.calls) {
        if ((call.name !== 'get_attr' && call.name !== 'Fn::GetAtt') || !isSeq(call.args)) continue;
        const [resource, attribute] = call.args.items;
        if (isScalar(resource) && resource.value === use.resource.name && isScalar(attribute) && attribute.value === oldName && attribute.range) {
          editKey(use.template, use.path, attribute);
        }
      }
    }
    return;
  }

  for (const env of environments(self)) renameInEnvironment(env, ['parameters', 'parameter_defaults', 'parameter_merge_strategies']);

  for (const use of direct) {
    const properties = nodes.entries(use.resource.properties);
    const property = properties.find((p) => p.key.value === oldName);
    if (!property) continue;
    if (properties.some((p) => p.key.value === newName)) {
      throw new RenameError(`Resource "${use.resource.name}" in ${describe(use.path)} already sets the property "${newName}".`);
    }
    editKey(use.template, use.path, property.key);
  }

  // parameter_defaults reach nested stacks at any depth.
  const ancestors = new Set<string>();
  let level = [self];
  for (let depth = 0; depth < MAX_NESTING && level.length > 0; depth++) {
    const next: string[] = [];
    for (const path of level) {
      for (const use of uses.get(path) ?? []) {
        if (use.path === self || ancestors.has(use.path)) continue;
        ancestors.add(use.path);
        next.push(use.path);
      }
    }
    level = next;
  }
  for (const path of ancestors) {
    if (session.template(path)?.parameters.has(oldName)) continue;
    for (const env of environments(path)) renameInEnvironment(env, ['parameter_defaults', 'parameter_merge_strategies']);
  }
}
