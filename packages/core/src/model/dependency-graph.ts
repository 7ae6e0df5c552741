import { isMap, isScalar, isSeq } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import { field, resolve } from './nodes.js';
import type { FunctionCall, Template } from './template.js';
import { collectReferences, isActiveCall } from './references.js';
import type { Reference } from './references.js';

// The reference index lives in the model (one index for the rules and the language server).
export { collectReferences, isActiveCall } from './references.js';
export type { Reference, ReferenceIndex, ReferenceKind } from './references.js';

/** Resource and function-call keys that can hold a resource dependency in Heat (rsrc_defn.required_resource_names). */
const DEPENDENCY_SECTIONS = new Set(['properties', 'metadata']);

/** A resource-to-resource dependency as Heat orders them, with the reference that makes it. */
export interface DependencyEdge {
  from: string;
  to: string;
  reference: Reference;
  /**
   * The `if` branches the reference sits in: Heat evaluates `if` when it parses the template
   * and keeps only the chosen branch, so the dependency exists only when every condition here
   * has the given value. Empty (or absent) for an unconditional dependency.
   */
  requires?: BranchRequirement[];
}

/** A condition that must have `value` for a dependency inside an `if` branch to exist. */
export interface BranchRequirement {
  /** A condition name, or a key standing for an inline condition expression. */
  condition: string;
  value: boolean;
}

const MAX_NOT_CHAIN = 16;

/**
 * The condition an `if` tests, as a literal: a name, with `not: other` definitions followed
 * (flipping the value); a boolean (a literal or a condition defined as one) is a constant.
 */
function ifLiteral(template: Template, raw: unknown, branchTrue: boolean): BranchRequirement | boolean {
  const doc = template.yaml;
  let node = resolve(raw, doc);
  let value = branchTrue;
  for (let hop = 0; hop < MAX_NOT_CHAIN; hop++) {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value === value;
    if (isScalar(node) && typeof node.value === 'string') {
      const name = node.value;
      const definition = resolve(template.conditions.get(name)?.value, doc);
      if (isScalar(definition) && typeof definition.value === 'boolean') return definition.value === value;
      if (isMap(definition) && definition.items.length === 1) {
        const pair = definition.items[0]!;
        const inner = resolve(pair.value, doc);
        if (isScalar(pair.key) && pair.key.value === 'not' && isScalar(inner) && typeof inner.value === 'string') {
          node = inner;
          value = !value;
          continue;
        }
      }
      return { condition: name, value };
    }
    if (isMap(node) && node.items.length === 1) {
      const pair = node.items[0]!;
      if (isScalar(pair.key) && pair.key.value === 'not') {
        node = resolve(pair.value, doc);
        value = !value;
        continue;
      }
    }
    break;
  }
  return { condition: `expression@${(node as { range?: number[] } | null)?.range?.[0] ?? -1}`, value };
}

/**
 * The branches of active `if` calls a reference sits in, walking its path from the resource's
 * definition; false when one of them is never taken (a constant condition).
 */
function branchRequirements(template: Template, catalog: Catalog, reference: Reference, calls: () => Map<unknown, FunctionCall>): BranchRequirement[] | false {
  if (!reference.path.includes('if')) return [];
  const doc = template.yaml;
  const requires: BranchRequirement[] = [];
  let node: unknown = template.resources.get(reference.owner)?.definition ?? null;
  const path = reference.path;
  for (let i = 0; i < path.length; i++) {
    const current = resolve(node, doc);
    const segment = path[i]!;
    if (segment === 'if' && isMap(current) && current.items.length === 1 && typeof path[i + 1] === 'number') {
      const call = calls().get(current);
      const args = call?.args;
      const branch = path[i + 1] as number;
      if (call && call.name === 'if' && isActiveCall(template, catalog, call) && isSeq(args) && (branch === 1 || branch === 2)) {
        const literal = ifLiteral(template, args.items[0], branch === 1);
        if (literal === false) return false;
        if (literal !== true && !requires.some((r) => r.condition === literal.condition && r.value === literal.value)) requires.push(literal);
      }
    }
    if (isMap(current)) node = field(current, String(segment))?.value ?? null;
    else if (isSeq(current) && typeof segment === 'number') node = current.items[segment] ?? null;
    else break;
  }
  return requires;
}

/**
 * The resources each resource depends on, as Heat computes them (rsrc_defn.required_resource_names):
 * depends_on, and get_resource/get_attr (and Ref) in properties and metadata. A resource with an
 * external_id has no implicit dependencies. Only edges to defined resources are kept.
 * Every resource is a key, in source order.
 */
export function dependencyGraph(template: Template, catalog: Catalog): Map<string, DependencyEdge[]> {
  const graph = new Map<string, DependencyEdge[]>();
  for (const name of template.resources.keys()) graph.set(name, []);
  // Needed only for references inside an `if`: made then, not on every lint.
  let byMap: Map<unknown, FunctionCall> | undefined;
  const calls = () => (byMap ??= new Map<unknown, FunctionCall>(template.calls.map((call) => [call.map, call])));
  for (const reference of collectReferences(template, catalog).references) {
    if (reference.section !== 'resources' || !reference.defined) continue;
    if (reference.kind !== 'resource' && reference.kind !== 'attr' && reference.kind !== 'depends_on') continue;
    if (reference.kind !== 'depends_on') {
      if (!DEPENDENCY_SECTIONS.has(String(reference.path[0]))) continue;
      const resource = template.resources.get(reference.owner);
      const external = resolve(field(resource?.definition ?? null, 'external_id')?.value, template.yaml);
      if (external && !(isScalar(external) && (external.value === null || external.value === ''))) continue;
    }
    const requires = reference.kind === 'depends_on' ? [] : branchRequirements(template, catalog, reference, calls);
    if (requires === false) continue;
    graph.get(reference.owner)?.push({ from: reference.owner, to: reference.name, reference, ...(requires.length ? { requires } : {}) });
  }
  return graph;
}

const MAX_BRANCH_CONDITIONS = 8;

/**
 * Cycles that exist for some values of the conditions (findCycles on each assignment of the
 * conditions the cycle's `if` branches test, distinct names being independent): two resources
 * that refer to each other only in opposite branches of the same `if` condition are not a
 * cycle, as Heat keeps only the chosen branch. With more conditions than can be tried, every
 * edge counts.
 */
export function findConditionalCycles(graph: Map<string, DependencyEdge[]>): Cycle[] {
  const cycles: Cycle[] = [];
  for (const cycle of findCycles(graph)) {
    if (!cycle.edges.some((edge) => edge.requires?.length)) {
      cycles.push(cycle);
      continue;
    }
    // The strongly connected component's members: the cycle's names widened to all nodes on a cycle with it.
    const members = new Set(componentOf(graph, cycle.path[0]!));
    const conditions = new Set<string>();
    for (const member of members) for (const edge of graph.get(member) ?? []) if (members.has(edge.to)) for (const r of edge.requires ?? []) conditions.add(r.condition);
    const names = [...conditions];
    if (names.length > MAX_BRANCH_CONDITIONS) {
      cycles.push(cycle);
      continue;
    }
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const holds = (r: BranchRequirement) => ((mask >> names.indexOf(r.condition)) & 1) === (r.value ? 1 : 0);
      const sub = new Map<string, DependencyEdge[]>();
      for (const member of members) sub.set(member, (graph.get(member) ?? []).filter((e) => members.has(e.to) && (e.requires ?? []).every(holds)));
      const found = findCycles(new Map([...graph.keys()].filter((k) => sub.has(k)).map((k) => [k, sub.get(k)!])));
      if (found.length) {
        cycles.push(found[0]!);
        break;
      }
    }
  }
  return cycles;
}

/** The names on some cycle with `start` (its strongly connected component). */
function componentOf(graph: Map<string, DependencyEdge[]>, start: string): string[] {
  const reverse = new Map<string, string[]>();
  for (const [name, edges] of graph) {
    for (const edge of edges) {
      const into = reverse.get(edge.to);
      if (into) into.push(name);
      else reverse.set(edge.to, [name]);
    }
  }
  const reach = (forward: boolean) => {
    const seen = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!;
      const next = forward ? (graph.get(at) ?? []).map((e) => e.to) : (reverse.get(at) ?? []);
      for (const name of next) {
        if (!graph.has(name) || seen.has(name)) continue;
        seen.add(name);
        queue.push(name);
      }
    }
    return seen;
  };
  const backward = reach(false);
  return [...reach(true)].filter((name) => backward.has(name));
}

/** The conditions each condition refers to by name, inside the conditions section. */
export function conditionGraph(template: Template, catalog: Catalog): Map<string, DependencyEdge[]> {
  const graph = new Map<string, DependencyEdge[]>();
  for (const name of template.conditions.keys()) graph.set(name, []);
  for (const reference of collectReferences(template, catalog).references) {
    if (reference.kind !== 'condition' || reference.section !== 'conditions' || !reference.defined) continue;
    graph.get(reference.owner)?.push({ from: reference.owner, to: reference.name, reference });
  }
  return graph;
}

export interface Cycle {
  /** The cycle's names from its first node (in the graph's key order) back to it: a, b, a. */
  path: string[];
  /** The edges along that path, the first one leaving path[0]. */
  edges: DependencyEdge[];
}

/**
 * One cycle per strongly connected component that has one (Tarjan's algorithm, iterative so
 * deep graphs do not exhaust the stack), each the shortest cycle through the component's first
 * node in key order. Linear in nodes plus edges.
 */
export function findCycles(graph: Map<string, DependencyEdge[]>): Cycle[] {
  const order = [...graph.keys()];
  const position = new Map(order.map((name, i) => [name, i]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of order) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!.to;
        if (!graph.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }

  const cycles: Cycle[] = [];
  for (const component of components) {
    const members = new Set(component);
    const first = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
    const selfEdge = (graph.get(first) ?? []).find((edge) => edge.to === first);
    if (component.length === 1) {
      if (selfEdge) cycles.push({ path: [first, first], edges: [selfEdge] });
      continue;
    }
    // Breadth-first from the first node, within the component, back to it.
    const via = new Map<string, DependencyEdge>();
    const queue = [first];
    let closing: DependencyEdge | undefined;
    for (let head = 0; head < queue.length && !closing; head++) {
      for (const edge of graph.get(queue[head]!) ?? []) {
        if (!members.has(edge.to)) continue;
        if (edge.to === first) {
          closing = edge;
          break;
        }
        if (via.has(edge.to)) continue;
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
    if (!closing) continue;
    const edges = [closing];
    for (let at = closing.from; at !== first; ) {
      const edge = via.get(at)!;
      edges.push(edge);
      at = edge.from;
    }
    edges.reverse();
    cycles.push({ path: [first, ...edges.map((e) => e.to)], edges });
  }
  cycles.sort((a, b) => position.get(a.path[0]!)! - position.get(b.path[0]!)!);
  return cycles;
}
