// The server as clients other than VS Code drive it (Neovim, Emacs eglot, Helix...): their
// capabilities honoured, over the protocol, in process. `‸` marks the caret in each text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClientCapabilities, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { caret, projectFolder } from './caret.js';
import { TestClient } from './lsp-client.js';

/** What stock eglot (Emacs 28) declares: no snippets without yasnippet, plain text, no dynamic registration. */
const EGLOT_WITHOUT_SNIPPETS: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['plaintext'] },
  },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: false } },
};

let plain: TestClient;
let rich: TestClient;

beforeAll(async () => {
  plain = await TestClient.inProcess({}, { capabilities: EGLOT_WITHOUT_SNIPPETS });
  rich = await TestClient.inProcess();
});

afterAll(async () => {
  await plain?.stop();
  await rich?.stop();
});

async function completeAt(client: TestClient, uri: string, marked: string, languageId = 'yaml'): Promise<CompletionList> {
  const { text, position } = caret(marked);
  await client.open(uri, text, languageId);
  const result = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  await client.close(uri);
  return result;
}

const SERVER = 'heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      ';

describe('a client without snippet support', () => {
  test('gets plain text: no $0, no snippet format, in completion of keys', async () => {
    const list = await completeAt(plain, 'file:///plain/a.yaml', `${SERVER}admin_p‸\n`);
    expect(list.items.find((i) => i.label === 'admin_pass')).toMatchObject({
      textEdit: { range: { start: { line: 5, character: 6 }, end: { line: 5, character: 13 } }, newText: 'admin_pass: ' },
    });
    expect(list.items.length).toBeGreaterThan(10);
    for (const item of list.items) {
      expect(item.insertTextFormat).toBeUndefined();
      expect((item.textEdit as { newText: string }).newText).not.toMatch(/\$\d|\$\{/);
    }
    const networks = list.items.find((i) => i.label === 'networks')!;
    expect((networks.textEdit as { newText: string }).newText).toBe('networks:\n        - ');
  });

  test('a client with snippets still gets them', async () => {
    const list = await completeAt(rich, 'file:///rich/a.yaml', `${SERVER}admin_p‸\n`);
    expect(list.items.find((i) => i.label === 'admin_pass')).toMatchObject({ textEdit: { newText: 'admin_pass: $0' }, insertTextFormat: 2 });
  });

  test('hover and completion documentation are plain text when markdown is not declared', async () => {
    const { text, position } = caret('heat_template_version: 2018-08-31\nresources:\n  s:\n    type: OS::Nova::Ser‸ver\n');
    for (const [client, kind] of [
      [plain, 'plaintext'],
      [rich, 'markdown'],
    ] as const) {
      const uri = `file:///${kind}/hover.yaml`;
      await client.open(uri, text);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
      await client.close(uri);
      expect((hover.contents as { kind: string }).kind).toBe(kind);
      const value = (hover.contents as { value: string }).value;
      expect(value).toContain('OS::Nova::Server');
      if (kind === 'plaintext') expect(value).not.toMatch(/\*\*|`/);
    }
    const list = await completeAt(plain, 'file:///plain/doc.yaml', `${SERVER}admin_p‸\n`);
    expect(list.items.find((i) => i.label === 'admin_pass')!.documentation).toEqual({
      kind: 'plaintext',
      value: 'admin_pass: string\n\nThe administrator password for the server.',
    });
  });
});

describe('code actions', () => {
  const TEMPLATE = 'heat_template_version: 2018-08-31\nparameters:\n  flavor:\n    type: string\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      flavor: {get_param: flavour}\n      image: cirros\n';

  async function fixesAt(client: TestClient, uri: string): Promise<unknown[]> {
    const published = client.diagnosticsMatching(uri, (p) => p.diagnostics.length > 0);
    await client.open(uri, TEMPLATE);
    const diagnostics = (await published).diagnostics.filter((d) => d.code === 'get-param-undefined');
    expect(diagnostics).toHaveLength(1);
    return client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
  }

  test('a client without CodeAction literal support gets commands that apply the edit', async () => {
    const uri = 'file:///plain/fix.yaml';
    const commands = (await fixesAt(plain, uri)) as Array<{ title: string; command: string; arguments: unknown[] }>;
    expect(commands.map((c) => [c.title, c.command])).toEqual([
      ['Change to "flavor"', 'hot-lint.applyEdit'],
      ['Declare parameter "flavour"', 'hot-lint.applyEdit'],
    ]);
    const change = { changes: { [uri]: [{ range: { start: { line: 8, character: 26 }, end: { line: 8, character: 33 } }, newText: 'flavor' }] } };
    expect(commands[0]!.arguments).toEqual([change]);
    expect(await plain.request('workspace/executeCommand', { command: commands[0]!.command, arguments: commands[0]!.arguments })).toEqual({ applied: true });
    expect(plain.appliedEdits).toEqual([change]);
    await plain.close(uri);
  });

  test('a client with literal support gets CodeActions, and no applyEdit command is advertised to it', async () => {
    const uri = 'file:///rich/fix.yaml';
    const actions = (await fixesAt(rich, uri)) as Array<{ title: string; kind: string }>;
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      ['Change to "flavor"', 'quickfix'],
      ['Declare parameter "flavour"', 'quickfix'],
    ]);
    await rich.close(uri);
    await expect(rich.request('workspace/executeCommand', { command: 'hot-lint.applyEdit', arguments: [{}] })).rejects.toThrow(/Unknown command/);
  });
});

describe('dynamic registration', () => {
  test('workspace/didChangeWatchedFiles is registered when the client allows it, never otherwise', async () => {
    const registered = await new Promise<TestClient['registrations']>((resolve) => {
      const poll = () => (rich.registrations.length > 0 ? resolve(rich.registrations) : setTimeout(poll, 10));
      poll();
    });
    expect(registered.map((r) => [r.method, r.registerOptions])).toEqual([
      ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*' }] }],
    ]);
    // A round-trip after initialized: the registration would have been sent by now.
    await plain.request('textDocument/hover', { textDocument: { uri: 'file:///none.yaml' }, position: { line: 0, character: 0 } });
    expect(plain.registrations).toEqual([]);
  });
});

describe('completion text edits', () => {
  test('a resource type\'s edit covers the whole OS::... token, before and after the caret', async () => {
    const list = await completeAt(plain, 'file:///plain/type.yaml', 'heat_template_version: 2018-08-31\nresources:\n  a:\n    type: OS::He‸at::Stack\n');
    const range = { start: { line: 3, character: 10 }, end: { line: 3, character: 25 } };
    expect(list.items.find((i) => i.label === 'OS::Heat::Stack')).toMatchObject({ textEdit: { range, newText: 'OS::Heat::Stack' } });
    expect(list.items.length).toBeGreaterThan(150);
    expect(list.items.every((i) => JSON.stringify((i.textEdit as { range: unknown }).range) === JSON.stringify(range))).toBe(true);
  });

  test('JSON templates get JSON: quoted keys with {} or [], quoted values, quoted function names', async () => {
    const head = '{\n  "heat_template_version": "2018-08-31",\n  "parameters": {"p": {"type": "string"}},\n  "resources": {\n    "a": {\n';
    const tail = '\n    }\n  }\n}\n';
    const keys = await completeAt(rich, 'file:///rich/t.json', `${head}      "type": "OS::Nova::Server",\n      "properties": {\n        "net‸"\n      }${tail}`, 'json');
    expect(keys.items.find((i) => i.label === 'networks')!.textEdit).toEqual({
      range: { start: { line: 7, character: 8 }, end: { line: 7, character: 13 } },
      newText: '"networks": [$0]',
    });
    expect((keys.items.find((i) => i.label === 'metadata')!.textEdit as { newText: string }).newText).toBe('"metadata": {$0}');
    expect((keys.items.find((i) => i.label === 'name')!.textEdit as { newText: string }).newText).toBe('"name": $0');
    const type = await completeAt(rich, 'file:///rich/t.json', `${head}      "type": "OS::Nova::Ser‸"${tail}`, 'json');
    expect(type.items.find((i) => i.label === 'OS::Nova::Server')!.textEdit).toEqual({
      range: { start: { line: 5, character: 14 }, end: { line: 5, character: 29 } },
      newText: '"OS::Nova::Server"',
    });
    const param = await completeAt(rich, 'file:///rich/t.json', `${head}      "type": "OS::Nova::Server",\n      "properties": {"name": {"get_param": "‸"}}${tail}`, 'json');
    expect(param.items.map((i) => (i.textEdit as { newText: string }).newText)).toEqual(['"p"', '"OS::project_id"', '"OS::stack_id"', '"OS::stack_name"']);
  });
});

describe('YAML that is not Heat\'s', () => {
  test.each([
    ['Heat\'s own api-ref parameters.yaml', 'tenant_id:\n  description: The project ID.\n  in: path\n  required: true\n  type: string\nparameters:\n  description: The parameters.\n  in: body\n  type: object\n'],
    ['an API request body', 'stack_name: web\ntemplate_url: https://example.com/t.yaml\nparameters:\n  flavor: m1.small\ntimeout_mins: 30\n'],
    ['a JSON request body', '{\n  "parameters": {"flavor": "m1.small"},\n  "stack_name": "web"\n}\n'],
  ])('%s is not linted as an environment', async (_name, text) => {
    const uri = `file:///plain/not-heat-${Math.random().toString(36).slice(2)}.yaml`;
    const published = plain.nextDiagnostics(uri);
    await plain.open(uri, text);
    expect((await published).diagnostics).toEqual([]);
    const symbols = await plain.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toEqual([]);
    await plain.close(uri);
  });
});

describe('diagnostic codes', () => {
  test('a finding of a rule variant has rule-id/variant as its code, the key that configures it', async () => {
    const text = 'heat_template_version: 2018-08-31\nresources:\n  config:\n    type: OS::Heat::SoftwareConfig\n    properties:\n      config: { get_file: ../outside.sh }\n';
    const project = projectFolder('hot-lint-server-', { '.hot-lint.yaml': 'rules: {}\n', 't.yaml': text });
    const uri = project.uriOf('t.yaml');
    try {
      const published = rich.nextDiagnostics(uri);
      await rich.open(uri, text);
      expect((await published).diagnostics).toEqual([
        {
          range: { start: { line: 5, character: 26 }, end: { line: 5, character: 39 } },
          severity: 2,
          code: 'get-file-missing/outside-root',
          source: 'hot-lint',
          message: 'get_file path "../outside.sh" is outside the project root; hot-lint does not read it.',
        },
      ]);
      await rich.close(uri);
    } finally {
      project.remove();
    }
  });
});
