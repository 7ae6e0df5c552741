import { readdirSync, statSync } from 'node:fs';
import { readRegularFile, realPath } from './read-file.js';

/** A file read as text, or why it could not be (`code` as Node names it: ENOENT, EFBIG, ENOTREG...). */
export type HostRead = { ok: true; text: string } | { ok: false; code: string; reason: string; size?: number };

export interface HostStat {
  kind: 'file' | 'directory' | 'other';
  mtimeMs: number;
}

export interface HostEntry {
  name: string;
  /** A symbolic link is reported as such; `stat` follows it. */
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

/**
 * Everything the workspace reads: the CLI passes the file system (nodeHost), the language
 * server a host that reads the editor's open documents first, tests an in-memory one.
 */
export interface WorkspaceHost {
  readFile(path: string, maxSize: number): HostRead;
  /** Null when the path does not exist or cannot be reached. */
  stat(path: string): HostStat | null;
  /** The path with every symbolic link resolved (also when its last parts do not exist). */
  realpath(path: string): string;
  /** A folder's entries; throws the file system's error (with its `code`) when it cannot be listed. */
  listDir(path: string): HostEntry[];
}

/** The file system, through readRegularFile's guards (regular files only, never over the limit). */
export const nodeHost: WorkspaceHost = {
  readFile(path, maxSize) {
    const read = readRegularFile(path, maxSize);
    return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
  },
  stat(path) {
    try {
      // Most calls ask for a file that is not there (a configuration in each folder): no error to build for that.
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) return null;
      return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', mtimeMs: stat.mtimeMs };
    } catch {
      return null;
    }
  },
  realpath: realPath,
  listDir(path) {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'symlink' : 'other',
    }));
  },
};

/** A host that answers reads of some paths (an editor's open documents) from `text`, the rest from `base`. */
export function overlayHost(base: WorkspaceHost, text: (path: string) => string | undefined): WorkspaceHost {
  return {
    ...base,
    readFile(path, maxSize) {
      const open = text(path);
      return open === undefined ? base.readFile(path, maxSize) : { ok: true, text: open };
    },
  };
}
