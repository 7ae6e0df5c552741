import type { LineCounter, Node, Pair } from 'yaml';
import type { Position, Range } from '../types.js';

/** Converts offsets of one text into 0-based LSP positions. */
export class PositionMapper {
  readonly textLength: number;

  /**
   * @param text the text the parser read
   * @param shifts spaces inserted at the start of some 0-based lines of the original text
   *   before parsing; positions are reported in the original text.
   */
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly text: string,
    private readonly shifts: ReadonlyMap<number, number> = new Map(),
  ) {
    this.textLength = text.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    const { line, col } = this.lineCounter.linePos(clamped);
    const shift = this.shifts.get(line - 1) ?? 0;
    return { line: line - 1, character: Math.max(0, col - 1 - shift) };
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
