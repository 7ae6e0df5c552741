import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { nodes } from '@hot-lint/core';
import type { Diagnostic, ParsedDocument, Range, Severity } from '@hot-lint/core';
import { sentence } from './errors.js';

export const REMOTE_RULE_ID = 'heat-remote';

/** Sections a Heat error path can start with (HOT, and CFN-style templates). */
const SECTIONS = /^(heat_template_version|description|parameter_groups|parameters|resources|outputs|conditions|Parameters|Resources|Outputs|Conditions|Mappings|HeatTemplateFormatVersion|AWSTemplateFormatVersion|Description)$/;

/** Function keys that Heat names as the last step of a path (`outputs.o.value.get_attr`). */
const FUNCTION_KEY = /^(get_|list_|str_|map_|yaql$|repeat$|digest$|resolve$|contains$|filter$|make_url$|if$|not$|and$|or$|equals$|Fn::|Ref$)/;

export interface MapErrorOptions {
  requestId?: string;
  severity?: Severity;
}

export interface HeatErrorLocation {
  /** The path as Heat wrote it, or null when the message has none. */
  path: string | null;
  /** Path steps: names and list indexes. */
  steps: Array<string | number>;
  /** How many steps were found in the document. */
  resolved: number;
  range: Range;
}

/**
 * Turns the message of a Heat validation error into diagnostics on the template source.
 * Pure. The path in the message (`Property error: resources.r.properties.flavor: ...`) is
 * followed as far as the document has it; `Unknown Property x` points at the key `x`;
 * without a usable path, the finding is on line 1.
 */
export function heatErrorToDiagnostics(message: string, document: ParsedDocument, options: MapErrorOptions = {}): Diagnostic[] {
  const location = locateHeatError(message, document);
  const prefix = options.requestId ? `Heat (request ${options.requestId}): ` : 'Heat: ';
  return [
    {
      ruleId: REMOTE_RULE_ID,
      severity: options.severity ?? 'error',
      message: prefix + sentence(message.replace(/\s*\n\s*/g, ' ')),
      range: location.range,
    },
  ];
}

/** Where a Heat error message points in the document. Pure. */
export function locateHeatError(message: string, document: ParsedDocument): HeatErrorLocation {
  const firstLine = document.text.split('\n')[0] ?? '';
  const lineOne = document.positions.range(0, firstLine.replace(/\r$/, '').length);
  const found = findPath(message) ?? referencePath(message);
  if (!found && document.root) {
    const typeMatch = /The Resource Type \((.+?)\) could not be found/.exec(message);
    const typeNode = typeMatch ? findResourceType(document, typeMatch[1]!) : null;
    if (typeNode) return { path: null, steps: [], resolved: 0, range: document.positions.nodeRange(typeNode) };
  }
  if (!found || !document.root) {
    return { path: found?.path ?? null, steps: found?.steps ?? [], resolved: 0, range: lineOne };
  }
  const { steps } = found;
  const doc = document.yaml;
  let current: Node | null = nodes.resolve(document.root, doc);
  let lastPair: Pair | null = null;
  let lastItem: Node | null = null;
  let resolved = 0;
  let depth = 0; // steps consumed, counting dotted names as one step each
  while (resolved < steps.length && current) {
    const step = steps[resolved]!;
    if (typeof step === 'number') {
      const seq = nodes.asSeq(current, doc);
      const item = seq?.items[step];
      if (!seq || item === undefined) break;
      lastItem = nodes.resolve(item, doc);
      lastPair = null;
      current = lastItem;
      resolved++;
      depth++;
      continue;
    }
    const map = nodes.asMap(current, doc);
    if (!map) break;
    // Names may hold dots (a resource "a.b"): try the longest run of steps that names a key.
    let matched: { pair: Pair; used: number } | null = null;
    for (let end = steps.length; end > resolved && !matched; end--) {
      const run = steps.slice(resolved, end);
      if (run.some((s) => typeof s === 'number')) continue;
      const pair = nodes.field(map, run.join('.'));
      if (pair) matched = { pair, used: run.length };
    }
    if (!matched) break;
    lastPair = matched.pair;
    lastItem = null;
    current = nodes.resolve(matched.pair.value, doc);
    resolved += matched.used;
    depth++;
  }

  const positions = document.positions;
  let range: Range = lineOne;
  const unknown = /Unknown Property (\S+?)[.,;]?(?:\s|$)/.exec(message);
  const unknownKey = unknown && resolved === steps.length ? nodes.field(nodes.asMap(current, doc), unknown[1]!) : undefined;
  const reference = /The specified reference "(.+?)" \(in /.exec(message);
  const referenced = reference && resolved >= 2 ? findScalar(current, reference[1]!, doc) : null;
  if (unknownKey) {
    range = positions.nodeRange(unknownKey.key as Node);
  } else if (referenced) {
    range = positions.nodeRange(referenced);
  } else if (lastPair) {
    range = pairRange(lastPair, depth, doc, positions);
  } else if (lastItem) {
    range = positions.nodeRange(lastItem);
  }
  return { path: found.path, steps, resolved, range };
}

function pairRange(pair: Pair, depth: number, doc: Document | null, positions: ParsedDocument['positions']): Range {
  const key = pair.key as Node;
  const name = isScalar(key) ? String(key.value) : '';
  const value = nodes.resolve(pair.value, doc);
  // Entries (resources.r) and function keys are named by their key; a bad scalar value by the value.
  if (depth <= 2 || FUNCTION_KEY.test(name) || !value || isMap(value)) return positions.nodeRange(key);
  if (isScalar(value) || isSeq(value)) return positions.nodeRange(value);
  return positions.nodeRange(isPair(pair) ? key : null);
}

/** The first `: `-separated part of the message that is a template path. */
function findPath(message: string): { path: string; steps: Array<string | number> } | null {
  const firstLine = message.split('\n')[0] ?? '';
  const parts = firstLine.split(': ');
  // The last part is the message itself, never a path.
  for (let i = 0; i < parts.length - 1; i++) {
    const candidate = parts[i]!.trim();
    const steps = parseSteps(candidate);
    if (steps && typeof steps[0] === 'string' && SECTIONS.test(steps[0])) return { path: candidate, steps };
  }
  return null;
}

/** `resources.r.properties.networks[0].port` -> ['resources', 'r', 'properties', 'networks', 0, 'port']. */
function parseSteps(path: string): Array<string | number> | null {
  if (!path || /\s/.test(path.replace(/<[^>]*>/g, ''))) return null;
  // A nested stack is written `name<file:///.../nested.yaml>`; keep the name.
  const clean = path.replace(/<[^>]*>/g, '');
  const steps: Array<string | number> = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(m[1]!);
  }
  return steps.length ? steps : null;
}

/** `The specified reference "x" (in r.Properties.length) is incorrect.` -> resources.r.properties.length. */
function referencePath(message: string): { path: string; steps: Array<string | number> } | null {
  const m = /The specified reference ".+?" \(in (.+?)\) is incorrect/.exec(message);
  if (!m) return null;
  const steps = parseSteps(m[1]!);
  if (!steps) return null;
  const mapped = steps.map((s, i) => (i === 1 && typeof s === 'string' ? s.toLowerCase().replace(/^dependson$/, 'depends_on') : s));
  return { path: m[1]!, steps: ['resources', ...mapped] };
}

/** The first scalar under a node (depth first, in source order) whose value is the text. */
function findScalar(node: unknown, text: string, doc: Document | null, depth = 0): Node | null {
  const target = nodes.resolve(node, doc);
  if (!target || depth > 50) return null;
  if (isScalar(target)) return String(target.value) === text ? target : null;
  if (isSeq(target)) {
    for (const item of target.items) {
      const hit = findScalar(item, text, doc, depth + 1);
      if (hit) return hit;
    }
  }
  if (isMap(target)) {
    for (const pair of target.items) {
      const hit = findScalar(pair.value, text, doc, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

function findResourceType(document: ParsedDocument, type: string): Node | null {
  const doc = document.yaml;
  const resources = nodes.asMap(nodes.field(nodes.asMap(document.root, doc), 'resources')?.value, doc);
  for (const pair of nodes.entries(resources)) {
    const typeNode = nodes.asScalar(nodes.field(nodes.asMap(pair.value, doc), 'type')?.value, doc);
    if (typeNode && String(typeNode.value) === type) return typeNode;
  }
  return null;
}
