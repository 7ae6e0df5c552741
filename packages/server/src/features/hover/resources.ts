import { propertyMarkdown, propertySchemaAt, propertyScope, resourceSchemaOf, resourceTypeMarkdown } from '../catalog-help.js';
import type { CursorContext } from '../cursor.js';
import { markdown } from './items.js';
import type { HoverProvider } from './items.js';

function resourceAt(context: CursorContext) {
  const path = context.located!.path;
  return path[0] === 'resources' && typeof path[1] === 'string' ? context.analysis.template!.resources.get(path[1]) : undefined;
}

/** A resource's type: the type's description, properties and attributes. */
export const resourceType: HoverProvider = (context) => {
  const { path, node, onKey } = context.located!;
  const resource = resourceAt(context);
  if (!resource || path.length !== 3 || path[2] !== 'type' || onKey || resource.typeNode !== node) return undefined;
  const type = resourceSchemaOf(context.analysis, resource.name, resource.type);
  return type ? markdown(context, resourceTypeMarkdown(resource.type!, type, context.catalog.since(`t|${resource.type}`)), node) : null;
};

/** A property's name: its schema. */
export const propertyKey: HoverProvider = (context) => {
  const { path, node, onKey } = context.located!;
  const resource = resourceAt(context);
  if (!resource?.type || !onKey || path[2] !== 'properties' || path.length < 4) return undefined;
  const scope = propertyScope(context.analysis, context.analysis.template, resource.name, resource.type, path.slice(3));
  const schema = scope.schema && scope.path.length > 0 ? propertySchemaAt(scope.schema, scope.path) : undefined;
  const name = path[path.length - 1];
  const since = path.length === 4 && typeof name === 'string' ? context.catalog.since(`p|${resource.type}|${name}`) : undefined;
  return schema && typeof name === 'string' ? markdown(context, propertyMarkdown(name, schema, since), node) : null;
};
