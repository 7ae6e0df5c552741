import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from '../src/server.js';
import type { ServerCounters } from '../src/server.js';
import type { ClientCapabilities, PublishDiagnosticsParams, ProtocolConnection } from 'vscode-languageserver-protocol';

/** The capabilities VS Code declares, for what the server looks at. */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
  workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

export const SERVER_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

/** A real LSP client talking to the built server over stdio. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  private readonly waiters: Array<{ uri: string; count: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private versions = new Map<string, number>();

  /** The edits the server asked the client to apply (workspace/applyEdit). */
  readonly appliedEdits: unknown[] = [];
  /** The registrations the server asked for (client/registerCapability). */
  readonly registrations: Array<{ id: string; method: string; registerOptions?: unknown }> = [];

  private constructor(
    input: NodeJS.ReadableStream,
    output: NodeJS.WritableStream,
    private readonly kill: () => void,
    readonly child?: ChildProcessWithoutNullStreams,
  ) {
    this.connection = createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    this.connection.onRequest('workspace/applyEdit', (params: { edit: unknown }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: TestClient['registrations'] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && list.length >= waiter.count) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(list[waiter.count - 1]!);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.messages.push(p.message));
    this.connection.listen();
  }

  /**
   * `env`: the server's environment (default: this process's); `workspaceFolders`: file URIs;
   * `capabilities`: the client's (default: what VS Code declares of what the server uses).
   */
  static async start(
    initializationOptions: unknown = {},
    options: { env?: NodeJS.ProcessEnv; workspaceFolders?: string[]; capabilities?: ClientCapabilities } = {},
  ): Promise<TestClient> {
    const child = spawn(process.execPath, [process.env.HOT_LINT_SERVER ?? SERVER_BIN, '--stdio'], {
      stdio: 'pipe',
      ...(options.env ? { env: options.env } : {}),
    });
    return TestClient.initialize(new TestClient(child.stdout, child.stdin, () => child.kill(), child), initializationOptions, options);
  }

  /** The server in this process (startServer on a pair of streams): no spawn, same protocol. */
  static async inProcess(
    initializationOptions: unknown = {},
    options: { workspaceFolders?: string[]; capabilities?: ClientCapabilities; debounceMs?: number; counters?: ServerCounters } = {},
  ): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(serverConnection, { debounceMs: options.debounceMs ?? 0, ...(options.counters ? { counters: options.counters } : {}) });
    const kill = () => {
      serverConnection.dispose();
      toServer.end();
      toClient.end();
    };
    return TestClient.initialize(new TestClient(toClient, toServer, kill), initializationOptions, options);
  }

  private static async initialize(
    client: TestClient,
    initializationOptions: unknown,
    options: { workspaceFolders?: string[]; capabilities?: ClientCapabilities },
  ): Promise<TestClient> {
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? VSCODE_CAPABILITIES,
      initializationOptions,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) } : {}),
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first diagnostics published for a URI from now on that satisfy `test`. */
  diagnosticsMatching(uri: string, test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const from = this.diagnostics.get(uri)?.length ?? 0;
    return new Promise((resolve) => {
      const check = () => {
        const list = this.diagnostics.get(uri) ?? [];
        const found = list.slice(from).find(test);
        if (found) return resolve(found);
        void this.nextDiagnostics(uri).then(check);
      };
      check();
    });
  }

  /** Resolves with the n-th (1-based) diagnostics published for a URI from now on. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const count = (this.diagnostics.get(uri)?.length ?? 0) + 1;
    return new Promise((resolve) => this.waiters.push({ uri, count, resolve }));
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, contentChanges: unknown[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.kill();
  }
}
