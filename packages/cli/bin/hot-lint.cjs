#!/usr/bin/env node
// The installed command: the CLI with core and remote in one CommonJS bundle, and its worker's
// (dist/lint-worker-entry.cjs) in another (scripts/bundle.mjs, run by `npm run build`), each run
// with V8's code cache (dist/compile-cache.cjs); the Heat data is that of @hot-lint/core, installed
// beside it as a dependency. CommonJS throughout: an ES module here would load Node's ES module
// loader first, 15-20 ms of a run from the lint cache. (The pre-commit hook runs hook/hot-lint.mjs,
// the same sources built into one ES module with no worker.)
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { runBundle } = require('../dist/compile-cache.cjs');

runBundle(pathToFileURL(join(__dirname, '../dist/hot-lint.bundle.cjs')));
