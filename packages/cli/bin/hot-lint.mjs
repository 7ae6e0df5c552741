#!/usr/bin/env node
// The installed command. The build bundles the CLI into one module (dist/hot-lint.bundle.js,
// scripts/bundle.mjs), which starts faster than resolving the ~200 compiled modules; without
// a bundle (no esbuild at install), the compiled modules run as they are.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/hot-lint.bundle.js', import.meta.url);
await import(existsSync(bundle) ? bundle.href : new URL('../dist/bin.js', import.meta.url).href);
