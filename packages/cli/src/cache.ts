import { hash as digest } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const FORMAT = 'hot-lint-cache';
const FORMAT_VERSION = 2;
/** Where the cache is kept when no --cache-location says. */
const DEFAULT_CACHE_LOCATION = '.hot-lint-cache';

/** The cache file of a run: as the user named it (for messages), and its absolute path. */
export function cacheFileOf(cacheLocation: string | undefined, cwd: string): { location: string; path: string } {
  const location = cacheLocation ?? DEFAULT_CACHE_LOCATION;
  return { location, path: resolve(cwd, location) };
}
/**
 * A file modified this close to the moment it was hashed is hashed again next time: it may have
 * changed again within its file system's timestamp granularity (git's "racy" files).
 */
const RACY_MS = 3000;
/** What a missing or unreadable file hashes to: it appearing later invalidates what depended on its absence. */
const ABSENT = 'absent';

interface Entry {
  /** The hash of everything but the files: the tool, the configuration, the options, the job. */
  key: string;
  /** Every file the result was computed from (the file itself first), with the hash of its content then. */
  depends: Record<string, string>;
  result: unknown;
}

/** A file's hash with its size, times and inode then: while all are the same, its content is taken to be (as git's index and ESLint's cache take it). */
interface Seen {
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

interface CacheFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** The hot-lint that wrote it: another one's findings may differ, so its entries are dropped. */
  tool: string;
  entries: Record<string, Entry>;
  files: Record<string, Seen>;
}

/**
 * The findings of earlier runs, each valid while its key and the content of every file it
 * was computed from are unchanged (like ESLint's and Ruff's caches). A damaged or foreign
 * cache file is set aside with a note, never an error.
 */
export class LintCache {
  private readonly hashes = new Map<string, string>();
  private changed = false;
  /** Hits and misses of this run, for HOT_LINT_DEBUG and the tests. */
  readonly stats = { hits: 0, misses: 0 };

  private readonly openedAt = Date.now();

  private constructor(
    readonly path: string,
    private readonly tool: string,
    private entries: Record<string, Entry>,
    private readonly files: Record<string, Seen> = {},
  ) {}

  static open(path: string, tool: string, note: (message: string) => void): LintCache {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') note(`cannot read the cache (${(error as Error).message}); linting everything.`);
      return new LintCache(path, tool, {});
    }
    let file: Partial<CacheFile> | null = null;
    try {
      file = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      // damaged: noted below
    }
    if (!file || typeof file !== 'object' || file.format !== FORMAT || typeof file.entries !== 'object' || file.entries === null) {
      note('not a hot-lint cache file, or a damaged one; linting everything and writing a new one.');
      return new LintCache(path, tool, {});
    }
    if (file.version !== FORMAT_VERSION || file.tool !== tool) return new LintCache(path, tool, {});
    const files = typeof file.files === 'object' && file.files !== null ? file.files : {};
    return new LintCache(path, tool, file.entries, files);
  }

  /** The cached result of `id`, when its key matches and no file it came from changed. */
  lookup(id: string, key: string): unknown {
    const entry = this.entries[id];
    const valid =
      entry !== undefined &&
      entry.key === key &&
      typeof entry.depends === 'object' &&
      entry.depends !== null &&
      Object.entries(entry.depends).every(([path, hash]) => this.hashOf(path) === hash);
    if (valid) this.stats.hits++;
    else this.stats.misses++;
    return valid ? entry.result : undefined;
  }

  store(id: string, key: string, depends: readonly string[], result: unknown): void {
    const hashes: Record<string, string> = {};
    for (const path of depends) hashes[path] = this.hashOf(path);
    this.entries[id] = { key, depends: hashes, result };
    this.changed = true;
  }

  /** Writes the cache file (atomically) when anything changed; a failure is a note. */
  save(note: (message: string) => void): void {
    if (!this.changed) return;
    const file: CacheFile = { format: FORMAT, version: FORMAT_VERSION, tool: this.tool, entries: this.entries, files: this.files };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, JSON.stringify(file));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
      note(`cannot write the cache (${(error as Error).message}); the next run lints everything again.`);
    }
  }

  /** The hash of a file's content now (once per run), or ABSENT: read again only when its size, times or inode moved. */
  hashOf(path: string): string {
    let hash = this.hashes.get(path);
    if (hash !== undefined) return hash;
    hash = ABSENT;
    try {
      // A missing file is a usual answer (a nested template not written yet): no error to build for it.
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) {
        this.hashes.set(path, ABSENT);
        return ABSENT;
      }
      const seen = this.files[path];
      if (seen && typeof seen === 'object' && seen.size === stat.size && seen.mtimeMs === stat.mtimeMs && seen.ctimeMs === stat.ctimeMs && seen.ino === stat.ino && typeof seen.hash === 'string') {
        hash = seen.hash;
      } else {
        hash = digest('sha256', readFileSync(path), 'base64');
        if (this.openedAt - stat.mtimeMs > RACY_MS) {
          this.files[path] = { hash, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
          this.changed = true;
        } else if (seen) {
          delete this.files[path];
          this.changed = true;
        }
      }
    } catch {
      hash = ABSENT;
    }
    this.hashes.set(path, hash);
    return hash;
  }
}

/** A stable hash of plain data (object keys sorted), for cache keys. */
export function keyOf(...parts: unknown[]): string {
  return digest('sha256', stableJson(parts), 'base64');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + stableJson(value[i]);
    return `${out}]`;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    let out = '{';
    for (const key of Object.keys(object).sort()) {
      const item = object[key];
      if (item === undefined) continue;
      out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${stableJson(item)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
