import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { TypeResolver } from '../environment/registry.js';
import type { PropertySchema, ResourceTypeSchema, SupportStatus } from '../catalog/catalog-types.js';
import { entries, field, resolve } from '../model/nodes.js';
import type { ResourceModel, Template } from '../model/template.js';

/**
 * A type that names a template file or URL: a nested stack (template resource), not a
 * catalog type. Heat registers `*.yaml` / `*.template` names on the fly; hot-lint also
 * counts `.yml`, `.json` and URLs as files, which the nested-template checks look at.
 */
export function isTemplateResourceType(type: string): boolean {
  return /\.(ya?ml|template|json)$/i.test(type) || /^[a-z][a-z0-9+.-]*:\/\//i.test(type);
}

/** True when a node is a single-key mapping whose key is an intrinsic function name. */
export function isFunctionCall(node: unknown, catalog: Catalog, doc: Document | null): boolean {
  const target = resolve(node, doc);
  if (!isMap(target) || target.items.length !== 1) return false;
  const key = target.items[0]!.key;
  return isScalar(key) && typeof key.value === 'string' && catalog.allFunctionNames.has(key.value);
}

/** A resource whose type the catalog knows (directly or through an alias). */
export interface TypedResource {
  resource: ResourceModel;
  typeNode: Scalar;
  /** The name as written. */
  typeName: string;
  /** The catalog type it resolves to. */
  resolvedName: string;
  schema: ResourceTypeSchema;
}

/** What the resource rules need to see a template's resources with their resolved types. */
export interface ResourceScope {
  template: Template;
  catalog: Catalog;
  /** Resolves types through the environments' registries, then the catalog and its aliases. */
  types: TypeResolver;
}

/** Group types and the property holding the definition of their members. */
const GROUP_MEMBER_PROPERTY: Record<string, string> = {
  'OS::Heat::ResourceGroup': 'resource_def',
  'OS::Heat::AutoScalingGroup': 'resource',
};

/**
 * The member definitions of group resources (a ResourceGroup's `resource_def`, an
 * AutoScalingGroup's `resource`), as resources of their own: Heat validates a member like a
 * resource, and `%index%` in its values is replaced per member. Named `group:resource_def`,
 * as Heat names the resource it validates.
 */
/** Whether a catalog type is a group, whose members' definitions (in its properties) are resources of their own. */
export function isGroupType(catalogType: string): boolean {
  return Object.hasOwn(GROUP_MEMBER_PROPERTY, catalogType);
}

export function groupMembers({ template, types }: ResourceScope): ResourceModel[] {
  const members: ResourceModel[] = [];
  const doc = template.yaml;
  for (const resource of template.resources.values()) {
    if (resource.type === null) continue;
    const resolution = types.resolve(resource.type, '', resource.name);
    const property = resolution.kind === 'catalog' ? GROUP_MEMBER_PROPERTY[resolution.type] : undefined;
    if (!property) continue;
    const pair = field(resource.properties, property);
    const definition = resolve(pair?.value, doc);
    if (!pair || !isMap(definition) || isFunctionCall(definition, types.catalog, doc)) continue;
    const typeNode = resolve(field(definition, 'type')?.value, doc);
    const scalarType = isScalar(typeNode) && typeof typeNode.value === 'string' ? typeNode : null;
    const properties = resolve(field(definition, 'properties')?.value, doc);
    members.push({
      name: `${resource.name}:${property}`,
      key: pair.key,
      value: definition,
      definition,
      pair: pair as Pair<Scalar, Node | null>,
      type: scalarType ? (scalarType.value as string) : null,
      typeNode: scalarType,
      properties: isMap(properties) ? properties : null,
      dependsOn: [],
    });
  }
  return members;
}

/** A member definition from groupMembers(): Heat checks it only at stack create. */
export function isGroupMember(resource: ResourceModel): boolean {
  return resource.name.includes(':');
}

export function typedResources(scope: ResourceScope): TypedResource[] {
  const { template, types } = scope;
  const found: TypedResource[] = [];
  for (const resource of [...template.resources.values(), ...groupMembers(scope)]) {
    if (resource.type === null || !resource.typeNode) continue;
    const resolution = types.resolve(resource.type, '', resource.name);
    if (resolution.kind !== 'catalog') continue;
    const resolvedName = resolution.type;
    const schema = resolution.schema;
    found.push({ resource, typeNode: resource.typeNode, typeName: resource.type, resolvedName, schema });
  }
  return found;
}

/** Heat's dotted path of a property, e.g. `resources.port.properties.fixed_ips[0].subnet`. */
export function propertyPath(resource: string, path: ReadonlyArray<string | number>): string {
  let text = `resources.${resource}.properties`;
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `.${part}`;
  return text;
}

export interface MapVisit {
  typed: TypedResource;
  /** The literal mapping of property values; null when a resource has no `properties`. */
  map: YAMLMap | null;
  /** Where a finding about a missing key goes: the key naming the mapping, or the mapping itself. */
  owner: Node | Pair;
  /** The schemas its keys may have. */
  schemata: Record<string, PropertySchema>;
  /** Path of the mapping below `properties` ([] for the top level). */
  path: ReadonlyArray<string | number>;
}

export interface ValueVisit {
  typed: TypedResource;
  /** The value (aliases followed); null for a YAML null. */
  node: Node | null;
  /** The node a finding about the value goes on (the value, or the key when the value is null). */
  target: Node | Pair;
  schema: PropertySchema;
  path: ReadonlyArray<string | number>;
}

export interface PropertyVisitor {
  map?(visit: MapVisit): void;
  /** Called for every literal value that has a schema (never for function calls). */
  value?(visit: ValueVisit): void;
}

/**
 * Walks the literal property values of every resource of a catalog type, with the schema
 * each one has. Function calls are skipped (their value is unknown before create), and so
 * is everything below a value whose YAML type does not match its schema. Placeholder types
 * (OS::Heat::None and the removed types Heat keeps as stand-ins) accept anything.
 */
export function walkProperties(scope: ResourceScope, visitor: PropertyVisitor): void {
  // Several rules walk the same properties: the walk is made once per template, catalog and types, and replayed.
  let walk = walks.get(scope.template);
  if (!walk || walk.catalog !== scope.catalog || walk.types !== scope.types) {
    const visits: Array<MapVisit | ValueVisit> = [];
    walkOnce(scope, { map: (visit) => visits.push(visit), value: (visit) => visits.push(visit) });
    walk = { catalog: scope.catalog, types: scope.types, visits };
    walks.set(scope.template, walk);
  }
  for (const visit of walk.visits) {
    if ('map' in visit) visitor.map?.(visit);
    else visitor.value?.(visit);
  }
}

const walks = new WeakMap<Template, { catalog: Catalog; types: ResourceScope['types']; visits: ReadonlyArray<MapVisit | ValueVisit> }>();

function walkOnce(scope: ResourceScope, visitor: PropertyVisitor): void {
  const { template, catalog } = scope;
  const doc = template.yaml;
  for (const typed of typedResources(scope)) {
    if (typed.schema.placeholder) continue;
    // Heat neither validates nor creates an external resource: it adopts the existing one.
    const externalId = field(typed.resource.definition, 'external_id');
    if (externalId && resolve(externalId.value, doc) !== null) continue;
    const pair = field(typed.resource.definition, 'properties');
    if (!pair) {
      visitor.map?.({ typed, map: null, owner: typed.resource.key, schemata: typed.schema.properties, path: [] });
      continue;
    }
    const properties = resolve(pair.value, doc);
    if (!isMap(properties) || isFunctionCall(properties, catalog, doc)) continue;
    walkMap(typed, properties, pair.key, typed.schema.properties, [], catalog, doc, visitor);
  }
}

function walkMap(
  typed: TypedResource,
  map: YAMLMap,
  owner: Node | Pair,
  schemata: Record<string, PropertySchema>,
  path: ReadonlyArray<string | number>,
  catalog: Catalog,
  doc: Document | null,
  visitor: PropertyVisitor,
): void {
  visitor.map?.({ typed, map, owner, schemata, path });
  for (const pair of entries(map)) {
    const name = String(pair.key.value);
    if (!Object.prototype.hasOwnProperty.call(schemata, name)) continue;
    const node = resolve(pair.value, doc);
    walkValue(typed, node, node ?? pair, pair.key, schemata[name]!, [...path, name], catalog, doc, visitor);
  }
}

function walkValue(
  typed: TypedResource,
  node: Node | null,
  target: Node | Pair,
  owner: Node | Pair,
  schema: PropertySchema,
  path: ReadonlyArray<string | number>,
  catalog: Catalog,
  doc: Document | null,
  visitor: PropertyVisitor,
): void {
  if (isFunctionCall(node, catalog, doc)) return;
  // In a group member, Heat replaces %index% with each member's index before using the value.
  if (isScalar(node) && typeof node.value === 'string' && node.value.includes('%index%') && isGroupMember(typed.resource)) return;
  visitor.value?.({ typed, node, target, schema, path });
  if (schema.type === 'map' && schema.schema && isMap(node)) {
    walkMap(typed, node, owner, schema.schema, path, catalog, doc, visitor);
  } else if (schema.type === 'list' && schema.schema?.['*'] && isSeq(node)) {
    const itemSchema = schema.schema['*'];
    node.items.forEach((raw, index) => {
      const item = resolve(raw, doc);
      walkValue(typed, item, item ?? node, item ?? node, itemSchema, [...path, index], catalog, doc, visitor);
    });
  }
}

/** "since 10.0.0" or '' when Heat gives no version. */
export function sinceVersion(status: SupportStatus): string {
  return status.version ? ` since Heat ${status.version}` : '';
}

/** A type name a status message recommends instead, e.g. "use OS::Designate::Zone instead". */
export function replacementIn(message: string | null | undefined, self: string): string | undefined {
  if (!message) return undefined;
  for (const match of message.matchAll(/\b((?:OS|AWS)::[A-Za-z0-9]+::[A-Za-z0-9]+)\b/g)) {
    if (match[1] !== self) return match[1];
  }
  return undefined;
}

/** Status message as a sentence ending with a period. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What a mapping of properties belongs to, for messages: the type, `"networks" items`, `"a.b"`. */
export function ownerName(typeName: string, path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return typeName;
  const names = path.filter((p) => typeof p === 'string').join('.');
  return typeof path[path.length - 1] === 'number' ? `each item of "${names}"` : `"${names}"`;
}

/** Python's int() on a string: optional sign, digits with single underscores, surrounding whitespace. */
export const PY_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const PY_FLOAT = /^\s*[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?|\d+(?:_\d+)*\.|inf(?:inity)?|nan)\s*$/i;

/** Heat's Schema.str_to_num on a string: a number, or undefined when int() and float() both fail. */
export function stringToNumber(text: string): number | undefined {
  if (!PY_FLOAT.test(text)) return undefined;
  const clean = text.trim().replace(/_/g, '').toLowerCase();
  if (/^[+-]?inf(inity)?$/.test(clean)) return clean.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(clean)) return Number.NaN;
  const value = Number(clean);
  return Number.isNaN(value) ? undefined : value;
}
