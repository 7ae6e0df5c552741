import type { StackEdge, StackNode } from '../stack-graph.js';

/** The second line of a node's label: its type, and its findings when it has some. */
export function nodeLines(node: StackNode): string[] {
  const lines = [node.label];
  if (node.detail) lines.push(node.detail);
  const { error, warning, info } = node.findings;
  const counts = [plural(error, 'error'), plural(warning, 'warning'), plural(info, 'info')].filter((s) => s !== null);
  if (counts.length) lines.push(counts.join(', '));
  if (node.inCycle) lines.push('on a dependency cycle');
  return lines;
}

function plural(count: number, word: string): string | null {
  if (count === 0) return null;
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

/** The worst finding on a node, which colours it. */
export function worst(node: StackNode): 'error' | 'warning' | 'info' | null {
  if (node.findings.error) return 'error';
  if (node.findings.warning) return 'warning';
  if (node.findings.info) return 'info';
  return null;
}

export const FILL = { error: '#fde2e1', warning: '#fff3c4', info: '#e3efff', none: '#ffffff' } as const;
export const CYCLE = '#c62828';

/** Whether an edge is drawn dashed: only in an `if` branch, or not a dependency (a file, a member). */
export function dashed(edge: StackEdge): boolean {
  return edge.conditional || edge.kind === 'nested' || edge.kind === 'member';
}
