import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';
import { changedSpan, ownCopy } from '@hot-lint/core';
import type { ParsedDocument } from '@hot-lint/core';
import type { Analysis } from '../documents.js';

export type PathItem = string | number;

// ---------------------------------------------------------------------------------------------
// Text context: where the cursor is, read from indentation, so it works on half-typed YAML.

export interface TextContext {
  /** Keys (and list indexes) of the enclosing block collections; in value mode it ends with the key. */
  path: PathItem[];
  mode: 'key' | 'value';
  /** The word being typed, up to the cursor. */
  prefix: string;
  /** Range of the word being typed (replaced by a completion). */
  range: Range;
  /** The text of the line up to the cursor. */
  before: string;
  /** Column where the key being typed starts (key mode), or of the key (value mode). */
  keyColumn: number;
}

// The s flag: a line may hold U+2028/U+2029, which `.` alone does not match.
const LINE = /^(\s*)((?:-[ \t]+)*)(.*)$/s;
const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"{[\-][^#]*?|-[^\s#][^#]*?))\s*:(?:[ \t]|$)/;

function splitLine(line: string): { indent: number; dashes: string; content: string } {
  const m = LINE.exec(line);
  if (!m) return { indent: 0, dashes: '', content: line };
  return { indent: m[1]!.length, dashes: m[2]!, content: m[3]! };
}

function keyOf(content: string): string | null {
  const m = KEY.exec(content);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').trim();
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

/**
 * The lines of one version of a text, with what lets a request walk up from the caret to its
 * enclosing keys without reading every line above it: each line's indentation and the nearest
 * line above with a smaller one.
 */
export interface TextIndex {
  readonly lines: string[];
  /** Indentation of each line; -1 for a blank line, a comment or `---`, which the walk skips. */
  readonly indent: Int32Array;
  /** The nearest line above with a smaller indentation (skipped lines aside); -1 when none. */
  readonly outer: Int32Array;
  /** The offset where each line starts (when the text has no \r, which may end a line alone). */
  readonly starts: Int32Array | null;
}

export function textIndex(text: string): TextIndex {
  const lines = splitLines(text);
  const indent = new Int32Array(lines.length);
  for (let l = 0; l < lines.length; l++) indent[l] = lineIndent(lines[l]!);
  return { lines, indent, outer: outerLines(indent), starts: text.includes('\r') ? null : lineStarts(lines, 0, 0, lines.length) };
}

/**
 * The index of `text`, which differs from `previous` (the text `before` indexes) in one span:
 * the lines before and after it are taken from `before`, only the lines the span touches are read.
 */
export function textIndexAfterEdit(before: TextIndex, previous: string, text: string): TextIndex {
  if (!before.starts || text.includes('\r')) return textIndex(text);
  const span = changedSpan(previous, text);
  const first = lineAt(before.starts, span.start);
  const last = lineAt(before.starts, span.oldEnd);
  const from = before.starts[first]!;
  // The end of the last line the span touches (before its line break): the rest is the same in both texts.
  const to = last + 1 < before.lines.length ? before.starts[last + 1]! - 1 : previous.length;
  // A copy of the region: lines split from the text itself would keep each version's whole text alive.
  const middle = ownCopy(text.slice(from, to + text.length - previous.length)).split('\n');
  const lines = before.lines.slice(0, first).concat(middle, before.lines.slice(last + 1));
  const indent = new Int32Array(lines.length);
  indent.set(before.indent.subarray(0, first));
  for (let l = 0; l < middle.length; l++) indent[first + l] = lineIndent(middle[l]!);
  indent.set(before.indent.subarray(last + 1), first + middle.length);
  const starts = new Int32Array(lines.length);
  starts.set(before.starts.subarray(0, first));
  lineStarts(middle, from, first, middle.length, starts);
  const delta = text.length - previous.length;
  for (let l = last + 1, at = first + middle.length; l < before.lines.length; l++, at++) starts[at] = before.starts[l]! + delta;
  // The same lines with the same indentations (an edit inside a line): every line's outer line is the same.
  let same = middle.length === last - first + 1;
  for (let l = first; same && l <= last; l++) same = indent[l] === before.indent[l];
  return { lines, indent, outer: same ? before.outer : outerLines(indent), starts };
}

/** The offsets where `count` lines start, the first at `offset`, written from `at` on. */
function lineStarts(lines: readonly string[], offset: number, at: number, count: number, into = new Int32Array(count)): Int32Array {
  for (let l = 0; l < count; l++) {
    into[at + l] = offset;
    offset += lines[l]!.length + 1;
  }
  return into;
}

/** The line an offset lies on, by the lines' starts. */
function lineAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Each line's nearest line above with a smaller indentation (skipped lines aside), from the indentations alone. */
function outerLines(indent: Int32Array): Int32Array {
  const outer = new Int32Array(indent.length);
  const open: number[] = [];
  for (let l = 0; l < indent.length; l++) {
    const own = indent[l]!;
    if (own < 0) {
      outer[l] = -1;
      continue;
    }
    while (open.length > 0 && indent[open[open.length - 1]!]! >= own) open.pop();
    outer[l] = open.length > 0 ? open[open.length - 1]! : -1;
    open.push(l);
  }
  return outer;
}

/** A line's indentation as splitLine counts it; -1 for a line the walk skips (blank, a comment, `---`). */
function lineIndent(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line.charCodeAt(i);
  // The common case, without a regex: indentation of spaces and tabs, then printable ASCII.
  if (c > 32 && c < 127) {
    if (c === 35) return -1;
    if (c === 45 && line.startsWith('---', i) && line.slice(i + 3).trim() === '') return -1;
    return i;
  }
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---') return -1;
  return splitLine(line).indent;
}

const textIndexes = new WeakMap<object, TextIndex>();

/** The index of the analysis a document had before, until this one's is built from it. */
const predecessors = new WeakMap<Analysis, { text: string; index: TextIndex }>();

/** The text index of an analysis' text, built on the first request about that version (or when the server prepares it). */
export function textIndexOf(analysis: Analysis): TextIndex {
  let index = textIndexes.get(analysis);
  if (!index) {
    const before = predecessors.get(analysis);
    predecessors.delete(analysis);
    index = before ? textIndexAfterEdit(before.index, before.text, analysis.text) : textIndex(analysis.text);
    textIndexes.set(analysis, index);
  }
  return index;
}

/**
 * `next` replaces `previous` (the same document, edited): when the previous text was indexed,
 * the next text's index is made from it. Only the index and text are held, not the analysis.
 */
export function inheritTextIndex(next: Analysis, previous: Analysis): void {
  const index = textIndexes.get(previous);
  if (index && next !== previous && !textIndexes.has(next)) predecessors.set(next, { text: previous.text, index });
}

export function textContext(source: string | TextIndex, position: Position): TextContext {
  const index = typeof source === 'string' ? textIndex(source) : source;
  const { lines } = index;
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const { indent, dashes, content } = splitLine(before);
  const path: PathItem[] = [];
  let cur: number;
  let listCol = -1;
  const valueMatch = /^((?:"[^"]*"|'[^']*'|[^\s#'"{[][^#:]*?))\s*:[ \t]+(.*)$/.exec(content) ?? /^((?:"[^"]*"|'[^']*'|[^\s#'"{[][^#:]*?))\s*:$/.exec(content);
  const mode: TextContext['mode'] = valueMatch ? 'value' : 'key';
  const keyColumn = indent + dashes.length;
  if (mode === 'value') path.unshift(keyOf(`${valueMatch![1]}:`) ?? valueMatch![1]!);
  if (dashes) {
    path.unshift(0);
    listCol = indent;
    cur = indent + 1;
  } else {
    cur = indent;
  }
  // Only lines indented less than `cur` change the path (a list's own items sit at cur - 1):
  // the walk jumps over deeper ones through the index, so it costs the depth, not the line number.
  for (let l = position.line - 1; l >= 0 && cur > 0; ) {
    const own = index.indent[l]!;
    if (own < 0) {
      l--;
      continue;
    }
    if (own >= cur) {
      l = index.outer[l]!;
      continue;
    }
    const parts = splitLine(lines[l]!);
    l--;
    if (parts.dashes && parts.indent === listCol) {
      if (typeof path[0] === 'number') path[0]++;
      continue;
    }
    if (parts.dashes && parts.indent < cur) {
      const key = keyOf(parts.content);
      const contentCol = parts.indent + parts.dashes.length;
      if (key !== null && contentCol < cur && listCol < 0) path.unshift(key);
      path.unshift(0);
      listCol = parts.indent;
      cur = parts.indent + 1;
      continue;
    }
    if (!parts.dashes && (parts.indent < cur || (listCol >= 0 && parts.indent <= listCol))) {
      const key = keyOf(parts.content);
      if (key === null) continue;
      path.unshift(key);
      cur = parts.indent;
      listCol = -1;
    }
  }
  const word = /["']?([^\s"'{}[\],:#]*(?:::[^\s"'{}[\],:#]*)*)$/.exec(mode === 'value' ? valueMatch![2] ?? '' : content);
  const prefix = word?.[1] ?? '';
  return {
    path,
    mode,
    prefix,
    range: { start: { line: position.line, character: position.character - prefix.length }, end: position },
    before,
    keyColumn,
  };
}

// ---------------------------------------------------------------------------------------------
// Syntax tree: the node under the cursor in a parsed document.

export interface NodeLocation {
  path: PathItem[];
  node: Node;
  /** True when the node is a mapping key (the last path item is that key). */
  onKey: boolean;
  /** The collections from the root down to the node's parent. */
  parents: Node[];
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The first start offset of a collection item: its key's (or value's when it has none). */
function startOf(item: unknown): number | undefined {
  if (isPair(item)) return (item.key as Node | null)?.range?.[0] ?? (item.value as Node | null)?.range?.[0];
  return (item as Node | null)?.range?.[0];
}

/**
 * The items of a collection worth testing for a position: found by bisection on their start
 * offsets (items are in source order), the one starting at or before the offset and its
 * neighbours; every item when one has no offset.
 */
function candidates<T>(items: readonly T[], offset: number): Iterable<[T, number]> {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = startOf(items[mid]);
    if (start === undefined) return items.map((item, index) => [item, index] as [T, number]);
    if (start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const from = Math.max(0, found - 1);
  const to = Math.min(items.length, found + 2);
  const window: Array<[T, number]> = [];
  for (let i = from; i < to; i++) window.push([items[i]!, i]);
  return window;
}

export function nodeAt(analysis: Analysis, position: Position): NodeLocation | null {
  const { document } = analysis;
  const root = document.root;
  if (!root) return null;
  const positions = document.positions;
  const offset = positions.offset(position);
  const path: PathItem[] = [];
  const parents: Node[] = [];
  let node: Node = root;
  for (let depth = 0; depth < 500; depth++) {
    if (isMap(node)) {
      let next: Node | null = null;
      for (const [pair] of candidates(node.items, offset)) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (key && rangeContains(positions.nodeRange(key), position)) {
          path.push(isScalar(key) ? String(key.value) : '?');
          parents.push(node);
          return { path, node: key, onKey: true, parents };
        }
        const value = pair.value as Node | null;
        if (value && value.range && rangeContains(positions.nodeRange(value), position)) {
          path.push(isScalar(key) ? String(key.value) : '?');
          next = value;
          break;
        }
      }
      if (!next) return depth === 0 ? null : { path, node, onKey: false, parents };
      parents.push(node);
      node = next;
    } else if (isSeq(node)) {
      let next: Node | null = null;
      for (const [item, index] of candidates(node.items, offset)) {
        if (item && (item as Node).range && rangeContains(positions.nodeRange(item as Node), position)) {
          path.push(index);
          next = item as Node;
          break;
        }
      }
      if (!next) return { path, node, onKey: false, parents };
      parents.push(node);
      node = next;
    } else {
      return { path, node, onKey: false, parents };
    }
  }
  return null;
}

/** A scalar's range without its quotes: the text a rename replaces (in an analysis, or any parsed file). */
export function scalarTextRange(source: { document: ParsedDocument }, scalar: Scalar): Range {
  const range = source.document.positions.nodeRange(scalar);
  if ((scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') && range.start.line === range.end.line && range.end.character - range.start.character >= 2) {
    return {
      start: { line: range.start.line, character: range.start.character + 1 },
      end: { line: range.end.line, character: range.end.character - 1 },
    };
  }
  return range;
}
