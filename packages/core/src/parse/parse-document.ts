import { CST, isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseDocument as parseYaml } from 'yaml';
import type { Document, Node, Pair, Scalar, ScalarTag, Tags, YAMLMap } from 'yaml';
import type { Diagnostic, Range } from '../types.js';
import { aliasTarget } from './aliases.js';
import { fastRead } from './fast-yaml.js';
import { PositionMapper } from './positions.js';

export const PARSE_RULE_ID = 'yaml-syntax';

export interface ParseLimits {
  /** Largest text, in UTF-16 code units, that is parsed at all. */
  maxSize: number;
  /** Largest number of nodes aliases may add to the document by expansion. */
  maxExpandedNodes: number;
  /** Largest number of nodes (values, keys, collections) the document itself may have. */
  maxNodes: number;
  /** Deepest nesting of collections. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxSize: 10 * 1024 * 1024,
  maxExpandedNodes: 1_000_000,
  maxNodes: 1_000_000,
  maxDepth: 200,
};

export interface ParsedDocument {
  text: string;
  format: 'yaml' | 'json';
  positions: PositionMapper;
  /** The root node, or null when the text is empty, unreadable or over a limit. */
  root: Node | null;
  yaml: Document.Parsed | null;
  /** Problems found while reading the text: syntax errors, duplicate keys, limits. */
  problems: Diagnostic[];
  /**
   * The length of Python's str() of the parsed value (what Heat compares to max_template_size,
   * rule template-limits), when the parse measured it in passing: a document without aliases.
   */
  pythonReprLength?: number;
}

/** PyYAML's YAML 1.1 booleans: unlike the yaml package's, a bare `y` or `n` stays a string. */
const pyYamlBool = (value: boolean, test: RegExp): ScalarTag => ({
  identify: (v: unknown) => v === value,
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test,
  resolve: () => value,
});

// Heat loads YAML 1.1 with PyYAML's SafeLoader, but turns timestamps back into strings.
export const YAML_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  customTags: (tags: Tags): Tags => {
    // yaml asks for every document it reads, with the same tags: the answer is made once.
    if (!lastTags || tags.length !== lastTags.length || tags.some((tag, i) => tag !== lastTags![i])) {
      lastTags = tags;
      heatTags = heatTagsOf(tags);
    }
    return heatTags;
  },
};

let lastTags: Tags | null = null;
let heatTags: Tags = [];

function heatTagsOf(tags: Tags): Tags {
  return [
    pyYamlBool(true, /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/),
    pyYamlBool(false, /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/),
    ...tags
      .filter(
        (tag) =>
          tag !== 'timestamp' &&
          (typeof tag === 'string' || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.tag !== 'tag:yaml.org,2002:bool')),
      )
      .map((tag) => (typeof tag !== 'string' && tag.tag === BINARY_TAG ? nodeBinary(tag as ScalarTag) : tag)),
  ];
}

const BINARY_TAG = 'tag:yaml.org,2002:binary';

/**
 * `!!binary` read as the yaml package's Node build reads it, a Buffer, in its browser build too
 * (an ES module, which the CLI's bundles use: their calls into it are then direct, where the
 * CommonJS build's go through a getter each): the same value wherever hot-lint runs.
 */
function nodeBinary(tag: ScalarTag): ScalarTag {
  const NodeBuffer = globalThis.Buffer as typeof globalThis.Buffer | undefined;
  return typeof NodeBuffer === 'function' ? { ...tag, resolve: (source: string) => NodeBuffer.from(source, 'base64') } : tag;
}

/**
 * The yaml package's parseDocument with YAML_OPTIONS. The package reads process.env.LOG_TOKENS
 * for every token; process.env is backed by the C environment and one read costs about as much
 * as lexing the token (a quarter of the parse), so while yaml runs, synchronously, it sees a
 * plain object holding the two variables it reads instead.
 */
export function readYaml(source: string): Document.Parsed {
  // yaml's errors are Errors: each would capture a stack trace nobody reads (a text PyYAML reads
  // but yaml refuses is parsed again after a patch, and may have hundreds on the way).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return readYamlWithEnv(source);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function readYamlWithEnv(source: string): Document.Parsed {
  const env = typeof process === 'object' ? process.env : undefined;
  if (!env) return parseYaml(source, YAML_OPTIONS) as Document.Parsed;
  try {
    process.env = { LOG_TOKENS: env.LOG_TOKENS, LOG_STREAM: env.LOG_STREAM };
  } catch {
    return parseYaml(source, YAML_OPTIONS) as Document.Parsed;
  }
  try {
    return parseYaml(source, YAML_OPTIONS) as Document.Parsed;
  } finally {
    process.env = env;
  }
}

/** Reads text into a YAML document with exact ranges. Never throws. */
export function parseDocument(input: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const format = /^\s*\{/.test(text) ? 'json' : 'yaml';
  const problems: Diagnostic[] = [];
  const fail = (message: string, at = 0): ParsedDocument => {
    const positions = new PositionMapper(text);
    problems.push(problem(message, positions.range(at, at + 1)));
    return { text, format, positions, root: null, yaml: null, problems };
  };

  if (text.length > limits.maxSize) {
    return fail(
      `The file is ${text.length} characters long, over the limit of ${limits.maxSize}; it was not parsed.`,
    );
  }
  const binaryAt = findBinary(text);
  if (binaryAt >= 0) {
    return fail(`This is not a text file (it has a ${describeChar(text, binaryAt)} at offset ${binaryAt}).`);
  }
  const deepAt = flowDepthExceeded(text, limits.maxDepth);
  if (deepAt >= 0) {
    return fail(`Collections are nested deeper than ${limits.maxDepth} levels; the document was not read further.`, deepAt);
  }

  // yaml holds its whole syntax tree (about 200 bytes per character of flow-heavy text) while it
  // builds the document: a text long enough to hold more nodes than the limit is counted first by
  // the lexer alone, which keeps nothing, and one over the limit is refused before yaml builds anything.
  if (text.length > limits.maxNodes && nodesAtLeast(text, limits.maxNodes + 1) > limits.maxNodes) {
    return fail(
      `The document has more than ${limits.maxNodes} YAML nodes (keys, values and collections), over the limit; it was not read further. (Heat itself refuses templates over 512 KB, its max_template_size.)`,
    );
  }

  let parsed: ReturnType<typeof parseTolerant>;
  try {
    parsed = parseTolerant(text);
  } catch (error) {
    return fail(`The YAML parser failed: ${(error as Error).message}`);
  }
  const { doc } = parsed;
  const positions = new PositionMapper(parsed.source, parsed.shifts);
  let overflowReported = false;
  for (const error of doc.errors) {
    if (/Maximum call stack size exceeded/.test(error.message)) {
      // The parser ran out of stack on deep nesting: one finding says so.
      if (overflowReported) continue;
      overflowReported = true;
      problems.push(problem('Collections are nested too deeply to read; the document was not read further.', positions.range(error.pos[0], error.pos[1])));
      continue;
    }
    problems.push(problem(yamlMessage(error.code, error.message), positions.range(error.pos[0], error.pos[1])));
  }
  if (problems.length > 0) {
    return { text, format, positions, root: null, yaml: doc, problems };
  }
  const root = doc.contents as Node | null;
  // The usual template (no alias, not too deep) is checked in one walk; any other the long way.
  const plain = plainShape(root, limits.maxDepth, positions);
  if (plain) {
    if (plain.count <= limits.maxNodes) {
      problems.push(...plain.duplicates);
      return { text, format, positions, root, yaml: doc, problems, pythonReprLength: plain.pythonReprLength };
    }
  }
  // The limit is on what aliases add: a large template without aliases is governed by maxSize alone.
  const own = plain ? plain.count : countNodes(root);
  if (own > limits.maxNodes) {
    problems.push(
      problem(
        `The document has ${own} YAML nodes (keys, values and collections), over the limit of ${limits.maxNodes}; it was not read further. (Heat itself refuses templates over 512 KB, its max_template_size.)`,
        positions.range(0, 0),
      ),
    );
    return { text, format, positions, root: null, yaml: doc, problems };
  }
  const shape = measure(root, doc, limits, own + limits.maxExpandedNodes);
  if (shape.firstAlias && shape.expanded - own > limits.maxExpandedNodes) {
    problems.push(
      problem(
        `Aliases expand this document to more than ${limits.maxExpandedNodes} nodes; it was not read further.`,
        positions.nodeRange(shape.firstAlias ?? root),
      ),
    );
    return { text, format, positions, root: null, yaml: doc, problems };
  }
  if (shape.recursive) {
    const name = (shape.recursive as { source?: string }).source ?? '';
    problems.push(
      problem(`The alias *${name} refers to a node that contains it; a template cannot be recursive.`, positions.nodeRange(shape.recursive)),
    );
    return { text, format, positions, root: null, yaml: doc, problems };
  }
  if (shape.tooDeep) {
    problems.push(
      problem(`Collections are nested deeper than ${limits.maxDepth} levels; the document was not read further.`, positions.nodeRange(shape.tooDeep)),
    );
    return { text, format, positions, root: null, yaml: doc, problems };
  }
  problems.push(...duplicateKeys(root, positions));
  return { text, format, positions, root, yaml: doc, problems };
}

const FLOW_INDENT = /^Flow (map|sequence) in block collection must be sufficiently indented/;
const GLUED_COMMENT = /^Comments must be separated from other tokens by white space characters/;
const UNCLOSED_QUOTE = /^Missing closing ["']quote/;

/**
 * PyYAML reads some text the yaml package refuses; when one of these is the complaint, the
 * source is patched so both read the same values, and parsed again (positions map back to the
 * original through `shifts`, spaces inserted at line starts):
 * - indentation inside flow collections ({...} and [...] over several lines) is ignored;
 * - a comment may follow a flow collection, a quoted scalar or a flow comma with no space;
 * - the continuation lines of a quoted scalar may be indented less than its key.
 */
export function parseTolerant(text: string, fast = true): { doc: Document.Parsed; source: string; shifts: Map<number, number> } {
  return (fast ? readFastTolerant(text) : null) ?? parseTolerantWithYaml(text);
}

/**
 * parseTolerant without yaml, when fastRead reads the text: at once, or after patching, as
 * below, the flow lines it names one by one. null when it cannot (yaml's loop then starts over).
 */
function readFastTolerant(text: string): { doc: Document.Parsed; source: string; shifts: Map<number, number> } | null {
  let source = text;
  const shifts = new Map<number, number>();
  for (let attempt = 0; attempt < 200; attempt++) {
    const read = fastRead(source, YAML_OPTIONS);
    if (read === null) return null;
    if (!('kind' in read)) return { doc: read, source, shifts };
    const patched = read.kind === 'flow-indent' ? indentFlowLine(source, read.at, shifts) : blankGluedComment(source, read.at);
    if (patched === null) return null;
    source = patched;
  }
  return null;
}

function parseTolerantWithYaml(text: string): { doc: Document.Parsed; source: string; shifts: Map<number, number> } {
  let source = text;
  const shifts = new Map<number, number>();
  for (let attempt = 0; ; attempt++) {
    const doc = readYaml(source);
    if (attempt >= 200) return { doc, source, shifts };
    let patched: string | null = null;
    for (const error of doc.errors) {
      if (error.code === 'BAD_INDENT' && FLOW_INDENT.test(error.message)) patched = indentFlowLine(source, error.pos[0], shifts);
      else if (error.code === 'MISSING_CHAR' && GLUED_COMMENT.test(error.message)) patched = blankGluedComment(source, error.pos[0]);
      else if (error.code === 'MISSING_CHAR' && UNCLOSED_QUOTE.test(error.message)) patched = indentQuotedScalar(source, error.pos[0], shifts);
      else continue;
      break;
    }
    if (patched === null) return { doc, source, shifts };
    source = patched;
  }
}

/** PyYAML starts a comment at a `#` right after `}`, `]`, `,` or a closing quote: blanked, the yaml package reads the rest alike. */
function blankGluedComment(source: string, offset: number): string | null {
  if (source[offset] !== '#' || !/[}\]",']/.test(source[offset - 1] ?? '')) return null;
  let end = offset;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  return source.slice(0, offset) + ' '.repeat(end - offset) + source.slice(end);
}

/**
 * PyYAML does not check the indentation of a quoted scalar's continuation lines (their leading
 * white space is folded away): lines indented no deeper than the line the scalar starts on are
 * indented one past it. `offset` is where the yaml package stopped reading the scalar.
 */
function indentQuotedScalar(source: string, offset: number, shifts: Map<number, number>): string | null {
  const start = quotedTokenStart(source, offset);
  if (start < 0) return null;
  const quote = source[start]!;
  let end = start + 1;
  for (; end < source.length; end++) {
    const c = source[end];
    if (quote === '"' && c === '\\') end++;
    else if (quote === "'" && c === "'" && source[end + 1] === "'") end++;
    else if (c === quote) break;
  }
  if (end >= source.length) return null;
  const parts = source.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  const lineOf = (at: number) => {
    for (let i = 0, next = 0; i < lines.length; i++) {
      next += lines[i]!.length + (breaks[i]?.length ?? 0);
      if (at < next) return i;
    }
    return lines.length - 1;
  };
  const first = lineOf(start);
  const last = lineOf(end);
  const indentOf = (l: string) => l.length - l.replace(/^ +/, '').length;
  const target = indentOf(lines[first]!) + 1;
  let changed = false;
  for (let line = first + 1; line <= last; line++) {
    const text = lines[line]!;
    // A document marker inside a quoted scalar is an error to PyYAML too.
    if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(text)) return null;
    if (text.trim() === '' || indentOf(text) >= target) continue;
    const add = target - indentOf(text);
    lines[line] = ' '.repeat(add) + text;
    shifts.set(line, (shifts.get(line) ?? 0) + add);
    changed = true;
  }
  return changed ? lines.map((text, i) => text + (breaks[i] ?? '')).join('') : null;
}

/** The offset of the opening quote of the quoted-scalar token of the yaml lexer that ends at or holds `offset`, or -1. */
function quotedTokenStart(source: string, offset: number): number {
  let at = 0;
  for (const token of new Lexer().lex(source)) {
    // Tokens of one control character mark structure and take no room in the source.
    if (token.length === 1 && token.charCodeAt(0) < 0x20 && !/[\t\n\r]/.test(token)) continue;
    if (at > offset) return -1;
    if ((token[0] === '"' || token[0] === "'") && offset >= at && offset <= at + token.length) return at;
    at += token.length;
  }
  return -1;
}

function indentFlowLine(source: string, offset: number, shifts: Map<number, number>): string | null {
  // Lines and their breaks, counted as PositionMapper counts them (\r\n, \n or a lone \r).
  const parts = source.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  let line = lines.length - 1;
  for (let at = 0, i = 0; i < lines.length; i++) {
    const next = at + lines[i]!.length + (breaks[i]?.length ?? 0);
    if (offset < next) {
      line = i;
      break;
    }
    at = next;
  }
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const current = indentOf(lines[line]!);
  // The line holding the still-open bracket: walk back until opening brackets outnumber closing ones.
  let opener = line - 1;
  for (let balance = 0; opener >= 0; opener--) {
    for (const c of lines[opener]!) {
      if (c === '{' || c === '[') balance++;
      else if (c === '}' || c === ']') balance--;
    }
    if (balance > 0) break;
  }
  if (opener < 0) return null;
  const add = indentOf(lines[opener]!) + 1 - current;
  if (add <= 0) return null;
  lines[line] = ' '.repeat(add) + lines[line]!;
  shifts.set(line, (shifts.get(line) ?? 0) + add);
  return lines.map((text, i) => text + (breaks[i] ?? '')).join('');
}

function problem(message: string, range: Range, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { ruleId: PARSE_RULE_ID, severity, message, range };
}

function yamlMessage(code: string, message: string): string {
  let first = message.split('\n')[0] ?? message;
  // Some messages quote the source; a template without \n line breaks would be quoted whole.
  if (first.length > 160) first = `${first.slice(0, 120).replace(/[\r\t]+/g, ' ')}…`;
  const cleaned = first.replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]?$/, first.endsWith('…') ? '' : '.');
  if (code === 'MULTIPLE_DOCS') return 'A template is one YAML document; this file has more than one (a second "---").';
  return `YAML syntax error: ${cleaned}`;
}

/**
 * The offset where `[`/`{` nesting outside quotes and comments first exceeds the limit, or -1.
 * The yaml parser recurses per level, so very deep flow nesting is refused before parsing.
 * The scan jumps (with regular expressions) from one character that matters to the next.
 */
export function flowDepthExceeded(text: string, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    OUTSIDE_QUOTES.lastIndex = i;
    const found = OUTSIDE_QUOTES.exec(text);
    if (!found) return -1;
    i = found.index;
    const c = text[i];
    if (c === '"' || c === "'") {
      if (depth > 0 || /[\s:\[{,-]/.test(text[i - 1] ?? ' ')) {
        i = quoteEnd(text, i + 1, c, depth === 0);
        if (i < 0) return -1;
      }
    } else if (c === '#') {
      if (/\s/.test(text[i - 1] ?? ' ')) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? text.length : end - 1;
      }
    } else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if (depth > 0) {
      depth--;
    }
  }
  return -1;
}

const OUTSIDE_QUOTES = /["'#[\]{}]/g;
const IN_DOUBLE_QUOTES = /["\\\n]/g;
const IN_SINGLE_QUOTES = /['\n]/g;

/** Where a quoted scalar opened before `from` ends: its closing quote, or a line break when `lineEnds` (outside flow collections); -1 when the text ends first. */
function quoteEnd(text: string, from: number, quote: string, lineEnds: boolean): number {
  const pattern = quote === '"' ? IN_DOUBLE_QUOTES : IN_SINGLE_QUOTES;
  for (let i = from; ; ) {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found) return -1;
    const at = found.index;
    const c = text[at];
    if (c === '\\') i = at + 2; // escapes the next character
    else if (c === quote || lineEnds) return at;
    else i = at + 1; // a line break inside a flow collection
  }
}

/** Control characters and U+FFFD (an undecodable byte) other than tab, line feed, form feed and carriage return. */
const NOT_TEXT = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

export function findBinary(text: string): number {
  const limit = Math.min(text.length, 8192);
  const found = NOT_TEXT.exec(limit < text.length ? text.slice(0, limit) : text);
  if (found) return found.index;
  const nul = text.indexOf('\u0000', limit);
  return nul;
}

function describeChar(text: string, at: number): string {
  const c = text.charCodeAt(at);
  if (c === 0) return 'NUL byte';
  if (c === 0xfffd) return 'byte that is not UTF-8';
  return `control character U+${c.toString(16).padStart(4, '0').toUpperCase()}`;
}

interface Shape {
  expanded: number;
  tooDeep: Node | null;
  firstAlias: Node | null;
  /** An alias that refers to a node containing it. */
  recursive: Node | null;
}

/** Counts nodes as aliases would expand them, memoising anchored nodes so a bomb costs linear time. */
export function measure(root: Node | null, doc: Document, limits: ParseLimits, cap: number): Shape {
  const sizes = new Map<Node, number>();
  const shape: Shape = { expanded: 0, tooDeep: null, firstAlias: null, recursive: null };
  const open = new Set<unknown>();
  const sizeOf = (node: unknown, depth: number): number => {
    if (shape.tooDeep || shape.recursive) return 0;
    if (depth > limits.maxDepth) {
      shape.tooDeep = node as Node;
      return 0;
    }
    if (isAlias(node)) {
      shape.firstAlias ??= node;
      const target = aliasTarget(node, doc);
      if (!target) return 1;
      if (open.has(target)) {
        shape.recursive = node;
        return 0;
      }
      const known = sizes.get(target);
      if (known !== undefined) return known;
      const size = sizeOf(target, depth + 1);
      sizes.set(target, size);
      return size;
    }
    let size = 1;
    if (isMap(node) || isSeq(node)) {
      open.add(node);
      for (const item of node.items) {
        if (isPair(item)) size += sizeOf(item.key, depth + 1) + sizeOf(item.value, depth + 1);
        else size += sizeOf(item, depth + 1);
        if (size > cap) break;
      }
      open.delete(node);
    }
    return size;
  };
  shape.expanded = sizeOf(root, 0);
  return shape;
}

/**
 * A lower bound of countNodes for the document of `text`, from the lexer's tokens alone (one
 * pass, nothing kept), counting up to `stop`: each scalar (plain, block or quoted), alias and
 * flow collection is a node; block collections and empty values, not counted, only add to it.
 */
export function nodesAtLeast(text: string, stop: number): number {
  let count = 0;
  let scalarText = false;
  for (const token of new Lexer().lex(text)) {
    if (scalarText) {
      // The text of the scalar the marker announced: whatever it starts with, it is that one node.
      scalarText = false;
      continue;
    }
    if (token === CST.SCALAR) scalarText = true;
    else if (!OPENS_NODE.test(token)) continue;
    if (++count >= stop) break;
  }
  return count;
}

/** A quoted scalar, an alias, or the start of a flow mapping or sequence. */
const OPENS_NODE = /^(?:["'*]|[{[]$)/;

/** The nodes of the document as written, aliases counted once each, without recursion. */
export function countNodes(root: Node | null): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    count++;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return count;
}

/**
 * countNodes, duplicateKeys and the length of Python's str() of the value (pythonReprLength) of a
 * document with no alias and no node deeper than `maxDepth` (where measure() finds nothing to
 * report), in one walk; null for any other document.
 */
export function plainShape(
  root: Node | null,
  maxDepth: number,
  positions: PositionMapper,
): { count: number; duplicates: Diagnostic[]; pythonReprLength: number } | null {
  const walk = new PlainWalk(maxDepth, positions);
  walk.visit(root, 0, false);
  return walk.plain ? { count: walk.count, duplicates: walk.duplicates, pythonReprLength: walk.repr } : null;
}

class PlainWalk {
  count = 0;
  plain = true;
  repr = 0;
  readonly duplicates: Diagnostic[] = [];

  constructor(
    private readonly maxDepth: number,
    private readonly positions: PositionMapper,
  ) {}

  /** `inKey`: below a mapping's key, where duplicateKeys does not look. */
  visit(node: unknown, depth: number, inKey: boolean): void {
    if (node === null || node === undefined) {
      this.repr += 4; // None
      return;
    }
    if (!this.plain) return;
    if (depth > this.maxDepth || isAlias(node)) {
      this.plain = false;
      return;
    }
    this.count++;
    if (isScalar(node)) {
      this.repr += scalarReprLength(node.value);
    } else if (isMap(node)) {
      if (!inKey) checkMap(node, this.positions, this.duplicates);
      const items = node.items;
      this.repr += collectionReprLength(items.length, true);
      for (let i = 0; i < items.length; i++) {
        const pair = items[i]!;
        this.visit(pair.key, depth + 1, true);
        this.visit(pair.value, depth + 1, inKey);
      }
    } else if (isSeq(node)) {
      const items = node.items;
      this.repr += collectionReprLength(items.length, false);
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (isPair(item)) {
          // countNodes and measure count a pair's key and value; duplicateKeys looks into neither;
          // str() of the value has nothing for it (template-limits' measure gives a pair no length).
          const repr = this.repr;
          this.visit(item.key, depth + 1, true);
          this.visit(item.value, depth + 1, true);
          this.repr = repr;
        } else {
          this.visit(item, depth + 1, inKey);
        }
      }
    }
  }
}

/** The length of Python's str() of a scalar's value: None, True/False, a number, a quoted string. */
export function scalarReprLength(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (typeof value === 'number') return String(value).length;
  return String(value).length + 2; // quotes; escapes make it slightly longer
}

/** The length Python's str() gives a dict (`mapping`) or list of `entries` besides theirs: brackets, ", " between entries, ": " in each of a dict's. */
export function collectionReprLength(entries: number, mapping: boolean): number {
  return 2 + (entries > 1 ? 2 * (entries - 1) : 0) + (mapping ? 2 * entries : 0);
}

/** Whether two scalar keys read the same, pairwise (for a small mapping, without building a Map). */
function hasDuplicateKey(items: readonly Pair[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const key = items[i]!.key;
    if (!isScalar(key)) continue;
    const name = String(key.value);
    for (let j = 0; j < i; j++) {
      const other = items[j]!.key;
      if (isScalar(other) && String(other.value) === name) return true;
    }
  }
  return false;
}

/** Heat (PyYAML) silently keeps the last of duplicate keys, so one is a likely mistake. */
export function duplicateKeys(root: Node | null, positions: PositionMapper): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      checkMap(node, positions, found);
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}

/** The duplicate keys of one mapping, not of what it holds. */
export function duplicateKeysOf(map: YAMLMap, positions: PositionMapper): Diagnostic[] {
  const found: Diagnostic[] = [];
  checkMap(map, positions, found);
  return found;
}

function checkMap(map: YAMLMap, positions: PositionMapper, found: Diagnostic[]): void {
  if (map.items.length < 2 || (map.items.length <= 8 && !hasDuplicateKey(map.items))) return;
  const seen = new Map<string, Scalar>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const earlier = seen.get(name);
    if (earlier) {
      const line = positions.nodeRange(earlier).start.line + 1;
      found.push({
        ruleId: 'duplicate-key',
        severity: 'warning',
        message: `Duplicate key "${name}": Heat keeps only this last one and ignores the one on line ${line}.`,
        range: positions.nodeRange(pair.key),
      });
    }
    seen.set(name, pair.key);
  }
}
