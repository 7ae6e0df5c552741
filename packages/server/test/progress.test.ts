import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import type { ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_BIN } from './lsp-client.js';

const TEMPLATE = 'heat_template_version: 2021-04-16\nresources:\n  a: {type: OS::Heat::None, depends_on: [b]}\n';

let stop: (() => void) | null = null;
afterEach(() => stop?.());

/** A server whose client does or does not support window.workDoneProgress; what it sends is recorded. */
async function start(workDoneProgress: boolean) {
  const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: 'pipe', env: { ...process.env, HOT_LINT_DEBOUNCE_MS: '0' } });
  stop = () => child.kill();
  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const events: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  connection.onRequest('window/workDoneProgress/create', (params: { token: unknown }) => {
    events.push(`create ${typeof params.token}`);
    return null;
  });
  connection.onNotification('$/progress', (params: { value: { kind: string; message?: string; title?: string } }) => {
    const v = params.value;
    events.push(`${v.kind}${v.title ? ` ${v.title}` : ''}${v.message ? `: ${v.message}` : ''}`);
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: workDoneProgress ? { window: { workDoneProgress: true } } : {} });
  await connection.sendNotification('initialized', {});
  return { connection, events, published };
}

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

async function openThreeThenChangeSettings(workDoneProgress: boolean) {
  const server = await start(workDoneProgress);
  for (const name of ['a', 'b', 'c']) {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `untitled:${name}.yaml`, languageId: 'yaml', version: 1, text: TEMPLATE } });
  }
  await until(() => server.published.length === 3);
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { hotLint: {} } });
  await until(() => server.published.length === 6);
  return server;
}

describe('$/progress', () => {
  it('reports linting every open document again, to a client that supports it', async () => {
    const { events, published } = await openThreeThenChangeSettings(true);
    await until(() => events.includes('end'));
    expect(events).toEqual(['create string', 'begin hot-lint: Linting 3 documents', 'report: 1/3 documents', 'report: 2/3 documents', 'report: 3/3 documents', 'end']);
    expect(published.slice(3).map((p) => p.uri)).toEqual(['untitled:a.yaml', 'untitled:b.yaml', 'untitled:c.yaml']);
    expect(published[5]!.diagnostics.map((d) => d.code)).toEqual(published[2]!.diagnostics.map((d) => d.code));
    expect(published[5]!.diagnostics.length).toBeGreaterThan(0);
  });

  it('sends nothing of it to a client that does not', async () => {
    const { events } = await openThreeThenChangeSettings(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual([]);
  });
});
