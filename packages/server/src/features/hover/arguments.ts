import { HIDDEN_TEXT, isHidden, nodes } from '@hot-lint/core';
import { isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { describeStatus, resourceSchemaOf } from '../catalog-help.js';
import { markdown } from './items.js';
import type { HoverProvider } from './items.js';

/** get_param's parameter: its type, default and description. */
export const parameterArgument: HoverProvider = (context) => {
  const argument = context.argument;
  if (!argument || argument.call.name !== 'get_param' || argument.index !== 0) return undefined;
  const node = context.located!.node;
  const parameter = context.analysis.template!.parameters.get(String((node as { value?: unknown }).value));
  if (!parameter) return null;
  const field = (name: string) => nodes.field(parameter.definition ?? null, name)?.value;
  const lines = [`**parameter ${parameter.name}**: ${parameter.type ?? 'no type'}`];
  const def = field('default');
  if (def !== undefined && def !== null) lines.push(`Default: \`${isHidden(parameter) ? HIDDEN_TEXT : JSON.stringify((def as Node).toJSON())}\``);
  const description = field('description');
  const text = isScalar(description) && description.value ? `${lines.join('  \n')}\n\n${String(description.value)}` : lines.join('  \n');
  return markdown(context, text, node);
};

const isGetAttr = (name: string) => name === 'get_attr' || name === 'Fn::GetAtt';

/** get_resource's and get_attr's resource: its type. */
export const resourceArgument: HoverProvider = (context) => {
  const argument = context.argument;
  if (!argument) return undefined;
  const { call, index, inList } = argument;
  if (!((call.name === 'get_resource' && !inList) || (isGetAttr(call.name) && index === 0))) return undefined;
  const node = context.located!.node;
  const resource = context.analysis.template!.resources.get(String((node as { value?: unknown }).value));
  if (!resource?.type) return null;
  return markdown(context, `**resource ${resource.name}**: ${resource.type}`, node);
};

/** get_attr's attribute: its type, status, release and description. */
export const attributeArgument: HoverProvider = (context) => {
  const argument = context.argument;
  if (!argument || !isGetAttr(argument.call.name) || argument.index !== 1 || !isSeq(argument.call.args)) return undefined;
  const first = argument.call.args.items[0];
  if (!isScalar(first)) return undefined;
  const { analysis, catalog } = context;
  const node = context.located!.node;
  const type = analysis.template!.resources.get(String(first.value))?.type;
  const schema = resourceSchemaOf(analysis, String(first.value), type);
  const name = String((node as { value?: unknown }).value);
  const attribute = schema && Object.prototype.hasOwnProperty.call(schema.attributes, name) ? schema.attributes[name] : undefined;
  if (attribute) {
    const status = attribute.support_status && attribute.support_status.status !== 'SUPPORTED' ? ` (${describeStatus(attribute.support_status)})` : '';
    const since = type ? catalog.since(`a|${type}|${name}`) : undefined;
    return markdown(context, `**${type} attribute ${name}**${attribute.type ? `: ${attribute.type}` : ''}${status}${since ? ` (${since})` : ''}\n\n${attribute.description ?? ''}`.trim(), node);
  }
  if (catalog.language.base_attributes.includes(name)) return markdown(context, `**attribute ${name}** (every resource has it)`, node);
  return null;
};
