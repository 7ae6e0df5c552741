#!/usr/bin/env node
// The command as the pre-commit hook installs it: pre-commit packs the repository root
// (`npm pack`) and installs that one package, in which the workspace packages are plain
// folders, not installed dependencies. Teach the resolver where @hot-lint/* live, then run the CLI.
import { register } from 'node:module';

register('./resolve-workspace.mjs', import.meta.url);
await import('../dist/bin.js');
