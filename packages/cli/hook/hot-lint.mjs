#!/usr/bin/env node
// The command as the pre-commit hook installs it: pre-commit packs the repository root
// (`npm pack`) and installs that one package, in which the workspace packages are plain
// folders, not installed dependencies. The build bundles the command into one module
// (dist/hot-lint.bundle.js, packages/cli/scripts/bundle.mjs), which needs no resolution and
// starts fastest. Without it, teach the resolver where @hot-lint/* live, then run the CLI.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

if (existsSync(new URL('../dist/hot-lint.bundle.js', import.meta.url))) {
  await import('../dist/hot-lint.bundle.js');
} else {
  register('./resolve-workspace.mjs', import.meta.url);
  await import('../dist/bin.js');
}
