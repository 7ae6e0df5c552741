// Navigation across the files of a project, over the protocol, in process: definition and
// references into nested templates, environments and get_file targets; group member
// definitions; environment files; re-linting when a bound environment changes.
// `‸` marks the caret in each probe.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionList, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { caretIn, projectFolder, range } from './caret.js';
import type { ProjectFolder } from './caret.js';
import { TestClient } from './lsp-client.js';

const PARENT = `heat_template_version: 2018-08-31
parameters:
  flavor:
    type: string
resources:
  web:
    type: nested.yaml
    properties:
      image: cirros
  db:
    type: My::Nested
    properties:
      image: {get_param: flavor}
  group:
    type: OS::Heat::ResourceGroup
    properties:
      count: 2
      resource_def:
        type: nested.yaml
        properties:
          image: cirros
  config:
    type: OS::Heat::SoftwareConfig
    properties:
      config: {get_file: scripts/boot.sh}
outputs:
  address:
    value: {get_attr: [web, ip]}
`;
const NESTED = `heat_template_version: 2018-08-31
parameters:
  image:
    type: string
    description: The image to boot.
outputs:
  ip:
    value: {get_param: image}
`;
const ENV = `resource_registry:
  My::Nested: nested.yaml
parameters:
  flavor: m1.small
parameter_defaults:
  image: x
`;

let project: ProjectFolder;
let dir: string;
let client: TestClient;
const uriOf = (rel: string) => project.uriOf(rel);

beforeAll(async () => {
  project = projectFolder('hot-lint-server-navigation-', {
    '.hot-lint.yaml': 'environments:\n  - templates: parent.yaml\n    files: [env.yaml]\n',
    'parent.yaml': PARENT,
    'nested.yaml': NESTED,
    'env.yaml': ENV,
    'scripts/boot.sh': '#!/bin/sh\necho up\n',
  });
  dir = project.dir;
  client = await TestClient.inProcess({}, { workspaceFolders: [pathToFileURL(dir).href] });
  const published = client.nextDiagnostics(uriOf('parent.yaml'));
  await client.open(uriOf('parent.yaml'), PARENT);
  await client.open(uriOf('nested.yaml'), NESTED);
  await published;
});
afterAll(async () => {
  await client?.stop();
  project?.remove();
});

const definitionAt = (uri: string, position: { line: number; character: number }) =>
  client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position });

describe('go to definition across files', () => {
  test.each([
    ['a nested template type', '    type: nested.y‸aml', 'nested.yaml', range(0, 0, 0, 0)],
    ['a registry-mapped type', '    type: My::Nes‸ted', 'nested.yaml', range(0, 0, 0, 0)],
    ['a get_file path', '      config: {get_file: scripts/bo‸ot.sh}', 'scripts/boot.sh', range(0, 0, 0, 0)],
    ['get_attr of a nested stack output', '    value: {get_attr: [web, i‸p]}', 'nested.yaml', range(6, 2, 6, 4)],
    ['a property of a nested template resource', '      im‸age: cirros', 'nested.yaml', range(2, 2, 2, 7)],
    ['the template type of a ResourceGroup\'s resource_def', '        type: nest‸ed.yaml', 'nested.yaml', range(0, 0, 0, 0)],
  ])('%s', async (_name, marked, file, expected) => {
    const lines = PARENT.split('\n');
    const plain = marked.replace('‸', '');
    const line = lines.indexOf(plain);
    expect(line).toBeGreaterThan(0);
    const found = await definitionAt(uriOf('parent.yaml'), { line, character: marked.indexOf('‸') });
    expect(found).toEqual([{ uri: uriOf(file), range: expected }]);
  });

  test('within the file, as before: get_param to its declaration', async () => {
    const found = await definitionAt(uriOf('parent.yaml'), caretIn(PARENT, '      image: {get_param: flav‸or}'));
    expect(found).toEqual([{ uri: uriOf('parent.yaml'), range: range(2, 2, 2, 8) }]);
  });
});

describe('references across files', () => {
  test('a nested template\'s parameter: its declaration, its use, the properties that set it, the environment', async () => {
    const found = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uriOf('nested.yaml') },
      position: caretIn(NESTED, '  ima‸ge:'),
      context: { includeDeclaration: true },
    });
    expect(found).toEqual([
      { uri: uriOf('nested.yaml'), range: range(2, 2, 2, 7) },
      { uri: uriOf('nested.yaml'), range: range(7, 23, 7, 28) },
      { uri: uriOf('parent.yaml'), range: range(8, 6, 8, 11) },
      { uri: uriOf('parent.yaml'), range: range(12, 6, 12, 11) },
      { uri: uriOf('parent.yaml'), range: range(20, 10, 20, 15) },
      { uri: uriOf('env.yaml'), range: range(5, 2, 5, 7) },
    ]);
  });

  test('a nested template\'s output: the get_attr that reads it', async () => {
    const found = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uriOf('nested.yaml') },
      position: caretIn(NESTED, '  i‸p:'),
      context: { includeDeclaration: false },
    });
    expect(found).toEqual([{ uri: uriOf('parent.yaml'), range: range(27, 28, 27, 30) }]);
  });
});

describe('group member definitions with a template type', () => {
  test('completion of the nested template\'s parameters in resource_def properties', async () => {
    const text = PARENT.replace('          image: cirros\n', '          ima\n');
    const uri = uriOf('scratch-group.yaml');
    await client.open(uri, text);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: caretIn(text, '          ima‸') });
    await client.close(uri);
    expect(list.items.map((i) => [i.label, i.detail])).toEqual([['image', 'string (required)']]);
  });

  test('hover on a property of resource_def shows the nested parameter', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uriOf('parent.yaml') },
      position: caretIn(PARENT, '          ima‸ge: cirros'),
    });
    expect((hover.contents as { value: string }).value).toContain('The image to boot.');
  });

  test('renaming the nested parameter renames it in resource_def too', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: uriOf('nested.yaml') },
      position: caretIn(NESTED, '  ima‸ge:'),
      newName: 'image_ref',
    });
    expect(edit.changes![uriOf('parent.yaml')]!.map((e) => e.range)).toEqual([range(8, 6, 8, 11), range(12, 6, 12, 11), range(20, 10, 20, 15)]);
  });
});

describe('environment files', () => {
  test('document symbols: sections and entries', async () => {
    await client.open(uriOf('env.yaml'), ENV);
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string; detail?: string }> }>>('textDocument/documentSymbol', {
      textDocument: { uri: uriOf('env.yaml') },
    });
    expect(symbols.map((s) => [s.name, (s.children ?? []).map((c) => [c.name, c.detail])])).toEqual([
      ['resource_registry', [['My::Nested', 'nested.yaml']]],
      ['parameters', [['flavor', 'm1.small']]],
      ['parameter_defaults', [['image', 'x']]],
    ]);
  });

  test('hover on a section and on a registry entry\'s catalog type', async () => {
    const text = `${ENV}  other: y\n`.replace('  My::Nested: nested.yaml\n', '  My::Nested: nested.yaml\n  My::Server: OS::Nova::Server\n');
    const uri = uriOf('scratch-env.yaml');
    await client.open(uri, text);
    const section = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: caretIn(text, 'parameter_def‸aults:') });
    expect((section.contents as { value: string }).value).toMatch(/^\*\*parameter_defaults\*\*/);
    const type = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: caretIn(text, '  My::Server: OS::Nova::Ser‸ver') });
    expect((type.contents as { value: string }).value).toMatch(/^\*\*OS::Nova::Server\*\*/);
    await client.close(uri);
  });

  test('editing a bound environment lints the template that uses it again', async () => {
    const parent = uriOf('parent.yaml');
    const relinted = client.diagnosticsMatching(parent, (p) => p.diagnostics.some((d) => /missing\.yaml/.test(d.message)));
    await client.change(uriOf('env.yaml'), [{ range: range(1, 14, 1, 25), text: 'missing.yaml' }]);
    const found = await relinted;
    expect(found.diagnostics.filter((d) => /missing\.yaml/.test(d.message)).map((d) => d.range)).toEqual([range(10, 10, 10, 20)]);
  });

  test('a nested template changed on disk (workspace/didChangeWatchedFiles) lints the template using it again', async () => {
    const parent = uriOf('parent.yaml');
    await client.close(uriOf('nested.yaml'));
    writeFileSync(join(dir, 'nested.yaml'), NESTED.replace('  ip:\n', '  address:\n'));
    const relinted = client.diagnosticsMatching(parent, (p) => p.diagnostics.some((d) => d.code === 'nested-template-attributes'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('nested.yaml'), type: 2 }] });
    const found = await relinted;
    expect(found.diagnostics.filter((d) => d.code === 'nested-template-attributes').map((d) => d.range)).toEqual([range(27, 28, 27, 30)]);
  });
});
