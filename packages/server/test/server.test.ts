import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { at, range } from './caret.js';
import { TestClient } from './lsp-client.js';

// Only the rules yaml-syntax, duplicate-key, template-format and template-version are relied on.
const TEMPLATE = `heat_template_version: 2018-08-31
parameters:
  image:
    type: string
    default: cirros
    description: The image.
resources:
  server:
    type: OS::Nova::Server
    properties:
      image: { get_param: image }
      flavor: m1.small
  port:
    type: OS::Neutron::Port
    depends_on: server
    properties:
      network: { get_attr: [server, networks] }
outputs:
  ip:
    value: { get_attr: [server, networks] }
`;

let client: TestClient;
let counter = 0;
const newUri = () => `file:///work/fixtures/t${++counter}.yaml`;

async function openAndLint(text: string, uri = newUri()): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const published = client.nextDiagnostics(uri);
  await client.open(uri, text);
  return { uri, diagnostics: (await published).diagnostics };
}

async function labels(uri: string, line: number, character: number): Promise<string[]> {
  const list = await client.request<CompletionList | null>('textDocument/completion', at(uri, line, character));
  return (list?.items ?? []).map((i) => i.label);
}

async function items(uri: string, line: number, character: number): Promise<CompletionItem[]> {
  return (await client.request<CompletionList | null>('textDocument/completion', at(uri, line, character)))?.items ?? [];
}

beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  await client.stop();
});

describe('diagnostics', () => {
  test('on open, with fixes as quick fixes, then after an incremental edit, then cleared on close', async () => {
    const { uri, diagnostics } = await openAndLint('heat_template_version: 2018-08-30\nresources: {}\n');
    expect(diagnostics).toHaveLength(1);
    const [finding] = diagnostics;
    expect(finding!.range).toEqual(range(0, 23, 0, 33));
    expect(finding!.code).toBe('template-version');
    expect(finding!.severity).toBe(1);
    expect(finding!.source).toBe('hot-lint');
    expect(finding!.message).toMatch(/^"2018-08-30" is not a HOT template version\. Did you mean "2018-08-31"\?/);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: finding!.range,
      context: { diagnostics: [finding] },
    });
    expect(actions).toEqual([
      {
        title: 'Change to "2018-08-31"',
        kind: 'quickfix',
        diagnostics: [finding],
        edit: { changes: { [uri]: [{ range: range(0, 23, 0, 33), newText: '2018-08-31' }] } },
        isPreferred: true,
      },
    ]);

    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ range: range(0, 32, 0, 33), text: '1' }]);
    const after = await next;
    expect(after.version).toBe(2);
    expect(after.diagnostics).toEqual([]);

    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    expect(await cleared).toEqual({ uri, diagnostics: [] });
  });

  test('edits in quick succession are linted once, after the pause', async () => {
    const { uri } = await openAndLint('heat_template_version: 2018-08-31\n');
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ range: range(1, 0, 1, 0), text: 'a: 1\n' }]);
    await client.change(uri, [{ range: range(2, 0, 2, 0), text: 'a: 2\n' }]);
    const published = await next;
    expect(published.version).toBe(3);
    expect(published.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.range)).toEqual([range(2, 0, 2, 1)]);
    await new Promise((r) => setTimeout(r, 350));
    expect(client.diagnostics.get(uri)!.map((p) => p.version)).toEqual([1, 3]);
  });

  test('the nearest .hot-lint.yaml above the document sets rule severities', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hot-lint-server-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.hot-lint.yaml'), 'rules:\n  template-version: warning\n');
    try {
      const { diagnostics } = await openAndLint('heat_template_version: 2018-08-30\n', pathToFileURL(join(dir, 'sub', 't.yaml')).href);
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['template-version', 2]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('YAML that is not a Heat document is left alone', async () => {
    const { uri, diagnostics } = await openAndLint('name: ci\non: [push]\njobs: {\n');
    expect(diagnostics).toEqual([]);
    expect(await client.request('textDocument/completion', at(uri, 1, 0))).toBeNull();
    expect(await client.request('textDocument/hover', at(uri, 0, 1))).toBeNull();
  });

  test('syntax errors are reported with their range', async () => {
    const { diagnostics } = await openAndLint('heat_template_version: 2018-08-31\nresources:\n  a: [1, 2\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(diagnostics[0]!.range.start.line).toBeGreaterThanOrEqual(2);
  });
});

describe('completion', () => {
  test('top-level sections of the version, without those present', async () => {
    const { uri } = await openAndLint('heat_template_version: 2015-04-30\nresources: {}\n\n');
    expect(await labels(uri, 2, 0)).toEqual(['description', 'parameter_groups', 'parameters', 'outputs']);
    const [description] = await items(uri, 2, 0);
    expect(description!.textEdit).toEqual({ range: range(2, 0, 2, 0), newText: 'description: $0' });
    expect(description!.insertTextFormat).toBe(2);
  });

  test('heat_template_version values: dates and aliases', async () => {
    const { uri } = await openAndLint('heat_template_version: 2016\n');
    const list = await items(uri, 0, 27);
    expect(list.filter((i) => !i.detail).map((i) => i.label)).toEqual([
      '2013-05-23', '2014-10-16', '2015-04-30', '2015-10-15', '2016-04-08', '2016-10-14', '2017-02-24', '2017-09-01',
      '2018-03-02', '2018-08-31', '2021-04-16',
    ]);
    expect(list.find((i) => i.label === 'newton')).toMatchObject({ detail: '2016-10-14', textEdit: { range: range(0, 23, 0, 27), newText: 'newton' } });
  });

  test('parameter types and constraint kinds', async () => {
    const { uri } = await openAndLint('heat_template_version: 2018-08-31\nparameters:\n  size:\n    type: \n    constraints:\n      - \n');
    expect(await labels(uri, 3, 10)).toEqual(['string', 'number', 'comma_delimited_list', 'json', 'boolean']);
  });

  test('resource types: hidden omitted, deprecated tagged', async () => {
    const { uri } = await openAndLint('heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Gl\n');
    const list = await items(uri, 3, 16);
    const names = list.map((i) => i.label);
    expect(names).toContain('OS::Nova::Server');
    expect(names).not.toContain('OS::Nova::FloatingIP');
    // Hidden since Heat 26 (deprecated before): the newest release is the default.
    expect(names).not.toContain('OS::Glance::Image');
    expect(list.find((i) => i.label === 'OS::Aodh::Alarm')).toMatchObject({ tags: [1], textEdit: { range: range(3, 10, 3, 16), newText: 'OS::Aodh::Alarm' } });
    expect(list.find((i) => i.label === 'OS::Nova::Server')!.tags).toBeUndefined();
    // The release that added a type.
    expect(list.find((i) => i.label === 'OS::Octavia::AvailabilityZone')!.detail).toBe('supported since 24.0.0; since Heat 24 (2025.1)');
  });

  test('property names: required first, present ones left out, value shape in the snippet', async () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  vm:\n    type: OS::Nova::Server\n    properties:\n      image: x\n      \n';
    const { uri } = await openAndLint(text);
    const list = await items(uri, 6, 6);
    const sorted = [...list].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    expect(sorted.slice(0, 3)).toEqual(['flavor', 'admin_pass', 'availability_zone']);
    expect(sorted).toHaveLength(23);
    expect(sorted).not.toContain('image');
    expect(sorted).not.toContain('admin_user'); // hidden
    expect(list.find((i) => i.label === 'networks')!.textEdit).toEqual({ range: range(6, 6, 6, 6), newText: 'networks:\n        - $0' });
    expect(list.find((i) => i.label === 'metadata')!.textEdit).toEqual({ range: range(6, 6, 6, 6), newText: 'metadata:\n        $0' });
    expect(list.find((i) => i.label === 'flavor')).toMatchObject({ detail: 'string (required)', textEdit: { newText: 'flavor: $0' } });
    expect(list.find((i) => i.label === 'personality')!.tags).toEqual([1]);
  });

  test('allowed values of a property', async () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  vm:\n    type: OS::Nova::Server\n    properties:\n      flavor_update_policy: R\n';
    const { uri } = await openAndLint(text);
    const list = await items(uri, 5, 29);
    expect(list.filter((i) => i.kind === 12).map((i) => [i.label, i.textEdit])).toEqual([
      ['RESIZE', { range: range(5, 28, 5, 29), newText: 'RESIZE' }],
      ['REPLACE', { range: range(5, 28, 5, 29), newText: 'REPLACE' }],
    ]);
  });

  test('get_param, get_resource, get_attr, depends_on and condition names', async () => {
    const { uri } = await openAndLint(TEMPLATE);
    expect(await labels(uri, 10, 27)).toEqual(['image', 'OS::project_id', 'OS::stack_id', 'OS::stack_name']);
    expect(await labels(uri, 19, 29)).toEqual(['server', 'port']);
    const attrs = await labels(uri, 19, 38);
    expect(attrs).toContain('networks');
    expect(attrs).toContain('show');
    expect(attrs).not.toContain('first_address'); // hidden
    expect(await labels(uri, 14, 20)).toEqual(['server']);
  });

  test('intrinsic functions valid for the version', async () => {
    const { uri } = await openAndLint('heat_template_version: 2013-05-23\noutputs:\n  o:\n    value:\n      \n');
    expect(await labels(uri, 4, 6)).toEqual([
      'get_attr', 'get_file', 'get_param', 'get_resource', 'list_join', 'resource_facade', 'str_replace',
    ]);
  });
});

describe('hover', () => {
  test('resource type, property, function, parameter and attribute', async () => {
    const { uri } = await openAndLint(TEMPLATE);
    const hover = (l: number, c: number) => client.request<Hover | null>('textDocument/hover', at(uri, l, c));
    expect(await hover(8, 12)).toEqual({
      contents: {
        kind: 'markdown',
        value:
          '**OS::Nova::Server** (supported)\n\nA resource for managing Nova instances.\n\nA Server resource manages the running virtual machine instance within an\nOpenStack cloud.',
      },
      range: range(8, 10, 8, 26),
    });
    expect(await hover(11, 8)).toEqual({
      contents: { kind: 'markdown', value: '**flavor**: string (required)  \nConstraint: a valid nova.flavor\n\nThe ID or name of the flavor to boot onto.' },
      range: range(11, 6, 11, 12),
    });
    expect((await hover(10, 16))!.range).toEqual(range(10, 15, 10, 24));
    expect(((await hover(10, 16))!.contents as { value: string }).value).toMatch(/^\*\*get_param\*\*\n\nThe `get_param` function references an input parameter of a template\./);
    expect(await hover(10, 28)).toEqual({
      contents: { kind: 'markdown', value: '**parameter image**: string  \nDefault: `"cirros"`\n\nThe image.' },
      range: range(10, 26, 10, 31),
    });
    const attribute = await hover(19, 34);
    expect(attribute!.range).toEqual(range(19, 32, 19, 40));
    expect((attribute!.contents as { value: string }).value).toMatch(/^\*\*OS::Nova::Server attribute networks\*\*: map\n\n/);
    expect(await hover(0, 3)).toBeNull();
  });
});

describe('navigation', () => {
  test('definition and references of a resource', async () => {
    const { uri } = await openAndLint(TEMPLATE);
    expect(await client.request('textDocument/definition', at(uri, 10, 28))).toEqual([{ uri, range: range(2, 2, 2, 7) }]);
    expect(await client.request('textDocument/references', { ...at(uri, 7, 3), context: { includeDeclaration: true } })).toEqual([
      { uri, range: range(7, 2, 7, 8) },
      { uri, range: range(14, 16, 14, 22) },
      { uri, range: range(16, 28, 16, 34) },
      { uri, range: range(19, 24, 19, 30) },
    ]);
    expect(await client.request('textDocument/references', { ...at(uri, 2, 3), context: { includeDeclaration: false } })).toEqual([
      { uri, range: range(10, 26, 10, 31) },
    ]);
  });

  test('rename updates every use; prepareRename; invalid and taken names are refused', async () => {
    const text = `heat_template_version: 2018-08-31
conditions:
  prod: {equals: [{get_param: env}, prod]}
  not_prod: {not: prod}
parameters:
  env: {type: string}
resources:
  a:
    type: OS::Heat::None
    condition: prod
  b:
    type: OS::Heat::None
    depends_on: [a]
    properties:
      x: {if: ["prod", {get_resource: a}, {get_attr: [a, show]}]}
`;
    const { uri } = await openAndLint(text);
    expect(await client.request('textDocument/prepareRename', at(uri, 9, 16))).toEqual({ range: range(9, 15, 9, 19), placeholder: 'prod' });
    expect(await client.request('textDocument/rename', { ...at(uri, 2, 3), newName: 'is_prod' })).toEqual({
      changes: {
        [uri]: [
          { range: range(2, 2, 2, 6), newText: 'is_prod' },
          { range: range(3, 18, 3, 22), newText: 'is_prod' },
          { range: range(9, 15, 9, 19), newText: 'is_prod' },
          { range: range(14, 16, 14, 20), newText: 'is_prod' },
        ],
      },
    });
    expect(await client.request('textDocument/rename', { ...at(uri, 12, 17), newName: 'c' })).toEqual({
      changes: {
        [uri]: [
          { range: range(7, 2, 7, 3), newText: 'c' },
          { range: range(12, 17, 12, 18), newText: 'c' },
          { range: range(14, 38, 14, 39), newText: 'c' },
          { range: range(14, 54, 14, 55), newText: 'c' },
        ],
      },
    });
    await expect(client.request('textDocument/rename', { ...at(uri, 7, 2), newName: 'b' })).rejects.toThrow('There is already a resource named "b".');
    await expect(client.request('textDocument/rename', { ...at(uri, 7, 2), newName: 'a b' })).rejects.toThrow('"a b" is not a usable resource name');
    expect(await client.request('textDocument/prepareRename', at(uri, 2, 28))).toBeNull(); // `prod` the string value
  });

  test('document symbols, folding ranges and document links', async () => {
    const text = `heat_template_version: 2018-08-31
parameters:
  key: {type: string}
resources:
  config:
    type: OS::Heat::SoftwareConfig
    properties:
      config: {get_file: scripts/setup.sh}
  nested:
    type: "lib/nested.yaml"
`;
    const { uri } = await openAndLint(text, 'file:///work/fixtures/dir/main.yaml');
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([
      {
        name: 'parameters', kind: 3, range: range(1, 0, 2, 21), selectionRange: range(1, 0, 1, 10),
        children: [{ name: 'key', detail: 'string', kind: 13, range: range(2, 2, 2, 21), selectionRange: range(2, 2, 2, 5) }],
      },
      {
        name: 'resources', kind: 3, range: range(3, 0, 9, 27), selectionRange: range(3, 0, 3, 9),
        children: [
          { name: 'config', detail: 'OS::Heat::SoftwareConfig', kind: 19, range: range(4, 2, 7, 42), selectionRange: range(4, 2, 4, 8) },
          { name: 'nested', detail: 'lib/nested.yaml', kind: 19, range: range(8, 2, 9, 27), selectionRange: range(8, 2, 8, 8) },
        ],
      },
    ]);
    expect(await client.request('textDocument/foldingRange', { textDocument: { uri } })).toEqual([
      { startLine: 1, endLine: 2 },
      { startLine: 3, endLine: 9 },
      { startLine: 4, endLine: 7 },
      { startLine: 6, endLine: 7 },
      { startLine: 8, endLine: 9 },
    ]);
    expect(await client.request('textDocument/documentLink', { textDocument: { uri } })).toEqual([
      { range: range(7, 25, 7, 41), target: 'file:///work/fixtures/dir/scripts/setup.sh' },
      { range: range(9, 11, 9, 26), target: 'file:///work/fixtures/dir/lib/nested.yaml' },
    ]);
  });
});

describe('code actions', () => {
  test('add missing required properties (property-required)', async () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  vol:\n    type: OS::Cinder::VolumeAttachment\n    properties:\n      mountpoint: /dev/vdb\n';
    const { uri } = await openAndLint(text);
    const diagnostic = { range: range(3, 10, 3, 38), message: 'missing', code: 'property-required', source: 'hot-lint' };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(actions).toEqual([
      {
        title: 'Add required properties "instance_uuid", "volume_id"',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: range(6, 0, 6, 0), newText: '      instance_uuid: \n      volume_id: \n' }] } },
      },
    ]);
  });

  test('declare an undefined parameter (get-param-undefined), creating the section', async () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::Heat::Value\n    properties:\n      value: {get_param: size}\n';
    const { uri } = await openAndLint(text);
    const diagnostic = { range: range(5, 25, 5, 29), message: 'undefined', code: 'get-param-undefined', source: 'hot-lint' };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(actions).toEqual([
      {
        title: 'Declare parameter "size"',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: range(1, 0, 1, 0), newText: 'parameters:\n  size:\n    type: string\n\n' }] } },
      },
    ]);
  });
});

describe('commands and robustness', () => {
  test('a request cancelled while queued is answered with RequestCancelled', async () => {
    // A large document: the first hover after an edit re-analyses it, the second waits behind it.
    const big = TEMPLATE + Array.from({ length: 400 }, (_, i) => `  extra_${i}:\n    value: { get_attr: [server, networks] }\n`).join('');
    const { uri } = await openAndLint(big);
    await client.change(uri, [{ range: range(11, 14, 11, 15), text: 'M' }]);
    const first = client.request('textDocument/hover', at(uri, 8, 12));
    const source = new CancellationTokenSource();
    const second = client.connection.sendRequest('textDocument/hover', at(uri, 8, 12), source.token);
    source.cancel();
    await expect(second).rejects.toMatchObject({ code: -32800 });
    expect(await first).toMatchObject({ range: range(8, 10, 8, 26) });
  });

  test('a request that fails is answered with an error and the server keeps serving', async () => {
    const { uri } = await openAndLint(TEMPLATE);
    await expect(client.request('textDocument/hover', { textDocument: { uri } })).rejects.toThrow(/hover failed/);
    expect(client.logs.some((l) => l.includes('hot-lint: hover failed'))).toBe(true);
    expect(await client.request('textDocument/definition', at(uri, 10, 28))).toEqual([{ uri, range: range(2, 2, 2, 7) }]);
    expect(await client.request('textDocument/hover', at('file:///never/opened.yaml', 0, 0))).toBeNull();
  });
});

describe('the heatRelease setting', () => {
  test('diagnostics, completion and hover follow the chosen release', async () => {
    const train = await TestClient.start({ heatRelease: 'train' });
    try {
      const uri = newUri();
      const published = train.nextDiagnostics(uri);
      const text = 'heat_template_version: 2018-08-31\nresources:\n  fwd:\n    type: OS::Neutron::FloatingIPPortForward\n  net:\n    type: OS::Neutron::Net\n';
      await train.open(uri, text);
      expect((await published).diagnostics.map((d) => d.message)).toEqual([
        'The Resource Type (OS::Neutron::FloatingIPPortForward) could not be found. It was added in Heat 19 (zed); this is Heat 13 (train).',
      ]);
      const types = (await train.request<CompletionList | null>('textDocument/completion', at(uri, 3, 14)))?.items.map((i) => i.label) ?? [];
      expect(types).toContain('OS::Neutron::Net');
      expect(types).not.toContain('OS::Neutron::FloatingIPPortForward');
    } finally {
      await train.stop();
    }
    // A range: linted against each of its releases; the finding names where it fails.
    const range = await TestClient.start({ heatRelease: 'train,2024.1' });
    try {
      const uri = newUri();
      const published = range.nextDiagnostics(uri);
      const status = new Promise<unknown>((resolve) => range.connection.onNotification('$/hotLint/heatRelease', resolve));
      await range.open(uri, 'heat_template_version: 2018-08-31\nresources:\n  fwd:\n    type: OS::Neutron::FloatingIPPortForward\n');
      expect((await published).diagnostics.map((d) => d.message)).toEqual([
        'Properties "external_port", "floating_ip", "internal_ip_address", "internal_port", "protocol" not assigned (resources.fwd.properties): OS::Neutron::FloatingIPPortForward requires them. Fails on Heat 19 (zed) … Heat 22 (2024.1).',
        'The Resource Type (OS::Neutron::FloatingIPPortForward) could not be found. It was added in Heat 19 (zed). Fails on Heat 13 (train) … Heat 18 (yoga).',
      ]);
      // What the editor's status shows.
      expect(await status).toEqual({ uri, heatRelease: 'Heat 13 (train) … Heat 22 (2024.1)' });
    } finally {
      await range.stop();
    }
    // The newest release (no setting): the type exists, and hover says since when.
    const { uri, diagnostics } = await openAndLint('heat_template_version: 2018-08-31\nresources:\n  fwd:\n    type: OS::Neutron::FloatingIPPortForward\n    properties: { floating_ip: f, internal_ip_address: 10.0.0.3, internal_port: p, internal_port_number: 80, external_port: 80, protocol: tcp }\n');
    expect(diagnostics).toEqual([]);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', at(uri, 3, 14));
    expect(hover!.contents.value.split('\n')[0]).toBe('**OS::Neutron::FloatingIPPortForward** (supported since 19.0.0; since Heat 19 (zed))');
  });
});
