import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
/** The Heat release each document was last checked against, as the server reports it. */
const checkedAgainst = new Map<string, string>();

const TEMPLATE_MARK = /^\s*["']?heat_template_version["']?\s*:/m;
const ENVIRONMENT_MARK = /^(resource_registry|parameter_defaults|encrypted_param_names|event_sinks|parameter_merge_strategies)\s*:/m;

/** The same cheap test the server applies: a template or an environment file. */
export function isHeatDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'yaml' && document.languageId !== 'json') return false;
  const head = document.getText().slice(0, 65536);
  return TEMPLATE_MARK.test(head) || /"heat_template_version"\s*:/.test(head) || ENVIRONMENT_MARK.test(head);
}

function settings() {
  const config = vscode.workspace.getConfiguration('hotLint');
  return {
    configPath: config.get<string | null>('configPath') ?? null,
    environments: config.get<string[]>('environments') ?? [],
    heatRelease: config.get<string>('heatRelease') ?? '',
    remote: {
      cloud: config.get<string | null>('remote.cloud') ?? null,
      heatUrl: config.get<string | null>('remote.heatUrl') ?? null,
      insecure: config.get<boolean>('remote.insecure') ?? false,
      caCert: config.get<string | null>('remote.caCert') ?? null,
      timeoutSeconds: config.get<number>('remote.timeoutSeconds') ?? 30,
      resourceValidate: config.get<boolean>('remote.resourceValidate') ?? true,
    },
  };
}

function updateStatus(): void {
  if (!status) return;
  const editor = vscode.window.activeTextEditor;
  if (editor && isHeatDocument(editor.document)) {
    const reported = checkedAgainst.get(editor.document.uri.toString());
    const setting = settings().heatRelease;
    const release = reported ?? (setting ? `Heat ${setting}` : 'the newest Heat release');
    status.text = reported ? `$(check) HOT · ${reported}` : '$(check) HOT';
    status.tooltip = `hot-lint: Heat template checked against ${release}`;
    status.show();
  } else {
    status.hide();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'untitled', language: 'json' },
    ],
    initializationOptions: settings(),
    // Nested templates, environments, get_file targets and .hot-lint.yaml files changed outside
    // the editor: the templates that use them are linted again.
    synchronize: { configurationSection: 'hotLint', fileEvents: vscode.workspace.createFileSystemWatcher('**/*') },
    middleware: {
      // Other YAML is none of our business: no completion or hover offered there. (The server
      // checks too, so a document that becomes a template while typing is picked up.)
      provideCompletionItem: (document, position, ctx, token, next) =>
        isHeatDocument(document) ? next(document, position, ctx, token) : undefined,
      provideHover: (document, position, token, next) => (isHeatDocument(document) ? next(document, position, token) : undefined),
    },
  };
  client = new LanguageClient('hotLint', 'hot-lint', serverOptions, clientOptions);

  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'hot-lint.validateRemote';
  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) updateStatus();
    }),
    vscode.commands.registerCommand('hot-lint.validateRemote', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!client || !document || !isHeatDocument(document)) {
        void vscode.window.showInformationMessage('hot-lint: open a Heat template to validate it.');
        return;
      }
      await client.sendRequest('workspace/executeCommand', {
        command: 'hot-lint.validateRemote',
        arguments: [document.uri.toString()],
      });
    }),
  );
  updateStatus();
  await client.start();
  context.subscriptions.push(
    client.onNotification('$/hotLint/heatRelease', (params: { uri: string; heatRelease: string }) => {
      checkedAgainst.set(params.uri, params.heatRelease);
      updateStatus();
    }),
  );
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
