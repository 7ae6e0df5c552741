import { isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { templateWalks } from '@hot-lint/core';
import type { Catalog, EntryWalk, FunctionCall, Template, TemplateVersionSpec } from '@hot-lint/core';
import type { Position, Range } from 'vscode-languageserver-types';
import type { Analysis, DocumentKind } from '../documents.js';
import { versionOf } from './catalog-help.js';
import { nodeAt, textContext, textIndexOf } from './locate.js';
import type { NodeLocation, PathItem, TextContext, TextIndex } from './locate.js';

/** The function (or `depends_on`) whose argument is being typed, read from the text so that it works on half-typed YAML. */
export interface TypedCall {
  name: 'get_attr' | 'get_param' | 'get_resource' | 'depends_on';
  /** Which argument: 0 for the only one and a list's first. */
  index: number;
  /** The argument's text up to the caret: what a completion replaces. */
  range: Range;
  /** get_attr's resource name, when typing its attribute; null when it cannot be read. */
  resource?: string | null;
}

/** A node of the parsed model that is a function call's argument. */
export interface CallArgument {
  call: FunctionCall;
  /** Its place among the arguments (0 for a single argument). */
  index: number;
  /** True when the arguments are a list (get_attr: [a, b]); false for a single argument (get_resource: a). */
  inList: boolean;
}

/**
 * Where a request's position is, computed once per request and shared by every provider:
 * the text side (section, owner, path, key or value, the token being typed, the call whose
 * argument is being typed), which holds on half-typed YAML, and the model side (the node
 * under the caret, the call it is an argument of), read lazily from per-version indexes.
 */
export class CursorContext {
  readonly kind: DocumentKind;
  readonly catalog: Catalog;
  /** The template; while the text does not parse, the last one that did (names, resource types). */
  readonly template: Template | null;
  readonly text: TextIndex;
  /** Keys (and list indexes) of the enclosing block collections; in value mode it ends with the key. */
  readonly path: PathItem[];
  readonly mode: 'key' | 'value';
  /** The first path item: parameters, resources, outputs, conditions, resource_registry... */
  readonly section: string | undefined;
  /** The entry of a section the caret is in: a parameter, resource, output or condition name. */
  readonly owner: string | undefined;
  /** Column where the key being typed starts (key mode), or of the key (value mode). */
  readonly keyColumn: number;
  /** The word being typed, up to the caret. */
  readonly token: Range;
  /** The text of the line up to the caret. */
  readonly before: string;
  /** The function argument being typed, if any. */
  readonly call: TypedCall | null;
  private locatedCache: NodeLocation | null | undefined;
  private versionCache: TemplateVersionSpec | undefined;

  constructor(
    readonly analysis: Analysis,
    readonly position: Position,
    previous?: Template | null,
  ) {
    this.kind = analysis.kind;
    this.catalog = analysis.catalog;
    this.template = analysis.template ?? previous ?? null;
    this.text = textIndexOf(analysis);
    const context = textContext(this.text, position);
    this.path = context.path;
    this.mode = context.mode;
    this.section = typeof context.path[0] === 'string' ? context.path[0] : undefined;
    this.owner = context.path[1] === undefined ? undefined : String(context.path[1]);
    this.keyColumn = context.keyColumn;
    this.token = context.range;
    this.before = context.before;
    this.call = typedCall(context, this.text.lines);
  }

  get lines(): readonly string[] {
    return this.text.lines;
  }

  /** The template's language: its version's sections, keys and functions. */
  get version(): TemplateVersionSpec {
    return (this.versionCache ??= versionOf(this.catalog, this.template, this.analysis.text));
  }

  /** The node of the parsed document under the caret (null when the text does not parse there). */
  get located(): NodeLocation | null {
    if (this.locatedCache === undefined) this.locatedCache = nodeAt(this.analysis, this.position);
    return this.locatedCache;
  }

  /** The call of the analysed template whose argument the node under the caret is. */
  get argument(): CallArgument | null {
    const located = this.located;
    const template = this.analysis.template;
    if (!located || located.onKey || !template) return null;
    return callIndexOf(template).argument(located.node) ?? null;
  }

  /** The call whose function name is the key under the caret. */
  get functionKey(): FunctionCall | null {
    const located = this.located;
    const template = this.analysis.template;
    if (!located || !located.onKey || !template) return null;
    return callIndexOf(template).key(located.node) ?? null;
  }
}

// ---------------------------------------------------------------------------------------------
// The call whose argument is being typed, from the line (flow forms) and the path (block lists).

// A function name starts the key: `target_get_param:` is not get_param.
const FLOW_CALLS: ReadonlyArray<[RegExp, TypedCall['name'], number]> = [
  [/(?<![\w.:-])get_attr["']?\s*:\s*\[\s*["']?([\w.:-]+)["']?\s*,\s*["']?([\w.:-]*)$/, 'get_attr', 1],
  [/(?<![\w.:-])get_attr["']?\s*:\s*\[\s*["']?([\w.:-]*)$/, 'get_attr', 0],
  [/(?<![\w.:-])get_param["']?\s*:\s*(?:\[\s*)?["']?([\w.:-]*)$/, 'get_param', 0],
  [/(?<![\w.:-])get_resource["']?\s*:\s*["']?([\w.:-]*)$/, 'get_resource', 0],
  [/(?<![\w.:-])depends_on["']?\s*:\s*\[(?:[^\]]*,)?\s*["']?([\w.:-]*)$/, 'depends_on', 0],
];

function typedCall(context: TextContext, lines: readonly string[]): TypedCall | null {
  const { before, range } = context;
  for (const [pattern, name, index] of FLOW_CALLS) {
    const m = pattern.exec(before);
    if (!m) continue;
    const prefix = (name === 'get_attr' && index === 1 ? m[2] : m[1]) ?? '';
    const call: TypedCall = { name, index, range: { start: { line: range.end.line, character: range.end.character - prefix.length }, end: range.end } };
    if (name === 'get_attr' && index === 1) call.resource = m[1]!;
    return call;
  }
  // Block lists: `get_attr:` then `- name` lines.
  const { path } = context;
  const index = path[path.length - 1];
  const fn = path[path.length - 2];
  if (typeof index !== 'number' || context.mode !== 'key' || !/^\s*-\s+["']?[\w.:-]*$/.test(before)) return null;
  const at = (name: TypedCall['name']): TypedCall => ({ name, index, range });
  if (fn === 'get_attr' && index === 0) return at('get_attr');
  if (fn === 'get_attr' && index === 1) return { ...at('get_attr'), resource: previousItem(lines, range.start.line, before.indexOf('-')) };
  if (fn === 'get_param' && index === 0) return at('get_param');
  if (fn === 'depends_on' && path[0] === 'resources' && path.length === 4) return at('depends_on');
  return null;
}

function previousItem(lines: readonly string[], line: number, column: number): string | null {
  for (let l = line - 1; l >= 0; l--) {
    const text = lines[l]!;
    if (text.trim() === '') continue;
    const m = /^(\s*)-\s+["']?([\w.:-]+)/.exec(text);
    if (m && m[1]!.length === column) return m[2]!;
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Per-template index of the calls' function keys and arguments, built once per version.

/** The calls' function keys and arguments of one entry's walk (or of a template without walks). */
interface CallTable {
  keys: Map<Node, FunctionCall>;
  arguments: Map<Node, CallArgument>;
}

/**
 * The calls of a template by function key and by argument node: a table per entry walk, which
 * lives as long as the walk does, so that after an edit only the edited entry's table is built.
 * The first call wins, as a scan of template.calls in order would find it (aliases share nodes).
 */
export class CallIndex {
  constructor(private readonly tables: readonly CallTable[]) {}

  key(node: Node): FunctionCall | undefined {
    for (const table of this.tables) {
      const call = table.keys.get(node);
      if (call) return call;
    }
    return undefined;
  }

  argument(node: Node): CallArgument | undefined {
    for (const table of this.tables) {
      const argument = table.arguments.get(node);
      if (argument) return argument;
    }
    return undefined;
  }
}

const callIndexes = new WeakMap<Template, CallIndex>();
const callTables = new WeakMap<EntryWalk, CallTable>();

export function callIndexOf(template: Template): CallIndex {
  let index = callIndexes.get(template);
  if (index) return index;
  const walks = templateWalks(template);
  index = new CallIndex(walks ? walks.map(tableOfWalk) : [callTable(template.calls)]);
  callIndexes.set(template, index);
  return index;
}

function tableOfWalk(walk: EntryWalk): CallTable {
  let table = callTables.get(walk);
  if (!table) callTables.set(walk, (table = callTable(walk.calls)));
  return table;
}

function callTable(calls: readonly FunctionCall[]): CallTable {
  const table: CallTable = { keys: new Map(), arguments: new Map() };
  const argument = (node: unknown, value: CallArgument) => {
    if (node && !table.arguments.has(node as Node)) table.arguments.set(node as Node, value);
  };
  for (const call of calls) {
    if (!table.keys.has(call.key)) table.keys.set(call.key, call);
    if (isSeq(call.args)) call.args.items.forEach((item, i) => argument(item, { call, index: i, inList: true }));
    else if (call.args) argument(call.args, { call, index: 0, inList: false });
  }
  return table;
}

/** The name a scalar argument gives, when it is a scalar. */
export function scalarName(node: unknown): string | null {
  return isScalar(node) ? String(node.value) : null;
}
