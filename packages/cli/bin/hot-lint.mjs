#!/usr/bin/env node
// The installed command: the CLI with core and remote in one CommonJS bundle, and its worker in
// another (scripts/bundle.mjs, run by `npm run build`), each run with V8's code cache
// (dist/compile-cache.js); the Heat data is that of @hot-lint/core, installed beside it as a
// dependency. (The pre-commit hook runs hook/hot-lint.mjs, the same sources built into one ES
// module with no worker.)
import { runBundle } from '../dist/compile-cache.js';

runBundle(new URL('../dist/hot-lint.bundle.cjs', import.meta.url));
