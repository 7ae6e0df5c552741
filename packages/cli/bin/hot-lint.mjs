#!/usr/bin/env node
// The installed command: the compiled modules of dist/, with @hot-lint/core and
// @hot-lint/remote installed beside it as dependencies. (The pre-commit hook runs the
// single-module build of the same sources instead, hook/hot-lint.mjs.)
await import('../dist/bin.js');
