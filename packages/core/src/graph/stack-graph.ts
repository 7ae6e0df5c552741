import { dirname, isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import type { EnvironmentModel } from '../environment/environment.js';
import { TypeResolver } from '../environment/registry.js';
import type { TypeResolution } from '../environment/registry.js';
import type { ResourceModel, Template } from '../model/template.js';
import { isUrl } from '../project/loader.js';
import { collectReferences, dependencyGraph, findConditionalCycles } from '../model/dependency-graph.js';
import { groupMembers } from '../heat/resources.js';
import type { Diagnostic, Severity } from '../types.js';

/**
 * - `resource`: a resource of the template.
 * - `member`: the member definition of a group (ResourceGroup `resource_def`, AutoScalingGroup `resource`).
 * - `condition`: a condition a resource is created under.
 * - `template`: a nested template file a resource or member type names (directly or through an environment's resource_registry).
 */
export type StackNodeKind = 'resource' | 'member' | 'condition' | 'template';

/**
 * - `depends_on`, `get_resource`, `get_attr`: a dependency as Heat orders resources (from the dependent to what it needs).
 * - `condition`: the resource exists only when the condition holds (its `condition:` or an `if` in it).
 * - `nested`: the resource (or member) is a stack of the template file.
 * - `member`: a group creates its members from this definition.
 */
export type StackEdgeKind = 'depends_on' | 'get_resource' | 'get_attr' | 'condition' | 'nested' | 'member';

export interface StackNode {
  /** Unique in the graph: the kind and the name (`resource:server`, `template:nested/web.yaml`). */
  id: string;
  kind: StackNodeKind;
  /** What to show: a resource's or condition's name, a template's path relative to the template drawn. */
  label: string;
  /** A resource's type as written, with what the registry maps it to (`My::Server -> OS::Nova::Server`). */
  detail: string | null;
  /** The 0-based line the node is defined on in the template drawn; null for files. */
  line: number | null;
  /** Findings on the resource's definition, by severity. */
  findings: Record<Severity, number>;
  /** On a dependency cycle. */
  inCycle: boolean;
}

export interface StackEdge {
  from: string;
  to: string;
  kind: StackEdgeKind;
  /** Only inside an `if` branch (the dependency exists for some parameter values). */
  conditional: boolean;
  inCycle: boolean;
}

export interface StackGraph {
  nodes: StackNode[];
  edges: StackEdge[];
}

export interface StackGraphOptions {
  /** The template's path (absolute): nested templates' paths are resolved and shown relative to it. */
  path?: string;
  /** The environments that apply, in merge order (their resource_registry maps types). */
  environments?: readonly EnvironmentModel[];
  /** A resolver already built over those environments (the language server has one); wins over `environments`. */
  types?: TypeResolver;
  /** The template's findings; they mark the resources they fall in. */
  diagnostics?: readonly Diagnostic[];
}

const REFERENCE_EDGE: Record<string, StackEdgeKind> = { depends_on: 'depends_on', get_resource: 'get_resource', Ref: 'get_resource', get_attr: 'get_attr' };

/**
 * The picture of a stack: its resources, the group members and nested templates they stand
 * for, the conditions they depend on, and every dependency Heat orders them by (the same
 * reference graph the dependency-cycle rule checks), with cycles and findings marked.
 * Nodes are in source order (resources, members, conditions, then files); edges in the
 * order of their nodes. Pure: files are named, never read.
 */
export function stackGraph(template: Template, catalog: Catalog, options: StackGraphOptions = {}): StackGraph {
  const base = options.path ?? '';
  const types = options.types ?? new TypeResolver(catalog, options.environments ?? []);
  const nodes = new Map<string, StackNode>();
  const edges = new Map<string, StackEdge>();
  const positions = template.document.positions;
  const addNode = (id: string, kind: StackNodeKind, label: string, detail: string | null, line: number | null) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, label, detail, line, findings: { error: 0, warning: 0, info: 0 }, inCycle: false });
    return nodes.get(id)!;
  };
  const addEdge = (from: string, to: string, kind: StackEdgeKind, conditional = false) => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    const existing = edges.get(key);
    if (existing) existing.conditional &&= conditional;
    else edges.set(key, { from, to, kind, conditional, inCycle: false });
  };
  const resourceId = (name: string) => `resource:${name}`;

  const typed = (resource: ResourceModel, id: string) => {
    if (resource.type === null) return;
    const resolution = types.resolve(resource.type, base, resource.name.includes(':') ? undefined : resource.name);
    const node = nodes.get(id)!;
    node.detail = describeType(resource.type, resolution);
    if (resolution.kind === 'template') {
      const file = shownPath(nestedPath(resolution, base), base);
      addNode(`template:${file}`, 'template', file, null, null);
      addEdge(id, `template:${file}`, 'nested');
    }
  };

  for (const resource of template.resources.values()) {
    addNode(resourceId(resource.name), 'resource', resource.name, null, positions.nodeRange(resource.key).start.line);
    typed(resource, resourceId(resource.name));
  }
  for (const member of groupMembers({ template, catalog, types })) {
    const group = member.name.slice(0, member.name.indexOf(':'));
    const id = `member:${group}`;
    addNode(id, 'member', `${group} member`, null, positions.nodeRange(member.key).start.line);
    addEdge(resourceId(group), id, 'member');
    typed(member, id);
  }

  const dependencies = dependencyGraph(template, catalog);
  for (const [from, list] of dependencies) {
    for (const edge of list) addEdge(resourceId(from), resourceId(edge.to), REFERENCE_EDGE[edge.reference.via] ?? 'get_resource', (edge.requires?.length ?? 0) > 0);
  }
  for (const reference of collectReferences(template, catalog).references) {
    if (reference.kind !== 'condition' || reference.section !== 'resources' || !reference.defined) continue;
    const condition = template.conditions.get(reference.name)!;
    addNode(`condition:${reference.name}`, 'condition', reference.name, null, positions.nodeRange(condition.key).start.line);
    addEdge(resourceId(reference.owner), `condition:${reference.name}`, 'condition', reference.via !== 'condition');
  }

  for (const cycle of findConditionalCycles(dependencies)) {
    for (const edge of cycle.edges) {
      nodes.get(resourceId(edge.from))!.inCycle = true;
      nodes.get(resourceId(edge.to))!.inCycle = true;
      for (const e of edges.values()) if (e.from === resourceId(edge.from) && e.to === resourceId(edge.to) && e.kind !== 'condition') e.inCycle = true;
    }
  }

  const spans = [...template.resources.values()].map((resource) => ({
    node: nodes.get(resourceId(resource.name))!,
    start: positions.nodeRange(resource.key).start,
    end: positions.nodeRange(resource.value ?? resource.key).end,
  }));
  for (const diagnostic of options.diagnostics ?? []) {
    if (diagnostic.file !== undefined) continue;
    const at = diagnostic.range.start;
    const span = spans.find((s) => before(s.start, at) && before(at, s.end));
    if (span) span.node.findings[diagnostic.severity]++;
  }

  const order: Record<StackNodeKind, number> = { resource: 0, member: 1, condition: 2, template: 3 };
  const sorted = [...nodes.values()].sort((a, b) => order[a.kind] - order[b.kind] || (a.line ?? 0) - (b.line ?? 0));
  const rank = new Map(sorted.map((node, i) => [node.id, i]));
  const sortedEdges = [...edges.values()].sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)! || a.kind.localeCompare(b.kind));
  return { nodes: sorted, edges: sortedEdges };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function describeType(written: string, resolution: TypeResolution): string {
  if (resolution.kind === 'catalog' && resolution.type !== written) return `${written} -> ${resolution.type}`;
  if (resolution.kind === 'template' && resolution.via.length > 0) return `${written} -> ${resolution.path}`;
  return written;
}

/** The nested template's path: as written for a URL, else resolved from the file naming it. */
function nestedPath(resolution: Extract<TypeResolution, { kind: 'template' }>, base: string): string {
  if (isUrl(resolution.path)) return resolution.path;
  const from = resolution.base || base;
  return from ? resolvePath(dirname(from), resolution.path) : resolution.path;
}

function shownPath(file: string, base: string): string {
  if (!base || isUrl(file) || !isAbsolute(file)) return file;
  const rel = relative(dirname(base), file);
  return (rel && !isAbsolute(rel) ? rel : file).split(sep).join('/');
}
