import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * How the project layer reaches other files (environments, nested templates, get_file
 * targets). The CLI and the server pass one; tests pass an in-memory one.
 */
export interface FileLoader {
  /** Resolves `target` as written in `fromFile`; null when it is a URL (never fetched). */
  resolve(fromFile: string, target: string): string | null;
  /** True when the path may be read: inside the project root. */
  isAllowed(path: string): boolean;
  read(path: string): ReadResult;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

export function isUrl(target: string): boolean {
  return URL_LIKE.test(target);
}

/** Reads from the file system, never outside `root`, never over `maxSize` bytes. */
export class NodeFileLoader implements FileLoader {
  readonly root: string;

  constructor(
    root: string,
    private readonly maxSize = 10 * 1024 * 1024,
  ) {
    this.root = resolve(root);
  }

  resolve(fromFile: string, target: string): string | null {
    if (isUrl(target)) return null;
    return isAbsolute(target) ? resolve(target) : resolve(dirname(fromFile), target);
  }

  isAllowed(path: string): boolean {
    const rel = relative(this.root, resolve(path));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  }

  read(path: string): ReadResult {
    if (!this.isAllowed(path)) return { ok: false, reason: `it is outside the project root ${this.root}` };
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) return { ok: false, reason: 'it is a directory' };
      if (stat.size > this.maxSize) return { ok: false, reason: `it is larger than ${this.maxSize} bytes` };
      return { ok: true, text: readFileSync(path, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, reason: code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : (error as Error).message };
    }
  }
}

/** An in-memory project, for tests and for editors with unsaved buffers. */
export class MemoryFileLoader implements FileLoader {
  constructor(
    private readonly files: ReadonlyMap<string, string>,
    private readonly root = '/',
  ) {}

  resolve(fromFile: string, target: string): string | null {
    if (isUrl(target)) return null;
    return isAbsolute(target) ? resolve(target) : resolve(dirname(fromFile), target);
  }

  isAllowed(path: string): boolean {
    const rel = relative(this.root, path);
    return !rel.startsWith('..') && !isAbsolute(rel);
  }

  read(path: string): ReadResult {
    if (!this.isAllowed(path)) return { ok: false, reason: `it is outside the project root ${this.root}` };
    const text = this.files.get(path);
    return text === undefined ? { ok: false, reason: 'it does not exist' } : { ok: true, text };
  }
}
