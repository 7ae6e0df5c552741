import { afterEach, describe, expect, it, vi } from 'vitest';
import { fullGc, idleCollector } from '../src/idle-memory.js';
import { TestClient } from './lsp-client.js';

describe('idleCollector', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once after a burst of document changes, when none has come for the quiet time', () => {
    vi.useFakeTimers();
    const collections: number[] = [];
    const idle = idleCollector(300, (changes) => collections.push(changes));
    idle.seen('textDocument/didOpen');
    vi.advanceTimersByTime(299);
    idle.seen('textDocument/didChange');
    vi.advanceTimersByTime(299);
    idle.seen('textDocument/didChange');
    vi.advanceTimersByTime(299);
    expect(collections).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(collections).toEqual([3]);
    vi.advanceTimersByTime(10_000);
    expect(collections).toEqual([3]);
  });

  it('neither starts nor puts off a collection for requests and responses', () => {
    vi.useFakeTimers();
    const collections: number[] = [];
    const idle = idleCollector(300, (changes) => collections.push(changes));
    idle.seen('textDocument/hover');
    idle.seen(undefined);
    vi.advanceTimersByTime(1000);
    expect(collections).toEqual([]);
    idle.seen('workspace/didChangeWatchedFiles');
    vi.advanceTimersByTime(200);
    idle.seen('textDocument/documentHighlight');
    vi.advanceTimersByTime(100);
    expect(collections).toEqual([1]);
  });

  it('settles with one more pass a while after the collection, unless a change comes first', () => {
    vi.useFakeTimers();
    const collections: number[] = [];
    let settled = 0;
    const idle = idleCollector(300, (changes) => collections.push(changes), { afterMs: 1000, run: () => settled++ });
    idle.seen('textDocument/didChange');
    vi.advanceTimersByTime(300);
    expect([collections, settled]).toEqual([[1], 0]);
    vi.advanceTimersByTime(1000);
    expect([collections, settled]).toEqual([[1], 1]);
    vi.advanceTimersByTime(10_000);
    expect(settled).toBe(1);
    // a change while the settle pass waits calls it off; the next burst's collection settles anew
    idle.seen('textDocument/didChange');
    vi.advanceTimersByTime(300);
    vi.advanceTimersByTime(500);
    idle.seen('textDocument/didChange');
    vi.advanceTimersByTime(300);
    expect([collections, settled]).toEqual([[1, 1, 1], 1]);
    vi.advanceTimersByTime(999);
    expect(settled).toBe(1);
    vi.advanceTimersByTime(1);
    expect(settled).toBe(2);
  });

  it('collects nothing once disposed', () => {
    vi.useFakeTimers();
    const collections: number[] = [];
    const idle = idleCollector(300, (changes) => collections.push(changes));
    idle.seen('textDocument/didClose');
    idle.dispose();
    vi.advanceTimersByTime(1000);
    expect(collections).toEqual([]);
  });
});

describe('fullGc', () => {
  it('gives V8 full collection without --expose-gc on the command line', () => {
    expect(process.execArgv).not.toContain('--expose-gc');
    const gc = fullGc();
    expect(gc).toBeTypeOf('function');
    gc!();
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `done`, giving up after `limitMs` (the assertions after it then say what is missing). */
async function until(done: () => boolean, limitMs = 15_000): Promise<void> {
  for (let waited = 0; !done() && waited < limitMs; waited += 50) await sleep(50);
}

describe('the server started as an editor starts it', () => {
  it('runs one full GC after a burst of edits, traced to the client, and none for requests alone', async () => {
    const quietMs = 500;
    const client = await TestClient.start({}, { env: { ...process.env, HOT_LINT_IDLE_MS: String(quietMs) } });
    const traces: string[] = [];
    client.connection.onNotification('$/logTrace', (params: { message: string }) => traces.push(params.message));
    try {
      await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
      const uri = 'file:///idle/main.yaml';
      const text = 'heat_template_version: 2021-04-16\nresources:\n  box:\n    type: OS::Nova::Server\n    properties:\n      flavor: m1.small\n';
      // the first lint loads the catalog, which may take longer than the quiet time: the opening is a burst of its own
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, text);
      await opened;
      await until(() => traces.length >= 1);
      expect(traces).toEqual([expect.stringMatching(/^hot-lint: idle after 1 document changes: full GC, RSS \d+ MB -> \d+ MB$/)]);

      for (let i = 0; i < 5; i++) await client.change(uri, [{ text: `${text}# edit ${i}\n` }]);
      await until(() => traces.length >= 2);
      expect(traces).toHaveLength(2);
      expect(traces[1]).toMatch(/^hot-lint: idle after 5 document changes: full GC, RSS \d+ MB -> \d+ MB$/);

      // requests alone (a cursor that moves) are no burst
      for (let i = 0; i < 3; i++) {
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await sleep(quietMs);
      }
      await client.change(uri, [{ text }]);
      await client.close(uri);
      await until(() => traces.length >= 3);
      expect(traces).toHaveLength(3);
      expect(traces[2]).toMatch(/^hot-lint: idle after 2 document changes: full GC, RSS \d+ MB -> \d+ MB$/);
    } finally {
      await client.stop();
    }
  }, 60_000);
});
