/**
 * Project bindings, shared by the CLI and the language server: the project root of a file,
 * the environment files that apply to a template, and whether a configuration ignores a file.
 * Pure functions over absolute paths; nothing is read from disk.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { HotLintConfig } from '../config/index.js';

/** A configuration file in use: its folder (absolute) and the settings the bindings read. */
export interface ConfigLocation {
  dir: string;
  config: Pick<HotLintConfig, 'environments' | 'ignore'>;
}

export interface ProjectRootOptions {
  /** An explicit root (the CLI's `--root`), absolute: it wins over everything. */
  root?: string | undefined;
  /** The configuration applying to the file; its folder is the root when the file is inside it. */
  config?: ConfigLocation | null | undefined;
  /** Working folders (the CLI's working directory, the editor's workspace folders): the innermost holding the file is the root. */
  folders?: readonly string[] | undefined;
}

/** An absolute POSIX path as resolve() gives it (no empty, `.` or `..` part, no slash at the end): compared as a string. */
const NOT_RESOLVED = /\/\/|\/\.\.?(?:\/|$)|.\/$/;
const isResolved = (path: string) => sep === '/' && path.charCodeAt(0) === 0x2f && !NOT_RESOLVED.test(path);

/** `path` relative to `dir` with forward slashes ('' for `dir` itself) when it is `dir` or inside it; else null. */
export function relativeInside(dir: string, path: string): string | null {
  // Called for every file of a run: two resolved paths need no path.relative (which resolves both again).
  if (isResolved(dir) && isResolved(path)) {
    if (path === dir) return '';
    const prefix = dir === '/' ? dir : `${dir}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : null;
  }
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) ? rel.split(sep).join('/') : null;
}

/** True when `path` is `dir` or inside it. */
export function isInside(dir: string, path: string): boolean {
  return relativeInside(dir, path) !== null;
}

/** The innermost of `folders` holding `path`, else null. */
export function innermostFolder(path: string, folders: readonly string[]): string | null {
  let best: string | null = null;
  for (const folder of folders) {
    if (isInside(folder, path) && (best === null || folder.length > best.length)) best = folder;
  }
  return best;
}

/**
 * The project root of a file: the explicit root; else the configuration's folder when the file
 * is inside it (a configuration named from elsewhere does not mark the project); else the
 * innermost working folder holding the file; else the file's folder.
 */
export function projectRootFor(file: string, options: ProjectRootOptions = {}): string {
  if (options.root !== undefined) return resolve(options.root);
  const config = options.config;
  if (config && isInside(config.dir, file)) return config.dir;
  return innermostFolder(file, options.folders ?? []) ?? dirname(file);
}

/** The environment files the configuration binds to a template: every binding whose `templates` glob matches, in order. */
export function boundEnvironments(template: string, config: ConfigLocation | null | undefined): string[] {
  const found: string[] = [];
  if (!config) return found;
  const rel = globPath(config.dir, template);
  for (const binding of config.config.environments) {
    if (matcher(binding.templates)(rel)) found.push(...boundFiles(config.dir, binding.files));
  }
  return found;
}

/** A binding's files resolved against the configuration's folder, once per binding (asked for every template). */
function boundFiles(dir: string, files: readonly string[]): readonly string[] {
  let bound = resolvedBindings.get(files);
  if (bound?.dir !== dir) resolvedBindings.set(files, (bound = { dir, files: files.map((file) => resolve(dir, file)) }));
  return bound.files;
}
const resolvedBindings = new WeakMap<readonly string[], { dir: string; files: readonly string[] }>();

/** The environment files of a template: the configuration's bindings, then the explicit ones (already absolute), in order. */
export function environmentsFor(template: string, config: ConfigLocation | null | undefined, explicit: readonly string[] = []): string[] {
  return [...boundEnvironments(template, config), ...explicit];
}

/**
 * True when the configuration's `ignore` globs (relative to its folder) match the file or a
 * folder it is in, so `vendor` and `vendor/**` both ignore `vendor/a.yaml`. A file outside
 * the configuration's folder is never ignored.
 */
export function isIgnored(file: string, config: ConfigLocation | null | undefined): boolean {
  if (!config || config.config.ignore.length === 0) return false;
  const rel = relative(config.dir, file);
  if (rel === '' || !isInside(config.dir, file)) return false;
  const matchers = config.config.ignore.map(matcher);
  const parts = rel.split(sep);
  for (let i = parts.length; i > 0; i--) {
    const path = parts.slice(0, i).join('/');
    if (matchers.some((matches) => matches(path))) return true;
  }
  return false;
}

/** `file` relative to `dir`, with forward slashes, as globs are written. */
function globPath(dir: string, file: string): string {
  return relativeInside(dir, file) ?? relative(dir, file).split(sep).join('/');
}

type Matcher = (path: string) => boolean;
const NEVER: Matcher = () => false;
const matchers = new Map<string, Matcher>();
const MAX_MATCHERS = 1000;

/** A compiled glob (dotfiles included), cached; a glob picomatch rejects matches nothing. */
function matcher(glob: string): Matcher {
  let found = matchers.get(glob);
  if (!found) {
    try {
      const compiled = picomatch(glob, { dot: true });
      found = (path) => compiled(path);
    } catch {
      found = NEVER;
    }
    if (matchers.size >= MAX_MATCHERS) matchers.clear();
    matchers.set(glob, found);
  }
  return found;
}
