import { hash as digest } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const FORMAT = 'hot-lint-cache';
const FORMAT_VERSION = 3;
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
  /** Every file the result was computed from (the file itself first), each followed by the hash of its content then. */
  depends: string[];
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

/**
 * The file. Paths are in one table, named elsewhere by their index: JSON.parse interns every
 * object key, and absolute paths as keys made reading the cache of a large tree twice as slow.
 */
interface CacheFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** The hot-lint that wrote it: another one's findings may differ, so its entries are dropped. */
  tool: string;
  paths: string[];
  /**
   * [phase, path, key, depends, result], each path as its index in `paths`. `depends` lists each
   * file as its path, then its hash when that is not the one `files` gives it: a template of a
   * configured tree can depend on a hundred environment files, with the same hashes in every entry.
   */
  entries: Array<[string, number, string, Array<number | string>, unknown]>;
  /** [path, hash, size, mtimeMs, ctimeMs, ino]. */
  files: Array<[number, string, number, number, number, number]>;
}

/** What a cache file holds, read: null when it is not one (damaged, or another tool's). Malformed entries are left out. */
export function decodeCacheFile(text: string): { version: unknown; tool: unknown; entries: Map<string, Entry>; files: Map<string, Seen> } | null {
  let file: Partial<CacheFile> | null = null;
  try {
    file = JSON.parse(text) as Partial<CacheFile>;
  } catch {
    return null;
  }
  if (!file || typeof file !== 'object' || file.format !== FORMAT) return null;
  const entries = new Map<string, Entry>();
  const files = new Map<string, Seen>();
  if (file.version !== FORMAT_VERSION) return { version: file.version, tool: file.tool, entries, files };
  const { paths } = file;
  if (!Array.isArray(paths) || !Array.isArray(file.entries) || !Array.isArray(file.files)) return null;
  const pathAt = (index: unknown): string | undefined => (typeof index === 'number' ? paths[index] : undefined);
  for (const item of file.files as unknown[]) {
    if (!Array.isArray(item) || item.length !== 6) continue;
    const [at, hash, size, mtimeMs, ctimeMs, ino] = item as unknown[];
    const path = pathAt(at);
    if (typeof path === 'string' && typeof hash === 'string' && [size, mtimeMs, ctimeMs, ino].every((n) => typeof n === 'number')) {
      files.set(path, { hash, size, mtimeMs, ctimeMs, ino } as Seen);
    }
  }
  for (const item of file.entries as unknown[]) {
    if (!Array.isArray(item) || item.length !== 5) continue;
    const [phase, at, key, listed, result] = item as [unknown, unknown, unknown, unknown, unknown];
    const path = pathAt(at);
    if (typeof phase !== 'string' || typeof path !== 'string' || typeof key !== 'string' || !Array.isArray(listed)) continue;
    const depends = dependsOf(listed, pathAt, files);
    if (depends) entries.set(`${phase}:${path}`, { key, depends, result });
  }
  return { version: file.version, tool: file.tool, entries, files };
}

/** An entry's depends as [path, hash, ...]; null when malformed. */
function dependsOf(listed: unknown[], pathAt: (index: unknown) => string | undefined, files: ReadonlyMap<string, Seen>): string[] | null {
  const depends: string[] = [];
  for (let i = 0; i < listed.length; ) {
    const path = pathAt(listed[i++]);
    if (path === undefined) return null;
    const hash = typeof listed[i] === 'string' ? (listed[i++] as string) : files.get(path)?.hash;
    if (hash === undefined) return null;
    depends.push(path, hash);
  }
  return depends;
}

function encodeCacheFile(tool: string, entries: ReadonlyMap<string, Entry>, files: ReadonlyMap<string, Seen>): string {
  const paths: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (path: string): number => {
    let index = indexes.get(path);
    if (index === undefined) {
      index = paths.push(path) - 1;
      indexes.set(path, index);
    }
    return index;
  };
  const file: CacheFile = { format: FORMAT, version: FORMAT_VERSION, tool, paths, entries: [], files: [] };
  for (const [id, { key, depends, result }] of entries) {
    const listed: Array<number | string> = [];
    for (let i = 0; i < depends.length; i += 2) {
      listed.push(indexOf(depends[i]!));
      if (files.get(depends[i]!)?.hash !== depends[i + 1]) listed.push(depends[i + 1]!);
    }
    const colon = id.indexOf(':');
    file.entries.push([id.slice(0, colon), indexOf(id.slice(colon + 1)), key, listed, result]);
  }
  for (const [path, { hash, size, mtimeMs, ctimeMs, ino }] of files) file.files.push([indexOf(path), hash, size, mtimeMs, ctimeMs, ino]);
  return JSON.stringify(file);
}

/**
 * The findings of earlier runs, each valid while its key and the content of every file it
 * was computed from are unchanged (like ESLint's and Ruff's caches). A damaged or foreign
 * cache file is set aside with a note, never an error. An entry is a phase's result for a file.
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
    private readonly entries = new Map<string, Entry>(),
    private readonly files = new Map<string, Seen>(),
  ) {}

  static open(path: string, tool: string, note: (message: string) => void): LintCache {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') note(`cannot read the cache (${(error as Error).message}); linting everything.`);
      return new LintCache(path, tool);
    }
    const file = decodeCacheFile(text);
    if (!file) {
      note('not a hot-lint cache file, or a damaged one; linting everything and writing a new one.');
      return new LintCache(path, tool);
    }
    if (file.version !== FORMAT_VERSION || file.tool !== tool) return new LintCache(path, tool);
    return new LintCache(path, tool, file.entries, file.files);
  }

  /** The cached result of a phase for a file, when its key matches and no file it came from changed. */
  lookup(phase: string, path: string, key: string): unknown {
    const entry = this.entries.get(`${phase}:${path}`);
    let valid = entry !== undefined && entry.key === key;
    for (let i = 0; valid && i < entry!.depends.length; i += 2) valid = this.hashOf(entry!.depends[i]!) === entry!.depends[i + 1];
    if (valid) this.stats.hits++;
    else this.stats.misses++;
    return valid ? entry!.result : undefined;
  }

  store(phase: string, path: string, key: string, depends: readonly string[], result: unknown): void {
    this.entries.set(`${phase}:${path}`, { key, depends: depends.flatMap((file) => [file, this.hashOf(file)]), result });
    this.changed = true;
  }

  /** Writes the cache file (atomically) when anything changed; a failure is a note. */
  save(note: (message: string) => void): void {
    if (!this.changed) return;
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, encodeCacheFile(this.tool, this.entries, this.files));
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
      const seen = this.files.get(path);
      if (seen && seen.size === stat.size && seen.mtimeMs === stat.mtimeMs && seen.ctimeMs === stat.ctimeMs && seen.ino === stat.ino) {
        hash = seen.hash;
      } else {
        hash = digest('sha256', readFileSync(path), 'base64');
        if (this.openedAt - stat.mtimeMs > RACY_MS) {
          this.files.set(path, { hash, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
          this.changed = true;
        } else if (seen) {
          this.files.delete(path);
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

/**
 * A hash of plain data, for cache keys: compared with the key the same file had before. Key
 * order counts (a configuration written in another order is linted again, which is safe); the
 * data this cache keys on is built in a fixed order.
 */
export function keyOf(...parts: unknown[]): string {
  return digest('sha256', JSON.stringify(parts), 'base64');
}
