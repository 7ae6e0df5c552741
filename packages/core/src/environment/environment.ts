import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { asMap, entries, resolve, toValue } from '../model/nodes.js';
import type { ParsedDocument } from '../parse/parse-document.js';

import { ENVIRONMENT_SECTIONS } from '../model/file-kind.js';

export { ENVIRONMENT_SECTIONS, looksLikeEnvironment } from '../model/file-kind.js';

export type EnvironmentSection = (typeof ENVIRONMENT_SECTIONS)[number];

/** One mapping in a resource_registry, as Heat's ResourceRegistry._load_registry reads it. */
export interface RegistryEntry {
  /** The key path: ['OS::Nova::Server'] or ['resources', 'my_server', 'OS::Nova::Server']. */
  path: string[];
  key: Scalar;
  /** The target as written: a type name or a template path; null deletes the entry. */
  target: string | null;
  valueNode: Node | null;
  kind: 'map' | 'template' | 'glob' | 'delete' | 'hooks' | 'restricted_actions' | 'invalid';
  /** Set for entries under `resources:` — they apply to one resource name (a glob pattern). */
  resourceName?: string;
}

export interface EnvironmentModel {
  /** Where the file is, as the caller named it (used in messages and for relative paths). */
  path: string;
  document: ParsedDocument;
  yaml: Document | null;
  root: YAMLMap | null;
  sections: Map<string, Pair<Scalar, Node | null>>;
  parameters: Map<string, Pair<Scalar, Node | null>>;
  parameterDefaults: Map<string, Pair<Scalar, Node | null>>;
  mergeStrategies: Map<string, Pair<Scalar, Node | null>>;
  registry: RegistryEntry[];
  /** `resource_registry.base_url`, Heat's prefix for relative template paths. */
  baseUrl: string | null;
}

const TEMPLATE_SUFFIX = /\.(yaml|template)$/;

/** Heat's test for a type that names a template file (environment.py ResourceInfo). */
export function isTemplateType(type: string): boolean {
  return TEMPLATE_SUFFIX.test(type);
}

export function buildEnvironment(path: string, document: ParsedDocument): EnvironmentModel {
  const doc = document.yaml;
  const root = asMap(document.root, doc);
  const sections = new Map(entries(root).map((pair) => [String(pair.key.value), pair] as const));
  const sectionMap = (name: string) =>
    new Map(entries(asMap(sections.get(name)?.value, doc)).map((p) => [String(p.key.value), p] as const));
  const registryPair = sections.get('resource_registry');
  const registryMap = asMap(registryPair?.value, doc);
  const baseUrlNode = registryMap ? entries(registryMap).find((p) => p.key.value === 'base_url') : undefined;
  const baseUrl = baseUrlNode && isScalar(resolve(baseUrlNode.value, doc)) ? String((resolve(baseUrlNode.value, doc) as Scalar).value) : null;
  return {
    path,
    document,
    yaml: doc,
    root,
    sections,
    parameters: sectionMap('parameters'),
    parameterDefaults: sectionMap('parameter_defaults'),
    mergeStrategies: sectionMap('parameter_merge_strategies'),
    registry: registryMap ? readRegistry(registryMap, [], doc) : [],
    baseUrl,
  };
}

function readRegistry(map: YAMLMap, path: string[], doc: Document | null): RegistryEntry[] {
  const found: RegistryEntry[] = [];
  for (const pair of entries(map)) {
    const name = String(pair.key.value);
    if (path.length === 0 && name === 'base_url') continue;
    const value = resolve(pair.value, doc);
    const here = [...path, name];
    const resourceName = path[0] === 'resources' && path.length >= 2 ? path[1] : undefined;
    const entry = (kind: RegistryEntry['kind'], target: string | null): RegistryEntry => ({
      path: here,
      key: pair.key,
      target,
      valueNode: value,
      kind,
      ...(resourceName !== undefined ? { resourceName } : {}),
    });
    if (value === null || (isScalar(value) && value.value === null)) {
      found.push(entry('delete', null));
    } else if (name === 'hooks' || name === 'restricted_actions') {
      found.push(entry(name, JSON.stringify(toValue(value, doc))));
    } else if (isMap(value)) {
      found.push(...readRegistry(value, here, doc));
    } else if (isScalar(value) && typeof value.value === 'string') {
      const target = value.value;
      const kind = isTemplateType(name) || isTemplateType(target) ? 'template' : name.endsWith('*') ? 'glob' : 'map';
      found.push(entry(kind, target));
    } else {
      found.push(entry('invalid', isSeq(value) ? '[list]' : String((value as Scalar).value)));
    }
  }
  return found;
}
