import { describe, expect, it } from 'vitest';
import { buildTemplate, lint, loadCatalog, parseDocument } from '../src/index.js';
import { collectReferences, dependencyGraph, findCycles } from '../src/model/dependency-graph.js';
import type { DependencyEdge } from '../src/model/dependency-graph.js';

const catalog = loadCatalog();
const model = (text: string) => buildTemplate(parseDocument(text), catalog)!;

describe('collectReferences', () => {
  it('finds every kind of reference with its name node', () => {
    const t = model(`heat_template_version: 2021-04-16
parameters:
  p: {type: string}
conditions:
  c: {equals: [{get_param: p}, x]}
  d: {not: c}
resources:
  a:
    type: OS::Heat::RandomString
    condition: d
    depends_on: [b]
    properties:
      salt: {get_attr: [b, value, 0]}
  b:
    type: OS::Heat::RandomString
outputs:
  o: {value: {if: [c, {get_resource: a}, {get_param: OS::stack_name}]}}
`);
    const refs = collectReferences(t, catalog).references.map((r) => [r.kind, r.name, r.owner, r.defined, r.node.value]);
    expect(refs).toEqual([
      ['depends_on', 'b', 'a', true, 'b'],
      ['condition', 'd', 'a', true, 'd'],
      ['attr', 'b', 'a', true, 'b'],
      ['condition', 'c', 'o', true, 'c'],
      ['resource', 'a', 'o', true, 'a'],
      ['param', 'OS::stack_name', 'o', true, 'OS::stack_name'],
      ['param', 'p', 'c', true, 'p'],
      ['condition', 'c', 'd', true, 'c'],
    ]);
    const attr = collectReferences(t, catalog).references.find((r) => r.kind === 'attr')!;
    expect([attr.attribute?.name, attr.hasPath]).toEqual(['value', true]);
  });

  it('ignores functions the version does not have, and records computed names', () => {
    const t = model(`heat_template_version: 2015-04-30
resources:
  a:
    type: OS::Heat::None
    properties:
      x: {if: [nope, 1, 2]}
      y: {get_param: [{get_param: which}]}
      z: {get_resource: {get_param: which}}
`);
    const index = collectReferences(t, catalog);
    expect(index.references.map((r) => `${r.kind}:${r.name}`)).toEqual(['param:which', 'param:which']);
    expect(index.dynamic.param.length).toBe(1);
    expect(index.dynamic.resource.length).toBe(1);
  });
});

describe('findCycles', () => {
  const edge = (from: string, to: string) => ({ from, to }) as DependencyEdge;
  it('handles a chain of 20000 resources without recursion and finds the closing cycle', () => {
    const graph = new Map<string, DependencyEdge[]>();
    const n = 20_000;
    for (let i = 0; i < n; i++) graph.set(`r${i}`, [edge(`r${i}`, `r${(i + 1) % n}`)]);
    const cycles = findCycles(graph);
    expect(cycles.length).toBe(1);
    expect(cycles[0]!.path.length).toBe(n + 1);
    expect(cycles[0]!.path[0]).toBe('r0');
  });

  it('reports one shortest cycle per component, from its first node', () => {
    const graph = new Map<string, DependencyEdge[]>([
      ['a', [edge('a', 'b')]],
      ['b', [edge('b', 'c'), edge('b', 'a')]],
      ['c', [edge('c', 'a')]],
      ['d', [edge('d', 'd')]],
      ['e', [edge('e', 'a')]],
    ]);
    expect(findCycles(graph).map((c) => c.path.join(' -> '))).toEqual(['a -> b -> a', 'd -> d']);
  });

  it('follows Heat: only properties and metadata make implicit dependencies', () => {
    const t = model(`heat_template_version: 2021-04-16
resources:
  a:
    type: OS::Heat::None
    update_policy: {x: {get_resource: a}}
    properties: {x: {get_resource: b}}
  b:
    type: OS::Heat::None
    metadata: {x: {get_attr: [a, show]}}
`);
    const graph = dependencyGraph(t, catalog);
    expect([...graph].map(([k, v]) => [k, v.map((e) => e.to)])).toEqual([['a', ['b']], ['b', ['a']]]);
  });
});

describe('reference fixes', () => {
  it('keep the quoting of the name they replace', () => {
    const text = `heat_template_version: 2021-04-16
parameters:
  flavor: {type: string}
resources:
  a:
    type: OS::Heat::None
    properties:
      x: {get_param: 'flavr'}
      y: {get_param: "flavr"}
      z: {get_param: flavr}
`;
    const edits = lint(text)
      .filter((d) => d.ruleId === 'get-param-undefined')
      .map((d) => [d.fixes?.[0]?.edits[0]?.newText, d.fixes?.[0]?.certain]);
    expect(edits).toEqual([
      ["'flavor'", true],
      ['"flavor"', true],
      ['flavor', true],
    ]);
  });

  it('never throw on malformed references', () => {
    const text = `heat_template_version: 2021-04-16
conditions:
  c: {and: [{}, [], ~, 1]}
  d: {not: []}
resources:
  a:
    type: OS::Heat::None
    depends_on: [~, {}, []]
    condition: [x]
    properties:
      p: {get_param: []}
      q: {get_param: [[x]]}
      r: {get_attr: []}
      s: {get_attr: x}
      t: {get_attr: [[a], {x: 1}]}
      u: {get_resource: [a]}
      v: {if: []}
      w: {get_param: ""}
`;
    const own = lint(text, { allRules: true }).filter((d) => d.ruleId === 'internal-error');
    expect(own).toEqual([]);
  });
});
