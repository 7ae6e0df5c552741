import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { aliasTarget } from '../parse/aliases.js';

/** Follows an alias to its anchored node; anything else is returned as it is. */
export function resolve(node: unknown, doc: Document | null): Node | null {
  if (isAlias(node)) return doc ? aliasTarget(node, doc) : null;
  return (node as Node | null) ?? null;
}

export function asMap(node: unknown, doc: Document | null): YAMLMap | null {
  const target = resolve(node, doc);
  return isMap(target) ? target : null;
}

export function asSeq(node: unknown, doc: Document | null): YAMLSeq | null {
  const target = resolve(node, doc);
  return isSeq(target) ? target : null;
}

export function asScalar(node: unknown, doc: Document | null): Scalar | null {
  const target = resolve(node, doc);
  return isScalar(target) ? target : null;
}

/** The key of a pair as a string, or null when the key is not a scalar. */
export function keyName(pair: Pair): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

/** The last pair with that key: Heat keeps the last of duplicate keys. */
export function field(map: YAMLMap | null, name: string): Pair<Scalar, Node | null> | undefined {
  if (!map) return undefined;
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i]!;
    if (isScalar(pair.key) && String(pair.key.value) === name) return pair as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** Each distinct key's last pair, in source order of those pairs. */
export function entries(map: YAMLMap | null): Array<Pair<Scalar, Node | null>> {
  if (!map) return [];
  const plain = distinctInOrder(map.items);
  if (plain) return plain;
  const last = new Map<string, Pair<Scalar, Node | null>>();
  for (const pair of map.items) {
    if (isScalar(pair.key)) last.set(String(pair.key.value), pair as Pair<Scalar, Node | null>);
  }
  return [...last.values()].sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
}

/**
 * The mapping's one entry when entries() would give exactly one (every scalar key reads the same,
 * and there is at least one), its last pair; null otherwise. Without building the list: most
 * mappings have several keys, and the second distinct one settles it.
 */
export function soleEntry(map: YAMLMap | null): Pair<Scalar, Node | null> | null {
  if (!map) return null;
  let sole: Pair<Scalar, Node | null> | null = null;
  let name = '';
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (sole && key !== name) return null;
    name = key;
    sole = pair as Pair<Scalar, Node | null>;
  }
  return sole;
}

/**
 * The usual mapping's entries without a Map and a sort: when its keys are scalars, distinct and in
 * source order, they are its pairs as they stand (what entries() would build); null otherwise.
 * A small mapping's keys are compared pairwise, a larger one's with a set.
 */
function distinctInOrder(items: readonly Pair[]): Array<Pair<Scalar, Node | null>> | null {
  const n = items.length;
  const seen = n > 12 ? new Set<string>() : null;
  let previous = -Infinity;
  for (let i = 0; i < n; i++) {
    const key = items[i]!.key;
    if (!isScalar(key)) return null;
    const at = key.range?.[0] ?? 0;
    if (at < previous) return null;
    previous = at;
    const name = String(key.value);
    if (seen) {
      if (seen.has(name)) return null;
      seen.add(name);
    } else {
      for (let j = 0; j < i; j++) if (String((items[j]!.key as Scalar).value) === name) return null;
    }
  }
  return items.slice() as Array<Pair<Scalar, Node | null>>;
}

/** A scalar's value as a string when it is one (numbers and dates read as text too). */
export function scalarString(node: unknown, doc: Document | null): string | null {
  const scalar = asScalar(node, doc);
  if (!scalar || scalar.value === null || scalar.value === undefined) return null;
  const v = scalar.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}

/** Plain JavaScript value of a node, aliases followed. */
export function toValue(node: unknown, doc: Document | null): unknown {
  const target = resolve(node, doc);
  if (!target) return null;
  if (isScalar(target)) return target.value;
  if (isSeq(target)) return target.items.map((item) => toValue(item, doc));
  if (isMap(target)) {
    const out: Record<string, unknown> = {};
    for (const pair of target.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(toValue(pair.key, doc));
      out[key] = toValue(pair.value, doc);
    }
    return out;
  }
  return null;
}

/** What kind of YAML value a node holds, in the words a user would use. */
export function describeNode(node: unknown, doc: Document | null): string {
  const target = resolve(node, doc);
  if (!target) return 'nothing (null)';
  if (isMap(target)) return 'a mapping';
  if (isSeq(target)) return 'a list';
  if (isScalar(target)) {
    const v = target.value;
    if (v === null || v === undefined) return 'nothing (null)';
    if (typeof v === 'boolean') return `the boolean ${v}`;
    if (typeof v === 'number') return `the number ${v}`;
    return `the string "${String(v).length > 40 ? `${String(v).slice(0, 37)}...` : String(v)}"`;
  }
  return 'an unknown value';
}
