#!/usr/bin/env node
// first: the V8 flags take effect before the other modules allocate
import './young-generation.js';
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, type MessageStrategy } from 'vscode-languageserver/node.js';
import { backpressure } from './backpressure.js';
import { fullGc, idleCollector } from './idle-memory.js';
import { startServer } from './server.js';

const HELP = `Usage: hot-lint-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The hot-lint language server for OpenStack Heat Orchestration Templates (HOT): diagnostics,
completion, hover, navigation, rename and quick fixes over the Language Server Protocol.
An editor starts it; it talks over standard input and output unless told otherwise.

Options:
      --stdio             Talk LSP over standard input/output (the default)
      --node-ipc          Talk over Node's IPC channel (when started by a Node client)
      --socket=PORT       Talk over a TCP socket the client listens on
      --pipe=NAME         Talk over a named pipe / Unix socket
  -v, --version           Print the version
  -h, --help              Print this help

Environment: HOT_LINT_DEBOUNCE_MS, the pause in ms before linting an edited document;
HOT_LINT_IDLE_MS, the pause in ms without edits after which the server frees memory (3000).
`;

function version(): string {
  try {
    // package.json beside dist/ (or, bundled in the VS Code extension, the extension's own, same version).
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${version()}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
} else {
  // `--stdio` (the default), `--node-ipc` and `--socket=N` are read by createConnection itself.
  if (!args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
    process.argv.push('--stdio');
  }
  const stdio = process.argv.includes('--stdio');
  // `connection` is only traced to after a burst, long after it is made
  const idle = idleMemory((message) => connection.tracer.log(message));
  const flow: MessageStrategy | undefined = stdio ? backpressure(process.stdin, process.stdout) : undefined;
  const connection = createConnection(ProposedFeatures.all, {
    messageStrategy: {
      handleMessage(message, next) {
        idle?.seen('method' in message && typeof message.method === 'string' ? message.method : undefined);
        if (flow) flow.handleMessage(message, next);
        else next(message);
      },
    },
  });
  process.on('uncaughtException', (error) => connection.console.error(`hot-lint: uncaught: ${error.stack ?? String(error)}`));
  // HOT_LINT_DEBOUNCE_MS changes the pause before linting an edited document (benchmarks use 0).
  const debounce = Number(process.env.HOT_LINT_DEBOUNCE_MS);
  startServer(connection, Number.isFinite(debounce) && debounce >= 0 ? { debounceMs: debounce } : {});
}

/**
 * The memory a burst of edits made V8 commit goes back once the editing stops: one full GC (V8
 * then releases the emptied pages) and a second one a second later, the first traced for a client
 * that asks for traces.
 */
function idleMemory(trace: (message: string) => void) {
  const gc = fullGc();
  if (!gc) return undefined;
  const quiet = Number(process.env.HOT_LINT_IDLE_MS);
  const collect = (changes: number) => {
    const before = process.memoryUsage.rss();
    gc();
    const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
    trace(`hot-lint: idle after ${changes} document changes: full GC, RSS ${mb(before)} MB -> ${mb(process.memoryUsage.rss())} MB`);
  };
  // Pages swept concurrently after the first pass are given back only by a later one.
  return idleCollector(Number.isFinite(quiet) && quiet >= 0 ? quiet : 3000, collect, { afterMs: 1000, run: gc });
}
