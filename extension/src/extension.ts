import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { mightBeHeat } from './heat-filter';
import { registerStackGraph } from './stack-graph';

/** The server's command (advertised in executeCommandProvider); vscode-languageclient registers it, never this extension. */
export const VALIDATE_REMOTE_COMMAND = 'hot-lint.validateRemote';
export const RESTART_COMMAND = 'hot-lint.restartServer';
export const SHOW_OUTPUT_COMMAND = 'hot-lint.showOutput';
/** The Heat release each document was last checked against, as the server reports it. */
const checkedAgainst = new Map<string, string>();

const TEMPLATE_MARK = /^\s*["']?heat_template_version["']?\s*:/m;

/** Might be a template or an environment file; the server decides (core's classifyDocument). */
export function isHeatDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'yaml' && document.languageId !== 'json') return false;
  return mightBeHeat(document.getText());
}

function settings() {
  const config = vscode.workspace.getConfiguration('hotLint');
  const text = (key: string): string | null => config.get<string>(key) || null;
  return {
    configPath: text('configPath'),
    environments: config.get<string[]>('environments') ?? [],
    heatRelease: config.get<string>('heatRelease') ?? '',
    remote: {
      cloud: text('remote.cloud'),
      heatUrl: text('remote.heatUrl'),
      insecure: config.get<boolean>('remote.insecure') ?? false,
      caCert: text('remote.caCert'),
      timeoutSeconds: config.get<number>('remote.timeoutSeconds') ?? 30,
      resourceValidate: config.get<boolean>('remote.resourceValidate') ?? true,
    },
  };
}

type ServerState = { kind: 'idle' } | { kind: 'starting' } | { kind: 'ready' } | { kind: 'failed'; reason: string };

/** The language status item: what the server is doing, as the user sees it beside "YAML". */
class StatusItem {
  private readonly item: vscode.LanguageStatusItem;
  private last: ServerState = { kind: 'idle' };

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('hot-lint.status', [{ language: 'yaml' }, { language: 'json' }]);
    this.item.name = 'hot-lint';
    // A click shows the log; it never starts a remote validation.
    this.item.command = { title: 'Show log', command: SHOW_OUTPUT_COMMAND };
    this.show({ kind: 'idle' });
  }

  show(state: ServerState): void {
    this.last = state;
    const setting = settings().heatRelease;
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const release = (active ? checkedAgainst.get(active) : undefined) ?? (setting ? `Heat ${setting}` : 'the newest Heat');
    this.item.busy = state.kind === 'starting';
    this.item.severity = state.kind === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    if (state.kind === 'failed') {
      this.item.text = 'hot-lint failed';
      this.item.detail = state.reason;
    } else if (state.kind === 'starting') {
      this.item.text = 'hot-lint starting';
      this.item.detail = '';
    } else if (state.kind === 'ready') {
      this.item.text = `hot-lint: ${release}`;
      this.item.detail = 'Heat templates and environments are checked';
    } else {
      this.item.text = 'hot-lint';
      this.item.detail = 'Starts when a Heat template or environment is opened';
    }
  }

  /** Shown again: the active document or the release it was checked against changed. */
  refresh(): void {
    this.show(this.last);
  }

  dispose(): void {
    this.item.dispose();
  }
}

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('hot-lint');
  const status = new StatusItem();
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  // A 1 MB young generation: the server's garbage comes in bursts (a lint per edit), and V8 keeps
  // the default 16 MB semi-spaces committed afterwards: ~40 MB of resident memory for nothing
  // (bench/lsp-soak.bench.mjs: 120 MB after a long session, 81 MB with this).
  const execArgv = ['--max-semi-space-size=1'];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...execArgv, '--inspect=6010'] } },
  };

  const createClient = (): LanguageClient => {
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'yaml' },
        { scheme: 'untitled', language: 'yaml' },
        { scheme: 'file', language: 'json' },
        { scheme: 'untitled', language: 'json' },
      ],
      initializationOptions: settings(),
      outputChannel: output,
      traceOutputChannel: output,
      // The server registers workspace/didChangeWatchedFiles itself; settings are pushed.
      synchronize: { configurationSection: 'hotLint' },
      middleware: {
        // Other YAML is none of our business: no completion or hover offered there. (The server
        // checks too, so a document that becomes a template while typing is picked up.)
        provideCompletionItem: (document, position, ctx, token, next) =>
          isHeatDocument(document) ? next(document, position, ctx, token) : undefined,
        provideHover: (document, position, token, next) => (isHeatDocument(document) ? next(document, position, token) : undefined),
        // From the command palette the command has no argument: it validates the active template.
        executeCommand: (command, args, next) => {
          if (command !== VALIDATE_REMOTE_COMMAND || args.length > 0) return next(command, args);
          const document = vscode.window.activeTextEditor?.document;
          if (!document || !isHeatDocument(document)) {
            void vscode.window.showInformationMessage('hot-lint: open a Heat template to validate it.');
            return undefined;
          }
          return next(command, [document.uri.toString()]);
        },
      },
    };
    const created = new LanguageClient('hotLint', 'hot-lint', serverOptions, clientOptions);
    created.onNotification('$/hotLint/heatRelease', (params: { uri: string; heatRelease: string }) => {
      checkedAgainst.set(params.uri, params.heatRelease);
      status.refresh();
    });
    created.onDidChangeState((event) => {
      if (event.newState === State.Running) status.show({ kind: 'ready' });
      else if (event.newState === State.Starting) status.show({ kind: 'starting' });
    });
    return created;
  };

  const start = (): Promise<void> => {
    if (starting) return starting;
    client = createClient();
    status.show({ kind: 'starting' });
    const running = client;
    starting = running.start().then(
      () => status.show({ kind: 'ready' }),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        output.appendLine(`hot-lint: the language server did not start: ${reason}`);
        status.show({ kind: 'failed', reason });
      },
    );
    return starting;
  };

  const stop = async (): Promise<void> => {
    const running = client;
    client = undefined;
    starting = undefined;
    if (running) await running.stop().catch(() => undefined);
  };

  // The server starts with the first Heat document, not with every YAML or JSON file.
  const maybeStart = (document: vscode.TextDocument) => {
    if (!starting && isHeatDocument(document)) void start();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.workspace.onDidChangeTextDocument((event) => maybeStart(event.document)),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      await stop();
      output.appendLine('hot-lint: restarting the language server');
      await start();
    }),
    { dispose: () => void stop() },
  );
  registerStackGraph(context, () => client, (document) => isHeatDocument(document) && TEMPLATE_MARK.test(document.getText().slice(0, 65536)));
  for (const document of vscode.workspace.textDocuments) maybeStart(document);
  if (starting) await starting;
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  starting = undefined;
  if (running) await running.stop();
}
