#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { backpressure } from './backpressure.js';
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

Environment: HOT_LINT_DEBOUNCE_MS, the pause in ms before linting an edited document.
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
  const connection = stdio
    ? createConnection(ProposedFeatures.all, { messageStrategy: backpressure(process.stdin, process.stdout) })
    : createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (error) => connection.console.error(`hot-lint: uncaught: ${error.stack ?? String(error)}`));
  // HOT_LINT_DEBOUNCE_MS changes the pause before linting an edited document (benchmarks use 0).
  const debounce = Number(process.env.HOT_LINT_DEBOUNCE_MS);
  startServer(connection, Number.isFinite(debounce) && debounce >= 0 ? { debounceMs: debounce } : {});
}
