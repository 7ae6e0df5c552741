import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import { countNodes, DEFAULT_PARSE_LIMITS, duplicateKeys, findBinary, flowDepthExceeded, measure, parseDocument, readYaml } from './parse-document.js';
import type { ParsedDocument, ParseLimits } from './parse-document.js';
import { PositionMapper } from './positions.js';

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
  return document.format === 'yaml' && document.yaml !== null && document.root !== null && !document.positions.shifted && document.problems.every((p) => p.ruleId === 'duplicate-key');
}

export function reparseEdit(previous: ParsedDocument, input: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedDocument | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const doc = previous.yaml;
  const root = previous.root;
  if (previous.format !== 'yaml' || !doc || !isMap(root) || root.flow || previous.positions.shifted) return null;
  if (previous.problems.some((p) => p.ruleId !== 'duplicate-key') || doc.errors.length > 0) return null;
  if (/^\s*\{/.test(text) || text.length > limits.maxSize) return null;

  // The changed span: [start, oldEnd) of the old text became [start, start + oldEnd - start + delta) of the new.
  const old = previous.text;
  let start = 0;
  const shortest = Math.min(old.length, text.length);
  while (start < shortest && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let oldEnd = old.length;
  let newEnd = text.length;
  while (oldEnd > start && newEnd > start && old.charCodeAt(oldEnd - 1) === text.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  if (start === old.length && start === text.length) return null; // the same text
  const delta = text.length - old.length;

  const found = enclosingEntry(root, start, oldEnd);
  if (!found) return null;
  const { pair, key, value } = found;
  const lineStart = old.lastIndexOf('\n', key.range![0] - 1) + 1;
  if (old.slice(lineStart, key.range![0]).trim() !== '') return null; // a block key, first on its line
  const entryEnd = value.range![2];
  const slice = text.slice(lineStart, entryEnd + delta);
  if (CONTEXTUAL.test(slice) || CONTEXTUAL.test(old.slice(lineStart, entryEnd))) return null;
  if (findBinary(slice) >= 0 || flowDepthExceeded(slice, limits.maxDepth) >= 0) return null;

  const part = readYaml(slice);
  if (part.errors.length > 0 || !isMap(part.contents) || part.contents.flow || part.contents.items.length !== 1) return null;
  const [only] = part.contents.items;
  const newKey = only!.key;
  const newValue = only!.value;
  if (!isScalar(newKey) || newKey.value !== key.value || newKey.range![0] !== key.range![0] - lineStart) return null;
  if (!newValue || isAlias(newValue) || !isNodeLike(newValue) || newValue.range![2] !== slice.length) return null;

  shift(newValue, (offset) => offset + lineStart);
  shift(doc.contents as Node, (offset) => (offset >= entryEnd ? offset + delta : offset), value);
  (doc as { range: [number, number, number] }).range = doc.range.map((offset) => (offset >= entryEnd ? offset + delta : offset)) as [number, number, number];
  pair.value = newValue;

  const positions = new PositionMapper(text);
  const own = countNodes(root);
  const shape = measure(root, doc, limits, own + limits.maxExpandedNodes);
  // `previous` is spliced already: from here on, the answer is a document, the full parse's when a limit says so.
  if (own > limits.maxNodes || (shape.firstAlias && shape.expanded - own > limits.maxExpandedNodes) || shape.recursive || shape.tooDeep) return parseDocument(text, limits);
  return { text, format: 'yaml', positions, root, yaml: doc, problems: duplicateKeys(root, positions) };
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

/** Moves the offsets of a node and all it holds, except inside `skip`. */
function shift(node: Node | null, move: (offset: number) => number, skip?: Node): void {
  if (!node || node === skip) return;
  if (node.range) node.range = [move(node.range[0]), move(node.range[1]), move(node.range[2])];
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        shift(item.key as Node, move, skip);
        shift(item.value as Node, move, skip);
      } else {
        shift(item as Node, move, skip);
      }
    }
  }
}
