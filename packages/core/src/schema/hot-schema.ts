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
import { validate as validateHotSchema } from './hot-template.validator.js';
import type { HotSchemaValidator } from './hot-template.validator.js';

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
  if (validate(plainValue(root, doc, 0).value)) return [];
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
 * what changed. The validator only reads them.
 */
const values = new WeakMap<Node, unknown>();

/** toValue, remembering what it may; `pure`: no alias was followed (one may name a section, which reparseEdit changes in place). */
function plainValue(node: unknown, doc: Document | null, depth: number): { value: unknown; pure: boolean } {
  const target = resolve(node, doc);
  const direct = target === node;
  if (!target || isScalar(target)) return { value: toValue(target, doc), pure: direct };
  if (depth >= 2 && direct && values.has(target)) return { value: values.get(target), pure: true };
  let pure = direct;
  const convert = (child: unknown) => {
    const part = plainValue(child, doc, depth + 1);
    pure &&= part.pure;
    return part.value;
  };
  let value: unknown = null;
  if (isSeq(target)) value = target.items.map(convert);
  else if (isMap(target)) {
    const out: Record<string, unknown> = {};
    for (const pair of target.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(toValue(pair.key, doc));
      out[key] = convert(pair.value);
    }
    value = out;
  }
  if (depth >= 2 && pure) values.set(target, value);
  return { value, pure };
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
