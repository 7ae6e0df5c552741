/**
 * The structure of a HOT template as a JSON Schema (schemas/hot-template.schema.json), checked
 * with Ajv's standalone code generated from it at build time (hot-template.validator.ts, by
 * packages/core/scripts/generate-hot-schema-validator.mjs), so starting hot-lint neither loads
 * Ajv nor compiles the schema. Each finding is mapped from Ajv's instancePath back to the YAML
 * node it is about, with the message the schema gives.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { describeNode, field, resolve, toValue } from '../model/nodes.js';
import { PROJECTION, validate as validateHotSchema } from './hot-template.validator.js';
import type { HotSchemaValidator, SchemaProjection } from './hot-template.validator.js';

export const HOT_SCHEMA_FILE = 'hot-template.schema.json';

export interface StructureFinding {
  /** The node the finding is about; a pair when its value is empty (the finding goes on its key). */
  target: Node | Pair;
  message: string;
  /** Heat accepts the shape (`x-heat-accepts` in the schema); tools that read the template expect another. */
  heatAccepts?: true;
}

interface Annotated {
  'x-messages'?: Record<string, string>;
  'x-heat-accepts'?: boolean;
}

/** Validates a template's root mapping; findings in document order. */
export function checkStructure(root: Node, doc: Document | null): StructureFinding[] {
  const validate: HotSchemaValidator = validateHotSchema;
  if (validate(schemaValue(root, doc))) return [];
  const findings: StructureFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const annotated = error.parentSchema as Annotated | undefined;
    const template = annotated?.['x-messages']?.[error.keyword];
    if (!template) continue; // branch errors of if/then/else and the like: the annotated one says it
    const key = `${error.instancePath}\0${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding = toFinding(error, template, root, doc);
    if (finding) findings.push({ ...finding, ...(annotated?.['x-heat-accepts'] ? { heatAccepts: true as const } : {}) });
  }
  return findings.sort((a, b) => offsetOf(a.target) - offsetOf(b.target));
}

/**
 * Plain values of the nodes at entry depth and below without aliases: their subtrees are never
 * changed in place (reparseEdit replaces an entry whole), so an editor's next lint converts only
 * what changed. The validator only reads them. One map per projection: the same node reached
 * through an alias where the schema reads more of it has another value.
 */
const values = new Map<SchemaProjection, WeakMap<Node, unknown>>();

/** Aliases followed so far by schemaValue: a subtree is pure (memoisable) when converting it followed none. */
let aliasesFollowed = 0;

/**
 * The template as the validator reads it: what the schema reads of it (PROJECTION, derived from
 * the schema by the generator) as plain values, and in place of the rest stand-ins of the same
 * kind and emptiness (a scalar's own value, `{}` or `{ '': null }`, `[]` or `[null]`), so a large
 * template is not copied whole to check its sections and definitions.
 */
export function schemaValue(root: Node | null, doc: Document | null, projection: SchemaProjection = PROJECTION): unknown {
  aliasesFollowed = 0;
  return plainValue(root, doc, projection, 0);
}

/** The node converted as the projection says, remembering what it may (no alias followed: one may name a section, which reparseEdit changes in place). */
function plainValue(node: unknown, doc: Document | null, projection: SchemaProjection, depth: number): unknown {
  const target = resolve(node, doc);
  const direct = target === node;
  if (!direct) aliasesFollowed++;
  if (!target) return null;
  if (isScalar(target)) return target.value;
  if (projection === 'nothing' || projection === 'stand-in') return standIn(target);
  if (projection === 'all') return toValue(target, doc);
  let memo: WeakMap<Node, unknown> | undefined;
  if (depth >= 2 && direct) {
    memo = values.get(projection);
    if (!memo) values.set(projection, (memo = new WeakMap()));
    const known = memo.get(target);
    if (known !== undefined || memo.has(target)) return known;
  }
  const before = aliasesFollowed;
  let value: unknown = null;
  if (isSeq(target)) {
    const items = target.items;
    const each = projection.items ?? 'nothing';
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = plainValue(items[i], doc, each, depth + 1);
    value = out;
  } else if (isMap(target)) {
    const out: Record<string, unknown> = {};
    const named = projection.properties;
    const rest = projection.additional ?? 'nothing';
    for (const pair of target.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(toValue(pair.key, doc));
      out[key] = plainValue(pair.value, doc, named && Object.hasOwn(named, key) ? named[key]! : rest, depth + 1);
    }
    value = out;
  }
  if (memo && aliasesFollowed === before) memo.set(target, value);
  return value;
}

/** A value the schema does not look into: only its kind and whether it is empty. */
function standIn(node: Node): unknown {
  if (isSeq(node)) return node.items.length === 0 ? [] : [null];
  if (isMap(node)) return node.items.length === 0 ? {} : { '': null };
  return null;
}

function offsetOf(target: Node | Pair): number {
  const node = (isPair(target) ? target.key : target) as Node | null;
  return node?.range?.[0] ?? 0;
}

function toFinding(error: ErrorObject, template: string, root: Node, doc: Document | null): StructureFinding | null {
  const path = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const located = locate(root, path, doc);
  if (!located) return null;
  const { node, pair } = located;
  const message = template
    .replace(/\{name\}/g, path[path.length - 1] ?? '')
    .replace(/\{parent\}/g, path[path.length - 2] ?? '')
    .replace(/\{found\}/g, describeNode(node, doc));
  // A missing key is reported on the name of the entry that lacks it; a wrong value on the value.
  const empty = !node || (isScalar(node) && (node.value === null || node.value === undefined));
  const onKey = error.keyword === 'required' || (empty && pair !== null);
  const target = onKey ? (pair ?? node) : node;
  return target ? { target, message } : null;
}

/** Follows a JSON pointer through the YAML nodes (the last of duplicate keys, as Heat reads it). */
function locate(root: Node, path: readonly string[], doc: Document | null): { node: Node | null; pair: Pair | null } | null {
  let node: Node | null = resolve(root, doc);
  let pair: Pair | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const found = field(node, segment);
      if (!found) return null;
      pair = found;
      node = resolve(found.value, doc);
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return null;
      pair = null;
      node = resolve(item, doc);
    } else {
      return null;
    }
  }
  return { node, pair };
}
