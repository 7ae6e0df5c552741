import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOOK_FILE = join(__dirname, '../hook/hot-lint.mjs');
const BUNDLE_SCRIPT = join(__dirname, '../scripts/bundle.mjs');

describe('the committed pre-commit command (hook/hot-lint.mjs)', () => {
  it('is exactly what the current sources build (else: node packages/cli/scripts/bundle.mjs)', () => {
    // In a child process: esbuild's service does not start inside a vitest worker.
    const built = execFileSync(process.execPath, [BUNDLE_SCRIPT, '--stdout'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const committed = readFileSync(HOOK_FILE, 'utf8');
    // Not toBe on 800 KB of text: a mismatch names the first differing line.
    const builtLines = built.split('\n');
    const first = committed.split('\n').findIndex((line, i) => line !== builtLines[i]);
    expect(first === -1 && committed.length === built.length ? 'identical' : `differs from line ${first + 1}`).toBe('identical');
  });

  it('is an executable script for the system node that imports only Node built-ins', () => {
    expect(statSync(HOOK_FILE).mode & 0o111).toBe(0o111);
    const text = readFileSync(HOOK_FILE, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const imports = [...text.matchAll(/^import .* from ['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    const requires = [...text.matchAll(/(?<!['"])\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect([...imports, ...requires].filter((specifier) => !builtins.has(specifier))).toEqual([]);
  });
});
