import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isInside } from './bindings.js';
import { DEFAULT_PARSE_LIMITS } from '../parse/parse-document.js';
import { nodeHost } from './host.js';
import type { WorkspaceHost } from './host.js';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * How the project layer reaches other files (environments, nested templates, get_file
 * targets). The CLI and the server pass one; tests pass an in-memory one.
 */
export interface FileLoader {
  /** The project root: nothing outside it is read. */
  readonly root: string;
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

/** The file `target` names, as written in `fromFile` (relative to its folder); null when it is a URL (never fetched). */
export function resolveTarget(fromFile: string, target: string): string | null {
  if (isUrl(target)) return null;
  return isAbsolute(target) ? resolve(target) : resolve(dirname(fromFile), target);
}

/**
 * Reads through a host (the file system by default), never outside `root` (by the real path:
 * a link inside the root that leads out of it is outside), only regular files, never over
 * `maxSize` bytes.
 */
export class NodeFileLoader implements FileLoader {
  readonly root: string;
  private readonly realRoot: string;

  constructor(
    root: string,
    readonly maxSize = DEFAULT_PARSE_LIMITS.maxSize,
    private readonly host: WorkspaceHost = nodeHost,
  ) {
    this.root = resolve(root);
    this.realRoot = host.realpath(this.root);
  }

  resolve(fromFile: string, target: string): string | null {
    return resolveTarget(fromFile, target);
  }

  isAllowed(path: string): boolean {
    return isInside(this.root, resolve(path)) && isInside(this.realRoot, this.host.realpath(path));
  }

  read(path: string): ReadResult {
    if (!this.isAllowed(path)) return { ok: false, reason: `it is outside the project root ${this.root}` };
    const read = this.host.readFile(path, this.maxSize);
    return read.ok ? read : { ok: false, reason: read.reason };
  }
}

/** An in-memory project, for tests and for editors with unsaved buffers. */
export class MemoryFileLoader implements FileLoader {
  constructor(
    private readonly files: ReadonlyMap<string, string>,
    readonly root = '/',
  ) {}

  resolve(fromFile: string, target: string): string | null {
    return resolveTarget(fromFile, target);
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
