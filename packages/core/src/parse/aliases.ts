import { isAlias, isNode, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';

const targetsByDocument = new WeakMap<Document, Map<Alias, Node | null>>();

/**
 * The node an alias refers to: the last node anchored with its name before it, as the yaml
 * package's Alias.resolve finds it. That method walks the whole document on every call, which
 * makes a template of n aliases cost n² steps; here one walk per document maps every alias.
 */
export function aliasTarget(alias: Alias, doc: Document): Node | null {
  let targets = targetsByDocument.get(doc);
  if (!targets) {
    targets = new Map();
    const anchors = new Map<string, Node>();
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node)) targets!.set(node, anchors.get(node.source) ?? null);
        else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
      },
    });
    targetsByDocument.set(doc, targets);
  }
  return targets.get(alias) ?? null;
}
