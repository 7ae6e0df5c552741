import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import { nodes } from '@hot-lint/core';
import type { Diagnostic, ParsedDocument, Range, Severity } from '@hot-lint/core';
import { sentence } from './errors.js';

export const REMOTE_RULE_ID = 'heat-remote';

/** Sections a Heat error path can start with (HOT, and CFN-style templates). */
const SECTIONS = /^(heat_template_version|description|parameter_groups|parameters|resources|outputs|conditions|Parameters|Resources|Outputs|Conditions|Mappings|HeatTemplateFormatVersion|AWSTemplateFormatVersion|Description)$/;

/** Function keys that Heat names as the last step of a path (`outputs.o.value.get_attr`). */
const FUNCTION_KEY = /^(get_|list_|str_|map_|yaql$|repeat$|digest$|resolve$|contains$|filter$|make_url$|if$|not$|and$|or$|equals$|Fn::|Ref$)/;

/** A nested template as sent (a `type: x.yaml` target, directly or through resource_registry). */
export interface NestedTemplate {
  /** The URL it was sent under (its key in `files`). */
  url: string;
  /** Its file path, or the URL when it is not a file: the `file` of its findings. */
  file: string;
  document: ParsedDocument;
}

/** The nested templates sent with a template, to map Heat's errors into them. */
export interface NestedContext {
  /** The URL of the top template (relative references resolve against it). */
  templateUrl: string;
  /** In the order they were read (depth first). */
  templates: NestedTemplate[];
  /** Each reference to a nested template: a `type` value in a template (`from` = its URL) or a registry name in an environment file. */
  references: ReadonlyArray<{ from: string; to: string; value: string }>;
  /** How the parent's finding names a nested template; default its `file`. */
  label?: (template: NestedTemplate) => string;
}

/** An environment file sent with the template (-e), to map the errors it causes onto it. */
export interface EnvironmentSource {
  /** Its path: the `file` of its findings. */
  file: string;
  document: ParsedDocument;
}

export interface MapErrorOptions {
  requestId?: string;
  /** The environment files, in merge order; an error one of them causes is reported in it (`file` set). */
  environments?: readonly EnvironmentSource[];
  severity?: Severity;
  /** With it, an error inside a nested template is reported in that file (`file` set) and on the parent's `type`. */
  nested?: NestedContext;
}

export interface HeatErrorLocation {
  /** The path as Heat wrote it, or null when the message has none. */
  path: string | null;
  /** Path steps: names and list indexes. */
  steps: Array<string | number>;
  /** How many steps were found in the document. */
  resolved: number;
  range: Range;
  /** True when the message was matched exactly (its whole path, or the node it names), not a fallback. */
  exact: boolean;
}

/**
 * Turns the message of a Heat validation error into diagnostics on the template source.
 * Pure. The path in the message (`Property error: resources.r.properties.flavor: ...`) is
 * followed as far as the document has it; `Unknown Property x` points at the key `x`;
 * without a usable path, the finding is on line 1.
 */
export function heatErrorToDiagnostics(message: string, document: ParsedDocument, options: MapErrorOptions = {}): Diagnostic[] {
  const prefix = options.requestId ? `Heat (request ${options.requestId}): ` : 'Heat: ';
  const text = sentence(message.replace(/\s*\n\s*/g, ' '));
  const severity = options.severity ?? 'error';
  const fromEnvironment = options.environments ? locateInEnvironment(message, options.environments) : null;
  if (fromEnvironment) {
    return [{ ruleId: REMOTE_RULE_ID, severity, message: prefix + text, range: fromEnvironment.range, file: fromEnvironment.file }];
  }
  const nested = options.nested ? locateInNested(message, document, options.nested) : null;
  if (nested) {
    const label = options.nested!.label?.(nested.template) ?? nested.template.file;
    return [
      { ruleId: REMOTE_RULE_ID, severity, message: `${prefix}the nested template ${label} is invalid: ${text}`, range: nested.parentRange },
      { ruleId: REMOTE_RULE_ID, severity, message: prefix + text, range: nested.range, file: nested.template.file },
    ];
  }
  return [{ ruleId: REMOTE_RULE_ID, severity, message: prefix + text, range: locateHeatError(message, document).range }];
}

/**
 * An error an environment file causes: a parameter value for a parameter the template does not
 * declare (`The Parameter (q) was not defined in template.`). The last file that sets it wins
 * the merge, so it is the one named.
 */
function locateInEnvironment(message: string, environments: readonly EnvironmentSource[]): { file: string; range: Range } | null {
  const undeclared = /The Parameter \((.+?)\) was not defined in template/.exec(message);
  if (!undeclared) return null;
  for (const env of [...environments].reverse()) {
    const root = nodes.asMap(env.document.root, env.document.yaml);
    const key = nodes.field(nodes.asMap(nodes.field(root, 'parameters')?.value, env.document.yaml), undeclared[1]!)?.key;
    if (key) return { file: env.file, range: env.document.positions.nodeRange(key as Node) };
  }
  return null;
}

/** Where a Heat error message points in the document. Pure. */
export function locateHeatError(message: string, document: ParsedDocument): HeatErrorLocation {
  return locate(message, document, findPath(message) ?? referencePath(message));
}

function locate(message: string, document: ParsedDocument, found: HeatPath | null): HeatErrorLocation {
  const firstLine = document.text.split('\n')[0] ?? '';
  const lineOne = document.positions.range(0, firstLine.replace(/\r$/, '').length);
  if (!found && document.root) {
    const node = pathlessNode(message, document);
    if (node) return { path: null, steps: [], resolved: 0, range: document.positions.nodeRange(node), exact: true };
  }
  if (!found || !document.root) {
    return { path: found?.path ?? null, steps: found?.steps ?? [], resolved: 0, range: lineOne, exact: false };
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
  const exact = Boolean(unknownKey || referenced) || (resolved === steps.length && !unknown && !reference);
  return { path: found.path, steps, resolved, range, exact };
}

/**
 * An error of a nested template: a path through `name<url>` steps (what stack create
 * reports: `resources.web<file:///.../nested.yaml>.resources.r.properties: ...`), or (what
 * /validate reports: no sign of the nested template) a message that names nothing in the
 * parent but names something in a nested template exactly.
 */
function locateInNested(
  message: string,
  document: ParsedDocument,
  context: NestedContext,
): { template: NestedTemplate; range: Range; parentRange: Range } | null {
  if (!document.root || context.templates.length === 0) return null;
  const byUrl = new Map(context.templates.map((t) => [t.url, t]));
  const found = findPath(message);
  const marks = found?.urls.filter((u) => byUrl.has(u.url)) ?? [];
  if (found && marks.length) {
    const last = marks[marks.length - 1]!;
    const template = byUrl.get(last.url)!;
    const tail = { path: found.path, steps: found.steps.slice(last.index + 1), urls: [] };
    const first = found.urls[0]!;
    const resource = found.steps[0] === 'resources' ? found.steps.slice(1, first.index + 1).join('.') : undefined;
    return { template, range: locate(message, template.document, tail).range, parentRange: parentPointer(document, context, template.url, resource) };
  }
  if (locateHeatError(message, document).exact) return null;
  for (const template of context.templates) {
    const location = locateHeatError(message, template.document);
    if (location.exact) return { template, range: location.range, parentRange: parentPointer(document, context, template.url) };
  }
  return null;
}

/** The `type` in the parent that leads (directly, through the registry or other nested templates) to the nested template. */
function parentPointer(document: ParsedDocument, context: NestedContext, target: string, resource?: string): Range {
  const docs = new Map<string, ParsedDocument>([[context.templateUrl, document], ...context.templates.map((t) => [t.url, t.document] as const)]);
  const targetsOf = (from: string, value: string) =>
    context.references.filter((r) => r.value === value && (r.from === from || !docs.has(r.from))).map((r) => r.to);
  const reaches = (url: string, seen: Set<string>): boolean => {
    if (url === target) return true;
    const doc = docs.get(url);
    if (!doc || seen.has(url)) return false;
    seen.add(url);
    return typeScalars(doc.root, doc.yaml).some((node) => targetsOf(url, String(node.value)).some((to) => reaches(to, seen)));
  };
  const resources = nodes.asMap(nodes.field(nodes.asMap(document.root, document.yaml), 'resources')?.value, document.yaml);
  const entry = resource === undefined ? undefined : nodes.field(resources, resource);
  const scope = entry ? entry.value : resources;
  const hit = typeScalars(scope, document.yaml).find((node) => targetsOf(context.templateUrl, String(node.value)).some((to) => reaches(to, new Set())));
  if (hit) return document.positions.nodeRange(hit);
  const ownType = entry ? nodes.field(nodes.asMap(entry.value, document.yaml), 'type') : undefined;
  if (ownType?.value) return document.positions.nodeRange(ownType.value);
  const firstLine = (document.text.split('\n')[0] ?? '').replace(/\r$/, '');
  return document.positions.range(0, firstLine.length);
}

/** Every scalar value of a `type` key under a node, in source order. */
function typeScalars(node: unknown, doc: Document | null, out: Scalar[] = [], depth = 0): Scalar[] {
  const target = nodes.resolve(node, doc);
  if (!target || depth > 50) return out;
  if (isSeq(target)) for (const item of target.items) typeScalars(item, doc, out, depth + 1);
  if (isMap(target)) {
    for (const pair of target.items) {
      const value = nodes.resolve(pair.value, doc);
      if (isScalar(pair.key) && pair.key.value === 'type' && isScalar(value) && typeof value.value === 'string') out.push(value);
      else typeScalars(value, doc, out, depth + 1);
    }
  }
  return out;
}

/** The node a message without a path names: a resource type, a template version, a parameter type, a keyword. */
function pathlessNode(message: string, document: ParsedDocument): Node | null {
  const doc = document.yaml;
  const root = nodes.asMap(document.root, doc);
  const typeMatch = /The Resource Type \((.+?)\) could not be found/.exec(message);
  if (typeMatch) return findResourceType(document, typeMatch[1]!);
  // HEAT-E99001, what a cloud without that service answers: on the resource's type.
  const unavailable = /Service \S+ is not available for resource type (\S+?),? reason:/.exec(message);
  if (unavailable) return findResourceType(document, unavailable[1]!);
  const parameter = /^Parameter '(.+?)' is invalid/.exec(message);
  if (parameter) return nodes.field(nodes.asMap(nodes.field(root, 'parameters')?.value, doc), parameter[1]!)?.key as Node | undefined ?? null;
  const section = /^The template section is invalid: (.+)$/.exec(message.trim());
  if (section) return (nodes.field(root, section[1]!.replace(/\.$/, ''))?.key as Node | undefined) ?? null;
  const version = /The template version is invalid: "(\w+): (.*?)"/.exec(message);
  if (version) {
    const value = nodes.asScalar(nodes.field(root, version[1]!)?.value, doc);
    return value && String(value.value) === version[2] ? value : null;
  }
  const paramType = /^Invalid type \((.*?)\)/.exec(message);
  if (paramType) {
    for (const pair of nodes.entries(nodes.asMap(nodes.field(root, 'parameters')?.value, doc))) {
      const value = nodes.asScalar(nodes.field(nodes.asMap(pair.value, doc), 'type')?.value, doc);
      if (value && String(value.value) === paramType[1]) return value;
    }
    return null;
  }
  // Heat 19 sometimes leaves the first %s unfilled and names the keyword as the "definition".
  const keyword = /"(.+?)" is not a valid keyword inside an? (\w+) definition/.exec(message);
  if (keyword) {
    const [name, section] = keyword[1] === '%s' ? [keyword[2]!, 'resources'] : [keyword[1]!, `${keyword[2]}s`];
    for (const pair of nodes.entries(nodes.asMap(nodes.field(root, section)?.value, doc))) {
      const key = nodes.field(nodes.asMap(pair.value, doc), name)?.key;
      if (key) return key;
    }
  }
  return null;
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

interface HeatPath {
  path: string;
  steps: Array<string | number>;
  /** Steps written `name<url>` (a nested stack): the step's index and the URL. */
  urls: Array<{ index: number; url: string }>;
}

/** The first `: `-separated part of the message that is a template path. */
function findPath(message: string): HeatPath | null {
  const firstLine = message.split('\n')[0] ?? '';
  const parts = firstLine.split(': ');
  // The last part is the message itself, never a path.
  for (let i = 0; i < parts.length - 1; i++) {
    const candidate = parts[i]!.trim();
    const parsed = parseSteps(candidate);
    if (parsed && typeof parsed.steps[0] === 'string' && SECTIONS.test(parsed.steps[0])) return { path: candidate, ...parsed };
  }
  return null;
}

/** `resources.r.properties.networks[0].port` -> ['resources', 'r', 'properties', 'networks', 0, 'port']. */
function parseSteps(path: string): Omit<HeatPath, 'path'> | null {
  if (!path || /\s/.test(path.replace(/<[^>]*>/g, ''))) return null;
  // A nested stack is written `name<file:///.../nested.yaml>` (`<nested_stack>` for a group).
  const steps: Array<string | number> = [];
  const urls: HeatPath['urls'] = [];
  const re = /([^.[\]<]+)(?:<([^>]*)>)?|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m[3] !== undefined) steps.push(Number(m[3]));
    else {
      steps.push(m[1]!);
      if (m[2] !== undefined) urls.push({ index: steps.length - 1, url: m[2] });
    }
  }
  return steps.length ? { steps, urls } : null;
}

/** `The specified reference "x" (in r.Properties.length) is incorrect.` -> resources.r.properties.length. */
function referencePath(message: string): HeatPath | null {
  const m = /The specified reference ".+?" \(in (.+?)\) is incorrect/.exec(message);
  if (!m) return null;
  const steps = parseSteps(m[1]!)?.steps;
  if (!steps) return null;
  const mapped = steps.map((s, i) => (i === 1 && typeof s === 'string' ? s.toLowerCase().replace(/^dependson$/, 'depends_on') : s));
  return { path: m[1]!, steps: ['resources', ...mapped], urls: [] };
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
