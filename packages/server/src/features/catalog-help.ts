import { heatFunctionDoc, languageOf, nodes } from '@hot-lint/core';
import { isScalar } from 'yaml';
import { groupMembers, TypeResolver } from '@hot-lint/core';
import type { Catalog, HeatFunctionDoc, PropertySchema, PropertyType, ResourceTypeSchema, SupportStatus, Template, TemplateVersionSpec } from '@hot-lint/core';
import type { Analysis } from '../documents.js';
import type { PathItem } from './locate.js';

/** Heat's docs of a function, from core's function table. */
export function functionDoc(name: string): HeatFunctionDoc | undefined {
  return heatFunctionDoc(name);
}

const VERSION_LINE = /^["']?heat_template_version["']?\s*:\s*["']?([\w-]+)/m;

/** The template language in force: the declared version (read from the text when the model has none), else core's fallback. */
export function versionOf(catalog: Catalog, template: Template | null | undefined, text: string): TemplateVersionSpec {
  if (template?.version) return template.version;
  const m = VERSION_LINE.exec(text);
  const declared = m ? catalog.version(m[1]!) : undefined;
  return declared ?? languageOf(null, catalog);
}

/** The schema at a path below `properties` (list items are numbers); undefined when unknown. */
export function propertySchemaAt(type: ResourceTypeSchema, path: readonly PathItem[]): PropertySchema | undefined {
  let schemas: Record<string, PropertySchema> | undefined = type.properties;
  let current: PropertySchema | undefined;
  for (const item of path) {
    if (typeof item === 'number') {
      if (current?.type !== 'list') return undefined;
      current = current.schema?.['*'];
      schemas = current?.schema;
      continue;
    }
    if (!schemas || !Object.prototype.hasOwnProperty.call(schemas, item)) return undefined;
    current = schemas[item];
    schemas = current?.type === 'map' ? current.schema : undefined;
  }
  return current;
}

/** The keys a mapping at a path below `properties` can have, when its schema says so. */
export function propertyKeysAt(type: ResourceTypeSchema, path: readonly PathItem[]): Record<string, PropertySchema> | undefined {
  if (path.length === 0) return type.properties;
  const schema = propertySchemaAt(type, path);
  if (schema?.type === 'map' && schema.schema && !('*' in schema.schema)) return schema.schema;
  return undefined;
}

export function isHidden(status: SupportStatus | undefined): boolean {
  return status?.status === 'HIDDEN';
}

export function isDeprecated(status: SupportStatus | undefined): boolean {
  return status?.status === 'DEPRECATED';
}

export function describeStatus(status: SupportStatus | undefined): string {
  if (!status) return 'supported';
  const since = status.version ? ` since ${status.version}` : '';
  const message = status.message ? `: ${status.message}` : '';
  switch (status.status) {
    case 'SUPPORTED':
      return `supported${since}`;
    case 'DEPRECATED':
      return `deprecated${since}${message}`;
    case 'HIDDEN':
      return `hidden${since}${message}`;
    case 'UNSUPPORTED':
      return `unsupported${message}`;
    default:
      return `support status unknown${message}`;
  }
}

export function describeConstraint(constraint: Record<string, unknown>): string {
  const [kind] = Object.keys(constraint).filter((k) => k !== 'description');
  if (!kind) return '';
  const value = constraint[kind];
  if (kind === 'allowed_values' && Array.isArray(value)) return `one of ${value.map((v) => JSON.stringify(v)).join(', ')}`;
  if ((kind === 'range' || kind === 'length') && value && typeof value === 'object') {
    const { min, max } = value as { min?: number; max?: number };
    const what = kind === 'range' ? 'value' : 'length';
    if (min !== undefined && max !== undefined) return `${what} ${min} to ${max}`;
    if (min !== undefined) return `${what} at least ${min}`;
    if (max !== undefined) return `${what} at most ${max}`;
  }
  if (kind === 'allowed_pattern') return `matches \`${String(value)}\``;
  if (kind === 'custom_constraint') return `a valid ${String(value)}`;
  if (kind === 'modulo' && value && typeof value === 'object') {
    const { step, offset } = value as { step: number; offset: number };
    return `a multiple of ${step} plus ${offset}`;
  }
  return `${kind}: ${JSON.stringify(value)}`;
}

/** Markdown for a property: type, required, default, constraints, description. */
export function propertyMarkdown(name: string, schema: PropertySchema, since?: string): string {
  const lines = [`**${name}**: ${schema.type}${schema.required ? ' (required)' : ''}${since ? ` (${since})` : ''}`];
  if (schema.default !== undefined && schema.default !== null) lines.push(`Default: \`${JSON.stringify(schema.default)}\``);
  for (const constraint of schema.constraints ?? []) lines.push(`Constraint: ${describeConstraint(constraint as Record<string, unknown>)}`);
  if (!schema.update_allowed) lines.push('Changing it replaces the resource.');
  if (schema.support_status && schema.support_status.status !== 'SUPPORTED') lines.push(`Status: ${describeStatus(schema.support_status)}`);
  return schema.description ? `${lines.join('  \n')}\n\n${schema.description}` : lines.join('  \n');
}

/** since: "since Heat 24 (2025.1)" when the checked release has it but older ones lack it (Catalog.since). */
export function resourceTypeMarkdown(name: string, type: ResourceTypeSchema, since?: string): string {
  return [`**${name}** (${describeStatus(type.support_status)}${since ? `; ${since}` : ''})`, '', type.description].join('\n');
}

/** Heat's property type for a nested template's parameter type (heat/engine/parameters.py). */
const PARAMETER_PROPERTY_TYPES: Record<string, PropertyType> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  json: 'map',
  comma_delimited_list: 'list',
};

const SUPPORTED: SupportStatus = { status: 'SUPPORTED', version: null, message: null, previous_status: null };

/** A nested template seen as a resource type: its parameters are the properties, its outputs the attributes. */
export function nestedTemplateSchema(written: string, nested: Template): ResourceTypeSchema {
  const properties: Record<string, PropertySchema> = {};
  for (const [name, parameter] of nested.parameters) {
    const field = (key: string) => nodes.field(parameter.definition ?? null, key);
    const description = field('description')?.value;
    const defaultPair = field('default');
    const schema: PropertySchema = {
      type: PARAMETER_PROPERTY_TYPES[parameter.type ?? ''] ?? 'any',
      required: defaultPair === undefined,
      update_allowed: true,
      immutable: false,
    };
    if (isScalar(description) && typeof description.value === 'string') schema.description = description.value;
    if (defaultPair?.value && isScalar(defaultPair.value)) schema.default = defaultPair.value.value;
    properties[name] = schema;
  }
  const attributes: ResourceTypeSchema['attributes'] = {};
  for (const [name, output] of nested.outputs) {
    const description = nodes.field(output.definition ?? null, 'description')?.value;
    attributes[name] = isScalar(description) && typeof description.value === 'string' ? { description: description.value } : {};
  }
  return { description: `Nested template ${written}.`, support_status: SUPPORTED, properties, attributes };
}

/**
 * The schema of a resource's type: the catalog's, or through the environments' registry the
 * catalog type or nested template it maps to. Undefined when unknown.
 */
export function resourceSchemaOf(analysis: Analysis, resourceName: string | undefined, type: string | null | undefined): ResourceTypeSchema | undefined {
  if (!type) return undefined;
  const project = analysis.project;
  if (!project) return analysis.catalog.resourceType(type);
  const resolution = project.resolver.resolve(type, project.path, resourceName);
  if (resolution.kind === 'catalog') return resolution.schema;
  if (resolution.kind !== 'template') return undefined;
  const nested = project.loadTemplate(resolution.base, resolution.path);
  return nested ? nestedTemplateSchema(resolution.path, nested) : undefined;
}

/**
 * The type schema describing a path below a resource's `properties`, and the path within it:
 * inside a group's member definition (ResourceGroup `resource_def`, AutoScalingGroup
 * `resource`) its `properties` are described by the member's own type.
 */
export function propertyScope(
  analysis: Analysis,
  template: Template | null,
  resourceName: string,
  typeName: string | null | undefined,
  path: ReadonlyArray<string | number>,
): { schema: ResourceTypeSchema | undefined; path: ReadonlyArray<string | number> } {
  if (template && path.length >= 2 && path[1] === 'properties') {
    const types = analysis.project?.resolver ?? new TypeResolver(analysis.catalog);
    const member = groupMembers({ template, catalog: analysis.catalog, types }).find((m) => m.name === `${resourceName}:${String(path[0])}`);
    if (member) return { schema: resourceSchemaOf(analysis, undefined, member.type), path: path.slice(2) };
  }
  return { schema: resourceSchemaOf(analysis, resourceName, typeName), path };
}
