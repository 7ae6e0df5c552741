import { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DocumentOptions, Node, ParseOptions, ScalarTag, SchemaOptions } from 'yaml';
import { doubleQuotedValue, unescape, unfoldLines } from './quoted-values.js';

/**
 * The yaml package reads a template in three passes (lexer, syntax tree, document) through
 * generators and many small functions: in a short-lived process most of that code never leaves
 * V8's interpreter, and parsing is most of a lint's time. Templates are written in a small part
 * of YAML (block mappings and sequences, flow collections, plain, quoted and block
 * scalars, comments, anchors and aliases); this reads that part in one pass and builds the very
 * nodes yaml would, ranges included, with the schema's own tags resolving each plain scalar.
 * Anything else (tags, directives, tabs, odd indentation, any error) gives null, and the caller
 * parses with yaml: errors, and their messages, are always yaml's.
 *
 * Where a comment or blank line between two entries ends up (which node's third range offset
 * takes it in) follows yaml's syntax-tree rules: see `absorb`, `close` and `emptyEnd`.
 * packages/core/test/fast-yaml.test.ts compares the two readers on real and generated text.
 */
export function fastParse(source: string, options: FastOptions): Document.Parsed | null {
  const read = fastRead(source, options);
  return read instanceof Document ? read : null;
}

/**
 * What PyYAML reads and yaml refuses, and parse-document's parseTolerant patches: a line inside a
 * flow collection indented no deeper than the block collection around it (`at` is where it
 * starts), a comment right after a flow collection, quoted scalar or comma (`at` is its `#`).
 */
export interface Patchable {
  kind: 'flow-indent' | 'glued-comment';
  at: number;
}

/** fastParse, or the first thing in the text PyYAML reads and yaml would refuse (before anything else this reader leaves to yaml). */
export function fastRead(source: string, options: FastOptions): Document.Parsed | Patchable | null {
  if (SHUNNED.test(source)) return null;
  const doc = new Document(undefined, options) as unknown as Document.Parsed;
  const reader = new Reader(source, doc);
  try {
    return reader.document() ? doc : null;
  } catch (error) {
    // A stack overflow too: yaml reports deep nesting in its own words.
    if (error === BAIL || error instanceof RangeError) return null;
    if (error instanceof Patch) return { kind: error.kind, at: error.at };
    throw error;
  }
}

class Patch {
  constructor(
    readonly kind: Patchable['kind'],
    readonly at: number,
  ) {}
}

type FastOptions = DocumentOptions & ParseOptions & SchemaOptions;

/**
 * Text this reader leaves to yaml as a whole: tabs, CR and other line breaks, document markers
 * after the first line. (Anchors, aliases, tags and directives are refused where a node starts.)
 */
const SHUNNED = /[\t\r\u0085\u2028\u2029\ufeff]|\n(?:---|\.\.\.)(?:[ \n]|$)|^\.\.\.(?:[ \n]|$)/;

/** Thrown (and caught by fastRead) where the text leaves what this reader reads. */
const BAIL = Symbol('bail');
function bail(): never {
  throw BAIL;
}

const SCALAR_TAG = Symbol.for('yaml.scalar');

/** The tag each plain text resolves with (templates repeat their keys and values), for the schema tags it was found with. */
const tagOfPlain = new Map<string, ScalarTag>();
let memoTags: readonly ScalarTag[] = [];
let memoStringTag: ScalarTag | null = null;

/** A blank or comment-only line: where it starts and ends (after its line break), its indentation, and whether it holds a comment. */
interface Trivia {
  start: number;
  next: number;
  indent: number;
  comment: boolean;
}

/** A value read in a block collection: its node, the blank and comment lines after it, and whether its syntax token has an `end` (flow scalars and collections) that can take later indented comment lines. */
interface Read {
  node: Node;
  pending: Trivia[];
  takesEnd: boolean;
}

type FlowRole = 0 | 1 | 2;
const KEY = 0;
const MAP_VALUE = 1;
const SEQ_ITEM = 2;

/** Deeper than any template nests its collections; parse-document refuses 200 levels (DEFAULT_PARSE_LIMITS). */
const MAX_DEPTH = 120;

const SPACE = 32;
const AMP = 38;
const STAR = 42;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Reader {
  private pos = 0;
  /** Collections open around the current one: a document nested deeper than any template is left to yaml, whose limits and messages apply. */
  private depth = 0;
  private readonly n: number;
  private readonly tags: ScalarTag[];
  private readonly stringTag: ScalarTag;

  constructor(
    private readonly src: string,
    private readonly doc: Document.Parsed,
  ) {
    this.n = src.length;
    const schema = doc.schema as unknown as { tags: ScalarTag[]; [SCALAR_TAG]: ScalarTag };
    this.tags = schema.tags.filter((tag) => tag.default === true && tag.test);
    this.stringTag = schema[SCALAR_TAG];
    if (this.tags.length !== memoTags.length || this.tags.some((tag, i) => tag !== memoTags[i]) || memoStringTag !== this.stringTag) {
      memoTags = this.tags;
      memoStringTag = this.stringTag;
      tagOfPlain.clear();
    }
  }

  document(): boolean {
    const src = this.src;
    // An optional `---` line first (SHUNNED leaves any later one to yaml).
    if (src.startsWith('---')) {
      if (this.n > 3 && src.charCodeAt(3) !== NL) return false;
      this.pos = Math.min(4, this.n);
    }
    this.triviaRun();
    // Blank and comment lines before the document's content belong to the stream (after a `---`, to the document).
    const docStart = src.startsWith('---') ? 0 : this.pos;
    if (this.pos >= this.n) return false; // empty: yaml's null document
    const indent = this.indentAt(this.pos);
    if (indent !== 0) return false;
    const src0 = src.charCodeAt(this.pos);
    const isSeq = src0 === DASH && isBlankOrEnd(src, this.pos + 1);
    if (!isSeq && !this.isKeyLine(this.pos)) return false;
    const { node, pending } = isSeq ? this.blockSeq(0) : this.blockMap(0);
    if (this.pos < this.n) return false;
    const contentEnd = node.range![2];
    const end = pending.length > 0 ? pending[pending.length - 1]!.next : contentEnd;
    this.doc.contents = node as unknown as Document.Parsed['contents'];
    this.doc.range = [docStart, contentEnd, end];
    return true;
  }

  /** A collection opens (`close`, or flowCollection's end, closes it); past MAX_DEPTH, yaml takes the text (this reader recurses per level). */
  private nest(): void {
    if (++this.depth > MAX_DEPTH) bail();
  }

  // ---- lines ------------------------------------------------------------------------------

  /** Spaces at the start of the line at `at`. */
  private indentAt(at: number): number {
    let i = at;
    while (this.src.charCodeAt(i) === SPACE) i++;
    return i - at;
  }

  /** Blank and comment-only lines from `pos` (a line start); leaves `pos` at the next content line, or the end. */
  private triviaRun(): Trivia[] {
    const src = this.src;
    const run: Trivia[] = [];
    while (this.pos < this.n) {
      const start = this.pos;
      let i = start;
      while (src.charCodeAt(i) === SPACE) i++;
      const c = src.charCodeAt(i);
      if (c === NL || i >= this.n) {
        run.push({ start, next: i >= this.n ? i : i + 1, indent: i - start, comment: false });
      } else if (c === HASH) {
        const nl = src.indexOf('\n', i);
        run.push({ start, next: nl < 0 ? this.n : nl + 1, indent: i - start, comment: true });
      } else {
        break;
      }
      this.pos = run[run.length - 1]!.next;
    }
    return run;
  }

  /**
   * After a value on its own line ends: the spaces, comment and line break that follow it on
   * that line belong to its node; returns the offset after them.
   */
  private lineEnd(at: number): number {
    const src = this.src;
    let i = at;
    while (src.charCodeAt(i) === SPACE) i++;
    if (i >= this.n) return i;
    const c = src.charCodeAt(i);
    if (c === NL) return i + 1;
    if (c === HASH) {
      if (i === at) this.gluedComment(i);
      const nl = src.indexOf('\n', i);
      return nl < 0 ? this.n : nl + 1;
    }
    return bail();
  }

  /** A `#` with no space before it: a comment to PyYAML after a flow collection, quoted scalar or comma, an error to yaml. */
  private gluedComment(at: number): never {
    const before = this.src.charCodeAt(at - 1);
    if (before === 125 || before === 93 || before === 34 || before === 39 || before === 44) throw new Patch('glued-comment', at);
    return bail();
  }

  /** Whether the content at `at` is an implicit key followed by `:` (a mapping entry). */
  private isKeyLine(at: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (c === 34 || c === 39) {
      const close = this.quoteClose(at);
      return close > 0 && src.charCodeAt(close + 1) === COLON && isBlankOrEnd(src, close + 2);
    }
    if (!plainStart(src, at)) return false;
    let end = this.plainEnd(at, false);
    while (src.charCodeAt(end) === SPACE) end++;
    return src.charCodeAt(end) === COLON;
  }

  // ---- block collections ------------------------------------------------------------------

  /** A block mapping whose keys are at column `indent`; `pos` is at its first key. */
  private blockMap(indent: number): Read & { node: YAMLMap } {
    this.nest();
    const src = this.src;
    const map = new YAMLMap(this.doc.schema);
    const offset = this.pos;
    for (;;) {
      const key = this.key();
      // `pos` is after the `:`.
      const read = this.valueAfterIndicator(indent, false);
      map.items.push(new Pair(key, read.node));
      const pending = this.settle(read, indent);
      const end = read.node.range![2];
      if (this.pos >= this.n) return this.close(map, offset, end, pending, indent);
      const next = this.indentAt(this.pos);
      const at = this.pos + next;
      if (next === indent) {
        if (src.charCodeAt(at) === DASH && isBlankOrEnd(src, at + 1)) return this.close(map, offset, end, pending, indent);
        if (!this.isKeyLine(at)) bail();
        this.pos = at;
        continue;
      }
      if (next > indent) bail();
      return this.close(map, offset, end, pending, indent);
    }
  }

  /** A block sequence whose `-` are at column `indent`; `pos` is at its first `-`. */
  private blockSeq(indent: number): Read & { node: YAMLSeq } {
    this.nest();
    const src = this.src;
    const seq = new YAMLSeq(this.doc.schema);
    const offset = this.pos;
    // The comment lines before an item's `-`, with it, make an empty item's third range offset take what follows.
    let priorComment = false;
    for (;;) {
      this.pos += 1; // the `-`
      const read = this.valueAfterIndicator(indent, true, priorComment);
      seq.items.push(read.node);
      const pending = this.settle(read, indent);
      const end = read.node.range![2];
      if (this.pos >= this.n) return this.close(seq, offset, end, pending, indent);
      const next = this.indentAt(this.pos);
      const at = this.pos + next;
      if (next === indent && src.charCodeAt(at) === DASH && isBlankOrEnd(src, at + 1)) {
        this.pos = at;
        priorComment = pending.some((t) => t.comment);
        continue;
      }
      if (next > indent) bail();
      return this.close(seq, offset, end, pending, indent);
    }
  }

  /**
   * A collection ends: the blank and comment lines after its last entry stay in it (its third
   * range offset takes them) unless yaml hands them to the parent, which it does when the
   * collection is at column 0 or every comment among them is indented less than it.
   */
  private close<T extends YAMLMap | YAMLSeq>(node: T, offset: number, end: number, pending: Trivia[], indent: number): Read & { node: T } {
    this.depth--;
    if (pending.length === 0 || indent === 0 || pending.every((t) => !t.comment || t.indent < indent)) {
      node.range = [offset, end, end];
      return { node, pending, takesEnd: false };
    }
    // The spaces that indent the next line come before yaml sees where that line belongs.
    const after = pending[pending.length - 1]!.next;
    node.range = [offset, end, after < this.n ? after + this.indentAt(after) : after];
    return { node, pending: [], takesEnd: false };
  }

  /** The blank and comment lines after an entry's value that its collection holds: those its value does not take (absorb). */
  private settle(read: Read, indent: number): Trivia[] {
    return read.takesEnd && read.pending.length > 0 ? this.absorb(read.node, read.pending, indent) : read.pending;
  }

  /**
   * yaml gives a flow scalar or collection the comment lines after it that are indented more
   * than its collection, with the blank lines before them; returns the lines left.
   */
  private absorb(node: Node, run: Trivia[], indent: number): Trivia[] {
    let taken = 0;
    for (let i = 0; i < run.length; i++) {
      const t = run[i]!;
      if (!t.comment) continue;
      if (t.indent > indent) taken = i + 1;
      else break;
    }
    if (taken === 0) return run;
    node.range![2] = run[taken - 1]!.next;
    return run.slice(taken);
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` (`pos` just after it), in a collection
   * at column `indent`: on the same line, on the lines below, or empty.
   */
  private valueAfterIndicator(indent: number, inSeq: boolean, priorComment = false): Read {
    const src = this.src;
    let i = this.pos;
    while (src.charCodeAt(i) === SPACE) i++;
    if (src.charCodeAt(i) !== AMP) return this.unanchoredValue(indent, inSeq, priorComment);
    // `&name` before the value (on this line or below, or an empty one).
    if (i === this.pos) bail();
    const end = this.nameEnd(i + 1);
    if (end >= this.n || (src.charCodeAt(end) !== SPACE && src.charCodeAt(end) !== NL)) bail();
    let j = end;
    while (src.charCodeAt(j) === SPACE) j++;
    const c = src.charCodeAt(j);
    // On a compact mapping or sequence, the anchor would be its first key's or item's.
    if (inSeq && j < this.n && c !== NL && c !== HASH && ((c === DASH && isBlankOrEnd(src, j + 1)) || this.isKeyLine(j))) bail();
    this.pos = end;
    const read = this.unanchoredValue(indent, inSeq, priorComment);
    if (read.node instanceof Alias) bail(); // an alias takes no anchor
    read.node.anchor = src.slice(i + 1, end);
    return read;
  }

  /**
   * Where an anchor's or alias's name starting at `at` ends (yaml's lexer stops it at white space
   * and flow indicators); bails on an empty one, or one ending in `:` (`&a: b`: which is it?).
   */
  private nameEnd(at: number): number {
    const src = this.src;
    let end = at;
    for (; end < this.n; end++) {
      const c = src.charCodeAt(end);
      if (c === SPACE || c === NL || isFlowIndicator(c)) break;
    }
    if (end === at || src.charCodeAt(end - 1) === COLON) bail();
    return end;
  }

  /** An alias (`*name`) at `pos`; leaves `pos` after it. */
  private alias(): Alias {
    const start = this.pos;
    const end = this.nameEnd(start + 1);
    const node = new Alias(this.src.slice(start + 1, end));
    node.range = [start, end, end];
    this.pos = end;
    return node;
  }

  private unanchoredValue(indent: number, inSeq: boolean, priorComment: boolean): Read {
    const src = this.src;
    const indicatorEnd = this.pos;
    let i = indicatorEnd;
    while (src.charCodeAt(i) === SPACE) i++;
    const c = i < this.n ? src.charCodeAt(i) : NL;
    if (c !== NL && i === indicatorEnd) bail(); // `-x` or `:x` are not indicators here
    if (c !== NL && c !== HASH) {
      // On the same line.
      if (inSeq) {
        if (c === DASH && isBlankOrEnd(src, i + 1)) {
          // `- - x`: a sequence in the item, at this column
          this.pos = i;
          return this.blockSeq(i - this.lineStart(i));
        }
        if (c !== 91 && c !== 123 && c !== 124 && c !== 62 && this.isKeyLine(i)) {
          this.pos = i;
          return this.blockMap(i - this.lineStart(i));
        }
      }
      this.pos = i;
      return this.inlineValue(indent);
    }
    // Nothing on this line: the value is on the lines below, or empty.
    const emptyAt = i;
    const lineComment = c === HASH ? i : -1;
    const lineBreak = c === HASH ? src.indexOf('\n', i) : i < this.n ? i : -1;
    this.pos = lineBreak < 0 ? this.n : lineBreak + 1;
    const run = this.triviaRun();
    const next = this.pos < this.n ? this.indentAt(this.pos) : -1;
    const at = this.pos + next;
    if (next >= 0) {
      const isDash = src.charCodeAt(at) === DASH && isBlankOrEnd(src, at + 1);
      if (next > indent || (next === indent && isDash && !inSeq)) {
        this.pos = at;
        if (isDash) return this.blockSeq(next);
        if (this.isKeyLine(at)) return this.blockMap(next);
        const c2 = src.charCodeAt(at);
        if (c2 === 124 || c2 === 62) bail(); // a block scalar header on its own line
        // A comment line indented no deeper than the collection lowers the indentation yaml's lexer
        // asks of the lines a scalar or flow collection goes on over (its indentNext): not this reader's.
        if (run.some((t) => t.comment && t.indent <= indent)) bail();
        return this.inlineValue(indent);
      }
    }
    const node = this.empty(emptyAt);
    const end = this.emptyEnd(lineComment, lineBreak, run, indent, !inSeq && next === indent, next > 0 ? at : -1, priorComment);
    if (end >= 0) node.range![2] = end;
    return { node, pending: [], takesEnd: false };
  }

  /**
   * An empty value's third range offset, when a comment lies between its indicator and what
   * comes next: yaml gives it the tokens there (its separator), up to the next line's first
   * character; for a mapping's entry followed by another, only up to the second line break
   * after its `:` or after the last comment indented more than the mapping. -1: no comment.
   */
  private emptyEnd(lineComment: number, lineBreak: number, run: Trivia[], indent: number, atNextItem: boolean, nextContent: number, priorComment: boolean): number {
    const breaks: number[] = []; // offsets of the line breaks after the last reset
    if (lineBreak >= 0) breaks.push(lineBreak);
    for (const t of run) {
      if (t.comment && t.indent > indent) breaks.length = 0;
      if (this.src.charCodeAt(t.next - 1) === NL) breaks.push(t.next - 1);
    }
    const end = nextContent >= 0 ? nextContent : run.length > 0 ? run[run.length - 1]!.next : lineBreak >= 0 ? lineBreak + 1 : this.n;
    const limit = atNextItem && breaks.length >= 2 ? breaks[1]! : end;
    const comment = priorComment || (lineComment >= 0 && lineComment < limit) || run.some((t) => t.comment && t.start + t.indent < limit);
    return comment ? limit : -1;
  }

  private lineStart(at: number): number {
    return this.src.lastIndexOf('\n', at - 1) + 1;
  }

  /** A scalar or flow collection starting at `pos`, in a block collection at column `indent`; `pos` ends at the next content line. */
  private inlineValue(indent: number): Read {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === 124 || c === 62) {
      const node = this.blockScalar(indent);
      return { node, pending: this.triviaRun(), takesEnd: false };
    }
    let node: Node;
    let valueEnd: number;
    if (c === 91 || c === 123) {
      node = this.flowCollection(indent, 1);
      valueEnd = this.pos;
    } else if (c === 34 || c === 39) {
      node = this.quoted(indent);
      valueEnd = this.pos;
    } else if (c === STAR) {
      node = this.alias();
      valueEnd = this.pos;
    } else {
      const start = this.pos;
      const read = this.plainMultiline(indent);
      node = this.resolvePlain(read.value, start, read.end);
      valueEnd = read.end;
    }
    const end = this.lineEnd(valueEnd);
    node.range![2] = end;
    this.pos = end;
    return { node, pending: this.triviaRun(), takesEnd: true };
  }

  private empty(at: number): Scalar {
    return this.resolvePlain('', at, at);
  }

  // ---- keys and scalars -------------------------------------------------------------------

  /** An implicit key at `pos`: plain or quoted, on one line, then `:`; leaves `pos` after the `:`. */
  private key(): Scalar {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    let node: Scalar;
    if (c === 34 || c === 39) {
      node = this.quoted();
      node.range![2] = node.range![1];
    } else {
      if (!plainStart(src, start)) bail();
      const end = this.plainEnd(start, false);
      if (end === start) bail();
      const text = src.slice(start, end);
      if (text === '<<' || end - start > 1000) bail();
      node = this.resolvePlain(text, start, end);
      this.pos = end;
    }
    while (src.charCodeAt(this.pos) === SPACE) this.pos++;
    if (src.charCodeAt(this.pos) !== COLON || !isBlankOrEnd(src, this.pos + 1)) bail();
    this.pos += 1;
    return node;
  }

  /**
   * Where a plain scalar starting at `at` ends on its line (the offset after its last
   * character, before any `: `, ` #` or line end); in a flow collection also before , [ ] { }.
   */
  private plainEnd(at: number, inFlow: boolean): number {
    const src = this.src;
    let end = at;
    for (let i = at; i < this.n; i++) {
      const c = src.charCodeAt(i);
      if (c === NL) break;
      if (c === COLON) {
        const next = src.charCodeAt(i + 1);
        if (i + 1 >= this.n || next === SPACE || next === NL || (inFlow && isFlowIndicator(next))) return end;
        end = i + 1;
      } else if (c === SPACE) {
        if (src.charCodeAt(i + 1) === HASH) return end;
      } else if (inFlow && isFlowIndicator(c)) {
        return end;
      } else {
        end = i + 1;
      }
    }
    return end;
  }

  /**
   * A plain scalar in block context from `pos`, continued on the following lines indented more
   * than `indent`: its folded value and where its last character ends.
   */
  private plainMultiline(indent: number): { value: string; end: number } {
    const src = this.src;
    const start = this.pos;
    if (!plainStart(src, start)) bail();
    let end = this.plainEnd(start, false);
    if (end === start) bail();
    if (src.charCodeAt(end) === COLON) bail(); // a compact mapping: an error
    let value = src.slice(start, end);
    // Continuation lines: only when nothing but spaces follows on this line.
    let i = end;
    while (src.charCodeAt(i) === SPACE) i++;
    if (i >= this.n || src.charCodeAt(i) !== NL) return { value, end };
    let breaks = 0;
    let at = i + 1;
    for (;;) {
      let j = at;
      while (src.charCodeAt(j) === SPACE) j++;
      if (j >= this.n) break;
      const c = src.charCodeAt(j);
      if (c === NL) {
        breaks++;
        at = j + 1;
        continue;
      }
      if (j - at <= indent || c === HASH) break;
      // A continuation line is text to its end, whatever it starts with (a `#` after spaces ended the scalar above).
      const lineEnd = this.plainEnd(j, false);
      if (src.charCodeAt(lineEnd) === COLON) bail();
      let k = lineEnd;
      while (src.charCodeAt(k) === SPACE) k++;
      if (k < this.n && src.charCodeAt(k) !== NL) bail(); // a comment after it
      value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
      value += src.slice(j, lineEnd);
      end = lineEnd;
      breaks = 0;
      if (k >= this.n) break;
      at = k + 1;
    }
    return { value, end };
  }

  /** A plain scalar as yaml's composer makes it: the first default tag whose test matches resolves it. */
  private resolvePlain(value: string, start: number, end: number): Scalar {
    let tag = tagOfPlain.get(value);
    if (tag === undefined) {
      tag = this.stringTag;
      for (const candidate of this.tags) {
        if (candidate.test!.test(value)) {
          tag = candidate;
          break;
        }
      }
      if (tagOfPlain.size >= 50_000) tagOfPlain.clear();
      tagOfPlain.set(value, tag);
    }
    return this.scalar(tag, value, start, end, Scalar.PLAIN);
  }

  private scalar(tag: ScalarTag, value: string, start: number, end: number, type: Scalar.Type): Scalar {
    let failed = false;
    const resolved = tag.resolve(value, () => (failed = true), this.doc.options as never) as unknown;
    if (failed) bail();
    const node = resolved instanceof Scalar ? resolved : new Scalar(resolved);
    node.range = [start, end, end];
    node.source = value;
    node.type = type;
    if (tag.format) node.format = tag.format;
    return node;
  }

  /**
   * The offset of the closing quote of the quoted scalar opening at `at`, or -1 when the text
   * ends first. With `blockIndent` -1, on its line (-1 at a line break); otherwise it may go on
   * over lines, each indented more than `blockIndent` or blank (yaml's lexer stops at any other).
   */
  private quoteClose(at: number, blockIndent = -1): number {
    const src = this.src;
    const quote = src.charCodeAt(at);
    for (let i = at + 1; i < this.n; i++) {
      const c = src.charCodeAt(i);
      if (c === NL) {
        if (blockIndent < 0) return -1;
        const sp = this.indentAt(i + 1);
        if (i + 1 + sp >= this.n) return -1;
        if (src.charCodeAt(i + 1 + sp) !== NL && sp <= blockIndent) bail(); // PyYAML reads it; yaml refuses (parseTolerant's patch)
      } else if (quote === 34 && c === 92) {
        // an escape: the next character is not the closing quote (an escaped line break still breaks a line)
        if (src.charCodeAt(i + 1) !== NL) i++;
      } else if (c === quote) {
        if (quote === 39 && src.charCodeAt(i + 1) === 39) i++;
        else return i;
      }
    }
    return -1;
  }

  /**
   * A quoted scalar at `pos`; leaves `pos` after its closing quote. It may go on over lines
   * indented more than `blockIndent` (or blank) when that is not -1.
   */
  private quoted(blockIndent = -1): Scalar {
    const src = this.src;
    const start = this.pos;
    const close = this.quoteClose(start, blockIndent);
    if (close < 0) bail(); // unclosed, or over lines where it may not be
    const raw = src.slice(start + 1, close);
    const lines = raw.includes('\n');
    let value: string;
    let type: Scalar.Type;
    if (src.charCodeAt(start) === 39) {
      value = lines ? unfoldLines(raw).replace(/''/g, "'") : raw.includes("''") ? raw.replace(/''/g, "'") : raw;
      type = Scalar.QUOTE_SINGLE;
    } else {
      value = (lines ? doubleQuotedValue(src.slice(start, close + 1)) : raw.includes('\\') ? unescape(raw) : raw) ?? bail();
      type = Scalar.QUOTE_DOUBLE;
    }
    this.pos = close + 1;
    return this.scalar(this.stringTag, value, start, close + 1, type);
  }

  /** A block scalar (`|` or `>`) at `pos`, the value of an entry of a collection at column `indent`; leaves `pos` after it. */
  private blockScalar(indent: number): Scalar {
    const src = this.src;
    const start = this.pos;
    const literal = src.charCodeAt(start) === 124;
    let i = start + 1;
    let chomp = '';
    const c = src.charCodeAt(i);
    if (c === 45 || c === 43) {
      chomp = src[i]!;
      i++;
    }
    if (i < this.n && src.charCodeAt(i) !== SPACE && src.charCodeAt(i) !== NL) bail(); // an indentation indicator, or junk
    const contentFrom = this.lineEnd(i);
    if (contentFrom >= this.n) bail();
    // The lines of the scalar: each at least indented as its first non-empty one, or empty.
    let first = contentFrom;
    let contentIndent = -1;
    let maxLeadingBlank = 0;
    while (first < this.n) {
      const sp = this.indentAt(first);
      const ch = src.charCodeAt(first + sp);
      if (first + sp >= this.n) break;
      if (ch === NL) {
        maxLeadingBlank = Math.max(maxLeadingBlank, sp);
        first += sp + 1;
        continue;
      }
      contentIndent = sp;
      break;
    }
    if (contentIndent <= indent || maxLeadingBlank > contentIndent) bail(); // empty, or yaml's special cases
    // Content lines: indented at least contentIndent, or blank.
    let lineAt = contentFrom;
    let lastContentNext = contentFrom; // after the last non-empty line's break
    const lines: Array<[number, number, number]> = []; // [start, indent, end (at the break or n)]
    while (lineAt < this.n) {
      const sp = this.indentAt(lineAt);
      const nl = src.indexOf('\n', lineAt);
      const lineEnd = nl < 0 ? this.n : nl;
      if (lineAt + sp === lineEnd) {
        if (nl < 0 && sp < contentIndent) break; // spaces ending the text: not the scalar's
        lines.push([lineAt, sp, lineEnd]);
      } else if (sp >= contentIndent) {
        lines.push([lineAt, sp, lineEnd]);
        lastContentNext = nl < 0 ? this.n : nl + 1;
      } else {
        break;
      }
      lineAt = nl < 0 ? this.n : nl + 1;
    }
    // Where the token ends: trailing blank lines are kept only with `+`, or when more indented than the content.
    let sourceEnd = lastContentNext;
    for (let k = lines.length - 1; k >= 0; k--) {
      const [ls, sp, le] = lines[k]!;
      if (ls < lastContentNext) break;
      if (chomp === '+' || sp > contentIndent) {
        sourceEnd = le >= this.n ? this.n : le + 1;
        break;
      }
    }
    const sourceLines = lines.filter(([ls]) => ls < sourceEnd);
    // yaml splits the token's text at its line breaks: one ending in a break has an empty last line.
    if (src.charCodeAt(sourceEnd - 1) === NL) sourceLines.push([sourceEnd, 0, sourceEnd]);
    // yaml's resolveBlockScalar over those lines.
    let chompStart = sourceLines.length;
    for (let k = sourceLines.length - 1; k >= 0; k--) {
      const [ls, sp, le] = sourceLines[k]!;
      if (ls + sp === le) chompStart = k;
      else break;
    }
    const trimIndent = contentIndent;
    for (let k = sourceLines.length - 1; k >= chompStart; k--) {
      if (sourceLines[k]![1] > trimIndent) {
        chompStart = k + 1;
        break;
      }
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    for (let k = 0; k < chompStart; k++) {
      const [ls, sp, le] = sourceLines[k]!;
      const content = src.slice(ls + sp, le);
      const more = sp > trimIndent ? ' '.repeat(sp - trimIndent) : '';
      if (literal) {
        value += sep + more + content;
        sep = '\n';
      } else if (sp > trimIndent) {
        // more indented: kept as it is
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + more + content;
        sep = '\n';
        prevMoreIndented = true;
      } else if (content === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + content;
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    if (chomp === '+') {
      for (let k = chompStart; k < sourceLines.length; k++) value += '\n' + ' '.repeat(Math.max(0, sourceLines[k]![1] - trimIndent));
      if (value[value.length - 1] !== '\n') value += '\n';
    } else if (chomp === '') {
      value += '\n';
    }
    this.pos = sourceEnd;
    return this.scalar(this.stringTag, value, start, sourceEnd, literal ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED);
  }

  // ---- flow collections -------------------------------------------------------------------

  /**
   * A flow collection at `pos`, the value of an entry of a block collection at column
   * `blockIndent` (its lines must be indented more, as yaml requires); leaves `pos` after its
   * closing bracket.
   */
  private flowCollection(blockIndent: number, depth: number): YAMLMap | YAMLSeq {
    this.nest();
    const src = this.src;
    const open = this.pos;
    const isMap = src.charCodeAt(open) === 123;
    const close = isMap ? 125 : 93;
    const node = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    node.flow = true;
    this.pos = open + 1;
    this.flowSpace(blockIndent, depth);
    while (src.charCodeAt(this.pos) !== close) {
      if (isMap) {
        (node as YAMLMap).items.push(this.flowMapEntry(close, blockIndent, depth));
      } else {
        const item = this.flowItem(SEQ_ITEM, blockIndent, depth);
        (node as YAMLSeq).items.push(item);
      }
      this.flowSpace(blockIndent, depth);
      const c = src.charCodeAt(this.pos);
      if (c === 44) {
        this.pos += 1;
        this.flowSpace(blockIndent, depth);
      } else if (c !== close) {
        bail();
      }
    }
    this.pos += 1;
    node.range = [open, this.pos, this.pos];
    this.depth--;
    return node;
  }

  /** An entry of a flow mapping closed by `close` (`{a: b}`, `{a: }` or `{a}`), at `pos`; leaves `pos` after it. */
  private flowMapEntry(close: number, blockIndent: number, depth: number): Pair {
    const src = this.src;
    const quotedKey = src.charCodeAt(this.pos) === 34 || src.charCodeAt(this.pos) === 39;
    const key = this.flowItem(KEY, blockIndent, depth);
    if (src.charCodeAt(this.pos) !== COLON) {
      // `{a, b: c}`: a key with no value
      if (isPlain(key) && src.charCodeAt(this.pos) === NL) this.plainEndsHere(this.pos);
      this.flowSpace(blockIndent, depth);
      const next = src.charCodeAt(this.pos);
      if (next !== 44 && next !== close) bail();
      return new Pair(key, null);
    }
    this.pos += 1; // the `:`
    // After a quoted key (JSON's `"a":"b"`) the value may follow the `:` at once.
    if (!quotedKey && !isBlankOrEnd(src, this.pos) && src.charCodeAt(this.pos) !== 44 && src.charCodeAt(this.pos) !== close) bail();
    let at = this.pos;
    while (src.charCodeAt(at) === SPACE) at++;
    const c = src.charCodeAt(at);
    if (c === 44 || c === close) {
      this.pos = at;
      return new Pair(key, this.empty(at));
    }
    this.flowSpace(blockIndent, depth);
    return new Pair(key, this.flowItem(MAP_VALUE, blockIndent, depth));
  }

  /**
   * Spaces, comments and line breaks inside a flow collection. A line must be indented more
   * than the block collection around (a comment line, or the outermost closing bracket one
   * column less, may be indented less), or yaml reports it: null then.
   */
  private flowSpace(blockIndent: number, depth: number): void {
    const src = this.src;
    for (;;) {
      let c = src.charCodeAt(this.pos);
      while (c === SPACE) c = src.charCodeAt(++this.pos);
      if (this.pos >= this.n) bail();
      if (c === HASH) {
        if (src.charCodeAt(this.pos - 1) !== SPACE && src.charCodeAt(this.pos - 1) !== NL) this.gluedComment(this.pos);
        const nl = src.indexOf('\n', this.pos);
        if (nl < 0) bail();
        this.pos = nl;
        c = NL;
      }
      if (c !== NL) return;
      const lineStart = ++this.pos;
      const indent = this.indentAt(lineStart);
      const first = src.charCodeAt(lineStart + indent);
      if (indent <= blockIndent && first !== HASH && first !== NL && lineStart + indent < this.n) {
        if (!(indent === blockIndent && depth === 1 && (first === 93 || first === 125))) throw new Patch('flow-indent', lineStart);
      }
    }
  }

  /**
   * A flow collection's item at `pos`. A sequence's item takes in its third range offset all
   * that follows it up to the next `,` or `]`; a mapping's value, the spaces after it, a comment
   * and a line break; a key, nothing.
   */
  private flowItem(role: FlowRole, blockIndent: number, depth: number): Node {
    const src = this.src;
    let anchor: string | null = null;
    if (src.charCodeAt(this.pos) === AMP) {
      if (role === KEY) bail();
      const end = this.nameEnd(this.pos + 1);
      if (src.charCodeAt(end) !== SPACE) bail(); // `&a,` or `&a]`: an anchored empty value
      anchor = src.slice(this.pos + 1, end);
      this.pos = end;
      this.flowSpace(blockIndent, depth);
    }
    const c = src.charCodeAt(this.pos);
    let node: Node;
    let plain = false;
    if (c === STAR) {
      if (role === KEY || anchor !== null) bail();
      node = this.alias();
    } else if (c === 91 || c === 123) {
      node = this.flowCollection(blockIndent, depth + 1);
    } else if (c === 34 || c === 39) {
      node = this.quoted();
    } else {
      const start = this.pos;
      if (!plainStart(src, start) || c === 44 || isFlowIndicator(c)) bail();
      const end = this.plainEnd(start, true);
      if (end === start) bail();
      node = this.resolvePlain(src.slice(start, end), start, end);
      this.pos = end;
      plain = true;
    }
    if (anchor !== null) node.anchor = anchor;
    const valueEnd = this.pos;
    let at = valueEnd;
    while (src.charCodeAt(at) === SPACE) at++;
    if (role === KEY) {
      this.pos = at;
      return node;
    }
    if (role === SEQ_ITEM) {
      if (src.charCodeAt(at) === COLON) {
        if (!(node instanceof Scalar) || anchor !== null) bail(); // a pair in a sequence with an alias, collection or anchor for key
        return this.flowPair(node, c === 34 || c === 39, at, blockIndent, depth);
      }
      if (plain) this.plainEndsHere(at);
      this.flowSpace(blockIndent, depth);
      const next = src.charCodeAt(this.pos);
      if (next !== 44 && next !== 93) bail(); // a pair in a sequence, or junk
      node.range![2] = this.pos;
      return node;
    }
    let end = at;
    let ch = src.charCodeAt(at);
    if (ch === HASH) {
      if (at === valueEnd) this.gluedComment(at);
      const nl = src.indexOf('\n', at);
      if (nl < 0) bail();
      end = nl;
      ch = NL;
    }
    if (ch === NL) {
      end += 1;
      if (plain) this.plainEndsHere(at);
    }
    node.range![2] = end;
    this.pos = at;
    return node;
  }

  /**
   * `[a: b]`: a pair in a flow sequence, which yaml reads as a flow mapping of that one pair
   * (ranging from its key to its value); `colon` is the offset of the `:` after `key`.
   */
  private flowPair(key: Scalar, quotedKey: boolean, colon: number, blockIndent: number, depth: number): YAMLMap {
    const src = this.src;
    key.range![2] = key.range![1];
    const after = src.charCodeAt(colon + 1);
    if (!quotedKey && !isBlankOrEnd(src, colon + 1) && !isFlowIndicator(after)) bail();
    this.pos = colon + 1;
    this.flowSpace(blockIndent, depth);
    const c = src.charCodeAt(this.pos);
    if (c === 44 || c === 93) bail(); // `[a: ]`
    const value = this.flowItem(MAP_VALUE, blockIndent, depth);
    const map = new YAMLMap(this.doc.schema);
    map.flow = true;
    map.items.push(new Pair(key, value));
    map.range = [key.range![0], value.range![1], value.range![2]];
    this.flowSpace(blockIndent, depth);
    const next = src.charCodeAt(this.pos);
    if (next !== 44 && next !== 93) bail();
    return map;
  }

  /** After a plain scalar in a flow collection, at `at` (past its spaces): a line break there must not go on to more of it. */
  private plainEndsHere(at: number): void {
    const src = this.src;
    if (src.charCodeAt(at) !== NL) return;
    let k = at + 1;
    while (src.charCodeAt(k) === SPACE) k++;
    const next = src.charCodeAt(k);
    if (next !== 44 && next !== 93 && next !== 125 && next !== HASH && next !== NL) bail();
  }
}

/** Whether `node` is a plain scalar (one a line break may continue). */
function isPlain(node: Node): boolean {
  return node instanceof Scalar && node.type === Scalar.PLAIN;
}

function isBlankOrEnd(src: string, at: number): boolean {
  if (at >= src.length) return true;
  const c = src.charCodeAt(at);
  return c === SPACE || c === NL;
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Whether a plain scalar may start at `at`: not with an indicator yaml reads otherwise. */
function plainStart(src: string, at: number): boolean {
  const c = src.charCodeAt(at);
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
    case 63: // ?
    case 58: // :
      return false;
    case 45: // -
      return !isBlankOrEnd(src, at + 1);
    default:
      return at < src.length && c !== SPACE && c !== NL;
  }
}
