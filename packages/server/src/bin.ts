#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';

// `--stdio` (the default), `--node-ipc` and `--socket=N` are read by createConnection itself.
if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`hot-lint: uncaught: ${error.stack ?? String(error)}`));
// HOT_LINT_DEBOUNCE_MS changes the pause before linting an edited document (benchmarks use 0).
const debounce = Number(process.env.HOT_LINT_DEBOUNCE_MS);
startServer(connection, Number.isFinite(debounce) && debounce >= 0 ? { debounceMs: debounce } : {});
