import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Catalog } from '../../../catalog/catalog.js';
import type { TemplateVersionSpec } from '../../../catalog/catalog-types.js';
import { resolve } from '../../../model/nodes.js';
import type { Fix } from '../../../types.js';

/** What a written argument is; `call` is another function's result, known only at runtime. */
export type Kind = 'call' | 'null' | 'string' | 'number' | 'boolean' | 'list' | 'map' | 'other';

/** The variants of function-arguments that a check decides (declared in the rule's meta). */
export type ArgumentVariant = 'get-input-data';

export interface FailOptions {
  fixes?: Fix[];
  /** The finding is this variant of function-arguments (a schema's `x-variant`). */
  variant?: ArgumentVariant;
  /** Heat finds this one only when it evaluates the function, not when it reads the template. */
  resolved?: boolean;
}

/** One call's arguments, and how to report on them. */
export interface ArgumentCheck {
  name: string;
  /** The call's key, where a finding about missing arguments goes. */
  key: Scalar;
  args: Node | null;
  language: TemplateVersionSpec;
  doc: Document | null;
  catalog: Catalog;
  kind(node: unknown): Kind;
  /** Reports on a node, or on the function key when the node is absent. */
  fail(node: unknown, message: string, options?: FailOptions): void;
  /** Fixes replacing a scalar with each of the close matches. */
  suggest(node: unknown, matches: readonly string[]): Fix[];
}

/** The procedural part of a function's argument check. */
export type Checker = (c: ArgumentCheck) => void;

export const syntaxError = (c: ArgumentCheck, example: string) => `Incorrect arguments to "${c.name}" should be: ${example}.`;

export function itemsOf(c: ArgumentCheck, node: unknown = c.args): Array<Node | null> {
  const seq = resolve(node, c.doc) as YAMLSeq;
  return seq.items.map((item) => resolve(item, c.doc));
}

export function mapOf(c: ArgumentCheck, node: unknown = c.args): YAMLMap {
  return resolve(node, c.doc) as YAMLMap;
}

export function text(node: unknown, doc: Document | null): string | null {
  const target = resolve(node, doc);
  return isScalar(target) && typeof target.value === 'string' ? target.value : null;
}

export const isListLike = (k: Kind) => k === 'list' || k === 'call';
export const isMapLike = (k: Kind) => k === 'map' || k === 'call';

export function isFalsy(c: ArgumentCheck, node: Node | null | undefined): boolean {
  const target = resolve(node, c.doc);
  if (!target) return true;
  if (isScalar(target)) return !target.value;
  if (isMap(target) || isSeq(target)) return target.items.length === 0;
  return false;
}

/** Python-falsy values and lists are fine where Heat tests `if not x` before requiring a list. */
export function emptyOrList(c: ArgumentCheck, node: Node | null | undefined): boolean {
  const k = c.kind(node);
  if (k === 'list' || k === 'call' || k === 'null') return true;
  const target = resolve(node, c.doc);
  if (isScalar(target)) return !target.value;
  return isMap(target) && target.items.length === 0;
}

/** Python's int() of a YAML scalar value, or null when it raises. */
export function parsePythonInt(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) return Number(value.replace(/_/g, ''));
  return null;
}
