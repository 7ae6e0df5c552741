/** The server with the project layer: environments, nested templates, related files, remote validation. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionList, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { range } from './caret.js';
import { TestClient } from './lsp-client.js';

const brief = (d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message];

const APP = `heat_template_version: 2018-08-31
resources:
  web:
    type: My::Web
    properties:
      image: cirros
      flavor: m1.small
  db:
    type: My::Db
`;
const WEB = `heat_template_version: 2018-08-31
parameters:
  image:
    type: string
    description: The image.
outputs:
  ip:
    value: 10.0.0.1
`;
const WEB_WITH_FLAVOR = WEB.replace('outputs:', '  flavor:\n    type: string\n    default: m1.tiny\noutputs:');

let dir: string;
let client: TestClient;
const uriOf = (rel: string) => pathToFileURL(join(dir, rel)).href;
const hasFlavorFinding = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'nested-template-properties');
const FLAVOR_FINDING = [
  'nested-template-properties', 6, 6, 12,
  'Unknown Property flavor: nested template "../lib/web.yaml" has no parameter "flavor".',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hot-lint-server-project-'));
  for (const sub of ['stacks', 'env', 'lib']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, '.hot-lint.yaml'), 'ignore: [vendor]\nenvironments:\n  - templates: stacks/*.yaml\n    files: [env/common.yaml]\n');
  writeFileSync(join(dir, 'env', 'common.yaml'), 'resource_registry:\n  "My::Web": ../lib/web.yaml\n');
  // Named by the hotLint.environments setting, relative to the workspace folder.
  writeFileSync(join(dir, 'env', 'extra.yaml'), 'resource_registry:\n  "My::Db": OS::Heat::None\n');
  writeFileSync(join(dir, 'lib', 'web.yaml'), WEB);
  writeFileSync(join(dir, 'stacks', 'app.yaml'), APP);
  client = await TestClient.start({ environments: ['env/extra.yaml'] }, { workspaceFolders: [pathToFileURL(dir).href] });
});
afterAll(async () => {
  await client?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a multi-file project', () => {
  test('environments from the configuration and the setting; nested templates followed and re-linted when they change', async () => {
    const app = uriOf('stacks/app.yaml');
    const web = uriOf('lib/web.yaml');
    const first = client.nextDiagnostics(app);
    await client.open(app, APP);
    expect((await first).diagnostics.map(brief)).toEqual([FLAVOR_FINDING]);

    // The registry's custom types are offered, with what they map to.
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: app }, position: { line: 3, character: 17 } });
    const custom = list.items.filter((i) => i.label.startsWith('My::')).map((i) => [i.label, i.detail]);
    expect(custom).toEqual([
      ['My::Db', 'registry: OS::Heat::None'],
      ['My::Web', 'registry: ../lib/web.yaml'],
    ]);
    // A nested template's parameters are the resource's properties.
    expect(await client.request<Hover>('textDocument/hover', { textDocument: { uri: app }, position: { line: 5, character: 8 } })).toEqual({
      contents: { kind: 'markdown', value: '**image**: string (required)\n\nThe image.' },
      range: range(5, 6, 5, 11),
    });

    // Editing the nested template (unsaved) re-lints the template that uses it.
    await client.open(web, WEB);
    const fixed = client.diagnosticsMatching(app, (p) => !hasFlavorFinding(p));
    await client.change(web, [{ range: range(5, 0, 5, 0), text: '  flavor:\n    type: string\n    default: m1.tiny\n' }]);
    expect((await fixed).diagnostics).toEqual([]);

    // Closing it unsaved: the file on disk counts again.
    const back = client.diagnosticsMatching(app, hasFlavorFinding);
    await client.close(web);
    expect((await back).diagnostics.map(brief)).toEqual([FLAVOR_FINDING]);

    // Changed on disk, reported by the client's file watcher.
    writeFileSync(join(dir, 'lib', 'web.yaml'), WEB_WITH_FLAVOR);
    const saved = client.diagnosticsMatching(app, (p) => !hasFlavorFinding(p));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: web, type: 2 }] });
    expect((await saved).diagnostics).toEqual([]);

    // Property completion from the nested template's parameters.
    await client.change(app, [{ range: range(6, 6, 6, 22), text: '' }]);
    const properties = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: app }, position: { line: 6, character: 6 } });
    expect(properties.items.map((i) => [i.label, i.detail, i.textEdit])).toEqual([['flavor', 'string', { range: range(6, 6, 6, 6), newText: 'flavor: $0' }]]);
  });

  test('an environment file is linted against a template that uses it', async () => {
    const env = uriOf('env/common.yaml');
    const published = client.nextDiagnostics(env);
    await client.open(env, 'resource_registry:\n  "My::Web": ../lib/web.yaml\nparameters:\n  nope: 1\n');
    // "nope" is checked against stacks/app.yaml, the open template the configuration binds it to.
    expect((await published).diagnostics.map(brief)).toEqual([
      ['environment-parameter-undeclared', 3, 2, 6, 'The Parameter (nope) was not defined in template.'],
    ]);
  });
});

describe('what a lint depends on (the project-resolution phase)', () => {
  const BOOT = 'heat_template_version: 2018-08-31\nresources:\n  config:\n    type: OS::Heat::SoftwareConfig\n    properties:\n      config: { get_file: ../lib/boot.sh }\n';
  const missing = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'get-file-missing');

  test('a get_file target opened in the editor re-lints the template that reads it, and closing it counts the disk again', async () => {
    const template = uriOf('stacks/boot.yaml');
    const script = uriOf('lib/boot.sh');
    const first = client.nextDiagnostics(template);
    await client.open(template, BOOT);
    expect((await first).diagnostics.filter((d) => d.code === 'get-file-missing').map(brief)).toEqual([
      ['get-file-missing', 5, 26, 40, 'get_file path "../lib/boot.sh" cannot be read: it does not exist.'],
    ]);
    const found = client.diagnosticsMatching(template, (p) => !missing(p));
    await client.open(script, '#!/bin/sh\n');
    expect((await found).diagnostics.filter((d) => d.code === 'get-file-missing')).toEqual([]);
    const gone = client.diagnosticsMatching(template, missing);
    await client.close(script);
    expect((await gone).diagnostics.some((d) => d.code === 'get-file-missing')).toBe(true);
    await client.close(template);
  });
});

describe("the configuration's ignore", () => {
  const BAD = 'heat_template_version: 2018-08-31\nresources:\n  server:\n    type: OS::Nova::Servr\n';

  test('an ignored file (in an ignored folder) gets no diagnostics; the same text elsewhere does', async () => {
    const elsewhere = uriOf('lib/bad.yaml');
    const found = client.nextDiagnostics(elsewhere);
    await client.open(elsewhere, BAD);
    expect((await found).diagnostics.map(brief)).toEqual([
      [
        'resource-type-unknown', 3, 10, 25,
        'The Resource Type (OS::Nova::Servr) could not be found. No resource_registry maps it (consulted "extra.yaml"). Did you mean "OS::Nova::Server"?',
      ],
    ]);

    const ignored = uriOf('vendor/deep/bad.yaml');
    const none = client.nextDiagnostics(ignored);
    await client.open(ignored, BAD);
    expect((await none).diagnostics).toEqual([]);
    await client.close(ignored);
    await client.close(elsewhere);
  });
});

describe('hot-lint.validateRemote', () => {
  test('without credentials: the failure, shown as a message', async () => {
    const bare = await TestClient.start({}, { env: { PATH: process.env.PATH ?? '' } });
    try {
      const uri = uriOf('stacks/app.yaml');
      const published = bare.nextDiagnostics(uri);
      await bare.open(uri, APP);
      await published;
      const message =
        'hot-lint: remote validation failed: Incomplete credentials from environment: set OS_AUTH_URL, OS_USERNAME or OS_USER_ID, OS_PASSWORD, OS_PROJECT_NAME or OS_PROJECT_ID.';
      expect(await bare.request('workspace/executeCommand', { command: 'hot-lint.validateRemote', arguments: [uri] })).toEqual({ ok: false, message });
      expect(bare.messages).toEqual([message]);
    } finally {
      await bare.stop();
    }
  });

  test("Heat's 400 becomes a heat-remote finding on the key, until the next edit", async () => {
    const requests: Array<{ url: string; token: string | undefined; body: string }> = [];
    const heat = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests.push({ url: req.url ?? '', token: req.headers['x-auth-token'] as string | undefined, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(400, { 'Content-Type': 'application/json', 'x-openstack-request-id': 'req-1' });
        res.end(
          JSON.stringify({
            code: 400,
            title: 'Bad Request',
            explanation: '',
            error: { type: 'StackValidationFailed', message: 'Property error: resources.r.properties: Unknown Property lenght', traceback: null },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => heat.listen(0, '127.0.0.1', () => resolve()));
    const port = (heat.address() as { port: number }).port;
    const token = 'tok-secret-4b1d';
    const remote = await TestClient.start(
      { remote: { heatUrl: `http://127.0.0.1:${port}/v1/project-x`, resourceValidate: false, timeoutSeconds: 5 } },
      { env: { PATH: process.env.PATH ?? '', OS_TOKEN: token } },
    );
    try {
      const uri = uriOf('stacks/random.yaml');
      const text = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n';
      const opened = remote.nextDiagnostics(uri);
      await remote.open(uri, text);
      const offline = (await opened).diagnostics;
      expect(offline.map(brief)).toEqual([
        ['property-unknown', 5, 6, 12, 'Unknown Property "lenght" (resources.r.properties): OS::Heat::RandomString has no such property. Did you mean "length"?'],
      ]);

      const withRemote = remote.nextDiagnostics(uri);
      const result = await remote.request('workspace/executeCommand', { command: 'hot-lint.validateRemote', arguments: [uri] });
      const message = 'hot-lint: Heat rejects the template (request req-1): 1 problem.';
      expect(result).toEqual({ ok: false, message, requestId: 'req-1' });
      expect(remote.messages).toEqual([message]);
      const merged = await withRemote;
      expect(merged.version).toBe(1);
      expect(merged.diagnostics).toEqual([
        ...offline,
        {
          range: range(5, 6, 5, 12),
          severity: 1,
          code: 'heat-remote',
          source: 'hot-lint',
          message: 'Heat (request req-1): Property error: resources.r.properties: Unknown Property lenght.',
        },
      ]);
      expect(requests).toHaveLength(1);
      expect(requests[0]!.url).toBe('/v1/project-x/validate?resource_validate=false');
      expect(requests[0]!.token).toBe(token);
      expect(remote.logs.join('\n')).not.toContain(token);

      const edited = remote.nextDiagnostics(uri);
      await remote.change(uri, [{ range: range(5, 6, 5, 12), text: 'length' }]);
      expect((await edited).diagnostics).toEqual([]);
    } finally {
      await remote.stop();
      heat.closeAllConnections();
      await new Promise((resolve) => heat.close(resolve));
    }
  });
});
