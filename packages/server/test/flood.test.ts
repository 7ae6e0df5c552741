import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import type { MessageStrategy } from 'vscode-languageserver/node.js';
import { backpressure } from '../src/backpressure.js';
import { startServer } from '../src/server.js';
import type { ServerCounters } from '../src/server.js';
import { TestClient } from './lsp-client.js';

/** A template of about 50 KB with a mistake in every tenth resource (an undefined parameter). */
function bigTemplate(): string {
  const lines = ['heat_template_version: 2021-04-16', 'description: flood', 'parameters:', '  image:', '    type: string', 'resources:'];
  for (let i = 0; lines.join('\n').length < 50_000; i++) {
    lines.push(
      `  server_${i}:`,
      '    type: OS::Nova::Server',
      '    properties:',
      `      name: server-${i}`,
      `      image: {get_param: ${i % 10 === 0 ? 'missing' : 'image'}}`,
      '      flavor: m1.small',
    );
  }
  return `${lines.join('\n')}\n`;
}

const CONTENT_MODIFIED = -32801;

describe('a flooding client', () => {
  it('2,000 edits sent without waiting are linted a few times, and the last diagnostics are those of the final text', async () => {
    const counters: ServerCounters = { lints: 0 };
    const client = await TestClient.inProcess({}, { counters });
    const fresh = await TestClient.inProcess();
    try {
      const uri = 'file:///flood/big.yaml';
      let text = bigTemplate();
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, text);
      await opened;
      const lintsAfterOpen = counters.lints;
      const hovers: Array<Promise<unknown>> = [];
      const sent: Array<Promise<void>> = [];
      // Each edit appends a digit to the description (line 1); a hover every 50 edits, as an editor sends them.
      for (let i = 0; i < 2000; i++) {
        const start = text.indexOf('\n') + 1;
        const end = text.indexOf('\n', start);
        const digit = String(i % 10);
        const at = { line: 1, character: end - start };
        sent.push(client.change(uri, [{ range: { start: at, end: at }, text: digit }]));
        text = `${text.slice(0, end)}${digit}${text.slice(end)}`;
        if (i % 50 === 25) hovers.push(client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 4 } }).catch((e: { code?: number }) => e.code));
      }
      await Promise.all(sent);
      const last = await client.diagnosticsMatching(uri, (p) => p.version === 2001);
      const answers = await Promise.all(hovers);
      // Superseded work is dropped: hovers overtaken by an edit answer ContentModified without a lint.
      expect(answers.every((a) => a === CONTENT_MODIFIED || (a !== null && typeof a === 'object'))).toBe(true);
      expect(counters.lints - lintsAfterOpen).toBeLessThan(20);
      const expected = fresh.nextDiagnostics('file:///flood/fresh.yaml');
      await fresh.open('file:///flood/fresh.yaml', text);
      expect(last.diagnostics).toEqual((await expected).diagnostics);
      expect(last.diagnostics.length).toBeGreaterThan(0);
    } finally {
      await client.stop();
      await fresh.stop();
    }
  }, 60_000);

  it('a client that stops reading does not make the server queue output without bound', async () => {
    /** The server's stdout when the client does not read: writes wait until released. */
    class Held extends Writable {
      held: Array<() => void> | null = [];
      readonly sink = new PassThrough();
      override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
        const pass = () => {
          this.sink.write(chunk);
          done();
        };
        if (this.held) this.held.push(pass);
        else pass();
      }
      release(): void {
        const held = this.held ?? [];
        this.held = null;
        for (const pass of held) pass();
      }
    }
    const toServer = new PassThrough();
    const toClient = new Held();
    const paced = backpressure(toServer, toClient);
    let handled = 0;
    const counting: MessageStrategy = {
      handleMessage: (message, next) =>
        paced.handleMessage(message, (m) => {
          handled += 1;
          next(m);
        }),
    };
    const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient), { messageStrategy: counting });
    startServer(server, { debounceMs: 0 });
    const client = createProtocolConnection(new StreamMessageReader(toClient.sink), new StreamMessageWriter(toServer));
    client.listen();
    try {
      const uri = 'file:///flood/big.yaml';
      const initialized = client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      void client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: bigTemplate() } });
      // Each answer is tens of KB (a symbol per resource): 300 of them are several MB held in memory.
      const answers: Array<Promise<unknown>> = [];
      for (let i = 0; i < 300; i++) answers.push(client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
      await new Promise((resolve) => setTimeout(resolve, 2000));
      // The first answer could not go out: the server stopped there instead of queueing 300 answers.
      expect(handled).toBeLessThan(5);
      toClient.release();
      await initialized;
      const symbols = (await Promise.all(answers)) as unknown[][];
      expect(handled).toBe(302);
      expect(symbols).toHaveLength(300);
      expect(JSON.stringify(symbols[0]).length).toBeGreaterThan(50_000);
      expect(symbols.every((list) => JSON.stringify(list) === JSON.stringify(symbols[0]))).toBe(true);
    } finally {
      toClient.release();
      await client.sendRequest('shutdown');
      client.dispose();
      server.dispose();
    }
  }, 60_000);
});
