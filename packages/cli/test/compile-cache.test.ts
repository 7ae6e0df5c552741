import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBundle, saveCompileCache as save } from '../src/compile-cache.js';
import { tempDir } from './run.js';

let copies = 0;
/**
 * A CommonJS bundle that uses what a bundle gets (require, __filename), written each time in a new
 * folder: V8 keeps what it compiled for a file name, and would not look at the cache for the same one.
 */
function bundle(dir: string, body = 'function twice(x) { return 2 * x; }'): URL {
  const folder = join(dir, `copy-${copies++}`);
  mkdirSync(folder);
  const file = join(folder, 'demo.bundle.cjs');
  writeFileSync(file, `#!/usr/bin/env node\n${body}\nglobalThis.demoSeen = [typeof require('node:path').join, __filename, twice(21)];\n`);
  return pathToFileURL(file);
}
const seen = () => (globalThis as { demoSeen?: unknown }).demoSeen;
const ran = (url: URL) => ['function', fileURLToPath(url), 42];

describe('runBundle (the installed command with V8 code cache)', () => {
  it('compiles and writes the cache once, then runs from it', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const first = bundle(dir);
    expect(runBundle(first, cache)).toBe('compiled');
    expect(seen()).toEqual(ran(first));
    save();
    const [file] = readdirSync(cache);
    expect(file).toMatch(new RegExp(`^demo\\.bundle\\.cjs-${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{32}\\.v8cache$`));
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(join(cache, file!)).mode & 0o777).toBe(0o600);
    const second = bundle(dir);
    expect(runBundle(second, cache)).toBe('cached');
    expect(seen()).toEqual(ran(second));
  });

  it('compiles as usual from a corrupt cache file, and replaces it', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    runBundle(bundle(dir), cache);
    save();
    writeFileSync(join(cache, readdirSync(cache)[0]!), 'not a code cache');
    const url = bundle(dir);
    expect(runBundle(url, cache)).toBe('compiled');
    expect(seen()).toEqual(ran(url));
    save();
    expect(runBundle(bundle(dir), cache)).toBe('cached');
  });

  it('never takes the cache of another text, even of the same length, and keeps only the newest', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    runBundle(bundle(dir, 'function twice(x) { return 2 * x; }'), cache);
    save();
    const other = bundle(dir, 'function twice(y) { return y + y; }');
    expect(runBundle(other, cache)).toBe('compiled');
    expect(seen()).toEqual(ran(other));
    save();
    expect(readdirSync(cache)).toHaveLength(1);
    expect(runBundle(bundle(dir, 'function twice(y) { return y + y; }'), cache)).toBe('cached');
  });

  it.skipIf(process.getuid === undefined)('neither reads nor writes a folder others may write, or a link to one', () => {
    const dir = tempDir();
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const url = bundle(dir);
    expect(runBundle(url, shared)).toBe('compiled');
    expect(seen()).toEqual(ran(url));
    save();
    expect(readdirSync(shared)).toEqual([]);
    const own = join(dir, 'own');
    runBundle(bundle(dir), own);
    save();
    const link = join(dir, 'link');
    symlinkSync(own, link);
    expect(runBundle(bundle(dir), link)).toBe('compiled');
    expect(runBundle(bundle(dir), own)).toBe('cached');
  });

  it('runs without a cache when there is no folder for it', () => {
    const dir = tempDir();
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const url = bundle(dir);
    expect(runBundle(url, join(blocked, 'cache'))).toBe('compiled');
    expect(seen()).toEqual(ran(url));
    save();
    expect(existsSync(join(blocked, 'cache'))).toBe(false);
    expect(runBundle(bundle(dir), null)).toBe('compiled');
  });

  it("writes the cache before optimizeNoMore changes V8's flags: the next start takes it", () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const url = bundle(dir);
    const dist = pathToFileURL(resolve(__dirname, '../dist/compile-cache.cjs')).href;
    /** One process that runs the bundle, then does `then`; what runBundle said. */
    const start = (then: string) => {
      const code = `import { runBundle, optimizeNoMore } from ${JSON.stringify(dist)}; import { setFlagsFromString } from 'node:v8'; process.stdout.write(runBundle(new URL(${JSON.stringify(url.href)}), ${JSON.stringify(cache)})); ${then}`;
      return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout;
    };
    // Flags changed before the cache is written at exit: V8 refuses that cache.
    expect(start("setFlagsFromString('--no-opt');")).toBe('compiled');
    expect(start('')).toBe('compiled');
    rmSync(cache, { recursive: true });
    expect(start('optimizeNoMore();')).toBe('compiled');
    expect(start('')).toBe('cached');
  });

  it("is off with Node's NODE_DISABLE_COMPILE_CACHE", () => {
    const dir = tempDir();
    process.env.NODE_DISABLE_COMPILE_CACHE = '1';
    try {
      runBundle(bundle(dir));
      save();
      expect(runBundle(bundle(dir))).toBe('compiled');
    } finally {
      delete process.env.NODE_DISABLE_COMPILE_CACHE;
    }
  });
});
