import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import type { Diagnostic } from '../types.js';
import { countNodes, DEFAULT_PARSE_LIMITS, duplicateKeys, duplicateKeysOf, findBinary, flowDepthExceeded, measure, parseDocument, readYaml, YAML_OPTIONS } from './parse-document.js';
import { fastParse } from './fast-yaml.js';
import type { ParsedDocument, ParseLimits } from './parse-document.js';
import { PositionMapper } from './positions.js';
import { changedSpan } from '../util/changed-span.js';
import { ownCopy } from '../util/own-copy.js';
import type { ChangedSpan } from '../util/changed-span.js';

/** What the standalone parse of one entry cannot see: anchors, aliases, tags, directives, document markers, CR line breaks. */
const CONTEXTUAL = /(?:^|[\s[{,])[&*!]\S|\r|^(?:%|---|\.\.\.)/m;

/**
 * The document for `input` made from `previous` (the parse of an earlier text) when the
 * change between them lies inside the value of one entry of a top-level section (one
 * resource, parameter, output...): only that entry is parsed again and spliced in, the
 * ranges after it shifted. The result is what parseDocument(input) gives; null when that
 * cannot be assured (the structure changed, the previous text had problems...), and the
 * caller parses the whole text. The previous document is reused, so it is changed in place
 * (when the result is not null): the caller must not use it any more.
 */
/** True when a document can be the base of reparseEdit: read without syntax errors. */
export function isCleanParse(document: ParsedDocument): boolean {
  return !successors.has(document) && document.format === 'yaml' && document.yaml !== null && document.root !== null && !document.positions.shifted && document.problems.every((p) => p.ruleId === 'duplicate-key');
}

/**
 * The documents reparseEdit made from earlier ones, which it changed in place: an earlier one is
 * spent (never the base of another reparse), and whoever still holds it can find what replaced it.
 */
const successors = new WeakMap<ParsedDocument, ParsedDocument>();

/** The document that replaced `document` through reparseEdit (and so on): itself when none did. */
export function latestParseOf(document: ParsedDocument): ParsedDocument {
  let current = document;
  for (let next = successors.get(current); next; next = successors.get(current)) current = next;
  return current;
}

export function reparseEdit(previous: ParsedDocument, input: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedDocument | null {
  const result = reparseInPlace(previous, input, limits);
  if (result) successors.set(previous, result);
  return result;
}

function reparseInPlace(previous: ParsedDocument, input: string, limits: ParseLimits): ParsedDocument | null {
  if (successors.has(previous)) return null; // spent: its nodes belong to another document now
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const doc = previous.yaml;
  const root = previous.root;
  if (previous.format !== 'yaml' || !doc || !isMap(root) || root.flow || previous.positions.shifted) return null;
  if (previous.problems.some((p) => p.ruleId !== 'duplicate-key') || doc.errors.length > 0) return null;
  if (/^\s*\{/.test(text) || text.length > limits.maxSize) return null;

  // The changed span: [start, oldEnd) of the old text became [start, start + oldEnd - start + delta) of the new.
  const old = previous.text;
  const span = changedSpan(old, text);
  const { start, oldEnd } = span;
  if (start === old.length && start === text.length) return null; // the same text
  const delta = text.length - old.length;

  const found = enclosingEntry(root, start, oldEnd);
  if (!found) return null;
  const { pair, key, value } = found;
  const lineStart = old.lastIndexOf('\n', key.range![0] - 1) + 1;
  if (old.slice(lineStart, key.range![0]).trim() !== '') return null; // a block key, first on its line
  const entryEnd = value.range![2];
  // Its own copy: the new entry's values are substrings of it, and outlive this version of the text.
  const slice = ownCopy(text.slice(lineStart, entryEnd + delta));
  if (CONTEXTUAL.test(slice) || CONTEXTUAL.test(old.slice(lineStart, entryEnd))) return null;
  if (findBinary(slice) >= 0 || flowDepthExceeded(slice, limits.maxDepth) >= 0) return null;

  const part = fastParse(slice, YAML_OPTIONS) ?? readYaml(slice);
  if (part.errors.length > 0 || !isMap(part.contents) || part.contents.flow || part.contents.items.length !== 1) return null;
  const [only] = part.contents.items;
  const newKey = only!.key;
  const newValue = only!.value;
  if (!isScalar(newKey) || newKey.value !== key.value || newKey.range![0] !== key.range![0] - lineStart) return null;
  if (!newValue || isAlias(newValue) || !isNodeLike(newValue) || newValue.range![2] !== slice.length) return null;

  // What the limits need of the whole tree, known from the last reparse or measured once, before the splice.
  let facts = treeFacts.get(doc);
  if (!facts || facts.root !== root) facts = treeFactsOf(root, doc, limits);
  const oldValueCount = countNodes(value);
  const kept = entryProblems(previous, root, lineStart, entryEnd);

  shift(newValue, (offset) => offset + lineStart);
  // An edit that keeps the length (a character typed over another) moves nothing after it.
  if (delta !== 0) {
    shiftAfter(doc.contents as Node, entryEnd, delta, value);
    (doc as { range: [number, number, number] }).range = doc.range.map((offset) => (offset >= entryEnd ? offset + delta : offset)) as [number, number, number];
  }
  pair.value = newValue;

  const positions = PositionMapper.afterEdit(previous.positions, text, span);
  const own = facts.count - oldValueCount + countNodes(newValue);
  // Without aliases before, and none in the new entry (CONTEXTUAL), only the new entry can be too deep (it sits at depth 2).
  const shape = facts.aliasFree
    ? measure(newValue, doc, { ...limits, maxDepth: limits.maxDepth - 2 }, own + limits.maxExpandedNodes)
    : measure(root, doc, limits, own + limits.maxExpandedNodes);
  // `previous` is spliced already: from here on, the answer is a document, the full parse's when a limit says so.
  if (own > limits.maxNodes || (shape.firstAlias && shape.expanded - own > limits.maxExpandedNodes) || shape.recursive || shape.tooDeep) {
    treeFacts.delete(doc);
    return parseDocument(text, limits);
  }
  treeFacts.set(doc, { root, count: own, aliasFree: facts.aliasFree });
  const lineDelta = positions.lineCount - previous.positions.lineCount;
  const result: ParsedDocument = { text, format: 'yaml', positions, root, yaml: doc, problems: duplicateKeysAfterEdit(root, positions, kept, newValue, lineDelta) };
  spans.set(result, { previous: old, ...span });
  return result;
}

/** The text each reparsed document was made from, and where they differ. */
const spans = new WeakMap<ParsedDocument, ChangedSpan & { previous: string }>();

/** Where `document`'s text differs from `previous` (an earlier text of the same buffer): known when reparseEdit made it from that text. */
export function spanSince(previous: string, document: ParsedDocument): ChangedSpan {
  const known = spans.get(document);
  return known && known.previous === previous ? known : changedSpan(previous, document.text);
}

/** The node count of a tree reparseEdit changed, and whether it holds no alias and is not too deep: the next edit updates them. */
const treeFacts = new WeakMap<Document, { root: Node; count: number; aliasFree: boolean }>();

/**
 * Measures what reparseEdit needs of a whole tree (its node count, whether it has aliases) ahead of
 * the first edit, which would pay for it otherwise: an editor's session calls it after a full parse.
 */
export function primeReparse(document: ParsedDocument, limits: ParseLimits = DEFAULT_PARSE_LIMITS): void {
  const doc = document.yaml;
  const root = document.root;
  if (!doc || !isMap(root) || !isCleanParse(document) || treeFacts.get(doc)?.root === root) return;
  treeFacts.set(doc, treeFactsOf(root, doc, limits));
}

function treeFactsOf(root: Node, doc: Document, limits: ParseLimits): { root: Node; count: number; aliasFree: boolean } {
  const count = countNodes(root);
  const shape = measure(root, doc, limits, count + limits.maxExpandedNodes);
  return { root, count, aliasFree: !shape.firstAlias && !shape.tooDeep && !shape.recursive };
}

type EntryProblems = Map<unknown, { problems: Diagnostic[]; after: boolean }>;

/**
 * The duplicate-key problems of the previous parse inside each entry of a section (not the root's
 * or a section's own, which are on an entry's key), by entry key node, and whether the entry comes
 * after the edited one. Read before the splice, while the ranges are the previous text's.
 */
function entryProblems(previous: ParsedDocument, root: YAMLMap, editStart: number, editEnd: number): EntryProblems | null {
  // None at all (the common case): no entry the edit left alone has any either.
  if (previous.problems.length === 0) return null;
  const byEntry: EntryProblems = new Map();
  const spans: Array<{ key: unknown; start: number; end: number }> = [];
  for (const section of root.items) {
    if (!isMap(section.value)) continue;
    for (const pair of section.value.items) {
      const key = pair.key as Node | null;
      const end = (pair.value as Node | null)?.range?.[2] ?? key?.range?.[2];
      if (!key?.range || end === undefined) continue;
      spans.push({ key, start: key.range[0], end });
      byEntry.set(key, { problems: [], after: key.range[0] >= editEnd });
    }
  }
  for (const problem of previous.problems) {
    const offset = previous.positions.offset(problem.range.start);
    if (offset >= editStart && offset < editEnd) continue;
    const span = spans.find((s) => offset > s.start && offset < s.end);
    if (span) byEntry.get(span.key)!.problems.push(problem);
  }
  return byEntry;
}

/**
 * duplicateKeys of the spliced tree, in its order: the root's and each section's own found again,
 * each entry's kept (moved by the lines the edit added when after it), the new entry's found.
 * `kept` is null when the previous text had no problem.
 */
function duplicateKeysAfterEdit(root: YAMLMap, positions: PositionMapper, kept: EntryProblems | null, newValue: Node, lineDelta: number): Diagnostic[] {
  // The keys of the root and the sections are the previous text's, which had no duplicate: only the new entry may have some.
  if (kept === null) return duplicateKeys(newValue, positions);
  const found = duplicateKeysOf(root, positions);
  for (const section of root.items) {
    const map = section.value;
    if (!isMap(map)) {
      found.push(...duplicateKeys(map as Node | null, positions));
      continue;
    }
    found.push(...duplicateKeysOf(map, positions));
    for (const pair of map.items) {
      const entry = kept.get(pair.key);
      if (pair.value === newValue || !entry) found.push(...duplicateKeys(pair.value as Node | null, positions));
      else for (const problem of entry.problems) found.push(entry.after && lineDelta !== 0 ? movedProblem(problem, lineDelta) : problem);
    }
  }
  return found;
}

/** A duplicate key inside an entry the edit moved down or up: its range and the line its message names. */
function movedProblem(problem: Diagnostic, lineDelta: number): Diagnostic {
  const { start, end } = problem.range;
  return {
    ...problem,
    message: problem.message.replace(/on line (\d+)\.$/, (_, line: string) => `on line ${Number(line) + lineDelta}.`),
    range: { start: { line: start.line + lineDelta, character: start.character }, end: { line: end.line + lineDelta, character: end.character } },
  };
}

type Entry = { pair: { value: unknown }; key: Scalar; value: Node };

/** The entry of a top-level section (a block mapping) whose value holds [start, end) strictly inside. */
function enclosingEntry(root: YAMLMap, start: number, end: number): Entry | null {
  for (const section of root.items) {
    const map = section.value;
    if (!isMap(map) || map.flow || !map.range || start < map.range[0] || end > map.range[2]) continue;
    for (const pair of map.items) {
      const { key, value } = pair;
      if (!isScalar(key) || !key.range || !isNodeLike(value) || isAlias(value) || !value.range) continue;
      if (start > key.range[1] && end < value.range[2]) return { pair, key, value };
    }
    return null;
  }
  return null;
}

function isNodeLike(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/**
 * Adds `delta` to the offsets at or after `from` of a node and all it holds, except inside `skip`
 * and in subtrees that end before `from` (which stay). Without a callback or recursion: it visits
 * every node after the edit, half the tree on average.
 */
function shiftAfter(top: Node | null, from: number, delta: number, skip: Node): void {
  const stack: unknown[] = [top];
  while (stack.length > 0) {
    const node = stack.pop() as Node | null;
    if (!node || node === skip) continue;
    const range = node.range;
    if (range) {
      if (range[2] < from) continue;
      if (range[0] >= from) {
        range[0] += delta;
        range[1] += delta;
        range[2] += delta;
      } else {
        if (range[1] >= from) range[1] += delta;
        range[2] += delta;
      }
    }
    const items = (node as { items?: unknown[] }).items;
    if (items === undefined || !(isMap(node) || isSeq(node))) continue;
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (isPair(item)) stack.push(item.value, item.key);
      else stack.push(item);
    }
  }
}

/** Moves the offsets of a node and all it holds, except inside `skip` and in subtrees that end before `from` (which stay). */
function shift(node: Node | null, move: (offset: number) => number, skip?: Node, from = 0): void {
  if (!node || node === skip) return;
  const range = node.range;
  if (range) {
    if (range[2] < from) return;
    // In place: every node has its own range array, and the previous document is spent.
    range[0] = move(range[0]);
    range[1] = move(range[1]);
    range[2] = move(range[2]);
  }
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        shift(item.key as Node, move, skip, from);
        shift(item.value as Node, move, skip, from);
      } else {
        shift(item as Node, move, skip, from);
      }
    }
  }
}
