import { isAlias, isMap, isNode, isPair, isSeq } from 'yaml';
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
    targets = aliasTargets(doc.contents);
    targetsByDocument.set(doc, targets);
  }
  return targets.get(alias) ?? null;
}

/**
 * Every alias below `root` with its target, in one walk in the order yaml's visit() takes (a node
 * before what it holds, a key before its value), without its visitor machinery.
 */
function aliasTargets(root: unknown): Map<Alias, Node | null> {
  const targets = new Map<Alias, Node | null>();
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source) ?? null);
      continue;
    }
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isNode(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node) || isSeq(node)) {
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
  return targets;
}
