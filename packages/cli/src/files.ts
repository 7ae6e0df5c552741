import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Extensions a directory search considers (the same as the pre-commit hook's `files`). */
export const CANDIDATE_FILE = /\.(ya?ml|json|template)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}!]/;

/** A file to lint; `explicit` when named on the command line (not found in a folder or by a glob). */
export interface Target {
  path: string;
  explicit: boolean;
}

export interface Expansion {
  targets: Target[];
  /** One-line messages about arguments that could not be used (exit status 2). */
  errors: string[];
}

/** Turns the command line's paths, folders and globs into files, each once, in a stable order. */
export async function expandPaths(args: readonly string[], cwd: string): Promise<Expansion> {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit });
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
    if (stats.isDirectory()) walk(resolve(cwd, arg), cwd, (file) => add(file, false), errors);
    else add(arg, true);
  }
  return { targets, errors };
}

function walk(dir: string, cwd: string, found: (file: string) => void, errors: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${shownDir(dir, cwd)}: ${describeFsError(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, cwd, found, errors);
    } else if (CANDIDATE_FILE.test(entry.name)) {
      if (entry.isFile()) found(path);
      else if (entry.isSymbolicLink()) {
        try {
          if (statSync(path).isFile()) found(path);
        } catch {
          // a dangling link in a folder is not worth a message
        }
      }
    }
  }
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

export type Kind = 'template' | 'environment' | 'other';

const ENVIRONMENT_KEYS = new Set([
  'parameters',
  'parameter_defaults',
  'resource_registry',
  'parameter_merge_strategies',
  'event_sinks',
  'encrypted_param_names',
]);
const TEMPLATE_KEY = /(^|[\s{,])["']?heat_template_version["']?[ \t]*:/m;
const CFN_KEY = /(^|[\s{,])["']?(AWSTemplateFormatVersion|HeatTemplateFormatVersion)["']?[ \t]*:/m;

/**
 * What a file is: a HOT template (it has heat_template_version, or a key close to it), a Heat
 * environment file (a mapping whose keys are all environment sections), or something else.
 * `root` is the parsed top level when the text reads as YAML.
 */
export function classify(text: string, topLevelKeys: () => string[] | null): Kind {
  if (TEMPLATE_KEY.test(text) || CFN_KEY.test(text)) return 'template';
  const keys = topLevelKeys();
  if (!keys || keys.length === 0) return 'other';
  if (keys.every((key) => ENVIRONMENT_KEYS.has(key))) return 'environment';
  if (keys.some((key) => key !== 'heat_template_version' && nearVersionKey(key))) return 'template';
  return 'other';
}

function nearVersionKey(key: string): boolean {
  const target = 'heat_template_version';
  if (Math.abs(key.length - target.length) > 3) return false;
  // Levenshtein, small and bounded: a misspelled version key still makes a template.
  let previous = Array.from({ length: target.length + 1 }, (_, i) => i);
  for (let i = 1; i <= key.length; i++) {
    const current = [i];
    for (let j = 1; j <= target.length; j++) {
      const cost = key[i - 1]!.toLowerCase() === target[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[target.length]! <= 3;
}

function shownDir(dir: string, cwd: string): string {
  const rel = relative(cwd, dir);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : dir;
}
