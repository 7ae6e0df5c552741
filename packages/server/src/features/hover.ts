import { nodes } from '@hot-lint/core';
import { isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { HIDDEN_TEXT, isHidden } from '@hot-lint/core';
import { MarkupKind } from 'vscode-languageserver-types';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';
import { describeStatus, functionDoc, propertyMarkdown, propertySchemaAt, propertyScope, resourceSchemaOf, resourceTypeMarkdown } from './catalog-help.js';
import { nodeAt } from './locate.js';

function markdown(value: string, node: Node, analysis: Analysis): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: analysis.document.positions.nodeRange(node) };
}

export function hover(analysis: Analysis, position: Position): Hover | null {
  const template = analysis.template;
  if (!template) return null;
  const at = nodeAt(analysis, position);
  if (!at || !isScalar(at.node)) return null;
  const { path, node, onKey } = at;
  const catalog = analysis.catalog;

  // A function name.
  const call = onKey ? template.calls.find((c) => c.key === node) : undefined;
  if (call) {
    const doc = functionDoc(call.name);
    if (!doc) return null;
    const syntax = doc.syntax ? `\n\n\`\`\`yaml\n${doc.syntax}\n\`\`\`` : '';
    return markdown(`**${call.name}**\n\n${doc.summary}${syntax}`, node, analysis);
  }

  // A function's argument: get_param, get_resource, get_attr.
  if (!onKey) {
    for (const c of template.calls) {
      const args = c.args;
      const first = isSeq(args) ? args.items[0] : args;
      if (c.name === 'get_param' && first === node) {
        const parameter = template.parameters.get(String(node.value));
        if (!parameter) return null;
        const definition = parameter.definition;
        const field = (name: string) => nodes.field(definition ?? null, name)?.value;
        const lines = [`**parameter ${parameter.name}**: ${parameter.type ?? 'no type'}`];
        const def = field('default');
        if (def !== undefined && def !== null) lines.push(`Default: \`${isHidden(parameter) ? HIDDEN_TEXT : JSON.stringify((def as Node).toJSON())}\``);
        const description = field('description');
        const text = isScalar(description) && description.value ? `${lines.join('  \n')}\n\n${String(description.value)}` : lines.join('  \n');
        return markdown(text, node, analysis);
      }
      if ((c.name === 'get_resource' && args === node) || ((c.name === 'get_attr' || c.name === 'Fn::GetAtt') && first === node)) {
        const resource = template.resources.get(String(node.value));
        if (!resource?.type) return null;
        return markdown(`**resource ${resource.name}**: ${resource.type}`, node, analysis);
      }
      if ((c.name === 'get_attr' || c.name === 'Fn::GetAtt') && isSeq(args) && args.items[1] === node && isScalar(first)) {
        const type = template.resources.get(String(first.value))?.type;
        const schema = resourceSchemaOf(analysis, String(first.value), type);
        const name = String(node.value);
        const attribute = schema && Object.prototype.hasOwnProperty.call(schema.attributes, name) ? schema.attributes[name] : undefined;
        if (attribute) {
          const status = attribute.support_status && attribute.support_status.status !== 'SUPPORTED' ? ` (${describeStatus(attribute.support_status)})` : '';
          const since = type ? catalog.since(`a|${type}|${name}`) : undefined;
          return markdown(`**${type} attribute ${name}**${attribute.type ? `: ${attribute.type}` : ''}${status}${since ? ` (${since})` : ''}\n\n${attribute.description ?? ''}`.trim(), node, analysis);
        }
        if (catalog.language.base_attributes.includes(name)) return markdown(`**attribute ${name}** (every resource has it)`, node, analysis);
        return null;
      }
    }
  }

  if (path[0] !== 'resources' || typeof path[1] !== 'string') return null;
  const resource = template.resources.get(path[1]);
  // The resource type.
  if (path.length === 3 && path[2] === 'type' && !onKey && resource?.typeNode === node) {
    const type = resourceSchemaOf(analysis, resource.name, resource.type);
    return type ? markdown(resourceTypeMarkdown(resource.type!, type, analysis.catalog.since(`t|${resource.type}`)), node, analysis) : null;
  }
  // A property name.
  if (onKey && path[2] === 'properties' && path.length >= 4 && resource?.type) {
    const scope = propertyScope(analysis, template, resource.name, resource.type, path.slice(3));
    const schema = scope.schema && scope.path.length > 0 ? propertySchemaAt(scope.schema, scope.path) : undefined;
    const name = path[path.length - 1];
    const since = path.length === 4 && typeof name === 'string' ? analysis.catalog.since(`p|${resource.type}|${name}`) : undefined;
    return schema && typeof name === 'string' ? markdown(propertyMarkdown(name, schema, since), node, analysis) : null;
  }
  return null;
}
