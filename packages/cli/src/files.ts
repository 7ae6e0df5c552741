import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Workspace } from '@hot-lint/core';

const GLOB_CHARS = /[*?[\]{}!]/;

/** A file to lint; `explicit` when named on the command line (not found in a folder or by a glob). */
export interface Target {
  /** The file, resolved against the working folder. */
  absolute: string;
  explicit: boolean;
}

export interface Expansion {
  targets: Target[];
  /** One-line messages about arguments that could not be used (exit status 2). */
  errors: string[];
}

/** Turns the command line's paths, folders (the workspace's walk) and globs into files, each once, in a stable order. */
export async function expandPaths(args: readonly string[], cwd: string, workspace: Workspace): Promise<Expansion> {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  // `normalised`: an absolute path the workspace's walk found, already as resolve() would give it.
  const add = (path: string, explicit: boolean, normalised = false) => {
    const absolute = normalised ? path : resolve(cwd, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    targets.push({ absolute, explicit });
  };
  for (const arg of args) {
    let stats;
    try {
      stats = statSync(isAbsolute(arg) ? arg : join(cwd, arg));
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        const { globSync } = await import('tinyglobby');
        const matches = globSync(arg, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, expandDirectories: false })
          .sort();
        if (matches.length === 0) errors.push(`${arg}: no file matches this pattern.`);
        for (const match of matches) add(match, false);
        continue;
      }
      errors.push(`${arg}: ${describeFsError(error)}`);
      continue;
    }
    if (stats.isDirectory()) {
      const found = workspace.discover(resolve(cwd, arg), (dir, error) => errors.push(`${shownDir(dir, cwd)}: ${describeFsError(error)}`));
      for (const file of found) add(file, false, true);
    }
    else add(arg, true);
  }
  return { targets, errors };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'EISDIR':
      return 'is a directory.';
    case 'ENOTDIR':
      return 'a part of the path is not a directory.';
    case 'ELOOP':
      return 'too many symbolic links.';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files.';
    default:
      return `cannot be read (${code ?? (error as Error | null)?.message ?? 'unknown error'}).`;
  }
}

/** What a file is: decided by @hot-lint/core's classifyDocument, the same for the server. */
export type { FileKind as Kind } from '@hot-lint/core';

function shownDir(dir: string, cwd: string): string {
  const rel = relative(cwd, dir);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : dir;
}
