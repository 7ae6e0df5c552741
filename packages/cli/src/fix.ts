import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PositionMapper } from '@hot-lint/core';
import type { Diagnostic, TextEdit } from '@hot-lint/core';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Applies the first certain fix of each diagnostic, skipping any that overlaps one already
 * taken, from the bottom of the text up. Returns the new text and how many fixes were applied.
 * Positions are those of the text without a byte order mark, as the parser reports them.
 */
export function applyCertainFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  // The parser's own line model (\r\n, \n and a lone \r), so an edit lands where the finding is.
  const lines = new PositionMapper(body);
  const offset = lines.offset.bind(lines);
  const candidates: OffsetEdit[][] = [];
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.certain);
    if (!fix || fix.edits.length === 0 || d.file !== undefined) continue;
    candidates.push(fix.edits.map((e: TextEdit) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText })));
  }
  // Take fixes in source order; drop any whose edits overlap a taken one.
  candidates.sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  const taken: OffsetEdit[] = [];
  let applied = 0;
  for (const edits of candidates) {
    const overlaps = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === t.start && e.end === t.end)));
    if (overlaps) continue;
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => b.start - a.start);
  let result = body;
  for (const edit of taken) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: bom + result, applied };
}

/** Thrown when the file on disk is no longer the text the fixes were computed from. */
export class FileChangedError extends Error {
  constructor() {
    super('the file changed while it was being fixed; it was left as it is.');
  }
}

/**
 * Writes the fixed text of a file the fixes were computed from `original`, through its real
 * path (a linked template stays a link), only when the file still holds `original`. A file with
 * one name is replaced atomically (a new temporary file, created exclusively under an
 * unpredictable name, with the file's mode and owner, then renamed over it); a file with
 * several hard links is rewritten in place so every name sees the fix.
 */
export function writeFixed(path: string, original: string, text: string): void {
  const real = realpathSync(path);
  const stat = statSync(real);
  if (!stat.isFile()) throw new Error('it is not a regular file.');
  if (readFileSync(real, 'utf8') !== original) throw new FileChangedError();
  const mode = stat.mode & 0o7777;
  if (stat.nlink > 1) {
    const fd = openSync(real, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const temp = join(dirname(real), `.${basename(real)}.hot-lint-${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    try {
      writeSync(fd, text);
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Only root may give a file away; a user's own file keeps its owner anyway.
      }
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, real);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
