import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folder } from './in-process.js';
import { FIXTURES } from './run.js';

const require = createRequire(import.meta.url);
const GRAPH = join(FIXTURES, 'graph');
const ARGS = ['-e', 'env.yaml', 'stack.yaml'];

/** Parses with sax in strict mode: throws on anything not well-formed XML; returns the element names. */
function wellFormed(text: string): string[] {
  const sax = require('sax');
  const parser = sax.parser(true);
  const names: string[] = [];
  parser.onerror = (error: Error) => {
    throw error;
  };
  parser.onopentag = (tag: { name: string }) => names.push(tag.name);
  parser.write(text).close();
  return names;
}

describe('hot-lint graph', () => {
  it('DOT: every resource, member, condition and nested template, each connection, cycles and findings marked', async () => {
    const r = await cli(['graph', '-f', 'dot', ...ARGS], GRAPH);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`digraph "stack.yaml" {
  rankdir=TB;
  node [fontname="Helvetica", fontsize=11, style=filled, fillcolor="#ffffff"];
  edge [fontname="Helvetica", fontsize=9];
  "resource:net" [label="net\\nOS::Neutron::Net", shape=box];
  "resource:subnet" [label="subnet\\nOS::Neutron::Subnet", shape=box];
  "resource:port" [label="port\\nOS::Neutron::Port", shape=box];
  "resource:server" [label="server\\nOS::Nova::Server\\n1 error", shape=box, fillcolor="#fde2e1"];
  "resource:backup" [label="backup\\nOS::Cinder::Volume", shape=box];
  "resource:web" [label="web\\nweb.yaml\\n1 warning", shape=box, fillcolor="#fff3c4"];
  "resource:app" [label="app\\nMy::App -> web.yaml", shape=box];
  "resource:workers" [label="workers\\nOS::Heat::ResourceGroup\\n1 warning", shape=box, fillcolor="#fff3c4"];
  "resource:ping" [label="ping\\nOS::Heat::RandomString\\n1 error\\non a dependency cycle", shape=box, fillcolor="#fde2e1", color="#c62828", penwidth=2];
  "resource:pong" [label="pong\\nOS::Heat::RandomString\\non a dependency cycle", shape=box, color="#c62828", penwidth=2];
  "member:workers" [label="workers member\\nweb.yaml", shape=box3d];
  "condition:is_prod" [label="is_prod", shape=diamond];
  "template:web.yaml" [label="web.yaml", shape=note];
  "resource:subnet" -> "resource:net" [label="get_resource"];
  "resource:port" -> "resource:net" [label="get_resource"];
  "resource:port" -> "resource:subnet" [label="get_resource"];
  "resource:server" -> "resource:subnet" [label="depends_on"];
  "resource:server" -> "resource:port" [label="get_resource"];
  "resource:backup" -> "condition:is_prod" [label="condition"];
  "resource:web" -> "resource:server" [label="get_attr"];
  "resource:web" -> "template:web.yaml" [label="nested", style=dashed];
  "resource:app" -> "template:web.yaml" [label="nested", style=dashed];
  "resource:workers" -> "resource:server" [label="get_attr"];
  "resource:workers" -> "member:workers" [label="member", style=dashed];
  "resource:ping" -> "resource:pong" [label="get_attr", color="#c62828", penwidth=2];
  "resource:pong" -> "resource:ping" [label="get_attr", color="#c62828", penwidth=2];
  "member:workers" -> "template:web.yaml" [label="nested", style=dashed];
}
`);
  });

  it('without the environment, the registry-mapped type is just a type', async () => {
    const r = await cli(['graph', '-f', 'dot', 'stack.yaml'], GRAPH);
    expect(r.stdout).toContain('"resource:app" [label="app\\nMy::App\\n1 error", shape=box, fillcolor="#fde2e1"];');
    expect(r.stdout).not.toContain('"resource:app" -> ');
  });

  it('an edge only inside an if branch is dashed', async () => {
    const dir = folder({
      'a.yaml': `heat_template_version: 2021-04-16
parameters:
  on: {type: boolean, default: false}
conditions:
  wanted: {get_param: on}
resources:
  a: {type: OS::Heat::RandomString}
  b:
    type: OS::Heat::RandomString
    properties:
      salt: {if: [wanted, {get_attr: [a, value]}, x]}
`,
    });
    const r = await cli(['graph', '-f', 'dot', 'a.yaml'], dir);
    expect(r.stdout).toContain('"resource:b" -> "resource:a" [label="get_attr", style=dashed];');
    expect(r.stdout).toContain('"resource:b" -> "condition:wanted" [label="condition", style=dashed];');
  });

  it('Mermaid: the same nodes and edges, classes for findings and the cycle', async () => {
    const r = await cli(['graph', '-f', 'mermaid', ...ARGS], GRAPH);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('flowchart TB');
    expect(lines).toContain('  n3["server<br/>OS::Nova::Server<br/>1 error"]');
    expect(lines).toContain('  n10[["workers member<br/>web.yaml"]]');
    expect(lines).toContain('  n11{"is_prod"}');
    expect(lines).toContain('  n12[/"web.yaml"/]');
    expect(lines).toContain('  n8 -->|get_attr| n9');
    expect(lines).toContain('  n7 -.->|member| n10');
    expect(lines).toContain('  class n8,n9 cycle');
    expect(lines.filter((l) => l.includes('-->') || l.includes('-.->'))).toHaveLength(14);
  });

  it('SVG (the default): well-formed and self-contained, a group per node and edge', async () => {
    const r = await cli(['graph', ...ARGS], GRAPH);
    expect(r.status).toBe(0);
    const names = wellFormed(r.stdout);
    expect(names[0]).toBe('svg');
    expect(r.stdout).not.toMatch(/<script|href=|@import|url\((?!#arrow)/);
    expect((r.stdout.match(/<g class="node /g) ?? []).length).toBe(13);
    expect((r.stdout.match(/<g class="edge /g) ?? []).length).toBe(14);
    expect(r.stdout).toContain('<g class="node resource error cycle"><title>ping&#10;OS::Heat::RandomString&#10;1 error&#10;on a dependency cycle</title>');
  });

  it('writes -o FILE, and refuses what is not a template', async () => {
    const out = folder({});
    expect(await cli(['graph', '-f', 'mermaid', '-o', join(out, 'docs/stack.mmd'), ...ARGS], GRAPH)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(out, 'docs/stack.mmd'), 'utf8')).toMatch(/^flowchart TB\n/);
    const dir = folder({ 'env.yaml': 'parameters: {}\n' });
    expect(await cli(['graph', 'env.yaml'], dir)).toEqual({ status: 2, stdout: '', stderr: 'hot-lint: env.yaml: not a Heat template; only a template has a stack graph.\n' });
    expect((await cli(['graph', 'a.yaml', 'b.yaml'], dir)).stderr).toBe('hot-lint: hot-lint graph takes one template, e.g. hot-lint graph stack.yaml > stack.svg\n');
    expect((await cli(['graph', '-f', 'png', 'a.yaml'], dir)).stderr).toBe('hot-lint: Unknown graph format "png"; use one of svg, dot, mermaid.\n');
    expect((await cli(['graph', '--fix', 'a.yaml'], dir)).stderr).toBe('hot-lint: --fix does not go with hot-lint graph.\n');
  });
});
