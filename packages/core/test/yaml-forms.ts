import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isAlias, isDocument, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { readYaml } from '../src/parse/parse-document.js';
import { random } from './random.js';

/**
 * The differential harness of fastParse (src/parse/fast-yaml.ts): a comparator of two parsed
 * documents, a seeded generator of Heat-like YAML written in many syntax forms, and a mutator of
 * texts. fast-yaml.test.ts drives them; a script can too (they take the parser as an argument).
 */

export type FastParse = (source: string) => Document.Parsed | null;

// ---------------------------------------------------------------------------------------------
// The comparator
// ---------------------------------------------------------------------------------------------

export interface Difference {
  /** Where, from the document: `contents.items[3].value.range`. */
  path: string;
  /** What differs, fast's then slow's. */
  detail: string;
  /** An offset of the source near the difference (for the excerpt of a failure message). */
  offset: number;
}

/** null when `fast` and `slow` are the same for hot-lint; otherwise the path and what differs. */
export function sameDocument(fast: unknown, slow: unknown): string | null {
  const found = documentDifference(fast, slow);
  return found && `${found.path}: ${found.detail}`;
}

export function documentDifference(fast: unknown, slow: unknown): Difference | null {
  const at = (path: string, detail: string, offset = 0): Difference => ({ path, detail, offset });
  if (!isDocument(fast) || !isDocument(slow)) return at('document', `isDocument ${isDocument(fast)} vs ${isDocument(slow)}`);
  if (fast.constructor !== slow.constructor) return at('document', `constructor ${name(fast)} vs ${name(slow)}`);
  for (const side of ['errors', 'warnings'] as const) {
    const a = fast[side];
    const b = slow[side];
    if (b.length > 0) {
      const first = b[0]!;
      return at(side, `yaml has ${b.length} (first: ${first.code} ${JSON.stringify(first.message.split('\n')[0])}); fastParse must return null`, first.pos[0]);
    }
    if (a.length > 0) return at(side, `fastParse's document has ${a.length}, yaml's none`, a[0]!.pos[0]);
  }
  return (
    sameRange('range', fast.range, slow.range) ??
    sameNode('contents', fast.contents, slow.contents, 0)
  );
}

function sameRange(path: string, a: unknown, b: unknown, offset = 0): Difference | null {
  const ok =
    Array.isArray(a) && Array.isArray(b) && a.length === 3 && b.length === 3 && a.every((n, i) => Object.is(n, b[i]));
  if (ok) return null;
  const where = Array.isArray(b) && typeof b[0] === 'number' ? b[0] : offset;
  return { path, detail: `${show(a)} vs ${show(b)}`, offset: where };
}

function kindOf(node: unknown): string {
  if (node === null) return 'null';
  if (node === undefined) return 'undefined';
  if (isAlias(node)) return 'Alias';
  if (isScalar(node)) return 'Scalar';
  if (isMap(node)) return 'YAMLMap';
  if (isSeq(node)) return 'YAMLSeq';
  if (isPair(node)) return 'Pair';
  if (isDocument(node)) return 'Document';
  return typeof node === 'object' ? `object ${name(node)}` : typeof node;
}

function name(value: object): string {
  return (value.constructor as { name?: string } | undefined)?.name ?? String(value.constructor);
}

/** Where a node starts in the source, to point the excerpt there. */
function startOf(node: unknown, fallback: number): number {
  const range = (node as { range?: unknown } | null)?.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : fallback;
}

const SCALAR_FIELDS = ['type', 'source', 'format', 'minFractionDigits', 'tag', 'anchor'] as const;
const COLLECTION_FIELDS = ['flow', 'tag', 'anchor'] as const;

function sameNode(path: string, a: unknown, b: unknown, near: number): Difference | null {
  const offset = startOf(b, startOf(a, near));
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) return { path, detail: `${[ka, brief(a)].join(' ').trim()} vs ${[kb, brief(b)].join(' ').trim()}`, offset };
  if (a === null || a === undefined || typeof a !== 'object') return null;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (x.constructor !== y.constructor) return { path, detail: `constructor ${name(x)} vs ${name(y)}`, offset };
  if (isPair(a)) {
    return sameNode(`${path}.key`, x.key, y.key, offset) ?? sameNode(`${path}.value`, x.value, y.value, offset);
  }
  const range = sameRange(`${path}.range`, x.range, y.range, offset);
  if (range) return range;
  if (isScalar(a)) {
    const value = sameValue(x.value, y.value);
    if (value) return { path: `${path}.value`, detail: value, offset };
    for (const field of SCALAR_FIELDS) {
      if (!Object.is(x[field], y[field])) return { path: `${path}.${field}`, detail: `${show(x[field])} vs ${show(y[field])}`, offset };
    }
    return null;
  }
  if (isAlias(a)) {
    if (!Object.is(x.source, y.source)) return { path: `${path}.source`, detail: `${show(x.source)} vs ${show(y.source)}`, offset };
    return null;
  }
  if (isMap(a) || isSeq(a)) {
    for (const field of COLLECTION_FIELDS) {
      if (!Object.is(x[field], y[field])) return { path: `${path}.${field}`, detail: `${show(x[field])} vs ${show(y[field])}`, offset };
    }
    const ia = x.items as unknown[];
    const ib = y.items as unknown[];
    if (!Array.isArray(ia) || !Array.isArray(ib)) return { path: `${path}.items`, detail: `${show(ia)} vs ${show(ib)}`, offset };
    const n = Math.min(ia.length, ib.length);
    for (let i = 0; i < n; i++) {
      const found = sameNode(`${path}.items[${i}]`, ia[i], ib[i], offset);
      if (found) return found;
    }
    if (ia.length !== ib.length) {
      const extra = ia.length > ib.length ? ia[n] : ib[n];
      return { path: `${path}.items.length`, detail: `${ia.length} vs ${ib.length}`, offset: startOf(extra, offset) };
    }
    return null;
  }
  return { path, detail: `unexpected ${ka}`, offset };
}

/** Strict equality of scalar values: typeof, Object.is for numbers (NaN, -0), Buffers by bytes. */
function sameValue(a: unknown, b: unknown): string | null {
  const differ = () => `${show(a)} (${typeName(a)}) vs ${show(b)} (${typeName(b)})`;
  if (typeName(a) !== typeName(b)) return differ();
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length || a.some((byte, i) => byte !== b[i])) return differ();
    return null;
  }
  // yaml's YAML 1.1 merge key `<<` reads as a Symbol, a new one each parse: compared by description.
  if (typeof a === 'symbol' && typeof b === 'symbol') return a.description === b.description ? null : differ();
  if (typeof a === 'object' && a !== null) {
    // No tag fastParse reads makes one: compare what is there.
    return JSON.stringify(a) === JSON.stringify(b) ? null : differ();
  }
  return Object.is(a, b) ? null : differ();
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return name(value);
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === undefined) return 'undefined';
  if (value instanceof Uint8Array) return `<bytes ${Buffer.from(value).toString('hex').slice(0, 40)}>`;
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return String(value);
  }
}

function brief(node: unknown): string {
  if (isScalar(node)) return show(node.value);
  const range = (node as { range?: unknown } | null)?.range;
  return Array.isArray(range) ? `at ${show(range)}` : '';
}

// ---------------------------------------------------------------------------------------------
// One case
// ---------------------------------------------------------------------------------------------

export interface CaseResult {
  /** fastParse returned a document (or threw). */
  fast: boolean;
  /** null when the same; otherwise a message to replay the case. */
  failure: string | null;
}

/**
 * Parses `source` with `fastParse`; when it gives a document, with yaml (readYaml) too, and
 * compares. A failure names `label` (seed and index), what differs and the text around it.
 */
export function checkCase(fastParse: FastParse, source: string, label: string): CaseResult {
  let fast: Document.Parsed | null;
  try {
    fast = fastParse(source);
  } catch (error) {
    return { fast: true, failure: failureMessage(label, source, `fastParse threw: ${(error as Error)?.stack ?? String(error)}`, 0) };
  }
  if (fast === null) return { fast: false, failure: null };
  const slow = readYaml(source);
  const found = documentDifference(fast, slow);
  if (!found) return { fast: true, failure: null };
  return { fast: true, failure: failureMessage(label, source, `${found.path}: ${found.detail}`, found.offset) };
}

export function failureMessage(label: string, source: string, difference: string, offset: number): string {
  return `${label}\n${difference}\nsource (${source.length} chars): ${excerpt(source, offset)}`;
}

/** The source as JSON, cut to about 600 characters around `offset`. */
export function excerpt(source: string, offset: number, width = 600): string {
  if (source.length <= width) return JSON.stringify(source);
  const start = Math.max(0, Math.min(offset - width / 2, source.length - width));
  const end = Math.min(source.length, start + width);
  return `${start > 0 ? `[from ${start}] …` : ''}${JSON.stringify(source.slice(start, end))}${end < source.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export const TEMPLATE_FILE = /\.(ya?ml|template|json)$/;

/** Every template-like file under `dir` (recursively, sorted), or none when it does not exist. */
export function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((entry) => {
    if (entry === 'node_modules' || entry === '.git') return [];
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() && TEMPLATE_FILE.test(entry) ? [path] : [];
  });
}

/** A file's text as the caller gives it to fastParse: without a byte order mark. */
export function readSource(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/** A seed for the `index`th case of a run seeded `seed`: each case replays alone. */
export function caseSeed(seed: number, index: number, stream = 0): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(stream + 7, 0xc2b2ae35)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

class Gen {
  readonly next: () => number;
  /** The indentation step of the document (2 or 4), sometimes varied per level. */
  readonly step: number;
  readonly comments: number;
  readonly blanks: number;
  readonly trailingSpaces: number;
  constructor(seed: number) {
    this.next = random(seed);
    this.step = this.chance(0.6) ? 2 : 4;
    this.comments = this.pick([0, 0.05, 0.15, 0.3]);
    this.blanks = this.pick([0, 0.05, 0.15]);
    this.trailingSpaces = this.pick([0, 0, 0.05, 0.2]);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** The indentation of a level below `indent`. */
  deeper(indent: number): number {
    return indent + (this.chance(0.15) ? this.pick([1, 2, 3, 4, 5]) : this.step);
  }
}

const pad = (n: number) => ' '.repeat(n);

/** Plain scalars of every type YAML 1.1 (and PyYAML's booleans) resolve, and strings that look like them. */
export const PLAIN_SCALARS = [
  // ints
  '0', '7', '42', '-7', '+5', '-0', '+0', '010', '0777', '08', '09', '-010', '0x1F', '0xff', '-0x1a', '0X1F', '0b101', '-0b11',
  '0o17', '1_000', '1__0', '_1', '1_', '0x_1F', '0b1_0', '12345678901234567890', '9007199254740993',
  // sexagesimal
  '1:20', '-1:30:00', '190:20:30', '190:20:30.15', '1:60', '0:0', '12:30:45.5',
  // floats
  '1.5', '.5', '-.5', '+.5', '1.', '1.0', '2.50', '-2.500', '1e3', '1E3', '1.0e+3', '6.8523015e+5', '1e-3', '-1.5e-10', '1_000.5',
  '.inf', '.Inf', '.INF', '-.inf', '-.Inf', '+.inf', '.nan', '.NaN', '.NAN', '.iNf', '0.', '00.5', '1e', '1.2.3',
  // null
  '~', 'null', 'Null', 'NULL', 'nULL', 'none', 'None',
  // booleans (PyYAML's) and near misses
  'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N', 'true', 'True',
  'TRUE', 'false', 'False', 'FALSE', 'yEs', 'tRue',
  // strings
  'a:b', 'x#y', 'a#', 'foo bar', 'foo  bar', 'http://example.com:8080/path?q=1#frag', 'https://x/y', 'a: b'.replace(': ', ':'),
  '2016-10-14', '2016-10-14 12:00:00', '2001-12-14t21:59:43.10-05:00', '2018-08-31', '1.2.3', 'v1.0', '10.0.0.1/24',
  'OS::Nova::Server', 'OS::Heat::ResourceGroup', 'm1.small', '$var', 'a - b', 'a -b', '-foo', '?foo', ':foo', 'foo?',
  'a,b', 'a]b', 'a}b', 'a[0]', 'a{b}', 'x=y', 'a!b', 'a&b', 'a*b', 'a|b', 'a>b', "it's", 'say "hi"', 'a%b', 'naïve',
  'é', '日本', '😀', 'a\\b', '\\n', '=', '<<', 'key_name', 'CamelCase', '0.0.0.0', '::1', '.', '..', '--', '-1-', '+',
  'get_param', 'str_replace', '1/2', '1 2',
];

/** Plain scalars that may also stand in a flow collection. */
const FLOW_PLAIN = PLAIN_SCALARS.filter((s) => !/[,[\]{}#]|^[-?:]$|^[-?:] |: |:$/.test(s) && !/^-\W/.test(s));

const KEYS = [
  'heat_template_version', 'description', 'parameters', 'resources', 'outputs', 'conditions', 'parameter_groups', 'type',
  'properties', 'default', 'label', 'constraints', 'hidden', 'value', 'depends_on', 'name', 'image', 'flavor', 'networks',
  'key_name', 'user_data', 'get_param', 'get_attr', 'get_resource', 'str_replace', 'template', 'params', 'list_join', 'a', 'b',
  'x', 'key', 'server', 'my_server', 'port_1',
];
const ODD_KEYS = [
  '80', '8080', '0x10', '1.5', '010', 'yes', 'No', 'on', 'true', '~', 'null', 'a b', 'a.b', 'a/b', 'a.b.c', 'OS::Nova::Server',
  '"quoted key"', "'single key'", '"a: b"', "'x # y'", '"80"', '""', "''", 'a-b', 'a_b', '-a', 'a#b', 'é', 'key with  spaces',
  '"esc\\tkey"', '2016-10-14', '1:20', '.inf', '<<', 'x?', 'a,b',
];

function key(g: Gen): string {
  return g.chance(0.8) ? g.pick(KEYS) : g.pick(ODD_KEYS);
}

function comment(g: Gen): string {
  return g.pick(['#', '# comment', '#no space', '# a: b', '# - item', '# "quoted"', '## double', '# é', '# trailing ', '#\t tab']);
}

function trailing(g: Gen): string {
  if (g.chance(g.trailingSpaces)) return g.pick([' ', '  ', '\t', ' \t ']);
  return '';
}

/** A comment after a value: `  # text`, sometimes. */
function afterValue(g: Gen): string {
  if (g.chance(g.comments)) return `${g.pick([' ', '  ', '\t', '    '])}${comment(g)}`;
  return trailing(g);
}

/** Lines that may stand between entries: blank ones and full-line comments at any indent. */
function filler(g: Gen, indent: number, out: string[]): void {
  while (g.chance(g.blanks)) out.push(g.pick(['', '', ' ', pad(indent), pad(indent + 3)]));
  while (g.chance(g.comments)) out.push(`${pad(g.chance(0.6) ? indent : g.int(0, indent + 4))}${comment(g)}`);
}

function doubleQuoted(g: Gen, indent: number, multiLine: boolean): string[] {
  const pieces = ['a', 'text', ' ', '\\n', '\\t', '\\"', '\\\\', '\\x41', '\\u00e9', '\\U0001F600', '\\/', '\\ ', '\\0', '\\e',
    '\\N', '\\_', '\\L', '\\P', '\\r', '\\b', '\\a', '\\v', '\\f', '#', ': ', "'", 'é', '%', '{a}', '[b]', ',', '  ', '\t'];
  const lines: string[] = [];
  let line = '"';
  const count = g.int(0, 6);
  for (let i = 0; i < count; i++) line += g.pick(pieces);
  if (multiLine) {
    const more = g.int(1, 3);
    for (let i = 0; i < more; i++) {
      if (g.chance(0.3)) line += '\\';
      else if (g.chance(0.2)) line += ' ';
      lines.push(line);
      while (g.chance(0.25)) lines.push(g.pick(['', pad(indent)]));
      line = pad(g.chance(0.8) ? indent : indent + g.int(1, 4)) + g.pick(['more', 'b c', '\\t x', ' lead', '\\\\', 'x\\"y', 'z']);
    }
  }
  lines.push(`${line}"`);
  return lines;
}

function singleQuoted(g: Gen, indent: number, multiLine: boolean): string[] {
  const pieces = ['a', 'text', ' ', "''", '\\n', '"', '#', ': ', 'é', '\\', '  ', '\t', '- ', '{', '['];
  const lines: string[] = [];
  let line = "'";
  const count = g.int(0, 6);
  for (let i = 0; i < count; i++) line += g.pick(pieces);
  if (multiLine) {
    const more = g.int(1, 3);
    for (let i = 0; i < more; i++) {
      if (g.chance(0.2)) line += ' ';
      lines.push(line);
      while (g.chance(0.25)) lines.push(g.pick(['', pad(indent)]));
      line = pad(g.chance(0.8) ? indent : indent + g.int(1, 4)) + g.pick(['more', "it''s", 'b c', ' lead', 'z']);
    }
  }
  lines.push(`${line}'`);
  return lines;
}

/** A plain scalar over several lines: the first `first`, the rest at `indent`. */
function multiLinePlain(g: Gen, indent: number): string[] {
  const lines = [g.pick(['first line', 'a', 'x#y', 'word', 'http://h/p', '1', 'yes'])];
  const more = g.int(1, 3);
  for (let i = 0; i < more; i++) {
    while (g.chance(0.3)) lines.push(g.pick(['', pad(indent), '  ']));
    lines.push(`${pad(g.chance(0.8) ? indent : indent + g.int(1, 3))}${g.pick(['next', 'more words', 'a:b', 'x#y', '1', '- not an item', '~'])}${trailing(g)}`);
  }
  return lines;
}

/** A block scalar: its header (for after `key: ` or `- `) and its lines; `parent` is the indentation of the node it belongs to. */
function blockScalar(g: Gen, parent: number): string[] {
  const style = g.pick(['|', '>']);
  const chomp = g.pick(['', '', '-', '+']);
  const explicit = g.chance(0.2) ? g.int(1, 4) : 0;
  const header = `${style}${explicit && g.chance(0.5) ? `${explicit}${chomp}` : `${chomp}${explicit || ''}`}`;
  const indent = explicit ? parent + explicit : g.deeper(parent);
  const lines = [`${header}${g.chance(0.1) ? ` ${comment(g)}` : trailing(g)}`];
  if (g.chance(0.05)) return lines; // empty
  if (g.chance(0.15)) lines.push(g.pick(['', pad(indent), pad(Math.max(0, indent - 1))])); // leading blank lines
  const count = g.int(1, 5);
  for (let i = 0; i < count; i++) {
    const more = i > 0 || explicit ? (g.chance(0.2) ? g.int(1, 4) : 0) : 0;
    const text = i === 0 ? g.pick(['line', 'a: b', '- item', '#!/bin/bash', '{a: 1}']) : g.pick(['line', 'text with words', '#!/bin/bash', 'echo "$x"', 'a: b', '- item', "it's", '  ', 'x#y', '{a: 1}', '\ttab', 'é']);
    lines.push(`${pad(indent + more)}${text}${trailing(g)}`);
    while (g.chance(0.15)) lines.push(g.pick(['', pad(indent), pad(indent + 1), pad(Math.max(0, indent - 1))]));
  }
  while (g.chance(0.2)) lines.push(g.pick(['', pad(indent), pad(indent + 2)])); // trailing blank lines
  return lines;
}

/** A flow collection, on one line or several (continuation lines at `indent`). */
function flow(g: Gen, indent: number, depth: number, spread: boolean): string {
  const map = g.chance(0.45);
  const sp = () => (g.chance(0.2) ? '' : ' ');
  const open = map ? '{' : '[';
  const close = map ? '}' : ']';
  if (g.chance(0.1)) return `${open}${g.pick(['', ' ', '  '])}${close}`;
  const count = g.int(1, 4);
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    let item: string;
    const value = () => {
      if (depth < 3 && g.chance(0.2)) return flow(g, indent + 2, depth + 1, spread && g.chance(0.5));
      if (g.chance(0.15)) return doubleQuoted(g, indent, false)[0]!;
      if (g.chance(0.1)) return singleQuoted(g, indent, false)[0]!;
      if (g.chance(0.05)) return alias(g);
      if (g.chance(0.05)) return `${anchor(g)} ${g.pick(FLOW_PLAIN)}`;
      return g.pick(FLOW_PLAIN);
    };
    if (map) {
      const k = g.chance(0.8) ? g.pick(KEYS) : g.pick(['"q k"', "'s'", '80', 'a b', 'yes', '~']);
      item = g.chance(0.05) ? k : g.chance(0.05) ? `${k}:` : `${k}:${g.chance(0.9) ? ' ' : '\t'}${value()}`;
    } else if (g.chance(0.15)) {
      item = `{${sp()}${g.pick(['get_param', 'get_resource', 'get_attr'])}: ${g.chance(0.5) ? g.pick(['foo', 'bar_1']) : `[${g.pick(['a', 'b'])}, ${g.pick(['x', '0', 'networks'])}]`}${sp()}}`;
    } else if (g.chance(0.04)) {
      item = `${g.pick(KEYS)}: ${value()}`; // a pair in a sequence
    } else {
      item = value();
    }
    items.push(item);
  }
  let text = open + sp();
  items.forEach((item, i) => {
    if (i > 0) {
      text += ',';
      if (spread && g.chance(0.5)) {
        if (g.chance(0.15)) text += ` ${comment(g)}`;
        text += `\n${g.chance(0.2) ? '\n' : ''}${pad(indent + g.int(0, 2))}`;
      } else text += sp();
    }
    text += item;
  });
  if (g.chance(0.15)) text += ',';
  if (spread && g.chance(0.3)) text += `\n${pad(indent)}`;
  else text += sp();
  return text + close;
}

/** Anchor and alias names: a few, so that aliases often name an anchor (yaml reads an unknown one too). */
const ANCHORS = ['a', 'img', 'x-1', 'b:c'];
const anchor = (g: Gen) => `&${g.pick(ANCHORS)}`;
const alias = (g: Gen) => `*${g.pick(ANCHORS)}`;

/** An inline value: what follows `key: ` or `- ` on the same line (maybe over more lines). */
function inlineValue(g: Gen, indent: number, depth: number): string[] {
  if (g.chance(0.06)) return [alias(g)];
  const lines = anchoredInline(g, indent, depth);
  if (g.chance(0.06)) lines[0] = `${anchor(g)}${g.pick([' ', '  '])}${lines[0]}`;
  return lines;
}

function anchoredInline(g: Gen, indent: number, depth: number): string[] {
  const r = g.next();
  if (r < 0.5) return [g.pick(PLAIN_SCALARS)];
  if (r < 0.6) return doubleQuoted(g, indent, g.chance(0.3));
  if (r < 0.68) return singleQuoted(g, indent, g.chance(0.3));
  if (r < 0.75) return multiLinePlain(g, indent);
  return flow(g, indent, depth, g.chance(0.3)).split('\n');
}

/** The lines of a block mapping at `indent`; the first is an entry (not a comment). */
function blockMap(g: Gen, indent: number, depth: number): string[] {
  const out: string[] = [];
  const count = g.int(1, depth === 0 ? 6 : 4);
  for (let i = 0; i < count; i++) {
    if (i > 0) filler(g, indent, out);
    entry(g, `${pad(indent)}${key(g)}:`, indent, depth, out);
  }
  return out;
}

/** A mapping entry or a sequence item: `head` is `  key:` or `  -`; its value follows. */
function entry(g: Gen, head: string, indent: number, depth: number, out: string[]): void {
  const r = g.next();
  const sep = () => (g.chance(0.97) ? g.pick([' ', ' ', ' ', '  ']) : '\t');
  const nest = depth < 5 ? 0.35 : 0;
  const anchored = () => (g.chance(0.08) ? ` ${anchor(g)}${g.pick(['', ' '])}` : '');
  if (r < 0.08) {
    out.push(`${head}${anchored()}${afterValue(g)}`); // empty
    return;
  }
  if (r < 0.08 + nest) {
    out.push(`${head}${anchored()}${afterValue(g)}`);
    if (g.chance(0.3)) filler(g, indent, out);
    if (g.chance(0.55)) out.push(...blockMap(g, g.deeper(indent), depth + 1));
    else {
      // A sequence under a key may stand at the key's own indentation.
      const under = head.trimStart().startsWith('-') ? g.deeper(indent) : g.chance(0.4) ? indent : g.deeper(indent);
      out.push(...blockSeq(g, under, depth + 1));
    }
    return;
  }
  if (r < 0.2 + nest) {
    const lines = blockScalar(g, indent);
    out.push(`${head}${anchored()}${sep()}${lines[0]}`, ...lines.slice(1));
    return;
  }
  const deeper = g.deeper(indent);
  const lines = inlineValue(g, deeper, depth);
  lines[lines.length - 1] += afterValue(g);
  if (g.chance(0.1)) {
    // The value on the lines below its key, maybe after blank and comment lines (at any indentation).
    out.push(`${head}${afterValue(g)}`);
    if (g.chance(0.6)) out.push(g.chance(0.5) ? `${pad(g.int(0, indent + 1))}${comment(g)}` : '');
    out.push(`${pad(deeper)}${lines[0]}`, ...lines.slice(1));
    return;
  }
  out.push(`${head}${sep()}${lines[0]}`, ...lines.slice(1));
}

/** The lines of a block sequence at `indent`. */
function blockSeq(g: Gen, indent: number, depth: number): string[] {
  const out: string[] = [];
  const count = g.int(1, 4);
  for (let i = 0; i < count; i++) {
    if (i > 0) filler(g, indent, out);
    const r = g.next();
    const dash = `${pad(indent)}-`;
    if (depth < 5 && r < 0.3) {
      // A compact mapping: `- name: x` then `  value: y` (or `-   name:` at 4).
      const width = g.chance(0.75) ? 2 : g.pick([3, 4]);
      const lines = blockMap(g, indent + width, depth + 1);
      out.push(`${dash}${pad(width - 1)}${lines[0]!.slice(indent + width)}`, ...lines.slice(1));
    } else if (depth < 5 && r < 0.36) {
      // A compact sequence: `- - a`.
      const lines = blockSeq(g, indent + 2, depth + 1);
      out.push(`${dash} ${lines[0]!.slice(indent + 2)}`, ...lines.slice(1));
    } else if (depth < 5 && r < 0.42) {
      // `- # comment` then the value below.
      out.push(`${dash}${g.chance(0.5) ? ` ${comment(g)}` : ''}`);
      if (g.chance(0.5)) out.push(...blockMap(g, g.deeper(indent), depth + 1));
      else out.push(...blockSeq(g, g.deeper(indent), depth + 1));
    } else {
      entry(g, dash, indent, depth, out);
    }
  }
  return out;
}

/** A Heat-like section: a key at indent 0 with a typical value. */
function heatSection(g: Gen, out: string[]): void {
  const s = g.step;
  const r = g.next();
  if (r < 0.25) {
    out.push(`heat_template_version: ${g.pick(['2013-05-23', "'2016-10-14'", '"2018-08-31"', 'queens', '2021-04-16', 'rocky'])}${afterValue(g)}`);
  } else if (r < 0.45) {
    out.push('parameters:');
    const n = g.int(1, 3);
    for (let i = 0; i < n; i++) {
      out.push(`${pad(s)}${g.pick(['image', 'flavor', 'key_name', 'count', 'port'])}:`);
      out.push(`${pad(2 * s)}type: ${g.pick(['string', 'number', 'json', 'comma_delimited_list', 'boolean'])}`);
      if (g.chance(0.5)) out.push(`${pad(2 * s)}default: ${inlineValue(g, 3 * s, 2).join('\n')}`);
      if (g.chance(0.3)) out.push(`${pad(2 * s)}constraints:`, `${pad(2 * s)}- range: {min: 1, max: 10}`, `${pad(2 * s + 2)}description: d`);
    }
  } else if (r < 0.75) {
    out.push('resources:');
    const n = g.int(1, 2);
    for (let i = 0; i < n; i++) {
      out.push(`${pad(s)}${g.pick(['server', 'port', 'net', 'group'])}:`, `${pad(2 * s)}type: ${g.pick(['OS::Nova::Server', 'OS::Neutron::Port', 'file.yaml'])}`);
      out.push(`${pad(2 * s)}properties:`);
      out.push(...blockMap(g, 3 * s, 3));
      if (g.chance(0.3)) out.push(`${pad(2 * s)}depends_on: ${g.pick(['[a, b]', 'a', '[ ]'])}`);
    }
  } else {
    out.push(`${g.pick(['outputs', 'conditions', 'description'])}:`);
    out.push(...blockMap(g, g.deeper(0), 1));
  }
}

/** The `index`th generated document of a run seeded `seed`. */
export function generateDocument(seed: number, index: number): string {
  const g = new Gen(caseSeed(seed, index));
  const out: string[] = [];
  filler(g, 0, out);
  if (g.chance(0.1)) out.push(g.pick(['---', '--- ', '--- # doc']));
  filler(g, 0, out);
  const shape = g.next();
  if (shape < 0.04) {
    out.push(...blockSeq(g, 0, 0));
  } else if (shape < 0.06) {
    const lines = inlineValue(g, 0, 0);
    out.push(...lines);
  } else if (shape < 0.07) {
    // Nothing but comments and blank lines (or nothing at all).
  } else if (shape < 0.3) {
    out.push(...blockMap(g, 0, 0));
  } else {
    const n = g.int(1, 4);
    for (let i = 0; i < n; i++) {
      if (i > 0) filler(g, 0, out);
      if (g.chance(0.6)) heatSection(g, out);
      else out.push(...blockMap(g, 0, 0).slice(0, g.int(1, 8)));
    }
  }
  // What the document ends with: an empty value, a block scalar, a comment.
  const end = shape < 0.06 ? 1 : g.next();
  if (end < 0.08) out.push(`${key(g)}:${g.chance(0.3) ? ` ${comment(g)}` : ''}`);
  else if (end < 0.16) {
    const lines = blockScalar(g, 0);
    out.push(`${key(g)}: ${lines[0]}`, ...lines.slice(1));
  } else if (end < 0.2) out.push(comment(g));
  else if (end < 0.22) out.push('...');
  let text = out.join('\n');
  // A block scalar last in the file, without a final line break, half the time.
  const newline = end >= 0.08 && end < 0.16 && g.chance(0.5) ? 1 : g.next();
  if (newline < 0.75) text += '\n';
  else if (newline < 0.85) text += g.pick(['\n\n', '\n\n\n', '\n  \n', '\n ']);
  // Tabs (as separation, in comments, in scalars, trailing) in some documents only.
  if (g.chance(0.7)) text = text.replace(/\t/g, ' ');
  if (g.chance(0.1)) text = text.replace(/\n/g, '\r\n');
  else if (g.chance(0.02)) text = text.replace(/\n/, '\r\n'); // one CRLF among LFs
  return text;
}

/**
 * Syntax forms the generated documents should hold (tested on their text): the harness test
 * checks that each is in some document yaml reads without errors.
 */
export const TEXT_FORMS: Record<string, RegExp> = {
  'value below its key after a comment': /^( *)[^\s#-][^\n]*:\r?\n *#[^\n]*\r?\n\1 +[^\s#-]/m,
  'anchor on a value': /: +&[\w:-]+ +\S/,
  'anchor on a collection below': /: +&[\w:-]+ *\r?\n +\S/,
  'anchor in a flow collection': /[[{,] *(?:\w+: )?&[\w:-]+ \w/,
  alias: /(?::|-|[[{,]) +\*[\w:-]+/,
  'sequence at its key\'s indentation': /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m,
  'sequence indented under its key': /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1  +- /m,
  'compact mapping in a sequence': /^( *)- +[\w"']+:.*\r?\n\1  \w+:/m,
  'indentation by 4': /^    \w+:/m,
  'indentation by 2': /^  \w+:/m,
  'empty value before a comment': /:\s*\r?\n\s*#/,
  'empty value at the end': /:[ \t]*(#[^\n]*)?\r?\n?$/,
  'empty value before a dedent': /^( +)\w+:[ \t]*\r?\n(?!\1)\S/m,
  'multi-line plain scalar': /: \w+[^\n"'[{]*\r?\n +\w[^:\n]*\r?\n/,
  'double-quoted \\x41 and \\u00e9': /\\x41[^\n]*\\u00e9|\\u00e9[^\n]*\\x41/,
  'double-quoted line continuation': /\\\r?\n/,
  'multi-line double-quoted': /"[^"\n]*\r?\n[^"\n]*"/,
  "single-quoted ''": /''[a-z]/,
  'multi-line single-quoted': /'[^'\n]*\r?\n[^'\n]*'/,
  'block scalar |-': /\|-/,
  'block scalar >+': />\+/,
  'indentation indicator |2': /\|2/,
  'indicator and chomping >1-': />\d-/,
  'block scalar last, no final newline': /[|>][-+\d]*\r?\n(\s+\S[^\n]*)$/,
  'blank line in a block scalar': /[|>][-+\d]*\r?\n +\S[^\n]*\r?\n\r?\n +\S/,
  'flow collection over lines': /[[{][^\]}\n]*,\r?\n/,
  'trailing comma': /,\s*[\]}]/,
  'empty []': /\[\s*\]/,
  'empty {}': /\{\s*\}/,
  'get_param call in a sequence': /\[[^\n]*\{ ?get_param/,
  'comment after -': /- #/,
  'comment after a flow collection': /[\]}][ \t]+#/,
  'comment after a key': /:[ \t]+#/,
  'indented comment': /^ +#/m,
  '---': /^---/,
  CRLF: /\r\n/,
  'no final newline': /[^\n]$/,
  'trailing spaces': /\S +\r?\n/,
  'quoted key': /^\s*"[^"\n]*":/m,
  'numeric key': /^\s*80:/m,
  'key with a space, a dot, a slash': /^\s*(a b|a\.b|a\/b):/m,
  'tab after a colon': /:\t\S/,
  'compact sequence - -': /- - /,
  'top-level sequence': /^-/,
};

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const INSERTS = [': ', '#', ' #', '- ', '"', "'", '[', '{', ']', '}', ',', '\t', '&a ', '*a', '!!str ', '!!int ', '!', '? ', '|', '>',
  '\n', ' ', '  ', ':', '%', '@', '`', '---\n', '...\n', '\r', '\\', '\u00a0', '\u2028', '\ufeff', '0', '.'];

/** `source` with one to three small random edits; `seed` replays it. */
export function mutate(source: string, seed: number): string {
  const g = new Gen(seed);
  let text = source;
  const edits = g.int(1, 3);
  for (let e = 0; e < edits; e++) {
    const lines = text.split('\n');
    const line = g.int(0, Math.max(0, lines.length - 1));
    const lineStart = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
    const body = lines[line] ?? '';
    const indent = body.length - body.trimStart().length;
    // Where an edit lands: anywhere, or where tokens start (after the indentation, after a space).
    const spot = (): number => {
      const r = g.next();
      if (r < 0.4 || body.length === 0) return g.int(0, text.length);
      if (r < 0.7) return lineStart + indent;
      const spaces = [...body.matchAll(/ /g)].map((m) => m.index! + 1);
      return lineStart + (spaces.length > 0 ? g.pick(spaces) : g.int(0, body.length));
    };
    const op = g.next();
    if (op < 0.15) {
      const at = g.int(0, Math.max(0, text.length - 1));
      text = text.slice(0, at) + text.slice(at + 1);
    } else if (op < 0.25) {
      lines.splice(line, 0, body);
      text = lines.join('\n');
    } else if (op < 0.4) {
      const delta = g.pick([-2, -1, 1, 2]);
      lines[line] = delta > 0 ? pad(delta) + body : body.slice(Math.min(indent, -delta));
      text = lines.join('\n');
    } else if (op < 0.45) {
      lines.splice(line, 1);
      text = lines.join('\n');
    } else if (op < 0.5) {
      // Join a line to the next.
      if (line < lines.length - 1) {
        lines.splice(line, 2, body + (g.chance(0.5) ? ' ' : '') + lines[line + 1]!.trimStart());
        text = lines.join('\n');
      }
    } else if (op < 0.55) {
      const at = g.int(0, Math.max(0, text.length - 1));
      text = text.slice(0, at) + g.pick(['a', ' ', ':', '-', '#', '"', '0', '\t', '\n']) + text.slice(at + 1);
    } else {
      const at = spot();
      text = text.slice(0, at) + g.pick(INSERTS) + text.slice(at);
    }
  }
  return text;
}

/**
 * A part of a long text to mutate: from a line at indentation 0 (where a section or a top-level
 * entry starts) to about `size` characters later, at a line end. Short texts are kept whole.
 */
export function window(source: string, seed: number, size = 3000): string {
  if (source.length <= size) return source;
  const g = new Gen(seed);
  const starts = [0, ...[...source.matchAll(/\n(?=[^\s#-])/g)].map((m) => m.index! + 1)];
  const start = g.pick(starts);
  let end = source.indexOf('\n', start + g.int(size / 3, size));
  if (end < 0) end = source.length;
  else end += 1;
  return source.slice(start, end);
}

// ---------------------------------------------------------------------------------------------
// The sets of cases
// ---------------------------------------------------------------------------------------------

export interface Case {
  /** What replays the case: a file, or the seed and index of a generated document or mutant. */
  label: string;
  source: () => string;
}

export interface RunOptions {
  seed: number;
  /** Generated documents. */
  runs: number;
  mutants: number;
  /** Only this index (of the generated documents and of the mutants), to replay a failure. */
  only?: number | null;
}

/** The repository's root, and the shared corpus beside the worktree. */
export const REPO_ROOT = resolve(__dirname, '../../..');
export const CORPUS_DIR = resolve(__dirname, '../../../../shared/corpus');

let files: { projectFiles: string[]; corpusFiles: string[] } | null = null;

/** Template-like files of test-fixtures/ and examples/, and of the shared corpus (none when it is missing). */
export function inputFiles(): { projectFiles: string[]; corpusFiles: string[] } {
  files ??= {
    projectFiles: [...filesUnder(resolve(REPO_ROOT, 'test-fixtures')), ...filesUnder(resolve(REPO_ROOT, 'examples'))],
    corpusFiles: filesUnder(CORPUS_DIR),
  };
  return files;
}

function* fileCases(paths: string[], base: string): Iterable<Case> {
  for (const path of paths) yield { label: `file ${relative(base, path)}`, source: () => readSource(path) };
}

export const projectCases = () => fileCases(inputFiles().projectFiles, REPO_ROOT);
export const corpusCases = () => fileCases(inputFiles().corpusFiles, CORPUS_DIR);

function indices(count: number, only: number | null | undefined): number[] {
  if (only !== null && only !== undefined) return only < count ? [only] : [];
  return Array.from({ length: count }, (_, i) => i);
}

const replay = (seed: number, index: number) => `FAST_YAML_SEED=${seed} FAST_YAML_INDEX=${index}`;

export function* generatedCases({ seed, runs, only }: RunOptions): Iterable<Case> {
  for (const i of indices(runs, only)) yield { label: `generated document ${replay(seed, i)}`, source: () => generateDocument(seed, i) };
}

/** Mutants, alternately of a real file (a part of one, when long) and of a generated document. */
export function* mutantCases({ seed, runs, mutants, only }: RunOptions): Iterable<Case> {
  const { projectFiles, corpusFiles } = inputFiles();
  const paths = [...projectFiles, ...corpusFiles];
  for (const i of indices(mutants, only)) {
    const pickSeed = caseSeed(seed, i, 1);
    const fromFile = i % 2 === 0 && paths.length > 0;
    const path = fromFile ? paths[Math.abs(pickSeed) % paths.length]! : '';
    const generated = Math.abs(pickSeed) % Math.max(1, runs);
    yield {
      label: `mutant ${replay(seed, i)} of ${fromFile ? relative(REPO_ROOT, path) : `generated document ${generated}`}`,
      source: () => mutate(fromFile ? window(readSource(path), pickSeed) : generateDocument(seed, generated), caseSeed(seed, i, 2)),
    };
  }
}

/** Checks every case with `fastParse`: how many, how many it read, and the failures' messages. */
export function runCases(fastParse: FastParse, cases: Iterable<Case>): { total: number; read: number; failures: string[] } {
  const failures: string[] = [];
  let total = 0;
  let read = 0;
  for (const { label, source } of cases) {
    total++;
    const result = checkCase(fastParse, source(), label);
    if (result.fast) read++;
    if (result.failure) failures.push(result.failure);
  }
  return { total, read, failures };
}
