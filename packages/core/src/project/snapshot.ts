import type { Template } from '../model/template.js';
import { resolveTarget } from './loader.js';
import type { ReadResult } from './loader.js';
import type { ProjectSession } from './session.js';

/** A file the resolution phase reached: outside the project root (never read), or read, with its model when it is a nested template. */
export type SnapshotFile =
  | { path: string; outside: true }
  | { path: string; outside: false; read: ReadResult; template: Template | null };

/** What a path written in a file (a nested template type, a get_file path, a registry target) leads to. */
export type ProjectReference =
  | { kind: 'url'; written: string }
  | { kind: 'outside'; path: string; written: string }
  | { kind: 'unreadable'; path: string; written: string; reason: string }
  | { kind: 'loaded'; path: string; written: string; text: string; template: Template | null };

/**
 * Every file a lint may look at besides the linted one, loaded before the rules run
 * (resolve.ts): rules read this, never the disk, and its file list is what the findings
 * depend on.
 */
export class ProjectSnapshot {
  constructor(
    /** The project root: paths are shown relative to it. */
    readonly root: string,
    private readonly entries: ReadonlyMap<string, SnapshotFile>,
  ) {}

  /** The paths of every file loaded or found outside the root, in the order they were reached. */
  get files(): string[] {
    return [...this.entries.keys()];
  }

  /** What `written` in `base` (a file) leads to. */
  reference(base: string, written: string): ProjectReference {
    const path = resolveTarget(base, written);
    if (path === null) return { kind: 'url', written };
    const entry = this.entries.get(path);
    // The phase reaches everything the rules ask for; a miss is reported as unread, never read here.
    if (!entry) return { kind: 'unreadable', path, written, reason: 'it was not loaded with the project' };
    if (entry.outside) return { kind: 'outside', path, written };
    if (!entry.read.ok) return { kind: 'unreadable', path, written, reason: entry.read.reason };
    return { kind: 'loaded', path, written, text: entry.read.text, template: entry.template };
  }

  /** Whether both reached the same files, in the same order, with the same reads and models (the session's). */
  sameFiles(other: ProjectSnapshot): boolean {
    if (other.root !== this.root || other.entries.size !== this.entries.size) return false;
    const theirs = [...other.entries.values()];
    let i = 0;
    for (const mine of this.entries.values()) {
      const their = theirs[i++]!;
      if (mine.path !== their.path || mine.outside !== their.outside) return false;
      if (!mine.outside && !their.outside && (mine.read !== their.read || mine.template !== their.template)) return false;
    }
    return true;
  }

  /**
   * Whether the session still holds every file as this snapshot has it: the same read, the same
   * model of a nested template. Asks without loading anything.
   */
  stillLoaded(session: ProjectSession): boolean {
    if (session.loader.root !== this.root) return false;
    for (const entry of this.entries.values()) {
      if (entry.outside) continue;
      const loaded = session.loaded(entry.path);
      if (!loaded || loaded.read !== entry.read || (entry.template !== null && loaded.template !== entry.template)) return false;
    }
    return true;
  }

  /** `path` relative to the root when it is inside it, else as given. */
  relativeName(path: string): string {
    return path.startsWith(`${this.root}/`) ? path.slice(this.root.length + 1) : path;
  }
}
