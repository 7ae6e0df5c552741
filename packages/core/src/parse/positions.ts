import type { Node, Pair } from 'yaml';
import type { Position, Range } from '../types.js';
import type { ChangedSpan } from '../util/changed-span.js';

/** Converts offsets of one text into 0-based LSP positions. */
export class PositionMapper {
  readonly textLength: number;
  /** Offsets where each line starts, computed from the text itself. */
  private readonly lineStarts: number[];
  /** Offsets where each line's content ends, before its line break; null when every break is one \n (then it is the next line's start - 1). */
  private readonly lineEnds: number[] | null;

  /**
   * @param text the text the parser read
   * @param shifts spaces inserted at the start of some 0-based lines of the original text
   *   before parsing; positions are reported in the original text.
   */
  constructor(
    private readonly text: string,
    private readonly shifts: ReadonlyMap<number, number> = new Map(),
    lineStarts?: number[],
  ) {
    this.textLength = text.length;
    if (lineStarts) {
      // Given by afterEdit, for a text without \r.
      this.lineStarts = lineStarts;
      this.lineEnds = null;
      return;
    }
    // Line breaks as LSP and YAML count them: \r\n, \n, or a lone \r.
    this.lineStarts = [0];
    this.lineEnds = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.lineEnds.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      this.lineStarts.push(i + 1);
    }
    this.lineEnds.push(text.length);
  }

  /**
   * The mapper of `text`, which differs from `previous`'s text in one span: the lines before it and
   * after it are taken from `previous` (moved), only the span is read. Without \r, whose pairs an edit may split.
   */
  static afterEdit(previous: PositionMapper, text: string, span: ChangedSpan): PositionMapper {
    if (previous.shifted || previous.text.includes('\r') || text.includes('\r')) return new PositionMapper(text);
    const old = previous.lineStarts;
    const delta = span.newEnd - span.oldEnd;
    const starts = old.slice(0, countAtMost(old, span.start));
    for (let i = span.start; i < span.newEnd; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    for (let j = countAtMost(old, span.oldEnd); j < old.length; j++) starts.push(old[j]! + delta);
    return new PositionMapper(text, new Map(), starts);
  }

  /** True when the parser read an indented copy of the text (parse-document.ts, parseTolerant). */
  get shifted(): boolean {
    return this.shifts.size > 0;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    const shift = this.shifts.get(low) ?? 0;
    // An offset inside a line break is the end of that line's content.
    const lineEnd = this.lineEnds ? this.lineEnds[low]! : low + 1 < this.lineStarts.length ? this.lineStarts[low + 1]! - 1 : this.textLength;
    const within = Math.min(clamped, lineEnd) - this.lineStarts[low]!;
    return { line: low, character: Math.max(0, within - shift) };
  }

  /** The offset of a position, the inverse of position() (before any shift). */
  offset(position: Position): number {
    const start = this.lineStarts[Math.max(0, Math.min(position.line, this.lineStarts.length - 1))]!;
    return Math.min(this.textLength, start + position.character + (this.shifts.get(position.line) ?? 0));
  }

  /** A range, with the whitespace and line breaks a node's end offset includes left out. */
  range(start: number, end: number): Range {
    const end0 = Math.max(start, end);
    let last = end0;
    while (last > start && /\s/.test(this.text[last - 1] ?? '')) last--;
    if (last === start) last = end0;
    return { start: this.position(start), end: this.position(last) };
  }

  /** The range of a node's value, without trailing comments or whitespace. */
  nodeRange(node: Node | Pair | null | undefined): Range {
    if (!node) return this.range(0, 0);
    if ('key' in node && 'value' in node && !('range' in node && node.range)) {
      return this.nodeRange((node.key as Node | null) ?? (node.value as Node | null));
    }
    const r = (node as Node).range;
    if (!r) return this.range(0, 0);
    return this.range(r[0], r[1]);
  }
}

/** How many of the ascending `values` are at most `limit`. */
function countAtMost(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
