import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { FoldingRange } from 'vscode-languageserver-types';
import type { Analysis } from '../documents.js';

/** textDocument/foldingRange: block mappings, sequences and block scalars spanning several lines. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const root = analysis.document.root;
  if (!root) return [];
  const positions = analysis.document.positions;
  const ranges: FoldingRange[] = [];
  const visit = (node: unknown, startLine: number | null): void => {
    if (isMap(node) || isSeq(node)) {
      if (startLine !== null && node.range) {
        const end = positions.nodeRange(node as Node).end.line;
        if (end > startLine) ranges.push(FoldingRange.create(startLine, end));
      }
      for (const item of node.items) {
        if (isPair(item)) {
          const keyLine = item.key && (item.key as Node).range ? positions.nodeRange(item.key as Node).start.line : null;
          visit(item.value, keyLine);
        } else {
          const line = item && (item as Node).range ? positions.nodeRange(item as Node).start.line : null;
          visit(item, isMap(item) || isSeq(item) ? line : null);
        }
      }
    } else if (isScalar(node) && startLine !== null && node.range && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const end = positions.nodeRange(node).end.line;
      if (end > startLine) ranges.push(FoldingRange.create(startLine, end));
    }
  };
  visit(root, null);
  // Sequence items that are maps start on their own line; drop ranges that begin and end alike.
  const seen = new Set<string>();
  return ranges
    .filter((r) => {
      const key = `${r.startLine}:${r.endLine}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
