import { isScalar, isSeq } from 'yaml';
import { Location } from 'vscode-languageserver-types';
import type { Position, Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { groupMembers } from '@hot-lint/core';
import type { Template } from '@hot-lint/core';
import type { Analysis } from '../documents.js';
import { CursorContext } from './cursor.js';
import { occurrenceAt, occurrencesOf } from './symbols-index.js';

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * textDocument/definition: where the parameter, resource, condition or output under the cursor
 * is declared; across files, the nested template a resource type names (directly or through a
 * resource_registry), the file a get_file reads, the output of a nested stack a get_attr reads
 * and the parameter of a nested template a property sets.
 */
export function definition(analysis: Analysis, position: Position): Location[] | null {
  const at = occurrenceAt(analysis, position);
  if (at) {
    const definitions = occurrencesOf(analysis, at.kind, at.name).filter((o) => o.isDefinition);
    if (definitions.length > 0) return definitions.map((d) => Location.create(analysis.uri, d.range));
  }
  return acrossFiles(analysis, position);
}

function acrossFiles(analysis: Analysis, position: Position): Location[] | null {
  const template = analysis.template;
  const project = analysis.project;
  if (!template || !project) return null;
  const context = new CursorContext(analysis, position);
  const located = context.located;
  if (!located || !isScalar(located.node)) return null;
  const { node, path, onKey } = located;

  /** The nested template a resource's type leads to, with its path. */
  const nestedOf = (resourceName: string, type: string | null | undefined): { path: string; template: Template } | null => {
    if (!type) return null;
    const resolution = project.resolver.resolve(type, project.path, resourceName);
    if (resolution.kind !== 'template') return null;
    const file = project.resolvePath(resolution.base, resolution.path);
    const nested = file === null ? null : project.loadTemplate(resolution.base, resolution.path);
    return file !== null && nested ? { path: file, template: nested } : null;
  };
  const at = (file: string, range: Range) => [Location.create(URI.file(file).toString(), range)];

  const argument = context.argument;
  const call = argument?.call;
  if (call?.name === 'get_file' && !argument!.inList && typeof node.value === 'string') {
    const file = project.resolvePath(project.path, node.value);
    return file === null ? null : at(file, FILE_START);
  }
  if ((call?.name === 'get_attr' || call?.name === 'Fn::GetAtt') && argument!.inList && argument!.index === 1 && isSeq(call.args)) {
    const first = call.args.items[0];
    if (!isScalar(first)) return null;
    const resourceName = String(first.value);
    const nested = nestedOf(resourceName, template.resources.get(resourceName)?.type);
    const output = nested?.template.outputs.get(String(node.value));
    return nested && output ? at(nested.path, nested.template.document.positions.nodeRange(output.key)) : null;
  }

  if (path[0] !== 'resources' || typeof path[1] !== 'string') return null;
  const resource = template.resources.get(path[1]);
  if (!resource) return null;
  if (path.length === 3 && path[2] === 'type' && !onKey && resource.typeNode === node) {
    const nested = nestedOf(resource.name, resource.type);
    return nested ? at(nested.path, FILE_START) : null;
  }
  // A group's member definition (ResourceGroup resource_def...): its type, like a resource's.
  if (path.length === 5 && path[2] === 'properties' && path[4] === 'type' && !onKey && typeof node.value === 'string') {
    const member = groupMembers({ template, catalog: analysis.catalog, types: project.resolver }).find((m) => m.typeNode === node);
    const nested = member ? nestedOf(member.name, member.type) : null;
    return nested ? at(nested.path, FILE_START) : null;
  }
  if (onKey && path.length === 4 && path[2] === 'properties') {
    const nested = nestedOf(resource.name, resource.type);
    const parameter = nested?.template.parameters.get(String(path[3]));
    return nested && parameter ? at(nested.path, nested.template.document.positions.nodeRange(parameter.key)) : null;
  }
  return null;
}
