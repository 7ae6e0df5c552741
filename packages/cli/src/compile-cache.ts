// Loaded by bin/hot-lint.cjs and by each worker before anything else, so it imports Node alone.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** Where each thread keeps the save of the bundle it ran (saveCompileCache): a global, as each bundle holds its own copy of this module. */
const SAVE_COMPILE_CACHE = Symbol.for('hot-lint.save-compile-cache');

/**
 * Runs one of the command's CommonJS bundles (dist/*.bundle.cjs) with V8's code cache, as Node 22's
 * module.enableCompileCache does (and ESLint's v8-compile-cache did before it): a start that finds
 * the cache of this very text skips compiling its 1.4 MB of JavaScript, about a quarter of a
 * one-file run. The cache is written once per bundle and Node version, at the end of the first
 * run, into a folder only this user can write (checked before it is read); any trouble with it (a
 * read-only or foreign folder, a stale or corrupt file, which V8 refuses) only means compiling as
 * usual. `cacheDir` null: no cache. Says whether V8 took the cache.
 */
export function runBundle(url: URL, cacheDir: string | null = defaultCacheDir()): 'cached' | 'compiled' {
  const file = fileURLToPath(url);
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  // V8 checks a cache against the length of the text alone: the name holds a hash of all of it.
  const name = `${basename(file)}-${process.version}-${process.arch}-`;
  const cacheFile = cacheDir === null ? null : join(cacheDir, `${name}${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.v8cache`);
  const cached = cacheFile !== null && ownFolder(cacheDir!) ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(Module.wrap(source.replace(/^#!.*/, '')), { filename: file, ...(cached ? { cachedData: cached } : {}) });
  let saved = cached !== undefined && !script.cachedDataRejected;
  const save = () => {
    if (saved || cacheFile === null) return;
    saved = true;
    writeCache(cacheDir!, cacheFile, name, script.createCachedData());
  };
  const saves = globalThis as Record<symbol, (() => void) | undefined>;
  // One exit listener per thread, for the bundle it ran last (a test runs several).
  if (!saves[SAVE_COMPILE_CACHE]) process.once('exit', saveCompileCache);
  saves[SAVE_COMPILE_CACHE] = save;
  const module = { exports: {} };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return cached !== undefined && !script.cachedDataRejected ? 'cached' : 'compiled';
}

/** Writes the code cache of the bundle this thread ran last, now rather than at exit (once; nothing without one). */
export function saveCompileCache(): void {
  (globalThis as Record<symbol, (() => void) | undefined>)[SAVE_COMPILE_CACHE]?.();
}

/**
 * For a process whose work is done but for a little reporting (every file's findings came from
 * the lint cache): stops V8's optimizing compiler. Its jobs would compile code that runs a few
 * more times, and a process waits for the running ones before it exits (20–40 ms of a 250 ms
 * cached run over TripleO). The code cache is written first: V8 refuses a cache written under
 * other flags than those of the process reading it.
 */
export function optimizeNoMore(): void {
  saveCompileCache();
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-opt'); // loaded here only: node:v8 takes 2 ms to load
}

/** Node's own switch for its compile cache turns this one off too. */
function defaultCacheDir(): string | null {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return null;
  return join(tmpdir(), `hot-lint-compile-cache-${process.getuid?.() ?? 'user'}`);
}

/** True when `dir` is a real folder of this user that nobody else may write (a shared temporary folder holds it). */
function ownFolder(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    return process.getuid === undefined || (stat.uid === process.getuid() && (stat.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written beside and renamed into place, so a concurrent run reads the old file or the new one,
 * never half of one; the caches of other texts of the bundle (an older hot-lint) are removed.
 */
function writeCache(dir: string, file: string, name: string, data: Buffer): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownFolder(dir)) return;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
    for (const other of readdirSync(dir)) if (other.startsWith(name) && other.endsWith('.v8cache') && join(dir, other) !== file) rmSync(join(dir, other), { force: true });
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // nothing was written
    }
  }
}
