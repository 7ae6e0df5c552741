// The extension activated with only non-Heat YAML open: no server process, no language
// features, until a Heat template is opened. (A test file of its own: the extension keeps its
// client in module state.)
import { execFileSync } from 'node:child_process';
import Module, { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createVscodeStub, stubDocument } from './vscode-stub.js';
import type { Stub } from './vscode-stub.js';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const hello = join(extensionDir, '..', 'examples', 'hello_world.yaml');
const moduleInternals = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };

let stub: Stub;
let built: string;
let extension: { activate(context: unknown): Promise<void>; deactivate(): Promise<void> };
const subscriptions: Array<{ dispose(): unknown }> = [];

beforeAll(() => {
  built = mkdtempSync(join(tmpdir(), 'hot-lint-extension-lazy-'));
  execFileSync(process.execPath, [join(extensionDir, 'esbuild.mjs')], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, HOT_LINT_EXTENSION_DIST: join(built, 'dist') },
  });
  stub = createVscodeStub([
    stubDocument('/w/deployment.yaml', 'yaml', 'apiVersion: apps/v1\nkind: Deployment\n'),
    stubDocument('/w/package.json', 'json', '{ "name": "x" }\n'),
  ]);
  const load = moduleInternals._load;
  moduleInternals._load = (request, parent, isMain) => (request === 'vscode' ? stub.module : load(request, parent, isMain));
  try {
    extension = createRequire(import.meta.url)(join(built, 'dist', 'extension.js')) as typeof extension;
  } finally {
    moduleInternals._load = load;
  }
});

afterAll(async () => {
  await extension?.deactivate();
  for (const subscription of subscriptions) subscription.dispose();
  if (built) rmSync(built, { recursive: true, force: true });
});

test('no server for other YAML and JSON; it starts with the first Heat template', async () => {
  await extension.activate({ subscriptions, extensionPath: built, asAbsolutePath: (relative: string) => join(built, relative) });
  expect(stub.providers).toEqual([]);
  expect([...stub.commands.keys()].sort()).toEqual(['hot-lint.restartServer', 'hot-lint.showOutput', 'hot-lint.showStackGraph']);
  expect(stub.statusItems.map((item) => item.text)).toEqual(['hot-lint']);

  const ready = new Promise<void>((resolve) => {
    const poll = () => (stub.commands.has('hot-lint.validateRemote') ? resolve() : setTimeout(poll, 20));
    poll();
  });
  stub.openDocument(stubDocument(hello, 'yaml', readFileSync(hello, 'utf8')));
  await ready;
  expect(stub.providers).toContain('registerHoverProvider');
  expect([...stub.commands.keys()].sort()).toEqual(['hot-lint.restartServer', 'hot-lint.showOutput', 'hot-lint.showStackGraph', 'hot-lint.stackGraph', 'hot-lint.validateRemote']);
}, 30_000);
