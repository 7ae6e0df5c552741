import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';
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

export function textContext(text: string, position: Position, lines = splitLines(text)): TextContext {
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
  for (let l = position.line - 1; l >= 0 && cur > 0; l--) {
    const text = lines[l]!;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---') continue;
    const parts = splitLine(text);
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

export function nodeAt(analysis: Analysis, position: Position): NodeLocation | null {
  const { document } = analysis;
  const root = document.root;
  if (!root) return null;
  const positions = document.positions;
  const path: PathItem[] = [];
  const parents: Node[] = [];
  let node: Node = root;
  for (let depth = 0; depth < 500; depth++) {
    if (isMap(node)) {
      let next: Node | null = null;
      for (const pair of node.items) {
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
      node.items.forEach((item, index) => {
        if (!next && item && (item as Node).range && rangeContains(positions.nodeRange(item as Node), position)) {
          path.push(index);
          next = item as Node;
        }
      });
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
