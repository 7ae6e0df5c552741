import type { Catalog, PropertySchema, ResourceTypeSchema, SupportStatus, Template, TemplateVersionSpec } from '@hot-lint/core';
import functionDocs from '../data/function-docs.json' with { type: 'json' };
import type { PathItem } from './locate.js';

export interface FunctionDoc {
  summary: string;
  syntax: string | null;
}

export function functionDoc(name: string): FunctionDoc | undefined {
  return Object.prototype.hasOwnProperty.call(functionDocs, name) ? (functionDocs as Record<string, FunctionDoc>)[name] : undefined;
}

const VERSION_LINE = /^["']?heat_template_version["']?\s*:\s*["']?([\w-]+)/m;

/** The template language in force: the declared version, else the newest. */
export function versionOf(catalog: Catalog, template: Template | null | undefined, text: string): TemplateVersionSpec {
  if (template?.version) return template.version;
  const m = VERSION_LINE.exec(text);
  const declared = m ? catalog.version(m[1]!) : undefined;
  return declared ?? catalog.versions[catalog.versions.length - 1]!;
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
export function propertyMarkdown(name: string, schema: PropertySchema): string {
  const lines = [`**${name}**: ${schema.type}${schema.required ? ' (required)' : ''}`];
  if (schema.default !== undefined && schema.default !== null) lines.push(`Default: \`${JSON.stringify(schema.default)}\``);
  for (const constraint of schema.constraints ?? []) lines.push(`Constraint: ${describeConstraint(constraint as Record<string, unknown>)}`);
  if (!schema.update_allowed) lines.push('Changing it replaces the resource.');
  if (schema.support_status && schema.support_status.status !== 'SUPPORTED') lines.push(`Status: ${describeStatus(schema.support_status)}`);
  return schema.description ? `${lines.join('  \n')}\n\n${schema.description}` : lines.join('  \n');
}

export function resourceTypeMarkdown(name: string, type: ResourceTypeSchema): string {
  return [`**${name}** (${describeStatus(type.support_status)})`, '', type.description].join('\n');
}
