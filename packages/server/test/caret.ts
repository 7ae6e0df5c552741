// Helpers of the server's tests: `‸` marks the caret in a text; ranges and edits as LSP writes them;
// a project folder of files in a fresh temporary directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Caret {
  text: string;
  position: { line: number; character: number };
}

/** The text without its caret marker, and the caret's position. */
export function caret(marked: string): Caret {
  const at = marked.indexOf('‸');
  if (at < 0 || marked.indexOf('‸', at + 1) >= 0) throw new Error('one caret marker expected');
  const before = marked.slice(0, at).split('\n');
  return { text: marked.slice(0, at) + marked.slice(at + 1), position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

/** The position of the caret in `marked`, a line of `text` with `‸` inserted. */
export function caretIn(text: string, marked: string): { line: number; character: number } {
  const plain = marked.replace('‸', '');
  const lines = text.split('\n');
  const matches = lines.flatMap((l, i) => (l === plain ? [i] : []));
  if (matches.length !== 1) throw new Error(`"${plain}" is on ${matches.length} lines`);
  return { line: matches[0]!, character: marked.indexOf('‸') };
}

/** The params of a request at a position of a document: `{ textDocument: { uri }, position }`. */
export const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

export const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

export const edit = (newText: string, sl: number, sc: number, el: number, ec: number) => ({ range: range(sl, sc, el, ec), newText });

export interface ProjectFolder {
  dir: string;
  /** The file: URI of a path relative to the folder. */
  uriOf(relative: string): string;
  remove(): void;
}

/** A temporary folder holding `files` (relative path -> text). */
export function projectFolder(prefix: string, files: Record<string, string>): ProjectFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, relative)), { recursive: true });
    writeFileSync(join(dir, relative), text);
  }
  return { dir, uriOf: (relative) => pathToFileURL(join(dir, relative)).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
