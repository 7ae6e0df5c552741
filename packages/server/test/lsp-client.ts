import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import type { PublishDiagnosticsParams, ProtocolConnection } from 'vscode-languageserver-protocol';

export const SERVER_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

/** A real LSP client talking to the built server over stdio. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  private readonly waiters: Array<{ uri: string; count: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private versions = new Map<string, number>();

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
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

  /** `env`: the server's environment (default: this process's); `workspaceFolders`: file URIs. */
  static async start(
    initializationOptions: unknown = {},
    options: { env?: NodeJS.ProcessEnv; workspaceFolders?: string[] } = {},
  ): Promise<TestClient> {
    const child = spawn(process.execPath, [process.env.HOT_LINT_SERVER ?? SERVER_BIN, '--stdio'], {
      stdio: 'pipe',
      ...(options.env ? { env: options.env } : {}),
    });
    const client = new TestClient(child);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
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
    this.child.kill();
  }
}
