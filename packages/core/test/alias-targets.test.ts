import { describe, expect, it } from 'vitest';
import { isAlias, isNode, parseDocument, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import { aliasTarget } from '../src/parse/aliases.js';
import { random } from './random.js';

/** What yaml's own visit() finds: the last node anchored with the alias's name before it. */
function reference(doc: Document): Map<Alias, Node | null> {
  const targets = new Map<Alias, Node | null>();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source) ?? null);
      else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

describe('aliasTarget', () => {
  it('finds the node yaml\'s visit() finds, with anchors reused, on keys, and nested (random documents)', () => {
    const next = random(41);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let aliases = 0;
    for (let i = 0; i < 400; i++) {
      const value = (depth: number): string => {
        const r = next();
        const anchor = next() < 0.3 ? `&${pick(['a', 'b', 'c'])} ` : '';
        if (r < 0.25) return `*${pick(['a', 'b', 'c'])}`;
        if (depth > 3 || r < 0.5) return `${anchor}${pick(['x', '1', 'null', '"q"'])}`;
        if (r < 0.75) return `${anchor}[${Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1)).join(', ')}]`;
        return `${anchor}{${Array.from({ length: Math.floor(next() * 3) }, (_, n) => `${next() < 0.2 ? `&${pick(['a', 'b'])} ` : ''}k${n}: ${value(depth + 1)}`).join(', ')}}`;
      };
      const doc = parseDocument(`root: ${value(0)}\nmore: ${value(0)}\n`, { uniqueKeys: false });
      if (doc.errors.length) continue;
      const expected = reference(doc);
      for (const [alias, target] of expected) {
        expect(aliasTarget(alias, doc)).toBe(target);
        aliases++;
      }
    }
    expect(aliases).toBeGreaterThan(300);
  });
});
