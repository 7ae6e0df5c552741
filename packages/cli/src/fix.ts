import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic, Position, TextEdit } from '@hot-lint/core';

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
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const offset = (p: Position): number => {
    const start = lineStarts[Math.min(p.line, lineStarts.length - 1)] ?? 0;
    return Math.min(start + p.character, body.length);
  };
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

/** Replaces a file's content atomically: a temporary file in the same folder, then a rename; keeps the mode. */
export function writeAtomically(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const temp = join(dirname(path), `.${basename(path)}.hot-lint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { mode });
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
