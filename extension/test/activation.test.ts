// The bundled extension.js, with the real vscode-languageclient inside it, activated against a stub
// `vscode` module: the failures that make VS Code refuse the extension (a command registered twice,
// a client that does not start) show up here in seconds, without a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import Module, { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createVscodeStub, stubDocument } from './vscode-stub.js';
import type { Position, Stub } from './vscode-stub.js';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..');
const root = join(extensionDir, '..');
const hello = join(root, 'examples', 'hello_world.yaml');

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

interface LoadedExtension {
  activate(context: unknown): Promise<void>;
  deactivate(): Promise<void>;
}

let stub: Stub;
let extension: LoadedExtension;
const subscriptions: Array<{ dispose(): unknown }> = [];
let activation: Promise<void>;
let built: string;

beforeAll(() => {
  // Built into a folder of its own: the .vsix test rebuilds extension/dist at the same time.
  built = mkdtempSync(join(tmpdir(), 'hot-lint-extension-'));
  execFileSync(process.execPath, [join(extensionDir, 'esbuild.mjs')], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, HOT_LINT_EXTENSION_DIST: join(built, 'dist') },
  });
  stub = createVscodeStub([
    stubDocument(hello, 'yaml', readFileSync(hello, 'utf8')),
    stubDocument(join(root, '.github-workflow.yaml'), 'yaml', 'name: ci\non: push\njobs: {}\n'),
  ]);
  const load = moduleInternals._load;
  moduleInternals._load = (request, parent, isMain) => (request === 'vscode' ? stub.module : load(request, parent, isMain));
  try {
    extension = createRequire(import.meta.url)(join(built, 'dist', 'extension.js')) as LoadedExtension;
  } finally {
    moduleInternals._load = load;
  }
  activation = extension.activate({
    subscriptions,
    extensionPath: built,
    extensionUri: { fsPath: built },
    asAbsolutePath: (relative: string) => join(built, relative),
    globalState: { get: () => undefined, update: () => Promise.resolve() },
    workspaceState: { get: () => undefined, update: () => Promise.resolve() },
  });
});

afterAll(async () => {
  await extension?.deactivate();
  for (const subscription of subscriptions) subscription.dispose();
  if (built) rmSync(built, { recursive: true, force: true });
});

describe('the bundled extension in a stub VS Code', () => {
  test('activates and starts the server with a Heat template open', async () => {
    await expect(activation).resolves.toBeUndefined();
    expect(stub.shown).toEqual([]);
    expect(stub.statusItems.map((item) => [item.text, item.severity])).toEqual([['hot-lint: the newest Heat', 0]]);
  });

  test('registers each command exactly once: its own and the server\'s', () => {
    expect([...stub.commandRegistrations].sort()).toEqual(['hot-lint.restartServer', 'hot-lint.showOutput', 'hot-lint.showStackGraph', 'hot-lint.stackGraph', 'hot-lint.validateRemote']);
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
      contributes: { commands: Array<{ command: string }> };
    };
    // hot-lint.stackGraph is the server's request behind the graph webview, not a palette command.
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual([...stub.commands.keys()].filter((c) => c !== 'hot-lint.stackGraph').sort());
  });

  test('the language features the server offers are registered', () => {
    expect(stub.providers).toEqual(
      expect.arrayContaining([
        'registerCompletionItemProvider',
        'registerHoverProvider',
        'registerDefinitionProvider',
        'registerReferenceProvider',
        'registerRenameProvider',
        'registerCodeActionsProvider',
      ]),
    );
  });

  test('the open template gets the CLI\'s findings; other YAML gets none', async () => {
    const uri = stubDocument(hello, 'yaml', '').uri.toString();
    if (!stub.diagnostics.has(uri)) {
      await new Promise<void>((resolve) => {
        const listening = stub.onDiagnostics.event((changed) => {
          if (changed === uri) {
            listening.dispose();
            resolve();
          }
        });
      });
    }
    const position = (p: Position) => [p.line, p.character];
    const found = stub.diagnostics.get(uri)!.map((d) => ({
      ruleId: (d.code as { value?: string })?.value ?? d.code,
      message: d.message,
      start: position(d.range.start),
      end: position(d.range.end),
    }));
    const cli = JSON.parse(
      spawnSync(process.execPath, [join(root, 'packages', 'cli', 'hook', 'hot-lint.mjs'), '-f', 'json', hello], { encoding: 'utf8' }).stdout,
    ) as { files: Array<{ diagnostics: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }> }> };
    expect(found).toEqual(
      cli.files[0]!.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        message: d.message,
        start: [d.line - 1, d.column - 1],
        end: [d.endLine - 1, d.endColumn - 1],
      })),
    );
    expect(found).toHaveLength(3);
    expect(stub.diagnostics.get(stubDocument(join(root, '.github-workflow.yaml'), 'yaml', '').uri.toString()) ?? []).toEqual([]);
    expect(stub.output.filter((line) => /error|failed/i.test(line))).toEqual([]);
  }, 20_000);
});
