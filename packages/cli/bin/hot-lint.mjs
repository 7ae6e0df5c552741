#!/usr/bin/env node
// The installed command: the CLI with core and remote in one module, and its worker in another
// (scripts/bundle.mjs, run by `npm run build`); the Heat data is that of @hot-lint/core,
// installed beside it as a dependency. (The pre-commit hook runs hook/hot-lint.mjs, the same
// sources built into one module with no worker.)
await import('../dist/hot-lint.bundle.js');
